#!/usr/bin/env node
/**
 * `npm start`, `npm test`, `npm run dev|seed|reindex` begin here. Plain JavaScript with no dependencies,
 * because on a fresh clone nothing is installed yet: it checks Node, installs npm packages when they are
 * missing or out of date, then hands over to the TypeScript script of the same name (run with tsx).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withHeapLimit } from './lib/heap-limit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command = 'start', ...args] = process.argv.slice(2);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer (https://nodejs.org).`,
  );
  process.exit(1);
}

const lockfile = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const needsInstall =
  !existsSync(installed) ||
  (existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(installed).mtimeMs + 1000);
if (needsInstall) {
  console.log('Installing npm dependencies (first run)…');
  // `npm install` with the lockfile present installs exactly the locked versions. Not `npm ci`: the
  // registries here carry only the linux-x64 builds of packages like Biome and Rollup, so the lockfile
  // has no entries for other platforms' optional packages, which `npm ci` refuses.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      'npm could not install the dependencies: check your network access to the npm registry and try again.',
    );
    process.exit(result.status ?? 1);
  }
}

const script = path.join(root, 'scripts', `${command}.ts`);
if (!existsSync(script)) {
  console.error(`Unknown command "${command}".`);
  process.exit(1);
}
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
// `npm start` runs the server within its memory budget (scripts/lib/heap-limit.mjs).
const env =
  command === 'start'
    ? { ...process.env, NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS) }
    : process.env;
const child = spawn(tsx, [script, ...args], { cwd: root, stdio: 'inherit', env });
// Ctrl-C reaches the whole process group; the child shuts down on its own and we exit with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
