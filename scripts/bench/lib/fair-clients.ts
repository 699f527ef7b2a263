/**
 * Dashboard clients for the live-fair benchmark, in a process of their own: CLIENTS WebSocket connections
 * to URL (the fair's stream with batch=true, as the web dashboard connects), each a real `ws` client
 * parsing every frame as JSON, as a browser dashboard would. For each `checkin` event it records, per connection, when it arrived
 * (epoch ms, high resolution: performance.timeOrigin + performance.now(), comparable across processes on
 * one machine); every frame is counted.
 *
 * IPC: parent → { type: 'arrivals', ns } → { type: 'arrivals', byN: { [n]: number[] } } (and forgets them);
 *      parent → { type: 'count' } → { type: 'count', received, open }.
 */
import WebSocket from 'ws';

const URL_ = process.env.URL!;
const CLIENTS = Number(process.env.CLIENTS ?? 5000);
const CONCURRENT_OPENS = 200;
/** Arrival times are kept for check-ins n ≤ TRACK_UP_TO and every TRACK_EVERY-th after (memory). */
const TRACK_UP_TO = Number(process.env.TRACK_UP_TO ?? 100);
const TRACK_EVERY = Number(process.env.TRACK_EVERY ?? 50);
const now = () => performance.timeOrigin + performance.now();

const arrivals = new Map<number, number[]>();
let received = 0;
let open = 0;
const sockets: WebSocket[] = [];

function connect(): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(URL_, {
      perMessageDeflate: false,
      headers: { origin: new URL(URL_).origin.replace(/^ws/, 'http') },
    });
    sockets.push(ws);
    ws.on('open', () => {
      open += 1;
      resolve();
    });
    ws.on('error', reject);
    ws.on('close', () => {
      open -= 1;
    });
    ws.on('message', (data) => {
      const at = now();
      type Event = { type: string; data: { n?: number } };
      const parsed = JSON.parse(String(data)) as Event | Event[];
      for (const event of Array.isArray(parsed) ? parsed : [parsed]) {
        received += 1;
        const n = event.data.n;
        if (event.type !== 'checkin' || n === undefined) continue;
        if (n > TRACK_UP_TO && n % TRACK_EVERY !== 0) continue;
        let list = arrivals.get(n);
        if (!list) {
          list = [];
          arrivals.set(n, list);
        }
        list.push(at);
      }
    });
  });
}

let next = 0;
async function worker() {
  while (next < CLIENTS) {
    next += 1;
    await connect();
  }
}
await Promise.all(Array.from({ length: CONCURRENT_OPENS }, worker));
process.send?.({ type: 'open', open });

process.on('message', (message: { type: string; ns?: number[] }) => {
  if (message.type === 'arrivals') {
    const byN: Record<number, number[]> = {};
    for (const n of message.ns ?? []) {
      byN[n] = arrivals.get(n) ?? [];
      arrivals.delete(n);
    }
    process.send?.({ type: 'arrivals', byN });
  } else if (message.type === 'count') {
    process.send?.({ type: 'count', received, open });
  } else if (message.type === 'close') {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
