import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { NotFoundError, UnauthenticatedError } from '../../server/src/lib/errors';
import type { LiveEvent } from '../../server/src/realtime/bus';
import { liveEventModel } from '../../server/src/realtime/store';
import { startTestApp, type TestApp, uniqueDbName } from '../helpers/app';

/** A real `ws` client that records every frame it receives. */
class LiveClient {
  readonly events: LiveEvent[] = [];
  readonly binaryFrames: number[] = [];
  readonly ws: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(url: string, options: { origin?: string | null; autoPong?: boolean } = {}) {
    const headers: Record<string, string> = {};
    if (options.origin !== null)
      headers.origin = options.origin ?? new URL(url).origin.replace(/^ws/, 'http');
    this.ws = new WebSocket(url, { headers, autoPong: options.autoPong ?? true });
    this.ws.on('message', (data, isBinary) => {
      if (isBinary) this.binaryFrames.push(this.events.length);
      this.events.push(JSON.parse(String(data)) as LiveEvent);
      for (const waiter of [...this.waiters]) {
        if (this.events.length >= waiter.count) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      this.ws.once('error', reject);
    });
    this.opened.catch(() => {});
    this.closed = new Promise((resolve) =>
      this.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  /** Resolves once `count` events have arrived in total. */
  waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.events.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`got ${this.events.length} of ${count} events: ${this.seqs().join(',')}`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  seqs() {
    return this.events.map((e) => e.seq);
  }

  async close() {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close();
    await this.closed;
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
let streamCounter = 0;
const newStream = (kind = 'test') => `${kind}:s${Date.now().toString(36)}${streamCounter++}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function liveUrl(t: TestApp, stream: string, after?: number) {
  return `${t.url.replace(/^http/, 'ws')}/api/live/${stream}${after === undefined ? '' : `?after=${after}`}`;
}

function registerTestKinds(t: TestApp) {
  t.app.realtime.registerStream('test', { authorize: () => true });
  t.app.realtime.registerStream('closed', { authorize: async () => false });
  t.app.realtime.registerStream('hidden', {
    authorize: () => {
      throw new NotFoundError();
    },
  });
  t.app.realtime.registerStream('members', {
    authorize: () => {
      throw new UnauthenticatedError();
    },
  });
}

describe('live events on one instance', () => {
  let t: TestApp;
  const clients: LiveClient[] = [];
  const client = (url: string, options?: ConstructorParameters<typeof LiveClient>[1]) => {
    const c = new LiveClient(url, options);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp();
    registerTestKinds(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await t?.close();
  });

  it('delivers published events in order as JSON text frames', async () => {
    const stream = newStream();
    const c = client(liveUrl(t, stream, 0));
    await c.opened;
    const published = await Promise.all([
      t.app.realtime.publish(stream, 'checkin', { ticket: 'A1B2C3', name: 'Nguyễn Văn Ánh' }),
      t.app.realtime.publish(stream, 'queue', { booth: 5, length: 3 }),
      t.app.realtime.publish(stream, 'outcome', { booth: 5, result: 'shortlisted' }),
    ]);
    expect(published.map((e) => e.seq)).toEqual([1, 2, 3]);
    await c.waitFor(3);
    expect(c.events).toEqual(published);
    expect(c.events[0]).toEqual({
      stream,
      seq: 1,
      type: 'checkin',
      data: { ticket: 'A1B2C3', name: 'Nguyễn Văn Ánh' },
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(c.binaryFrames).toEqual([]);
    expect(await t.app.realtime.lastSeq(stream)).toBe(3);
  });

  it('resumes after a disconnect with exactly the missed events, then live ones', async () => {
    const stream = newStream();
    const first = client(liveUrl(t, stream, 0));
    await first.opened;
    for (let i = 1; i <= 3; i++) await t.app.realtime.publish(stream, 'tick', { i });
    await first.waitFor(3);
    const lastSeen = first.events.at(-1)!.seq;
    await first.close();

    for (let i = 4; i <= 6; i++) await t.app.realtime.publish(stream, 'tick', { i });
    const again = client(liveUrl(t, stream, lastSeen));
    await again.waitFor(3);
    expect(again.seqs()).toEqual([4, 5, 6]);
    await t.app.realtime.publish(stream, 'tick', { i: 7 });
    await again.waitFor(4);
    await sleep(100);
    expect(again.seqs()).toEqual([4, 5, 6, 7]);
    expect(again.events.map((e) => (e.data as { i: number }).i)).toEqual([4, 5, 6, 7]);
  });

  it('has no gap or duplicate where the replay meets the live events', async () => {
    const stream = newStream();
    for (let i = 1; i <= 40; i++) await t.app.realtime.publish(stream, 'tick', { i });
    // Clients join while publishing goes on, each from a different place in the log.
    const publishing = (async () => {
      for (let i = 41; i <= 100; i++) await t.app.realtime.publish(stream, 'tick', { i });
    })();
    const joiners = [0, 10, 39, 40].map((after) => ({ after, c: client(liveUrl(t, stream, after)) }));
    await publishing;
    for (const { after, c } of joiners) {
      await c.waitFor(100 - after);
      expect(c.seqs()).toEqual(range(after + 1, 100));
    }
  });

  it('answers clients that poll over HTTP', async () => {
    const stream = newStream();
    for (let i = 1; i <= 5; i++) await t.app.realtime.publish(stream, 'tick', { i });
    const page = await t.agent().get(`/api/live/${stream}/events?after=2`).expect(200);
    expect(page.body.lastSeq).toBe(5);
    expect(page.body.events.map((e: LiveEvent) => e.seq)).toEqual([3, 4, 5]);
    expect(page.body.events[0]).toMatchObject({ stream, type: 'tick', data: { i: 3 } });
    const limited = await t.agent().get(`/api/live/${stream}/events?after=0&limit=2`).expect(200);
    expect(limited.body.events.map((e: LiveEvent) => e.seq)).toEqual([1, 2]);
    const start = await t.agent().get(`/api/live/${stream}/events`).expect(200);
    expect(start.body).toEqual({ stream, lastSeq: 5, events: [] });

    await t.agent().get(`/api/live/closed:x1/events?after=0`).expect(403);
    await t.agent().get(`/api/live/hidden:x1/events?after=0`).expect(404);
    await t.agent().get(`/api/live/nope:x1/events?after=0`).expect(404);
    const plain = await t.agent().get(`/api/live/${stream}`).expect(426);
    expect(plain.body.code).toBe('UPGRADE_REQUIRED');
    await t.agent().get('/api/live/not%20a%20stream/events').expect(400);
  });

  it('refuses streams the client may not listen to with a 44xx close code', async () => {
    for (const [stream, code] of [
      ['closed:f1', 4403],
      ['hidden:f1', 4404],
      ['nope:f1', 4404],
      ['members:f1', 4401],
    ] as const) {
      const c = client(liveUrl(t, stream, 0));
      const closed = await c.closed;
      expect(closed.code, stream).toBe(code);
    }
    // Nothing is delivered on a refused connection, even when the stream has events.
    await t.app.realtime.publish('closed:f1', 'secret', { x: 1 });
    const refused = client(liveUrl(t, 'closed:f1', 0));
    expect((await refused.closed).code).toBe(4403);
    expect(refused.events).toEqual([]);
  });

  it('refuses a WebSocket handshake from another site (Origin check)', async () => {
    const stream = newStream();
    const evil = client(liveUrl(t, stream, 0), { origin: 'https://evil.example' });
    await expect(evil.opened).rejects.toThrow('HTTP 403');
    const nullOrigin = client(liveUrl(t, stream, 0), { origin: 'null' });
    await expect(nullOrigin.opened).rejects.toThrow('HTTP 403');
    // Our own pages and non-browser tools (no Origin) are fine.
    await client(liveUrl(t, stream, 0)).opened;
    await client(liveUrl(t, stream, 0), { origin: null }).opened;
  });

  it('drops connections that stop answering pings', async () => {
    const stream = newStream();
    const alive = client(liveUrl(t, stream, 0));
    const dead = client(liveUrl(t, stream, 0), { autoPong: false });
    await Promise.all([alive.opened, dead.opened]);
    t.app.realtime.checkHeartbeats(); // ping everyone
    await sleep(100); // the live client answers
    t.app.realtime.checkHeartbeats(); // the silent one owes a pong: dropped
    expect((await dead.closed).code).toBe(1006);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    await t.app.realtime.publish(stream, 'still', {});
    await alive.waitFor(1);
  });

  it('rejects bad input to publish', async () => {
    await expect(t.app.realtime.publish('no-colon', 'x', {})).rejects.toThrow(/stream name/);
    await expect(t.app.realtime.publish(newStream(), 'bad type!', {})).rejects.toThrow(/type/);
    await expect(t.app.realtime.publish(newStream(), 'big', { s: 'x'.repeat(70_000) })).rejects.toThrow(
      /bytes/,
    );
  });
});

describe('live events across two app instances', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: LiveClient[] = [];
  const client = (url: string) => {
    const c = new LiveClient(url);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const dbName = uniqueDbName('live');
    a = await startTestApp({ dbName, keepDatabase: true });
    b = await startTestApp({ dbName, keepDatabase: true });
    registerTestKinds(a);
    registerTestKinds(b);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await a?.close();
    await b?.app.db.connection.dropDatabase().catch(() => {});
    await b?.close();
  });

  it('delivers an event published on instance A to a client connected to instance B', async () => {
    const stream = newStream();
    const onB = client(liveUrl(b, stream, 0));
    await onB.opened;
    const started = performance.now();
    const event = await a.app.realtime.publish(stream, 'checkin', { ticket: 'Q7K2PX' });
    await onB.waitFor(1);
    const latencyMs = performance.now() - started;
    expect(onB.events).toEqual([event]);
    console.log(`[realtime] A→B delivery ${latencyMs.toFixed(0)} ms (poll interval 100 ms)`);

    // and back: B publishes, a client on A hears it, after B's earlier event
    const onA = client(liveUrl(a, stream, 0));
    await b.app.realtime.publish(stream, 'checkin', { ticket: 'Z9Y8X7' });
    await onA.waitFor(2);
    await onB.waitFor(2);
    expect(onA.seqs()).toEqual([1, 2]);
    expect(onB.seqs()).toEqual([1, 2]);
  });

  it('gives concurrent publishes from both instances contiguous seqs, each once, in one order everywhere', async () => {
    const stream = newStream();
    const onA = client(liveUrl(a, stream, 0));
    const onB = client(liveUrl(b, stream, 0));
    await Promise.all([onA.opened, onB.opened]);
    const perInstance = 40;
    const publishAll = (t: TestApp, name: string) =>
      Promise.all(
        range(1, perInstance).map((i) => t.app.realtime.publish(stream, 'tick', { from: name, i })),
      );
    const [fromA, fromB] = await Promise.all([publishAll(a, 'A'), publishAll(b, 'B')]);
    const seqs = [...fromA, ...fromB].map((e) => e.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(range(1, 2 * perInstance));

    const stored = await b.app.realtime.readSince(stream, 0, 1000);
    expect(stored.map((e) => e.seq)).toEqual(range(1, 2 * perInstance));
    // Each publish is stored once, under the seq its publisher was told.
    for (const event of [...fromA, ...fromB]) expect(stored[event.seq - 1]).toEqual(event);

    await onA.waitFor(2 * perInstance);
    await onB.waitFor(2 * perInstance);
    expect(onA.events).toEqual(stored);
    expect(onB.events).toEqual(stored);
  });

  it('still delivers an event whose publisher died before making it visible to the others', async () => {
    const stream = newStream();
    const onB = client(liveUrl(b, stream, 0));
    await onB.opened;
    await a.app.realtime.publish(stream, 'tick', { i: 1 });
    // What a crash between the two writes leaves: seq 2 in the log, nothing in the tail.
    await liveEventModel(a.app.db.connection).collection.insertOne({
      _id: `${stream}:2` as never,
      stream,
      seq: 2,
      type: 'tick',
      data: { i: 2, orphan: true },
      at: new Date(),
    });
    // The next publish finds seq 2 taken and takes 3; B waits briefly for 2, then reads it from the log.
    const third = await a.app.realtime.publish(stream, 'tick', { i: 3 });
    expect(third.seq).toBe(3);
    await onB.waitFor(3);
    expect(onB.seqs()).toEqual([1, 2, 3]);
    expect(onB.events[1]?.data).toEqual({ i: 2, orphan: true });
  });
});
