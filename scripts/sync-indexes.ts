/** Creates every index declared on the schemas (production runs this at deploy; development at start). */
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { loadDotEnv } from './lib/embedded-db';

loadDotEnv();
const app = await buildApp({
  ...loadConfig(),
  webBuildDir: undefined,
  backgroundJobs: false,
  syncIndexes: true,
});
await app.ready();
console.log(`Indexes synced on ${app.db.engine}.`);
await app.close();
