import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, type RunningFerretDB, startFerretDB } from '../../scripts/lib/ferretdb';
import { ensureWebBuild } from '../../scripts/lib/web-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** mongodb://127.0.0.1:<port> of the FerretDB started for this run (append a database name). */
    ferretdbUri: string;
  }
}

let ferret: RunningFerretDB | undefined;
let dataDir: string | undefined;
// Vitest calls a root globalSetup once per project, each time in a fresh module instance: the projects
// share one FerretDB through a process-wide slot.
const SLOT = Symbol.for('ctn.test.database');
type Slot = { started: Promise<string>; users: number; stop: () => Promise<void> };
const slots = globalThis as unknown as Record<symbol, Slot | undefined>;

/**
 * Starts one real FerretDB (SQLite files in a throwaway directory) for the whole run, unless
 * TEST_MONGODB_URI points at an existing MongoDB. Builds the web app once if e2e tests will need it.
 */
async function startDatabase(): Promise<string> {
  const external = process.env.TEST_MONGODB_URI;
  if (external) return external.replace(/\/$/, '');
  dataDir = path.join(projectRoot, '.test-data', `run-${process.pid}-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  ferret = await startFerretDB({ dataDir, log: (line) => console.log(`[ferretdb] ${line}`) });
  console.log(`[setup] real FerretDB ${ferret.uri} (SQLite files in ${path.relative(projectRoot, dataDir)})`);
  return ferret.uri;
}

export default async function setup(project: TestProject) {
  slots[SLOT] ??= {
    started: startDatabase(),
    users: 0,
    stop: async () => {
      await ferret?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const slot = slots[SLOT];
  slot.users += 1;
  project.provide('ferretdbUri', await slot.started);
  if (project.name === 'e2e' && !existsSync(path.join(projectRoot, 'web/build/handler.js')))
    await ensureWebBuild();

  return async () => {
    slot.users -= 1;
    if (slot.users === 0) await slot.stop();
  };
}
