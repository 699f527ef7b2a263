/**
 * Micro-benchmark of the embedded search engine (DESIGN.md §9): builds an index of generated job
 * postings, then runs the fixed 50-query workload many times and prints latency percentiles, build time
 * and heap, with a naive folded-substring scan over the same documents as the baseline of this run.
 *
 *   npx tsx scripts/bench/search-engine.ts [--docs=100000] [--rounds=40] [--seed=20260101]
 */
import { foldedWords, foldVietnamese } from '@ctn/shared';
import { EmbeddedSearchEngine } from '../../server/src/search/embedded';
import { benchArgs, heapMb, log, percentile } from './lib/common';
import {
  createRandom,
  type GeneratedPosting,
  generatePostings,
  POSTING_INDEX_SETTINGS,
} from './lib/postings-generator';
import { BENCH_QUERIES } from './lib/search-queries';

const args = benchArgs();
const DOCS = Number(args.docs ?? 100_000);
const ROUNDS = Number(args.rounds ?? 40);
const SEED = Number(args.seed ?? 20260101);
const BASELINE_ROUNDS = 3;
const TARGETS = { p50: 2, p95: 20, p99: 50, buildMs: 10_000, heapMb: 300 };

const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(1));

const heapAtStart = heapMb();
let started = performance.now();
const postings = generatePostings(DOCS, SEED);
const generateMs = performance.now() - started;
const heapWithDocuments = heapMb();

const engine = new EmbeddedSearchEngine();
await engine.createIndex('postings', POSTING_INDEX_SETTINGS);
started = performance.now();
await engine.upsert('postings', postings);
const buildMs = performance.now() - started;
const heapWithIndex = heapMb();

const samples = new Map<string, number[]>(BENCH_QUERIES.map((query) => [query.label, []]));
const totals = new Map<string, number>();
for (const query of BENCH_QUERIES) {
  // Warm-up, and the number of matches for the table.
  for (let i = 0; i < 5; i++) {
    const response = await engine.search('postings', query.request);
    totals.set(query.label, response.total);
  }
}
const random = createRandom(SEED);
const all: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // A different order every round, so no query always follows the same one.
  const order = [...BENCH_QUERIES].sort(() => random() - 0.5);
  for (const query of order) {
    const begin = performance.now();
    await engine.search('postings', query.request);
    const elapsed = performance.now() - begin;
    samples.get(query.label)!.push(elapsed);
    all.push(elapsed);
  }
}

// Baseline: what a search without an index does — fold every posting and test each query word as a
// substring (the in-memory equivalent of a case- and accent-insensitive $regex scan), text queries only.
const folded = postings.map((posting: GeneratedPosting) =>
  foldVietnamese(
    POSTING_INDEX_SETTINGS.searchableAttributes.map((name) => [posting[name]].flat().join(' ')).join(' '),
  ),
);
const baseline: number[] = [];
for (let round = 0; round < BASELINE_ROUNDS; round++) {
  for (const query of BENCH_QUERIES) {
    if (!query.request.q) continue;
    const words = foldedWords(query.request.q);
    const begin = performance.now();
    let found = 0;
    for (const text of folded) if (words.every((word) => text.includes(word))) found += 1;
    baseline.push(performance.now() - begin);
    if (found < 0) console.log('unreachable');
  }
}

const sortedAll = [...all].sort((a, b) => a - b);
const sortedBaseline = [...baseline].sort((a, b) => a - b);
const overall = {
  p50: percentile(sortedAll, 50),
  p95: percentile(sortedAll, 95),
  p99: percentile(sortedAll, 99),
};
const indexHeap = heapWithIndex - heapWithDocuments;

console.log(
  `\nEmbedded search engine (${engine.engine}) — ${DOCS.toLocaleString('en')} generated postings, seed ${SEED}, ` +
    `${ROUNDS} rounds × ${BENCH_QUERIES.length} queries, Node ${process.version}\n`,
);
console.table(
  BENCH_QUERIES.map((query) => {
    const sorted = [...samples.get(query.label)!].sort((a, b) => a - b);
    return {
      query: query.label,
      total: totals.get(query.label),
      'p50 ms': ms(percentile(sorted, 50)),
      'p95 ms': ms(percentile(sorted, 95)),
      'max ms': ms(sorted[sorted.length - 1]!),
    };
  }),
);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
console.table([
  {
    measure: 'search p50 (ms)',
    value: ms(overall.p50),
    target: `≤ ${TARGETS.p50}`,
    '': verdict(overall.p50 <= TARGETS.p50),
  },
  {
    measure: 'search p95 (ms)',
    value: ms(overall.p95),
    target: `≤ ${TARGETS.p95}`,
    '': verdict(overall.p95 <= TARGETS.p95),
  },
  {
    measure: 'search p99 (ms)',
    value: ms(overall.p99),
    target: `≤ ${TARGETS.p99}`,
    '': verdict(overall.p99 <= TARGETS.p99),
  },
  {
    measure: 'build (ms)',
    value: Math.round(buildMs),
    target: `≤ ${TARGETS.buildMs}`,
    '': verdict(buildMs <= TARGETS.buildMs),
  },
  {
    measure: 'heap + buffers, documents + index (MB)',
    value: Math.round(heapWithIndex),
    target: `≤ ${TARGETS.heapMb}`,
    '': verdict(heapWithIndex <= TARGETS.heapMb),
  },
  {
    measure: '  of which documents (MB)',
    value: Math.round(heapWithDocuments - heapAtStart),
    target: '',
    '': '',
  },
  { measure: '  of which index (MB)', value: Math.round(indexHeap), target: '', '': '' },
  {
    measure: '  index bytes per document',
    value: Math.round((indexHeap * 1024 * 1024) / DOCS),
    target: '',
    '': '',
  },
  {
    measure: 'baseline: folded scan p50 (ms)',
    value: ms(percentile(sortedBaseline, 50)),
    target: '',
    '': '',
  },
  {
    measure: 'speed-up over the scan at p50',
    value: `${Math.round(percentile(sortedBaseline, 50) / overall.p50)}×`,
    target: '',
    '': '',
  },
  { measure: 'generating the postings (ms)', value: Math.round(generateMs), target: '', '': '' },
]);
