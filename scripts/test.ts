/**
 * `npm test`: makes sure FerretDB is built, Chromium is present and the web app is built, then runs every
 * vitest project (unit, integration, e2e). Extra arguments go to vitest, e.g. `npm test -- --project unit`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureFerretDB } from './lib/ferretdb';
import { ensureWebBuild } from './lib/web-build';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  // CI and fresh machines: install Debian's Chromium when we are allowed to (root, non-interactive).
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium from Debian packages for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (result.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
      result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      });
    }
  }
  if (!existsSync(chromium)) {
    console.error(
      `Chromium is missing at ${chromium}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

await ensureFerretDB();
await ensureWebBuild();

const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
vitest.on('exit', (code) => process.exit(code ?? 1));
