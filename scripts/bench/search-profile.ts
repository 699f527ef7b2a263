/**
 * Where the job board's search time goes, without HTTP: the 1,000 URLs of the API benchmark
 * (lib/api-paths.ts) answered by the jobs module's own `searchJobs` over 100k generated postings in the
 * embedded engine, several rounds, mean time per search (and the engine's part of it). With `--profile`
 * the timed rounds are CPU-profiled and the functions with the most self time are printed; the profile is
 * written for Chrome DevTools.
 *
 *   npx tsx scripts/bench/search-profile.ts [--docs=100000] [--rounds=5] [--profile=/tmp/search.cpuprofile]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { JobSearchQuery } from '@ctn/shared';
import { searchJobs } from '../../server/src/modules/jobs/service';
import type { PostingRecord } from '../../server/src/modules/postings/model';
import { jobIndexSettings, toOpenPosting } from '../../server/src/modules/postings/search';
import { EmbeddedSearchEngine } from '../../server/src/search/embedded';
import { apiPaths } from './lib/api-paths';
import { benchArgs, log } from './lib/common';
import { generatePostingRecords } from './lib/postings-generator';

const args = benchArgs();
const DOCS = Number(args.docs ?? 100_000);
const ROUNDS = Number(args.rounds ?? 5);
const PROFILE = args.profile === 'true' ? '/tmp/search.cpuprofile' : args.profile;

const { employers, postings } = await generatePostingRecords(DOCS, 20260101);
const facts = new Map(
  employers.map((e) => [
    String(e._id),
    { name: e.legalName as string, verified: true, fairChancePledge: e.fairChancePledge as boolean },
  ]),
);
const engine = new EmbeddedSearchEngine();
await engine.createIndex('jobs', jobIndexSettings());
await engine.upsert(
  'jobs',
  (postings as unknown as PostingRecord[]).map((record) =>
    toOpenPosting(record, facts.get(String(record.employerId))!),
  ),
);
// searchJobs only reads the engine from the app.
const app = { searchEngine: engine } as unknown as Parameters<typeof searchJobs>[0];
const queries = apiPaths().map((url) => {
  const query: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(url.split('?')[1])) {
    query[key] = key === 'minWage' ? Number(value) : key === 'fairChance' ? value === 'true' : value;
  }
  return query as JobSearchQuery;
});

// One untimed round warms the JIT.
for (const query of queries) await searchJobs(app, query, 'vi');

const session = new Session();
if (PROFILE) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
for (let round = 1; round <= ROUNDS; round++) {
  const started = performance.now();
  let engineMs = 0;
  for (const query of queries) {
    const response = await searchJobs(app, query, 'vi');
    engineMs += response.tookMs;
    JSON.stringify(response);
  }
  const perSearch = (performance.now() - started) / queries.length;
  console.log(
    `round ${round}: ${perSearch.toFixed(3)} ms per search (engine ${(engineMs / queries.length).toFixed(3)} ms), ${DOCS} postings`,
  );
}
if (PROFILE) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(PROFILE, JSON.stringify(profile));
  const selfMs = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples!.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + profile.timeDeltas![index]! / 1000);
  });
  const total = [...selfMs.values()].reduce((sum, value) => sum + value, 0);
  console.log(`\nself time (profile written to ${PROFILE}):`);
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
}
