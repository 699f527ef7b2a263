/** `npm run seed` loads demo data into an empty database; `npm run seed -- --reset` starts over. */
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { seedDemoData } from '../server/src/seed';
import { loadDotEnv, useEmbeddedDatabaseIfNeeded } from './lib/embedded-db';

loadDotEnv();
const reset = process.argv.includes('--reset');
const ferret = await useEmbeddedDatabaseIfNeeded();
const app = await buildApp({ ...loadConfig(), webBuildDir: undefined, backgroundJobs: false });
try {
  await app.ready();
  if (reset) console.log('Dropping the database and loading the demo data again…');
  const report = await seedDemoData(app, { reset });
  for (const line of report.lines) console.log(line);
  console.log('Done.');
} finally {
  await app.close();
  await ferret?.stop();
}
