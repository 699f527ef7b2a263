import { type EventBus, isStreamName, type LiveEvent } from './bus';
import { type LiveStore, type StoredEvent, toLiveEvent } from './store';

export interface EventBusOptions {
  /** How often each instance polls the tails of the streams it has listeners for. */
  pollIntervalMs?: number;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export interface RunningEventBus extends EventBus {
  /** Streams this instance tails right now (has listeners for). */
  watchedStreams(): string[];
  /** Stops polling and waits for publishes in flight. */
  close(): Promise<void>;
}

/** Events per commit (one log insert, one tail write): publishes that queue up behind a commit go together. */
const MAX_BATCH = 256;
/** Delivered events kept in memory per watched stream, so reconnecting clients replay without a query. */
const RING_MAX = 1024;
/** How long a poller waits for a missing commit to reach the tail before reading the log itself. */
const STUCK_GRACE_MS = 2_000;
/** A stream nobody listens to any more is still tailed this long, in case its clients are reconnecting. */
const LINGER_MS = 10_000;
/** A poller this many events behind scans the tail once instead of looking up each commit. */
const SCAN_AFTER = 24;
const MAX_DATA_BYTES = 64 * 1024;
const DEFAULT_READ_LIMIT = 500;
const MAX_READ_LIMIT = 1_000;

type Listener = (event: LiveEvent) => void;

interface PendingPublish {
  type: string;
  data: unknown;
  resolve(event: LiveEvent): void;
  reject(error: unknown): void;
}

/** Events stored in the log whose publishers wait for them to become visible to other instances. */
interface Commit {
  stored: StoredEvent[];
  events: LiveEvent[];
  publishes: PendingPublish[];
}

interface Writer {
  queue: PendingPublish[];
  running: boolean;
  /** The seq to try next; undefined until read from the tail head. */
  nextSeq: number | undefined;
  /** Stored, not yet in the tail: the tail writer takes them all at once. */
  unpublished: Commit[];
  publishing: boolean;
}

function assertStream(stream: string) {
  if (!isStreamName(stream)) {
    throw new Error(`"${stream}" is not a stream name: use <kind>:<id>, e.g. fair:6650f1c2a9e4b3d2c1a0f9e8`);
  }
}

/** Keeps the events whose seqs continue `cursor` by one each, in order; stops at the first gap. */
function continuing(cursor: number, upTo: number, events: LiveEvent[], out: LiveEvent[]): number {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  for (const event of sorted) {
    if (event.seq <= cursor) continue;
    if (event.seq !== cursor + 1 || event.seq > upTo) break;
    out.push(event);
    cursor = event.seq;
  }
  return cursor;
}

export function createEventBus(store: LiveStore, options: EventBusOptions = {}): RunningEventBus {
  const pollIntervalMs = options.pollIntervalMs ?? 100;
  const log = options.log ?? { warn: () => {}, error: () => {} };
  const writers = new Map<string, Writer>();
  const watchers = new Map<string, StreamWatcher>();
  const background = new Set<Promise<unknown>>();
  let closed = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let ticking: Promise<unknown> | undefined;

  const track = (work: Promise<unknown>) => {
    const guarded = work.catch((err) => log.error({ err }, 'live: background work failed'));
    background.add(guarded);
    guarded.finally(() => background.delete(guarded));
  };

  // --- reading the head, batched ------------------------------------------------------------------------
  // Many readers at once (thousands of reconnecting clients, HTTP pollers) share reads: a caller joins the
  // next read to start, never one already running, so it still sees every commit finished before its call.
  const headReads = new Map<string, { running?: Promise<number>; next?: Promise<number> }>();

  function readHead(stream: string): Promise<number> {
    let slot = headReads.get(stream);
    if (!slot) {
      slot = {};
      headReads.set(stream, slot);
    }
    const s = slot;
    const begin = (): Promise<number> => {
      const read = store.readHead(stream).then((seq) => seq ?? 0);
      s.running = read;
      read
        .finally(() => {
          if (s.running === read) s.running = undefined;
          if (!s.running && !s.next && headReads.get(stream) === s) headReads.delete(stream);
        })
        .catch(() => {});
      return read;
    };
    if (!s.running) return begin();
    s.next ??= s.running
      .catch(() => {})
      .then(() => {
        s.next = undefined;
        return begin();
      });
    return s.next;
  }

  /** Events in (after, upTo], contiguous from after + 1: memory, then the tail, then the log. */
  async function readRange(stream: string, after: number, upTo: number): Promise<LiveEvent[]> {
    const out: LiveEvent[] = [];
    let cursor = after;
    const watcher = watchers.get(stream);
    if (watcher) cursor = continuing(cursor, upTo, watcher.ringSlice(cursor, upTo), out);
    if (cursor < upTo && !store.indexedLog) {
      // Commits are tail documents keyed by their first seq: follow them one cheap lookup at a time…
      for (let hops = 0; cursor < upTo && hops < 8; hops++) {
        const batch = await store.tailBatchAfter(stream, cursor);
        if (!batch) break;
        cursor = continuing(cursor, upTo, batch, out);
      }
      // …or, when `after` falls inside a commit, scan the (small) tail once.
      if (cursor < upTo) cursor = continuing(cursor, upTo, await store.tailRange(stream, cursor, upTo), out);
    }
    if (cursor < upTo) continuing(cursor, upTo, await store.logRange(stream, cursor, upTo), out);
    return out;
  }

  // --- watching: one per stream with local listeners ------------------------------------------------------
  class StreamWatcher {
    readonly listeners = new Set<Listener>();
    delivered = 0;
    initialDelivered = 0;
    started = false;
    readonly ready: Promise<void>;
    private readonly pending = new Map<number, LiveEvent>();
    private ring: LiveEvent[] = [];
    private polling = false;
    private stuckSince: number | undefined;
    private lingerTimer: NodeJS.Timeout | undefined;
    private backfilling: Promise<boolean> | undefined;
    private gapPollTimer: NodeJS.Timeout | undefined;

    constructor(readonly stream: string) {
      this.ready = this.start();
    }

    private async start() {
      for (let attempt = 0; !closed; attempt++) {
        try {
          const head = await readHead(this.stream);
          // Commits this instance made while we were reading are pending already: start before them.
          const firstPending = this.pending.size
            ? Math.min(...this.pending.keys())
            : Number.POSITIVE_INFINITY;
          this.delivered = Math.min(head, firstPending - 1);
          this.initialDelivered = this.delivered;
          this.started = true;
          for (const seq of this.pending.keys()) if (seq <= this.delivered) this.pending.delete(seq);
          this.drain();
          return;
        } catch (err) {
          log.warn({ err, stream: this.stream }, 'live: cannot read stream head, retrying');
          await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, pollIntervalMs * 2 ** attempt)));
        }
      }
      throw new Error('event bus closed');
    }

    add(listener: Listener) {
      clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
      this.listeners.add(listener);
    }

    remove(listener: Listener) {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || this.lingerTimer) return;
      this.lingerTimer = setTimeout(() => {
        if (this.listeners.size === 0 && watchers.get(this.stream) === this) {
          watchers.delete(this.stream);
          clearTimeout(this.gapPollTimer);
        }
      }, LINGER_MS);
      this.lingerTimer.unref();
    }

    /** New events from a local commit or a poll; delivered once everything before them is. */
    offer(events: LiveEvent[]) {
      for (const event of events) {
        if (!this.started || event.seq > this.delivered) this.pending.set(event.seq, event);
      }
      if (this.started) this.drain();
    }

    /** Delivers pending events in seq order; returns true when a gap remains (a commit we have not seen). */
    private drain(): boolean {
      for (;;) {
        const event = this.pending.get(this.delivered + 1);
        if (!event) break;
        this.pending.delete(event.seq);
        this.delivered = event.seq;
        this.ring.push(event);
        for (const listener of this.listeners) {
          try {
            listener(event);
          } catch (err) {
            log.error({ err, stream: this.stream }, 'live: listener failed');
          }
        }
      }
      if (this.ring.length > RING_MAX + RING_MAX / 2) this.ring = this.ring.slice(-RING_MAX);
      return this.pending.size > 0;
    }

    /** After a local commit that arrived ahead of another instance's: fetch the missing one soon. */
    pollForGap() {
      if (this.gapPollTimer || !this.pending.size) return;
      this.gapPollTimer = setTimeout(() => {
        this.gapPollTimer = undefined;
        track(this.poll());
      }, 2);
    }

    async poll() {
      if (!this.started || this.polling || closed) return;
      this.polling = true;
      try {
        const head = await readHead(this.stream);
        // Far behind (a busy stream, or a long pause): one scan of the small tail beats a lookup per commit.
        if (head - this.delivered > SCAN_AFTER) {
          this.offer(await store.tailRange(this.stream, this.delivered, head));
        }
        let cursor = this.delivered;
        while (cursor < head) {
          while (this.pending.has(cursor + 1)) cursor += 1; // our own commits, already here
          if (cursor >= head) break;
          const batch = await store.tailBatchAfter(this.stream, cursor);
          if (!batch?.length) break;
          this.offer(batch);
          cursor = batch.at(-1)!.seq;
        }
        if (this.delivered >= head) {
          this.stuckSince = undefined;
        } else {
          // A commit is in the log but not (yet) in the tail: its instance is between the two writes, died
          // there, or we fell further behind than the tail keeps. Give it a moment, then read the log.
          this.stuckSince ??= Date.now();
          if (Date.now() - this.stuckSince >= STUCK_GRACE_MS) {
            log.warn(
              { stream: this.stream, delivered: this.delivered, head },
              'live: reading missed events from the log',
            );
            this.offer(await readRange(this.stream, this.delivered, head));
            this.stuckSince = undefined;
          }
        }
      } catch (err) {
        log.warn({ err, stream: this.stream }, 'live: poll failed');
      } finally {
        this.polling = false;
      }
    }

    /** Delivered events in (after, upTo] that are still in memory. */
    ringSlice(after: number, upTo: number): LiveEvent[] {
      const first = this.ring[0]?.seq;
      if (first === undefined || after + 1 < first) return [];
      return this.ring.slice(after + 1 - first, upTo + 1 - first);
    }

    /**
     * Loads older events into memory so a crowd of clients resuming from about the same place (after a
     * restart, a network blip in the hall) costs one read, not one each. False when `from` is too far back.
     */
    async backfill(from: number): Promise<boolean> {
      for (;;) {
        const ringStart = this.ring[0]?.seq ?? this.delivered + 1;
        if (from >= ringStart) return true;
        if (this.delivered - from + 1 > RING_MAX) return false;
        if (!this.backfilling) {
          const target = ringStart;
          this.backfilling = readRange(this.stream, from - 1, target - 1)
            .then((older) => {
              const currentStart = this.ring[0]?.seq ?? this.delivered + 1;
              if (currentStart !== target || older.at(-1)?.seq !== target - 1) return false;
              this.ring = [...older, ...this.ring];
              return true;
            })
            .finally(() => {
              this.backfilling = undefined;
            });
        }
        if (!(await this.backfilling)) return from >= (this.ring[0]?.seq ?? this.delivered + 1);
      }
    }

    /** Replay source for followers: memory when it reaches back far enough, else a read. */
    async history(after: number, upTo: number): Promise<LiveEvent[]> {
      if (await this.backfill(after + 1)) {
        const fromRing = this.ringSlice(after, upTo);
        if (fromRing[0]?.seq === after + 1) return fromRing;
      }
      return readRange(this.stream, after, Math.min(upTo, after + DEFAULT_READ_LIMIT));
    }
  }

  function watcherFor(stream: string): StreamWatcher {
    let watcher = watchers.get(stream);
    if (!watcher) {
      watcher = new StreamWatcher(stream);
      watchers.set(stream, watcher);
      watcher.ready.catch(() => {});
    }
    return watcher;
  }

  // --- publishing ---------------------------------------------------------------------------------------
  /** Where a stream's log ends, for the first publish of this process. */
  async function initialSeq(stream: string): Promise<number> {
    const head = await store.readHead(stream);
    if (head !== undefined) return head;
    // A new stream: create its tail with the head as the first row (the row pollers read most).
    await store.ensureHead(stream);
    return 0;
  }

  /**
   * After seq `taken` turned out to be someone else's: the next seq worth trying, never skipping one.
   * The first collision of a commit just tries the next number (another instance's commit is usually one
   * event); repeated ones ask the tail how far the other instance got.
   */
  async function nextAfterCollision(stream: string, taken: number, collisions: number): Promise<number> {
    if (collisions === 1) return taken + 1;
    const head = (await store.readHead(stream)) ?? 0;
    if (head >= taken) return head + 1;
    const batch = await store.tailBatchAfter(stream, taken - 1);
    if (batch?.length) return batch.at(-1)!.seq + 1;
    // No head and no tail for events that exist: the tail was lost. The log knows (one scan).
    if (head === 0) return Math.max(taken, await store.logLastSeq(stream)) + 1;
    return taken + 1;
  }

  /**
   * Stores a batch of publishes in the log (the seq allocation), hands the events to local listeners
   * and queues them for the tail. Commits are sequential per stream; tail writes overlap with them.
   */
  async function commit(stream: string, writer: Writer, batch: PendingPublish[]) {
    let rest = batch;
    let collisions = 0;
    try {
      while (rest.length) {
        writer.nextSeq ??= (await initialSeq(stream)) + 1;
        // Whatever this instance has seen delivered exists: never try a number at or below it.
        const seen = watchers.get(stream)?.delivered ?? 0;
        if (writer.nextSeq <= seen) writer.nextSeq = seen + 1;
        const first = writer.nextSeq;
        const at = new Date();
        const docs: StoredEvent[] = rest.map((p, i) => ({
          _id: `${stream}:${first + i}`,
          stream,
          seq: first + i,
          type: p.type,
          data: p.data,
          at,
        }));
        const inserted = await store.insertEvents(docs);
        if (inserted > 0) {
          const stored = docs.slice(0, inserted);
          const events = stored.map((doc) => toLiveEvent(stream, doc));
          writer.unpublished.push({ stored, events, publishes: rest.slice(0, inserted) });
          rest = rest.slice(inserted);
          writer.nextSeq = first + inserted;
          // Local listeners first: they need no database round trip.
          const watcher = watchers.get(stream);
          if (watcher) {
            watcher.offer(events);
            watcher.pollForGap();
          }
          if (!writer.publishing) track(publishCommits(stream, writer));
        }
        if (rest.length) {
          collisions += 1;
          writer.nextSeq = await nextAfterCollision(stream, first + inserted, collisions);
        }
      }
    } catch (error) {
      writer.nextSeq = undefined;
      for (const p of rest) p.reject(error);
    }
  }

  /** Writes stored commits to the tail (all that are waiting, in one round trip) and resolves them. */
  async function publishCommits(stream: string, writer: Writer) {
    writer.publishing = true;
    try {
      while (writer.unpublished.length) {
        const commits = writer.unpublished.splice(0);
        try {
          await store.publishTail(
            stream,
            commits.map((c) => c.stored),
          );
        } catch (err) {
          // Stored all the same; other instances will find it in the log after STUCK_GRACE_MS.
          log.warn({ err, stream }, 'live: could not write the tail');
        }
        const first = commits[0]!.stored[0]!.seq;
        const last = Math.max(...commits.map((c) => c.stored.at(-1)!.seq));
        if (store.shouldTrim(first, last)) track(store.trimTail(stream, last));
        for (const c of commits) {
          c.publishes.forEach((p, i) => {
            p.resolve(c.events[i]!);
          });
        }
      }
    } finally {
      writer.publishing = false;
    }
  }

  async function runWriter(stream: string, writer: Writer) {
    writer.running = true;
    try {
      while (writer.queue.length) await commit(stream, writer, writer.queue.splice(0, MAX_BATCH));
    } finally {
      writer.running = false;
      // Keep each stream's next seq between publishes, but do not grow without bound.
      if (writers.size > 10_000) {
        for (const [name, w] of writers) {
          if (!w.running && !w.queue.length && !w.publishing) writers.delete(name);
        }
      }
    }
  }

  // --- polling loop --------------------------------------------------------------------------------------
  function schedulePoll() {
    if (closed) return;
    pollTimer = setTimeout(() => {
      ticking = Promise.allSettled([...watchers.values()].map((w) => w.poll())).then(schedulePoll);
    }, pollIntervalMs);
    pollTimer.unref();
  }
  schedulePoll();

  // --- the EventBus -----------------------------------------------------------------------------------------
  function follow(
    stream: string,
    after: number | undefined,
    listener: Listener,
    onError?: (error: Error) => void,
  ): () => void {
    assertStream(stream);
    const watcher = watcherFor(stream);
    // Everything after this point reaches `deliver` live; everything up to it comes from the replay.
    const attachedAt = watcher.started ? watcher.delivered : undefined;
    let last = after === undefined ? undefined : Math.max(0, Math.floor(after));
    let live = false;
    let stopped = false;
    let queued: LiveEvent[] = [];

    const pass = (event: LiveEvent) => {
      if (last !== undefined && event.seq <= last) return;
      last = event.seq;
      listener(event);
    };
    const deliver = (event: LiveEvent) => {
      if (live) pass(event);
      else queued.push(event);
    };
    watcher.add(deliver);

    const stop = () => {
      stopped = true;
      queued = [];
      watcher.remove(deliver);
    };

    void (async () => {
      try {
        await watcher.ready;
        const point = attachedAt ?? watcher.initialDelivered;
        last ??= point;
        while (last < point && !stopped) {
          const events = await watcher.history(last, point);
          const before: number = last;
          for (const event of events) if (event.seq === last + 1 && !stopped) pass(event);
          if (last === before) throw new Error(`live: events after ${before} of ${stream} could not be read`);
        }
        if (stopped) return;
        // Arrived while replaying: contiguous from point + 1.
        for (const event of queued) pass(event);
        queued = [];
        live = true;
      } catch (error) {
        if (stopped) return;
        stop();
        onError?.(error as Error);
      }
    })();

    return stop;
  }

  return {
    publish<T>(stream: string, type: string, data: T): Promise<LiveEvent<T>> {
      let plain: unknown;
      try {
        assertStream(stream);
        if (typeof type !== 'string' || !/^[\w.:-]{1,64}$/.test(type)) {
          throw new Error(`live event type "${type}" must be 1–64 letters, digits or . _ : -`);
        }
        if (closed) throw new Error('event bus closed');
        // A plain JSON copy: every listener, local or remote, sees the same value, and later changes to
        // the caller's object do not leak into the log.
        const json = JSON.stringify(data ?? null);
        if (json.length > MAX_DATA_BYTES) throw new Error(`live event data over ${MAX_DATA_BYTES} bytes`);
        plain = JSON.parse(json);
      } catch (error) {
        return Promise.reject(error);
      }

      let writer = writers.get(stream);
      if (!writer) {
        writer = { queue: [], running: false, nextSeq: undefined, unpublished: [], publishing: false };
        writers.set(stream, writer);
      }
      const w = writer;
      return new Promise<LiveEvent<T>>((resolve, reject) => {
        w.queue.push({ type, data: plain, resolve: resolve as (e: LiveEvent) => void, reject });
        if (!w.running) track(runWriter(stream, w));
      });
    },

    async readSince(stream, afterSeq, limit = DEFAULT_READ_LIMIT) {
      assertStream(stream);
      const after = Math.max(0, Math.floor(afterSeq));
      const head = await readHead(stream);
      const upTo = Math.min(head, after + Math.min(Math.max(1, limit), MAX_READ_LIMIT));
      return upTo > after ? readRange(stream, after, upTo) : [];
    },

    async lastSeq(stream) {
      assertStream(stream);
      const head = await readHead(stream);
      const written = (writers.get(stream)?.nextSeq ?? 1) - 1;
      return Math.max(head, written, watchers.get(stream)?.delivered ?? 0);
    },

    subscribe: (stream, listener) => follow(stream, undefined, listener),

    follow,

    watchedStreams: () => [...watchers.keys()],

    async close() {
      closed = true;
      clearTimeout(pollTimer);
      await ticking;
      // Publishes already queued finish (their callers are waiting); nothing new is accepted.
      while (background.size) await Promise.allSettled([...background]);
      watchers.clear();
    },
  };
}
