/**
 * `npm start`: the whole product on embedded defaults — FerretDB (built on first run), the web app
 * (built when stale), demo data on an empty database, and the API + web on one port.
 */
import { buildApp } from '../server/src/app';
import { ConfigError, loadConfig } from '../server/src/config';
import { DatabaseUnavailableError } from '../server/src/plugins/db';
import { seedDemoData } from '../server/src/seed';
import { loadDotEnv, useEmbeddedDatabaseIfNeeded } from './lib/embedded-db';
import { ensureWebBuild } from './lib/web-build';

loadDotEnv();

let config: ReturnType<typeof loadConfig>;
try {
  // Validate before starting anything, so a typo costs one line, not a minute of building.
  config = loadConfig({
    ...process.env,
    MONGODB_URI: process.env.MONGODB_URI || 'mongodb://placeholder/chotinhnguoi',
  });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(78);
  }
  throw error;
}

const ferret = await useEmbeddedDatabaseIfNeeded();
if (config.webBuildDir) await ensureWebBuild();
config = loadConfig();

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp(config);
  await app.ready();
  const report = await seedDemoData(app);
  for (const line of report.lines) console.log(line);
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  await ferret?.stop();
  if (error instanceof DatabaseUnavailableError) {
    console.error(`Database error: ${error.message}`);
    process.exit(69);
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${config.port} is already in use: stop the other program or set PORT to a free port, e.g. PORT=3001 npm start.`,
    );
    process.exit(69);
  }
  throw error;
}

console.log(
  `\nChợ Tình Người is running at ${config.publicUrl}  (API health: ${config.publicUrl}/api/health)`,
);
console.log('Press Ctrl-C to stop.\n');

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  console.log('\nStopping…');
  await app.close().catch((error) => console.error(error));
  await ferret?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
