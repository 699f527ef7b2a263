/**
 * The job-search benchmark of DESIGN.md §9, in one run with its baselines:
 *
 * 1. 100k open postings from the generator (real VSCO codes, 34 provinces) go into a throwaway FerretDB
 *    (SQLite files) and into the embedded engine, through the postings module's own mapping and settings;
 * 2. the 50 fixed queries (diacritics or not, typos, prefixes, synonyms, filters, facets, sorts) run on the
 *    embedded engine: p50/p95/p99, index build time and heap; and as plain FerretDB `$regex` queries on the
 *    postings' folded `searchKey` (find + limit 20, no count or facets — easier than what the engine does)
 *    as the baseline;
 * 3. the real app starts in a child process on that database (it loads the postings at start-up) and
 *    autocannon sends `GET /api/jobs?q=…` over 1,000 distinct queries with 50 connections.
 *
 *   npm run bench:search -- [--docs=100000] [--rounds=20] [--regex-every=4] [--regex-rounds=1] [--duration=20] [--no-api]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldedWords } from '@ctn/shared';
import mongoose, { trusted } from 'mongoose';
import { escapeRegex } from '../../server/src/lib/regex';
import { employerModel } from '../../server/src/modules/employers/model';
import { type PostingRecord, postingModel } from '../../server/src/modules/postings/model';
import { jobIndexSettings, toOpenPosting } from '../../server/src/modules/postings/search';
import { EmbeddedSearchEngine } from '../../server/src/search/embedded';
import type { SearchFilter } from '../../server/src/search/engine';
import { freePort, startFerretDB } from '../lib/ferretdb';
import { withHeapLimit } from '../lib/heap-limit.mjs';
import { apiPaths } from './lib/api-paths';
import { benchArgs, collectGarbage, heapMb, log, percentile } from './lib/common';
import { createRandom, generatePostingRecords, OCCUPATIONS } from './lib/postings-generator';
import { BENCH_QUERIES } from './lib/search-queries';

const args = benchArgs();
const DOCS = Number(args.docs ?? 100_000);
const ROUNDS = Number(args.rounds ?? 20);
const REGEX_ROUNDS = Number(args['regex-rounds'] ?? 1);
/** FerretDB runs a $regex query as a scan in Go (~15 s at 100k postings): by default every 4th query above 20k. */
const REGEX_EVERY = Number(args['regex-every'] ?? (DOCS > 20_000 ? 4 : 1));
const DURATION = Number(args.duration ?? 20);
const RUN_API = args['no-api'] !== 'true';
const SEED = 20260101;
const TARGETS = {
  p50: 2,
  p95: 20,
  p99: 50,
  buildMs: 10_000,
  heapMb: 300,
  speedup: 5,
  rps: 1500,
  apiP99: 100,
};

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

// ── data ───────────────────────────────────────────────────────────────────────────────────────────────
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ctn-bench-'));
const ferret = await startFerretDB({ dataDir });
const dbName = 'bench_search';
const connection = await mongoose.createConnection(`${ferret.uri}/${dbName}`).asPromise();
const Posting = postingModel(connection);
const Employer = employerModel(connection);

let started = performance.now();
const { employers, postings } = await generatePostingRecords(DOCS, SEED);
log(
  `generated ${postings.length} postings of ${employers.length} employers in ${Math.round(performance.now() - started)} ms`,
);
started = performance.now();
await Employer.collection.insertMany(employers as never[]);
for (let i = 0; i < postings.length; i += 2000) {
  await Posting.collection.insertMany(postings.slice(i, i + 2000) as never[], { ordered: false });
}
const insertMs = performance.now() - started;
log(
  `inserted into FerretDB in ${Math.round(insertMs)} ms (${Math.round(postings.length / (insertMs / 1000))} docs/s)`,
);

// ── embedded engine ────────────────────────────────────────────────────────────────────────────────────
const facts = new Map(
  employers.map((e) => [
    String(e._id),
    { name: e.legalName as string, verified: true, fairChancePledge: e.fairChancePledge as boolean },
  ]),
);
// Documents as the app holds them: mapped from database records read back (own strings per document).
const heapBefore = heapMb();
const mapDocuments = () =>
  (JSON.parse(JSON.stringify(postings)) as PostingRecord[]).map((record) =>
    toOpenPosting(
      {
        ...record,
        publishedAt: new Date(record.publishedAt as unknown as string),
        updatedAt: new Date(record.updatedAt as unknown as string),
      } as PostingRecord,
      facts.get(String(record.employerId))!,
    ),
  );
let documents = mapDocuments();
const heapWithDocuments = heapMb();
const engine = new EmbeddedSearchEngine();
await engine.createIndex('jobs', jobIndexSettings());
started = performance.now();
await engine.upsert('jobs', documents);
const buildMs = performance.now() - started;
documents = [];
const heapWithIndex = heapMb();
log(`embedded index built in ${Math.round(buildMs)} ms`);

const samples = new Map<string, number[]>(BENCH_QUERIES.map((q) => [q.label, []]));
const totals = new Map<string, number>();
for (const query of BENCH_QUERIES) {
  for (let i = 0; i < 3; i++) totals.set(query.label, (await engine.search('jobs', query.request)).total);
}
const random = createRandom(SEED);
const all: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const query of [...BENCH_QUERIES].sort(() => random() - 0.5)) {
    const begin = performance.now();
    await engine.search('jobs', query.request);
    const elapsed = performance.now() - begin;
    samples.get(query.label)!.push(elapsed);
    all.push(elapsed);
  }
}
const sortedAll = [...all].sort((a, b) => a - b);
const engineStats = {
  p50: percentile(sortedAll, 50),
  p95: percentile(sortedAll, 95),
  p99: percentile(sortedAll, 99),
};

// ── FerretDB $regex baseline ──────────────────────────────────────────────────────────────────────────
function mongoFilter(q: string | undefined, filter: SearchFilter | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { status: 'open' };
  const words = q ? foldedWords(q).slice(0, 10) : [];
  if (words.length > 0)
    out.$and = words.map((word) => ({ searchKey: trusted({ $regex: escapeRegex(word) }) }));
  for (const [field, condition] of Object.entries(filter ?? {})) {
    if (field === 'fairChancePledge') continue; // on the employer, not the posting: the baseline skips it
    if (typeof condition !== 'object') out[field] = condition;
    else if ('in' in condition) out[field] = trusted({ $in: condition.in });
    else if ('all' in condition) out[field] = trusted({ $all: condition.all });
    else if ('gte' in condition) out[field] = trusted({ $gte: condition.gte });
  }
  return out;
}
const baseline: number[] = [];
const baselineByLabel = new Map<string, number[]>();
const regexQueries = BENCH_QUERIES.filter((_, i) => i % REGEX_EVERY === 0);
for (let round = 0; round < REGEX_ROUNDS; round++) {
  for (const query of regexQueries) {
    const sort = query.request.sort?.[0];
    const begin = performance.now();
    await Posting.find(mongoFilter(query.request.q, query.request.filter))
      .sort(sort ? { [sort.field]: sort.order === 'desc' ? -1 : 1 } : { _id: 1 })
      .skip(query.request.offset ?? 0)
      .limit(query.request.limit ?? 20)
      .lean();
    const elapsed = performance.now() - begin;
    baseline.push(elapsed);
    baselineByLabel.set(query.label, [...(baselineByLabel.get(query.label) ?? []), elapsed]);
  }
}
const sortedBaseline = [...baseline].sort((a, b) => a - b);
const baselineStats = {
  p50: percentile(sortedBaseline, 50),
  p95: percentile(sortedBaseline, 95),
  p99: percentile(sortedBaseline, 99),
};
// The same queries on the engine, for a like-for-like ratio.
const engineOnBaselineQueries = regexQueries.flatMap((q) => samples.get(q.label)!).sort((a, b) => a - b);
const speedup = baselineStats.p50 / percentile(engineOnBaselineQueries, 50);

console.log(
  `\nJob search — ${DOCS.toLocaleString('en')} postings, seed ${SEED}, ${ROUNDS} rounds × ${BENCH_QUERIES.length} queries, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model}\n`,
);
console.table(
  BENCH_QUERIES.map((query) => {
    const sorted = [...samples.get(query.label)!].sort((a, b) => a - b);
    const regex = baselineByLabel.get(query.label);
    return {
      query: query.label,
      total: totals.get(query.label),
      'p50 ms': ms(percentile(sorted, 50)),
      'max ms': ms(sorted[sorted.length - 1]!),
      '$regex ms': regex
        ? ms(
            percentile(
              [...regex].sort((a, b) => a - b),
              50,
            ),
          )
        : '',
    };
  }),
);

// ── API throughput ────────────────────────────────────────────────────────────────────────────────────

let api:
  | {
      rps: number;
      p50: number;
      p97_5: number;
      p99: number;
      errors: number;
      non2xx: number;
      startMs: number;
      rssMb: number;
      idleRssMb: number;
      servingRssMb: number;
      peakRssMb: number;
      loaded: number;
      floorRps: number;
      floorP99: number;
    }
  | undefined;
if (RUN_API) {
  await connection.close();
  const port = await freePort();
  const child = spawn(
    path.join(process.cwd(), 'node_modules/.bin/tsx'),
    ['scripts/bench/lib/api-server.ts'],
    {
      env: {
        ...process.env,
        MONGODB_URI: `${ferret.uri}/${dbName}`,
        PORT: String(port),
        DATA_DIR: dataDir,
        // The heap limit `npm start` and the Docker image run the server with.
        NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS),
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
  const [, , startMs, loaded, rssMb] = ready.trim().split(' ').map(Number);
  log(`app ready on :${port}: ${loaded} postings loaded at start in ${startMs} ms, RSS ${rssMb} MB`);
  // The app's memory as it reports it every second: resident now and its peak so far.
  let memory = { rss: rssMb!, peak: rssMb!, heap: 0 };
  child.stdout.on('data', (chunk: Buffer) => {
    const line = chunk
      .toString()
      .trim()
      .split('\n')
      .reverse()
      .find((l) => l.startsWith('memory '));
    if (line) {
      const [, rss, peak, heap] = line.split(' ').map(Number);
      memory = { rss: rss!, peak: peak!, heap: heap! };
    }
  });
  // Idle for a while after start-up: what the server holds once the load's garbage is collected.
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  const idleRss = memory.rss;
  log(
    `app idle 15 s after start-up: RSS ${idleRss} MB, heap used ${memory.heap} MB (peak RSS so far ${memory.peak} MB)`,
  );
  // The load runs in its own process; this one lets go of its 100k postings and the engine first.
  await engine.drop('jobs');
  postings.length = 0;
  collectGarbage();
  const load = async (paths: string[], duration: number, warmup: number) => {
    const generator = spawn(
      path.join(process.cwd(), 'node_modules/.bin/tsx'),
      ['scripts/bench/lib/load.ts'],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    generator.stdin.end(
      JSON.stringify({ url: `http://127.0.0.1:${port}`, paths, connections: 50, duration, warmup }),
    );
    let output = '';
    generator.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await new Promise((resolve) => generator.on('exit', resolve));
    return JSON.parse(output.trim().split('\n').pop()!) as {
      rps: number;
      p50: number;
      p97_5: number;
      p99: number;
      errors: number;
      non2xx: number;
    };
  };
  // Baseline of the same run: the cheapest public route of the same app (hooks, headers, serialisation).
  const floor = await load(
    OCCUPATIONS.map((o) => `/api/taxonomy/occupations?q=${o.code.slice(0, 2)}&limit=1`),
    Math.max(5, Math.round(DURATION / 4)),
    2,
  );
  log(`baseline route: ${Math.round(floor.rps)} req/s, p99 ${floor.p99} ms`);
  const result = await load(apiPaths(), DURATION, 3);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  log(`app after the load: RSS ${memory.rss} MB, heap used ${memory.heap} MB, peak RSS ${memory.peak} MB`);
  api = {
    ...result,
    startMs: startMs!,
    rssMb: rssMb!,
    idleRssMb: idleRss,
    servingRssMb: memory.rss,
    peakRssMb: memory.peak,
    loaded: loaded!,
    floorRps: floor.rps,
    floorP99: floor.p99,
  };
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
} else {
  await connection.close();
}
await ferret.stop();
rmSync(dataDir, { recursive: true, force: true });

const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
const rows = [
  [
    'search p50 (embedded)',
    `${ms(engineStats.p50)} ms`,
    `≤ ${TARGETS.p50} ms`,
    ok(engineStats.p50 <= TARGETS.p50),
  ],
  [
    'search p95 (embedded)',
    `${ms(engineStats.p95)} ms`,
    `≤ ${TARGETS.p95} ms`,
    ok(engineStats.p95 <= TARGETS.p95),
  ],
  [
    'search p99 (embedded)',
    `${ms(engineStats.p99)} ms`,
    `≤ ${TARGETS.p99} ms`,
    ok(engineStats.p99 <= TARGETS.p99),
  ],
  ['index build', `${Math.round(buildMs)} ms`, `≤ ${TARGETS.buildMs} ms`, ok(buildMs <= TARGETS.buildMs)],
  [
    'heap + buffers: documents + index',
    `${Math.round(heapWithIndex - heapBefore)} MB`,
    `≤ ${TARGETS.heapMb} MB`,
    ok(heapWithIndex - heapBefore <= TARGETS.heapMb),
  ],
  ['  of which documents', `${Math.round(heapWithDocuments - heapBefore)} MB`, '', ''],
  [
    `baseline: FerretDB $regex p50 / p95 (${regexQueries.length} queries × ${REGEX_ROUNDS})`,
    `${ms(baselineStats.p50)} / ${ms(baselineStats.p95)} ms`,
    '',
    '',
  ],
  [
    'embedded vs $regex at p50 (same queries)',
    `${speedup.toFixed(0)}×`,
    `≥ ${TARGETS.speedup}×`,
    ok(speedup >= TARGETS.speedup),
  ],
  ['FerretDB insert (insertMany, 2,000 per call)', `${Math.round(insertMs / 1000)} s`, '', ''],
];
if (api) {
  rows.push(
    [
      'API GET /api/jobs?q=… (1,000 queries, 50 conn.)',
      `${Math.round(api.rps)} req/s`,
      `≥ ${TARGETS.rps}`,
      ok(api.rps >= TARGETS.rps),
    ],
    [
      'API latency p50 / p97.5 / p99',
      `${api.p50} / ${api.p97_5} / ${api.p99} ms`,
      `p99 ≤ ${TARGETS.apiP99} ms`,
      ok(api.p99 <= TARGETS.apiP99),
    ],
    ['API errors / non-2xx', `${api.errors} / ${api.non2xx}`, '0', ok(api.errors + api.non2xx === 0)],
    [
      'baseline: cheapest public route of the same app',
      `${Math.round(api.floorRps)} req/s, p99 ${api.floorP99} ms`,
      '',
      '',
    ],
    [
      'app start-up with the postings loaded',
      `${Math.round(api.startMs / 1000)} s (${api.loaded} postings), RSS ${api.rssMb} MB`,
      '',
      '',
    ],
    [
      'app RSS: 15 s idle after start-up / after the load / peak',
      `${api.idleRssMb} / ${api.servingRssMb} / ${api.peakRssMb} MB`,
      '≤ 600 MB',
      ok(api.servingRssMb <= 600),
    ],
  );
}
console.log('\n| measure | value | target | |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
