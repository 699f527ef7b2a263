/**
 * `npm run dev`: API with reload on change (tsx watch, port API_PORT=3001) and the SvelteKit dev server
 * (port PORT=3000) proxying /api to it. Uses the embedded FerretDB unless MONGODB_URI is set; loads the demo
 * data into an empty database first.
 */
import { spawn } from 'node:child_process';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { seedDemoData } from '../server/src/seed';
import { loadDotEnv, useEmbeddedDatabaseIfNeeded } from './lib/embedded-db';

loadDotEnv();
const ferret = await useEmbeddedDatabaseIfNeeded();

// Demo data on an empty database, as `npm start` does (idempotent).
{
  const seeding = await buildApp({ ...loadConfig(), webBuildDir: undefined, backgroundJobs: false });
  await seeding.ready();
  for (const line of (await seedDemoData(seeding)).lines) console.log(line);
  await seeding.close();
}
const apiPort = process.env.API_PORT ?? '3001';
const webPort = process.env.PORT ?? '3000';

const api = spawn('npx', ['tsx', 'watch', 'server/src/server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort, SERVE_WEB: 'false', PUBLIC_URL: `http://localhost:${webPort}` },
});
const web = spawn('npx', ['vite', 'dev', '--port', webPort], {
  cwd: 'web',
  stdio: 'inherit',
  env: { ...process.env, API_PORT: apiPort, API_ORIGIN: `http://127.0.0.1:${apiPort}` },
});

async function shutdown() {
  api.kill('SIGTERM');
  web.kill('SIGTERM');
  await ferret?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
