/**
 * The matching benchmark of DESIGN.md §9, in one run with its baseline:
 *
 * 1. 100k open postings from the shared generator (real VSCO codes and skills, certificate requirements on
 *    welding and driving jobs) go into the PostingIndex; 300k generated people into the ReturneeIndex;
 * 2. one person × 100k postings (rank, then explain the top 20 as the API does) and one posting × 300k
 *    people (consented only, top 20 explained): p50/p95/p99 over many random queries, build time, heap;
 * 3. the naive baseline in the same run: object-based scoring of every pair (`naiveScore`: taxonomy
 *    lookups, string compares, no precomputed ids), top 20 by sorting;
 * 4. the real app in a child process on a throwaway FerretDB, its open-postings registry holding the same
 *    100k postings and its matching store the same 300k people: `GET /api/returnees/:id/matches` as the
 *    person's counselor, sequentially (latency) and with 10 connections (autocannon); and the app's RSS.
 *
 *   npm run bench:match -- [--postings=100000] [--people=300000] [--queries=400] [--no-api]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { explainMatch, naiveScore } from '../../server/src/modules/matching/explain';
import { PostingIndex } from '../../server/src/modules/matching/posting-index';
import { ReturneeIndex } from '../../server/src/modules/matching/returnee-index';
import type { MatchProfile } from '../../server/src/modules/matching/types';
import { freePort, startFerretDB } from '../lib/ferretdb';
import { benchArgs, heapMb, log, percentile } from './lib/common';
import { MATCH_SEED, matchPostings, peopleGenerator } from './lib/match-data';
import { createRandom } from './lib/postings-generator';

const args = benchArgs();
const POSTINGS = Number(args.postings ?? 100_000);
const PEOPLE = Number(args.people ?? 300_000);
const QUERIES = Number(args.queries ?? 400);
const RUN_API = args['no-api'] !== 'true';
const SEED = MATCH_SEED;
const TARGETS = { returneeP99: 10, postingP99: 30, apiP95: 50 };

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

// ── data ───────────────────────────────────────────────────────────────────────────────────────────────
const NOW = Date.now();
let started = performance.now();
const { postings, communesByProvince } = matchPostings(POSTINGS, SEED, NOW);
log(`generated ${postings.length} postings in ${Math.round(performance.now() - started)} ms`);
const person = peopleGenerator(communesByProvince, SEED);
const random = createRandom(SEED + 3);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ── indexes ───────────────────────────────────────────────────────────────────────────────────────────
const heapBeforePostings = heapMb();
const postingIndex = new PostingIndex();
started = performance.now();
postingIndex.upsert(postings);
const postingBuildMs = performance.now() - started;
const postingIndexMb = heapMb() - heapBeforePostings; // postings objects were already in the heap before
log(
  `posting index: ${postingIndex.size} postings in ${Math.round(postingBuildMs)} ms, +${Math.round(postingIndexMb)} MB`,
);

const heapBeforePeople = heapMb();
const returneeIndex = new ReturneeIndex();
const sampleProfiles: MatchProfile[] = [];
started = performance.now();
for (let i = 0; i < PEOPLE; i += 10_000) {
  const batch = Array.from({ length: Math.min(10_000, PEOPLE - i) }, (_, j) => person(i + j));
  returneeIndex.upsert(batch);
  if (sampleProfiles.length < QUERIES) sampleProfiles.push(...batch.slice(0, 50));
}
const returneeBuildMs = performance.now() - started;
const returneeIndexMb = heapMb() - heapBeforePeople;
log(
  `returnee index: ${returneeIndex.size} people in ${Math.round(returneeBuildMs)} ms, ${Math.round(returneeIndexMb)} MB (no per-person objects kept)`,
);

// ── one person × all postings ─────────────────────────────────────────────────────────────────────────
const queries = sampleProfiles.slice(0, QUERIES);
for (const profile of queries.slice(0, 30)) postingIndex.rankForReturnee(profile, { now: NOW }); // warm-up
const rankOnly: number[] = [];
const rankOnlyCpu: number[] = [];
const rankExplain: number[] = [];
let consideredPostings = 0;
for (const profile of queries) {
  const cpu = process.cpuUsage();
  let begin = performance.now();
  const ranked = postingIndex.rankForReturnee(profile, { now: NOW, limit: 20 });
  rankOnly.push(performance.now() - begin);
  const used = process.cpuUsage(cpu);
  rankOnlyCpu.push((used.user + used.system) / 1000);
  begin = performance.now();
  const again = postingIndex.rankForReturnee(profile, { now: NOW, limit: 20 });
  for (const { slot } of again.items) explainMatch(profile, postingIndex.at(slot)!, { now: NOW });
  rankExplain.push(performance.now() - begin);
  consideredPostings += ranked.considered;
}
const forPerson = stats(rankOnly);
const forPersonExplained = stats(rankExplain);

// ── one posting × all people ──────────────────────────────────────────────────────────────────────────
const postingQueries = Array.from({ length: Math.min(QUERIES, 200) }, () => pick(postings));
for (const posting of postingQueries.slice(0, 20)) returneeIndex.rankForPosting(posting, { now: NOW });
const candidateTimes: number[] = [];
const candidateCpu: number[] = [];
const candidateExplained: number[] = [];
let consideredPeople = 0;
for (const posting of postingQueries) {
  const cpu = process.cpuUsage();
  let begin = performance.now();
  const ranked = returneeIndex.rankForPosting(posting, { now: NOW, limit: 20 });
  candidateTimes.push(performance.now() - begin);
  const used = process.cpuUsage(cpu);
  candidateCpu.push((used.user + used.system) / 1000);
  consideredPeople += ranked.considered;
  begin = performance.now();
  const again = returneeIndex.rankForPosting(posting, { now: NOW, limit: 20 });
  for (const { slot } of again.items)
    explainMatch(returneeIndex.profileAt(slot)!, posting, { now: NOW, audience: 'employer' });
  candidateExplained.push(performance.now() - begin);
}
const forPosting = stats(candidateTimes);
const forPostingExplained = stats(candidateExplained);

// ── naive baseline: object-based scoring of every pair ────────────────────────────────────────────────
function naiveTop<T>(items: readonly T[], score: (item: T) => number | undefined): number {
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const s = score(item);
    if (s !== undefined) scored.push({ item, score: s });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, 20).length;
}
const naivePerson: number[] = [];
for (const profile of queries.slice(0, 10)) {
  const begin = performance.now();
  naiveTop(postings, (p) => naiveScore(profile, p, NOW));
  naivePerson.push(performance.now() - begin);
}
// 300k people as objects for the naive loop (the index keeps none).
const samePeople = peopleGenerator(communesByProvince, SEED);
const naivePeopleObjects = Array.from({ length: PEOPLE }, (_, i) => samePeople(i));
const naivePosting: number[] = [];
for (const posting of postingQueries.slice(0, 3)) {
  const begin = performance.now();
  naiveTop(naivePeopleObjects, (r) =>
    r.matchingConsent && (r.status === 'seeking' || r.status === 'training')
      ? naiveScore(r, posting, NOW)
      : undefined,
  );
  naivePosting.push(performance.now() - begin);
}
naivePeopleObjects.length = 0;
const naivePersonStats = stats(naivePerson);
const naivePostingStats = stats(naivePosting);

// ── the API ───────────────────────────────────────────────────────────────────────────────────────────
let api:
  | {
      sequential: ReturnType<typeof stats>;
      requests: number;
      loaded: { p50: number; p97_5: number; p99: number; rps: number; errors: number; non2xx: number };
      startMs: number;
      rssMb: number;
      heapMb: number;
    }
  | undefined;
if (RUN_API) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ctn-bench-match-'));
  const ferret = await startFerretDB({ dataDir });
  const port = await freePort();
  const child = spawn(
    path.join(process.cwd(), 'node_modules/.bin/tsx'),
    ['--expose-gc', 'scripts/bench/lib/match-api-server.ts'],
    {
      env: {
        ...process.env,
        MONGODB_URI: `${ferret.uri}/bench_match`,
        PORT: String(port),
        DATA_DIR: dataDir,
        POSTINGS: String(POSTINGS),
        PEOPLE: String(PEOPLE),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split('\n')
        .find((l) => l.startsWith('ready '));
      if (line) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  const [, startMs, rssMb, idList, appHeapMb] = ready.trim().split(' ');
  const ids = idList!.split(',');
  log(
    `app ready on :${port} in ${startMs} ms with ${POSTINGS} postings and ${PEOPLE} people, RSS ${rssMb} MB`,
  );
  const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ identifier: 'bench@example.vn', password: 'mat-khau-do-hieu-nang' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const url = (i: number) => `http://127.0.0.1:${port}/api/returnees/${ids[i % ids.length]}/matches`;
  for (let i = 0; i < 50; i++) await fetch(url(i), { headers: { cookie } }).then((r) => r.arrayBuffer());
  const sequential: number[] = [];
  const REQUESTS = 500;
  for (let i = 0; i < REQUESTS; i++) {
    const begin = performance.now();
    const response = await fetch(url(i), { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`matches API answered ${response.status}`);
    sequential.push(performance.now() - begin);
  }
  let next = 0;
  const loaded = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: 10,
    headers: { cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          request.path = `/api/returnees/${ids[next++ % ids.length]}/matches`;
          return request;
        },
      },
    ],
  });
  api = {
    sequential: stats(sequential),
    requests: REQUESTS,
    loaded: {
      p50: loaded.latency.p50,
      p97_5: loaded.latency.p97_5,
      p99: loaded.latency.p99,
      rps: loaded.requests.average,
      errors: loaded.errors,
      non2xx: loaded.non2xx,
    },
    startMs: Number(startMs),
    rssMb: Number(rssMb),
    heapMb: Number(appHeapMb),
  };
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  await ferret.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

// ── report ────────────────────────────────────────────────────────────────────────────────────────────
console.log(
  `\nMatching — load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} — ${POSTINGS.toLocaleString('en')} postings, ${PEOPLE.toLocaleString('en')} people, ${queries.length} person queries, ${postingQueries.length} posting queries, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model}\n`,
);
const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
const triple = (s: ReturnType<typeof stats>) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} ms`;
const rows: string[][] = [
  [
    'person × 100k postings: rank (p50 / p95 / p99)',
    triple(forPerson),
    `p99 ≤ ${TARGETS.returneeP99} ms`,
    ok(forPerson.p99 <= TARGETS.returneeP99),
  ],
  ['  CPU time of the same (noise-free view)', triple(stats(rankOnlyCpu)), '', ''],
  [
    '  rank + explain top 20 (what the API does)',
    triple(forPersonExplained),
    `p99 ≤ ${TARGETS.returneeP99} ms`,
    ok(forPersonExplained.p99 <= TARGETS.returneeP99),
  ],
  [
    '  baseline: naive object scoring of every pair',
    triple(naivePersonStats),
    '',
    `${(naivePersonStats.p50 / forPerson.p50).toFixed(0)}× slower`,
  ],
  [
    'posting × 300k people: rank (p50 / p95 / p99)',
    triple(forPosting),
    `p99 ≤ ${TARGETS.postingP99} ms`,
    ok(forPosting.p99 <= TARGETS.postingP99),
  ],
  ['  CPU time of the same (noise-free view)', triple(stats(candidateCpu)), '', ''],
  [
    '  rank + explain top 20 (employer view)',
    triple(forPostingExplained),
    `p99 ≤ ${TARGETS.postingP99} ms`,
    ok(forPostingExplained.p99 <= TARGETS.postingP99),
  ],
  [
    '  baseline: naive object scoring of every pair',
    triple(naivePostingStats),
    '',
    `${(naivePostingStats.p50 / forPosting.p50).toFixed(0)}× slower`,
  ],
  [
    'mean postings considered per person / people per posting',
    `${Math.round(consideredPostings / queries.length)} / ${Math.round(consideredPeople / postingQueries.length)}`,
    '',
    '',
  ],
  [
    'build: posting index / returnee index',
    `${Math.round(postingBuildMs)} ms / ${Math.round(returneeBuildMs)} ms`,
    '',
    '',
  ],
  [
    'heap + buffers: posting index (postings excluded) / returnee index',
    `${Math.round(postingIndexMb)} MB / ${Math.round(returneeIndexMb)} MB`,
    '',
    '',
  ],
];
if (api)
  rows.push(
    [
      `API GET /api/returnees/:id/matches, sequential (${api.requests})`,
      triple(api.sequential),
      `p95 ≤ ${TARGETS.apiP95} ms`,
      ok(api.sequential.p95 <= TARGETS.apiP95),
    ],
    [
      'API, 10 connections for 10 s: p50 / p97.5 / p99',
      `${api.loaded.p50} / ${api.loaded.p97_5} / ${api.loaded.p99} ms, ${Math.round(api.loaded.rps)} req/s`,
      '',
      api.loaded.errors + api.loaded.non2xx === 0
        ? ''
        : `${api.loaded.errors} errors, ${api.loaded.non2xx} non-2xx`,
    ],
    [
      `app with ${POSTINGS.toLocaleString('en')} postings + ${PEOPLE.toLocaleString('en')} people loaded: RSS / heap + buffers after GC`,
      `${api.rssMb} MB / ${api.heapMb} MB`,
      '≤ 600 MB RSS (whole server)',
      ok(api.rssMb <= 600),
    ],
  );
console.log('| measure | value | target | |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
process.exit(0);
