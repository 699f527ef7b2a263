/**
 * The live-fair benchmark of DESIGN.md §9, with its baselines in the same run:
 *
 * 1. the real app in a child process on a throwaway FerretDB, with a live fair of REGISTRATIONS people
 *    (scripts/bench/lib/fair-server.ts);
 * 2. baseline: check-in requests (POST /api/fairs/:id/checkins as a signed-in organizer, one ticket each)
 *    with no dashboard connected — one at a time (latency) and CONCURRENCY at a time (throughput);
 * 3. CLIENTS WebSocket dashboards on /api/live/fair:<id>?after=<seq> (the hall-screen key), spread over
 *    PROCESSES child processes (scripts/bench/lib/fair-clients.ts), each a real `ws` client that parses every
 *    frame; the server's heap (after GC) before and after gives the memory per connection;
 * 4. latency: check-ins one at a time, 400 ms apart; for each, the time from sending the request to the
 *    frame's arrival at each dashboard (all of them, every check-in: p50/p99/max), and to the last one;
 * 5. throughput: THROUGHPUT check-ins, CONCURRENCY in flight, with every dashboard connected: check-ins/s,
 *    request latency, and the arrival lag at the dashboards (sampled every 50th check-in); every frame is
 *    counted so a dashboard that missed one shows.
 *
 *   npm run bench:fair -- [--clients=10000] [--processes=2] [--latency=60] [--throughput=3000] [--concurrency=32]
 */

import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startFerretDB } from '../lib/ferretdb';
import { benchArgs, percentile } from './lib/common';

const args = benchArgs();
const CLIENTS = Number(args.clients ?? 10_000);
const PROCESSES = Number(args.processes ?? 2);
const LATENCY_N = Number(args.latency ?? 60);
const THROUGHPUT_N = Number(args.throughput ?? 3_000);
const CONCURRENCY = Number(args.concurrency ?? 32);
const BASELINE_N = 20;
const BASELINE_THROUGHPUT_N = 1_000;
const REGISTRATIONS = BASELINE_N + BASELINE_THROUGHPUT_N + LATENCY_N + THROUGHPUT_N + 100;
const TARGETS = { p99Ms: 150, perConnectionKb: 10, checkinsPerSecond: 200 };

const log = (line: string) => console.log(line);
const now = () => performance.timeOrigin + performance.now();
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    n: sorted.length,
  };
};
const f = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ctn-bench-fair-'));
const ferret = await startFerretDB({ dataDir });
const port = await freePort();
const server = fork('scripts/bench/lib/fair-server.ts', [], {
  execArgv: ['--import', 'tsx'],
  env: {
    ...process.env,
    MONGODB_URI: `${ferret.uri}/bench_fair`,
    PORT: String(port),
    DATA_DIR: dataDir,
    REGISTRATIONS: String(REGISTRATIONS),
  },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const ready = await new Promise<string>((resolve, reject) => {
  server.stdout!.on('data', (chunk: Buffer) => {
    const line = chunk
      .toString()
      .split('\n')
      .find((l) => l.startsWith('ready '));
    if (line) resolve(line);
  });
  server.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
});
const [, fairId, screenKey, codesFile, lastSeqText] = ready.trim().split(' ');
const codes = JSON.parse(readFileSync(codesFile!, 'utf8')) as string[];
const base = `http://127.0.0.1:${port}`;
log(
  `app ready on :${port}: live fair ${fairId} with ${REGISTRATIONS} registrations (log at seq ${lastSeqText})`,
);

function ask<T>(child: ChildProcess, message: object, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (reply: { type: string }) => {
      if (reply.type !== type) return;
      child.off('message', listener);
      resolve(reply as T);
    };
    child.on('message', listener);
    child.send(message);
  });
}
type Memory = {
  heapMb: number;
  arrayBuffersMb: number;
  rssMb: number;
  connections: number;
  flushes: { flushes: number; sockets: number; ms: number; elapsedMs: number };
};
const memory = () => ask<Memory>(server, { type: 'memory' }, 'memory');

const signIn = await fetch(`${base}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ identifier: 'tochuc@bench.vn', password: 'mat-khau-do-hieu-nang' }),
});
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

let nextN = 1;
async function checkIn(n: number): Promise<number> {
  const started = now();
  const response = await fetch(`${base}/api/fairs/${fairId}/checkins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify({ items: [{ code: codes[n - 1], method: 'qr' }] }),
  });
  const body = (await response.json()) as { items?: { status: string }[] };
  if (response.status !== 200 || body.items?.[0]?.status !== 'checked-in')
    throw new Error(`check-in ${n} failed: ${response.status} ${JSON.stringify(body)}`);
  return started;
}

async function sequential(count: number, gapMs: number) {
  const sent = new Map<number, number>();
  const roundTrips: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = nextN++;
    const started = await checkIn(n);
    roundTrips.push(now() - started);
    sent.set(n, started);
    if (gapMs) await sleep(gapMs);
  }
  return { sent, roundTrips };
}

async function concurrent(count: number) {
  const first = nextN;
  nextN += count;
  const sent = new Map<number, number>();
  const latencies: number[] = [];
  let cursor = first;
  const started = now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (cursor < first + count) {
        const n = cursor++;
        const t0 = await checkIn(n);
        sent.set(n, t0);
        latencies.push(now() - t0);
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  return { sent, latencies, perSecond: count / seconds, seconds, lastResponse: now() };
}

// ── 2. baseline: no dashboards ─────────────────────────────────────────────────────────────────────────
await sequential(5, 0); // warm-up
const baselineLatency = await sequential(BASELINE_N, 50);
const baselineThroughput = await concurrent(BASELINE_THROUGHPUT_N);
const before = await memory();
log(
  `baseline (no dashboards): check-in round trip p50 ${f(stats(baselineLatency.roundTrips).p50)} ms, p99 ${f(stats(baselineLatency.roundTrips).p99)} ms; ` +
    `${f(baselineThroughput.perSecond)} check-ins/s with ${CONCURRENCY} in flight`,
);

// ── 3. dashboards ──────────────────────────────────────────────────────────────────────────────────────
const stateSeq = await fetch(`${base}/api/fairs/${fairId}/dashboard?key=${screenKey}`).then(
  (r) => r.json() as Promise<{ lastSeq: number }>,
);
const url = `ws://127.0.0.1:${port}/api/live/fair:${fairId}?after=${stateSeq.lastSeq}&batch=true&key=${screenKey}`;
const perProcess = Math.ceil(CLIENTS / PROCESSES);
const openStarted = now();
const clients = Array.from({ length: PROCESSES }, (_, i) =>
  fork('scripts/bench/lib/fair-clients.ts', [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      URL: url,
      CLIENTS: String(Math.min(perProcess, CLIENTS - i * perProcess)),
      TRACK_UP_TO: String(nextN + LATENCY_N),
      TRACK_EVERY: '50',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  }),
);
await Promise.all(
  clients.map(
    (child) =>
      new Promise((resolve) => child.on('message', (m: { type: string }) => m.type === 'open' && resolve(m))),
  ),
);
const openSeconds = (now() - openStarted) / 1000;
await sleep(1_000);
const after = await memory();
const perConnectionKb =
  ((after.heapMb + after.arrayBuffersMb - (before.heapMb + before.arrayBuffersMb)) * 1024) /
  after.connections;
const rssPerConnectionKb = ((after.rssMb - before.rssMb) * 1024) / after.connections;
log(
  `${after.connections} dashboards connected in ${f(openSeconds)} s (${PROCESSES} client processes); server heap ` +
    `${f(before.heapMb + before.arrayBuffersMb)} → ${f(after.heapMb + after.arrayBuffersMb)} MB: ${f(perConnectionKb)} KB per connection ` +
    `(RSS ${f(before.rssMb)} → ${f(after.rssMb)} MB: ${f(rssPerConnectionKb)} KB)`,
);

async function arrivals(ns: number[]) {
  const replies = await Promise.all(
    clients.map((child) =>
      ask<{ byN: Record<number, number[]> }>(child, { type: 'arrivals', ns }, 'arrivals'),
    ),
  );
  const byN = new Map<number, number[]>();
  for (const n of ns)
    byN.set(
      n,
      replies.flatMap((r) => r.byN[n] ?? []),
    );
  return byN;
}

// ── 4. latency with every dashboard connected ─────────────────────────────────────────────────────────
const latency = await sequential(LATENCY_N, 400);
await sleep(500);
const latencyArrivals = await arrivals([...latency.sent.keys()]);
const perDashboard: number[] = [];
const lastDashboard: number[] = [];
let missing = 0;
for (const [n, sentAt] of latency.sent) {
  const times = latencyArrivals.get(n) ?? [];
  missing += after.connections - times.length;
  for (const at of times) perDashboard.push(at - sentAt);
  lastDashboard.push(Math.max(...times) - sentAt);
}
const lat = stats(perDashboard);
const last = stats(lastDashboard);
log(
  `latency (${LATENCY_N} check-ins × ${after.connections} dashboards): request → dashboard p50 ${f(lat.p50)} ms, p99 ${f(lat.p99)} ms, ` +
    `max ${f(lat.max)} ms; → last dashboard p50 ${f(last.p50)} ms, p99 ${f(last.p99)} ms; missing frames ${missing}; ` +
    `request round trip p50 ${f(stats(latency.roundTrips).p50)} ms`,
);

// ── 5. sustained check-ins with every dashboard connected ─────────────────────────────────────────────
const counted = async () =>
  (
    await Promise.all(clients.map((child) => ask<{ received: number }>(child, { type: 'count' }, 'count')))
  ).reduce((sum, c) => sum + c.received, 0);
const receivedBefore = await counted();
const load = await concurrent(THROUGHPUT_N);
const expected = receivedBefore + THROUGHPUT_N * after.connections;
let received = await counted();
while (received < expected && now() - load.lastResponse < 60_000) {
  await sleep(200);
  received = await counted();
}
const drainMs = now() - load.lastResponse;
const afterLoad = await memory();
const flushes = {
  count: afterLoad.flushes.flushes - after.flushes.flushes,
  ms: afterLoad.flushes.ms - after.flushes.ms,
  sockets: afterLoad.flushes.sockets - after.flushes.sockets,
};
log(
  `server broadcasts during the sustained run: ${flushes.count} flushes (${f(THROUGHPUT_N / Math.max(1, flushes.count))} check-ins each), ` +
    `${f(flushes.ms / Math.max(1, flushes.count))} ms per flush of ${f(flushes.sockets / Math.max(1, flushes.count))} sockets, ` +
    `${f((flushes.ms / 1000 / load.seconds) * 100)}% of the server's time`,
);
const sampled = [...load.sent.keys()].filter((n) => n % 50 === 0);
const loadArrivals = await arrivals(sampled);
const lag: number[] = [];
for (const n of sampled) for (const at of loadArrivals.get(n) ?? []) lag.push(at - load.sent.get(n)!);
const lagStats = stats(lag);
const requestStats = stats(load.latencies);
log(
  `sustained: ${THROUGHPUT_N} check-ins, ${CONCURRENCY} in flight, ${f(load.perSecond)} check-ins/s over ${f(load.seconds)} s ` +
    `(request p50 ${f(requestStats.p50)} ms, p99 ${f(requestStats.p99)} ms); frames delivered ${received - receivedBefore}/${expected - receivedBefore}, ` +
    `last one ${f(drainMs)} ms after the last response; request → dashboard (every 50th) p50 ${f(lagStats.p50)} ms, p99 ${f(lagStats.p99)} ms`,
);

const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
log('');
log('| figure | baseline (no dashboards) | with dashboards | target |');
log('|---|---|---|---|');
log(
  `| check-in request → every dashboard updated, p50 / p99 | round trip ${f(stats(baselineLatency.roundTrips).p50)} / ${f(stats(baselineLatency.roundTrips).p99)} ms | ${f(lat.p50)} / ${f(lat.p99)} ms (last dashboard p99 ${f(last.p99)} ms) | p99 ≤ ${TARGETS.p99Ms} ms: ${verdict(lat.p99 <= TARGETS.p99Ms)} |`,
);
log(
  `| memory per connection (server heap + buffers) | — | ${f(perConnectionKb)} KB (RSS ${f(rssPerConnectionKb)} KB) | ≤ ${TARGETS.perConnectionKb} KB: ${verdict(perConnectionKb <= TARGETS.perConnectionKb)} |`,
);
log(
  `| check-ins per second sustained | ${f(baselineThroughput.perSecond)}/s | ${f(load.perSecond)}/s (all ${received - receivedBefore} frames delivered: ${received === expected}) | ≥ ${TARGETS.checkinsPerSecond}/s: ${verdict(load.perSecond >= TARGETS.checkinsPerSecond)} |`,
);
console.log(
  `RESULT ${JSON.stringify({ clients: after.connections, latency: lat, lastDashboard: last, perConnectionKb, rssPerConnectionKb, baselinePerSecond: baselineThroughput.perSecond, perSecond: load.perSecond, lag: lagStats, missing, delivered: received - receivedBefore, expected: expected - receivedBefore })}`,
);

for (const child of clients) child.send({ type: 'close' });
server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
await ferret.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
