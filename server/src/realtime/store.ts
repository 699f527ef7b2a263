import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import { type Connection, Schema } from 'mongoose';
import { defineModel } from '../lib/model';
import type { LiveEvent } from './bus';

/**
 * Where live events live in the database.
 *
 * `live_events` is the log, the source of truth: one document per event, `_id` = `<stream>:<seq>`. The
 * insert *is* the sequence allocation: a duplicate key means another instance took that number, so the
 * log never has a gap (nothing is allocated that is not written).
 *
 * `live_tail.<stream>` is a small per-stream collection that other instances poll. FerretDB scans the
 * whole collection for every query (even a lookup by `_id` reads rows until it finds the match), so
 * pollers must never touch the ever-growing log. A tail holds:
 *   - `{ _id: 'head', seq }`: the highest committed seq, written first so it is the first row (cheap read);
 *   - `{ _id: 'b<first>', first, last, events }`: one document per commit (a batch of contiguous events),
 *     found by a poller at `delivered` under `_id: 'b' + (delivered + 1)`;
 * and is trimmed to the last ~TAIL_KEEP events, so its size does not grow with the fair.
 */
const liveEventSchema = new Schema(
  {
    _id: { type: String, required: true },
    stream: { type: String, required: true },
    seq: { type: Number, required: true },
    type: { type: String, required: true },
    data: { type: Schema.Types.Mixed },
    at: { type: Date, required: true },
  },
  { collection: 'live_events', versionKey: false },
);
// Range reads of old events (replays beyond the tail, fair reports): a real index on MongoDB.
liveEventSchema.index({ stream: 1, seq: 1 }, { unique: true });

export const liveEventModel = defineModel('LiveEvent', liveEventSchema);

export interface StoredEvent {
  _id: string;
  stream: string;
  seq: number;
  type: string;
  data: unknown;
  at: Date;
}

interface TailEvent {
  seq: number;
  type: string;
  data: unknown;
  at: Date;
}

type TailDoc = { _id: string; seq?: number; first?: number; last?: number; events?: TailEvent[] };

/** Events kept in a tail: a poller further behind than this reads the log instead (slow on FerretDB). */
export const TAIL_KEEP = 128;
/** Trim a tail every this many events (one scan of the small tail). */
const TAIL_TRIM_EVERY = 64;
/** Events per tail document at most. */
const TAIL_DOC_EVENTS = 32;

export function toLiveEvent(stream: string, e: TailEvent): LiveEvent {
  return Object.freeze({ stream, seq: e.seq, type: e.type, data: e.data, at: e.at.toISOString() });
}

function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: number; writeErrors?: { code?: number }[] };
  return e.code === 11000 || e.writeErrors?.[0]?.code === 11000;
}

export class LiveStore {
  readonly log: Collection<StoredEvent>;

  constructor(
    private readonly connection: Connection,
    /** Real MongoDB: ranges come from the indexed log directly. */
    readonly indexedLog: boolean,
  ) {
    this.log = connection.db!.collection<StoredEvent>('live_events');
  }

  tail(stream: string): Collection<TailDoc> {
    return this.connection.db!.collection<TailDoc>(`live_tail.${stream}`);
  }

  /** Highest committed seq according to the tail head, or undefined for a stream without a tail yet. */
  async readHead(stream: string): Promise<number | undefined> {
    const head = await this.tail(stream).findOne({ _id: 'head' }, { projection: { seq: 1 } });
    return head?.seq;
  }

  /** Creates the head as the tail's first row; harmless when it exists. */
  async ensureHead(stream: string): Promise<void> {
    try {
      await this.tail(stream).updateOne({ _id: 'head' }, { $setOnInsert: { seq: 0 } }, { upsert: true });
    } catch (error) {
      // Two instances creating it at once: one upsert inserts, the other hits the key. Either way it exists.
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * Inserts events with consecutive seqs; stops at the first seq another instance already holds.
   * Returns how many were inserted (a prefix of `docs`).
   */
  async insertEvents(docs: StoredEvent[]): Promise<number> {
    try {
      await this.log.insertMany(docs, { ordered: true });
      return docs.length;
    } catch (error) {
      const e = error as {
        code?: number;
        writeErrors?: { index: number; code: number }[] | { index: number; code: number };
      };
      const first = Array.isArray(e.writeErrors) ? e.writeErrors[0] : e.writeErrors;
      if (first?.code === 11000) return first.index;
      if (e.code === 11000 && docs.length === 1) return 0;
      throw error;
    }
  }

  /**
   * Makes commits visible to pollers: one batch document per run of contiguous events (consecutive
   * commits of this instance merge, up to TAIL_DOC_EVENTS), then the head. One round trip for any number of commits.
   */
  async publishTail(stream: string, commits: StoredEvent[][]): Promise<void> {
    const runs: StoredEvent[][] = [];
    for (const event of commits.flat()) {
      const previous = runs.at(-1);
      // Small documents: FerretDB parses every row it passes, so one huge batch would slow every lookup.
      if (previous && previous.at(-1)!.seq + 1 === event.seq && previous.length < TAIL_DOC_EVENTS) {
        previous.push(event);
      } else runs.push([event]);
    }
    const last = Math.max(...runs.map((run) => run.at(-1)!.seq));
    const tail = this.tail(stream);
    const ops: AnyBulkWriteOperation<TailDoc>[] = runs.map((run) => ({
      insertOne: {
        document: {
          _id: `b${run[0]!.seq}`,
          first: run[0]!.seq,
          last: run.at(-1)!.seq,
          events: run.map(({ seq, type, data, at }) => ({ seq, type, data, at })),
        },
      },
    }));
    ops.push({ updateOne: { filter: { _id: 'head' }, update: { $max: { seq: last } }, upsert: true } });
    // Ordered: if a batch insert fails, the head must not move past it.
    try {
      await tail.bulkWrite(ops, { ordered: true });
    } catch (error) {
      // The batches are in; only the head upsert raced another instance's (duplicate key): plain update.
      const failed = (error as { writeErrors?: { index: number }[] }).writeErrors?.[0];
      if (!isDuplicateKey(error) || failed?.index !== runs.length) throw error;
      await tail.updateOne({ _id: 'head' }, { $max: { seq: last } });
    }
  }

  /** Whether the commit (first..last) crossed a trim mark: then `trimTail` keeps the tail small. */
  shouldTrim(first: number, last: number): boolean {
    return Math.floor(last / TAIL_TRIM_EVERY) > Math.floor((first - 1) / TAIL_TRIM_EVERY);
  }

  async trimTail(stream: string, last: number): Promise<void> {
    await this.tail(stream).deleteMany({ last: { $lt: last - TAIL_KEEP } });
  }

  /** The commit that starts right after `seq`, if a tail still holds it. */
  async tailBatchAfter(stream: string, seq: number): Promise<LiveEvent[] | undefined> {
    const batch = await this.tail(stream).findOne({ _id: `b${seq + 1}` });
    return batch?.events?.map((e) => toLiveEvent(stream, e));
  }

  /** Events in (after, upTo] that the tail holds, in order (one scan of the small tail). */
  async tailRange(stream: string, after: number, upTo: number): Promise<LiveEvent[]> {
    const batches = await this.tail(stream)
      .find({ last: { $gt: after }, first: { $lte: upTo } })
      .toArray();
    return batches
      .flatMap((b) => b.events ?? [])
      .filter((e) => e.seq > after && e.seq <= upTo)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => toLiveEvent(stream, e));
  }

  /** Events in (after, upTo] from the log. On FerretDB this scans every stream's events: a last resort. */
  async logRange(stream: string, after: number, upTo: number): Promise<LiveEvent[]> {
    const docs = await this.log
      .find({ stream, seq: { $gt: after, $lte: upTo } })
      .sort({ seq: 1 })
      .limit(upTo - after)
      .toArray();
    return docs.map((d) => toLiveEvent(stream, d));
  }

  /** The log's highest seq for a stream (no tail head to ask). A scan on FerretDB; rare. */
  async logLastSeq(stream: string): Promise<number> {
    const doc = await this.log.find({ stream }).sort({ seq: -1 }).limit(1).project({ seq: 1 }).toArray();
    return doc[0]?.seq ?? 0;
  }
}
