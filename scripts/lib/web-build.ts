import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './ferretdb';

/** Newest modification time under a directory (skipping build output and dependencies). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'build' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when web/build is missing or older than the web or shared sources. */
export function webBuildIsStale(): boolean {
  const handler = path.join(projectRoot, 'web/build/handler.js');
  if (!existsSync(handler)) return true;
  const built = statSync(handler).mtimeMs;
  return (
    newestMtime(path.join(projectRoot, 'web')) > built ||
    newestMtime(path.join(projectRoot, 'shared/src')) > built
  );
}

const withoutHeapLimit = (options: string | undefined) =>
  (options ?? '').replace(/--max-old-space-size=\d+/g, '').trim();

/** Builds the SvelteKit app (about ten seconds) when its build is missing or stale. */
export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && !webBuildIsStale()) return;
  console.log('Building the web app (SvelteKit)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: path.join(projectRoot, 'web'),
      stdio: 'inherit',
      // The server's heap limit (scripts/lib/heap-limit.mjs) is not the build's.
      env: { ...process.env, NODE_OPTIONS: withoutHeapLimit(process.env.NODE_OPTIONS) },
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed (exit ${code})`)),
    );
  });
}
