/**
 * The live side of a fair on this instance: the dashboard state folded from the fair's event log
 * (`fair:<id>`), kept current by following the stream (events published on any instance arrive here), and
 * the ticket book (code → registration) used at the door. Queue decisions read this state; they are made
 * exactly once by inserted claims (see day.ts), so a state a few milliseconds behind another instance's
 * only costs a retry, never a double.
 *
 * Start-up reads the latest snapshot (`fair_snapshots`) and replays the events after it; the snapshot is
 * rewritten every few seconds while the fair changes, so a new instance never replays a whole day.
 */
import {
  applyFairEvent,
  emptyDashboard,
  type FairDashboardState,
  type FairEvent,
  type FairEventData,
  type FairEventType,
} from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import type { Types } from 'mongoose';
import type { LiveEvent } from '../../realtime/bus';
import { registrationModel, snapshotModel } from './model';

export const fairStream = (fairId: string) => `fair:${fairId}`;

/** What the door needs to know about a ticket, in memory. */
export interface TicketEntry {
  code: string;
  registrationId: string;
  number: number;
  displayName: string;
  returneeId?: string;
  counselorId?: string;
  walkIn: boolean;
}

// A snapshot of a big fair is a large document, and FerretDB rewrites it whole: not too often.
const SNAPSHOT_DELAY_MS = 20_000;
const SNAPSHOT_EVERY_EVENTS = 2_000;
const IDLE_MS = 15 * 60_000;
const CATCH_UP_TIMEOUT_MS = 5_000;

export class FairRuntime {
  readonly stream: string;
  state: FairDashboardState = emptyDashboard();
  readonly ready: Promise<void>;
  lastUsed = Date.now();
  /** Next seat to try on this instance (seats are claimed by insert; this only avoids collisions). */
  seatCursor = 0;
  private readonly tickets = new Map<string, TicketEntry>();
  private readonly codeByNumber = new Map<number, string>();
  private stopFollowing: (() => void) | undefined;
  private waiters: { seq: number; resolve: () => void }[] = [];
  private snapshotTimer: NodeJS.Timeout | undefined;
  private snapshotSeq = 0;
  private snapshotting: Promise<void> | undefined;
  private closed = false;
  private listeners = new Set<(event: FairEvent) => void>();

  constructor(
    private readonly app: FastifyInstance,
    readonly fairId: string,
  ) {
    this.stream = fairStream(fairId);
    this.ready = this.start();
    this.ready.catch(() => {});
  }

  private async start() {
    const connection = this.app.db.connection;
    const [snapshot, registrations] = await Promise.all([
      snapshotModel(connection).findById(this.stream).lean(),
      registrationModel(connection)
        .find(
          { fairId: this.fairId, status: 'registered' },
          { number: 1, ticketCode: 1, displayName: 1, returneeId: 1, counselorId: 1, walkIn: 1 },
        )
        .lean(),
    ]);
    if (snapshot) {
      this.state = snapshot.state as FairDashboardState;
      this.snapshotSeq = snapshot.lastSeq;
    }
    for (const r of registrations) this.remember(entryOf(r));
    const head = await this.app.realtime.lastSeq(this.stream);
    this.follow(this.state.lastSeq);
    await this.reach(head);
  }

  private follow(after: number) {
    this.stopFollowing = this.app.realtime.follow(
      this.stream,
      after,
      (event) => this.apply(event),
      (err) => {
        // A replay that could not be read: start again from where the state is.
        this.app.log.warn({ err, stream: this.stream }, 'fairs: live state lost its stream, resuming');
        if (!this.closed) setTimeout(() => this.follow(this.state.lastSeq), 500).unref();
      },
    );
  }

  private apply(event: LiveEvent) {
    applyFairEvent(this.state, event);
    if ((event.type as FairEventType) === 'reg.cancelled') {
      // The seat (number) may go to someone else: the old ticket must no longer find it.
      const { n } = event.data as FairEventData['reg.cancelled'];
      const code = this.codeByNumber.get(n);
      if (code) this.forget(code);
    }
    for (const listener of this.listeners) listener(event);
    if (this.waiters.length) {
      const due = this.waiters.filter((w) => w.seq <= this.state.lastSeq);
      this.waiters = this.waiters.filter((w) => w.seq > this.state.lastSeq);
      for (const w of due) w.resolve();
    }
    this.scheduleSnapshot();
  }

  /** Resolves when the state holds every event up to `seq` (or after a timeout: decisions then retry). */
  reach(seq: number, timeoutMs = CATCH_UP_TIMEOUT_MS): Promise<void> {
    if (this.state.lastSeq >= seq) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { seq, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      }, timeoutMs).unref();
    });
  }

  /** Waits until every event stored so far (on any instance) is in the state. */
  async catchUp(): Promise<void> {
    await this.reach(await this.app.realtime.lastSeq(this.stream));
  }

  /** Publishes an event of this fair; resolves once it is stored and applied here. */
  async publish<T extends FairEventType>(type: T, data: FairEventData[T]): Promise<number> {
    const event = await this.app.realtime.publish(this.stream, type, data);
    await this.reach(event.seq);
    return event.seq;
  }

  onEvent(listener: (event: FairEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  remember(entry: TicketEntry) {
    this.tickets.set(entry.code, entry);
    this.codeByNumber.set(entry.number, entry.code);
  }

  forget(code: string) {
    const entry = this.tickets.get(code);
    this.tickets.delete(code);
    if (entry && this.codeByNumber.get(entry.number) === code) this.codeByNumber.delete(entry.number);
  }

  ticket(code: string): TicketEntry | undefined {
    return this.tickets.get(code);
  }

  ticketOfNumber(n: number): TicketEntry | undefined {
    const code = this.codeByNumber.get(n);
    return code ? this.tickets.get(code) : undefined;
  }

  private scheduleSnapshot() {
    if (this.closed) return;
    if (this.state.lastSeq - this.snapshotSeq >= SNAPSHOT_EVERY_EVENTS) {
      clearTimeout(this.snapshotTimer);
      this.snapshotTimer = undefined;
      void this.writeSnapshot();
      return;
    }
    if (this.snapshotTimer) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      void this.writeSnapshot();
    }, SNAPSHOT_DELAY_MS);
    this.snapshotTimer.unref();
  }

  async writeSnapshot(): Promise<void> {
    if (this.snapshotting) return this.snapshotting;
    if (this.state.lastSeq <= this.snapshotSeq) return;
    const lastSeq = this.state.lastSeq;
    // A copy: the state keeps changing while the driver serialises.
    const state = structuredClone(this.state);
    this.snapshotting = (async () => {
      try {
        // Another instance may hold a newer one: never go back (a lost race only costs a longer replay).
        await snapshotModel(this.app.db.connection).collection.updateOne(
          { _id: this.stream as never },
          { $set: { lastSeq, state, at: new Date() } },
          { upsert: true },
        );
        this.snapshotSeq = lastSeq;
      } catch (err) {
        this.app.log.warn({ err, stream: this.stream }, 'fairs: snapshot not written');
      } finally {
        this.snapshotting = undefined;
      }
    })();
    return this.snapshotting;
  }

  async close() {
    this.closed = true;
    clearTimeout(this.snapshotTimer);
    this.stopFollowing?.();
    await this.ready.catch(() => {});
    await this.writeSnapshot();
  }
}

export function entryOf(r: {
  _id: Types.ObjectId | string;
  number: number;
  ticketCode: string;
  displayName: string;
  returneeId?: Types.ObjectId | null;
  counselorId?: Types.ObjectId | null;
  walkIn: boolean;
}): TicketEntry {
  return {
    code: r.ticketCode,
    registrationId: String(r._id),
    number: r.number,
    displayName: r.displayName,
    returneeId: r.returneeId ? String(r.returneeId) : undefined,
    counselorId: r.counselorId ? String(r.counselorId) : undefined,
    walkIn: !!r.walkIn,
  };
}

/** Keyed by the app's realtime bus: one registry per app instance, whichever encapsulated context asks. */
const registries = new WeakMap<object, Map<string, FairRuntime>>();

/** The live state of a fair on this instance, loaded on first use. */
export async function fairRuntime(app: FastifyInstance, fairId: string): Promise<FairRuntime> {
  let runtimes = registries.get(app.realtime);
  if (!runtimes) {
    runtimes = new Map();
    registries.set(app.realtime, runtimes);
  }
  let runtime = runtimes.get(fairId);
  if (!runtime) {
    runtime = new FairRuntime(app, fairId);
    runtimes.set(fairId, runtime);
    const created = runtime;
    created.ready.catch(() => {
      if (runtimes.get(fairId) === created) runtimes.delete(fairId);
    });
  }
  runtime.lastUsed = Date.now();
  await runtime.ready;
  return runtime;
}

/** Runtimes not used for a while stop following their stream (the snapshot keeps their state). */
export async function evictIdleRuntimes(app: FastifyInstance, now = Date.now()): Promise<number> {
  const runtimes = registries.get(app.realtime);
  if (!runtimes) return 0;
  let evicted = 0;
  for (const [fairId, runtime] of runtimes) {
    if (now - runtime.lastUsed < IDLE_MS) continue;
    runtimes.delete(fairId);
    await runtime.close();
    evicted += 1;
  }
  return evicted;
}

export async function closeRuntimes(app: FastifyInstance): Promise<void> {
  const runtimes = registries.get(app.realtime);
  if (!runtimes) return;
  registries.delete(app.realtime);
  await Promise.all([...runtimes.values()].map((runtime) => runtime.close()));
}
