/**
 * `npm run reindex`: rebuilds the job-search index from the database (the source of truth) and resets the
 * search sync's watermark. With Meilisearch (MEILI_URL) this is the repair and first-fill command; the
 * embedded engine keeps its index in memory and rebuilds it at every start, so here it only checks that
 * every open posting can be indexed and reports the count and the time.
 */
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { loadDotEnv, useEmbeddedDatabaseIfNeeded } from './lib/embedded-db';

loadDotEnv();
const ferret = await useEmbeddedDatabaseIfNeeded();
const app = await buildApp({ ...loadConfig(), webBuildDir: undefined, backgroundJobs: false });
try {
  await app.ready();
  console.log(`Rebuilding the job-search index on ${app.searchEngine.engine} from ${app.db.engine}…`);
  const { postings, ms } = await app.postingIndex.reindex();
  console.log(`Indexed ${postings} live postings in ${Math.round(ms)} ms.`);
  if (!app.searchEngine.durable)
    console.log(
      'The embedded index lives in the server process and is rebuilt at every start: nothing to keep.',
    );
} finally {
  await app.close();
  await ferret?.stop();
}
