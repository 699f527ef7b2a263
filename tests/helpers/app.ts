import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { inject } from 'vitest';
import { freePort } from '../../scripts/lib/ferretdb';
import { type App, type AppOverrides, buildApp } from '../../server/src/app';
import { type Config, loadConfig } from '../../server/src/config';

export interface TestApp {
  app: App;
  config: Config;
  /** http://127.0.0.1:<port> */
  url: string;
  /**
   * A cookie-keeping client that sends our Origin on every request, like a browser on our pages. Each
   * agent comes from its own client address (X-Forwarded-For, trusted from loopback as from our own web
   * server), so per-IP rate limits apply per simulated person, as in real use.
   */
  agent(ip?: string): supertest.Agent;
  close(): Promise<void>;
}

/** A fresh database name per test app, so test files never see each other's data. */
export function uniqueDbName(prefix = 't'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export interface TestAppOptions extends AppOverrides {
  /** Serve the built web app too (e2e tests). */
  web?: boolean;
  /** Share a database with another instance (multi-instance tests); default: a fresh one. */
  dbName?: string;
  env?: Record<string, string>;
  /** Keep the database when closing (the other instance still uses it). */
  keepDatabase?: boolean;
}

/** Starts the real app on a real port against the run's FerretDB, with background jobs off by default. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dbName = options.dbName ?? uniqueDbName();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ctn-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    MONGODB_URI: `${inject('ferretdbUri')}/${dbName}`,
    DATA_DIR: dataDir,
    SERVE_WEB: options.web ? 'true' : 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const app = await buildApp(config, options);
  await app.listen({ host: '127.0.0.1', port });
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    agent: (ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`) =>
      supertest.agent(url).set('origin', url).set('x-forwarded-for', ip),
    async close() {
      if (!options.keepDatabase) await app.db.connection.dropDatabase().catch(() => {});
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
