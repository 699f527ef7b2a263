/**
 * Keeps the job-search index and the open-postings registry in step with the database (DESIGN.md §7):
 *
 * - at start, everything live is loaded from the database (the embedded index and the registry live in
 *   memory); a durable engine (Meilisearch) keeps its index and is only caught up;
 * - writes through the postings service apply at once on this instance (`applyRecords`);
 * - a sync loop reads what changed since a watermark on `updatedAt` (other instances' writes), in batches
 *   ordered by (updatedAt, _id). A posting that is no longer live — closed, filled, expired, deleted (kept
 *   as a tombstone with `deletedAt`), or of an employer whose verification was withdrawn — is removed;
 * - for a durable engine the watermark is persisted after every batch, so a restart in the middle of a
 *   sync resumes where it stopped; each run re-reads a few seconds before the watermark, because writes of
 *   other instances may commit slightly out of `updatedAt` order (every step is idempotent).
 *
 * On FerretDB every sync query is a full collection scan: the loop runs every 30 s there (5 s on MongoDB,
 * where `{ updatedAt: 1, _id: 1 }` is indexed) and selects only the changed documents.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Connection } from 'mongoose';
import { type Types, trusted } from 'mongoose';
import type { SearchEngine } from '../../search/engine';
import { employerModel } from '../employers/model';
import { type PostingRecord, postingModel, searchSyncStateModel } from './model';
import type { OpenPostingsRegistry } from './registry';

/** What the in-memory registry and the index never hold: long texts stay in the database. */
const MEMORY_PROJECTION = { description: 0, moderationNotes: 0 } as const;

import {
  type EmployerFacts,
  type IndexedPostingRecord,
  isLive,
  JOBS_INDEX,
  jobIndexSettings,
  toOpenPosting,
} from './search';

/** How far before the watermark each run starts reading again (late commits, clock skew between instances). */
export const SYNC_OVERLAP_MS = 5_000;
const SYNC_STATE_ID = 'postings';
const LOAD_BATCH = 1_000;

export interface SyncReport {
  read: number;
  indexed: number;
  removed: number;
  batches: number;
}

export interface SyncOptions {
  batchSize?: number;
  /** Called after each batch is applied and its progress saved (tests simulate a crash by throwing). */
  afterBatch?: (batch: number) => void | Promise<void>;
}

export class PostingIndex {
  /** Name, verification and pledge of every employer, for the postings' documents. */
  private readonly employers = new Map<string, EmployerFacts>();
  /** `updatedAt` (ms) of the newest version of each posting applied here: an older read never wins. */
  private readonly seen = new Map<string, number>();
  private watermark: Date | undefined;
  private syncing: Promise<SyncReport> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly engine: SearchEngine,
    readonly registry: OpenPostingsRegistry,
    readonly _log: FastifyBaseLogger,
  ) {}

  get engineName(): string {
    return this.engine.engine;
  }

  employerFacts(id: string): EmployerFacts | undefined {
    return this.employers.get(id);
  }

  /** Start-up: employers, then every live posting into the registry (and the index, unless durable). */
  async start(): Promise<{ postings: number; ms: number }> {
    const started = performance.now();
    const loadStart = new Date(Date.now() - SYNC_OVERLAP_MS);
    await this.engine.createIndex(JOBS_INDEX, jobIndexSettings());
    await this.loadEmployers();
    const Posting = postingModel(this.connection);
    const live: ReturnType<typeof toOpenPosting>[] = [];
    const now = Date.now();
    // One query, read in batches through a cursor (paging by _id would make FerretDB scan and sort the
    // whole collection once per page).
    const cursor = Posting.find({ status: 'open' }, MEMORY_PROJECTION)
      .lean()
      .cursor({ batchSize: LOAD_BATCH });
    for await (const doc of cursor) {
      const posting = doc as unknown as IndexedPostingRecord;
      const employer = this.employers.get(String(posting.employerId));
      this.seen.set(String(posting._id), posting.updatedAt.getTime());
      if (employer && isLive(posting, employer, now)) live.push(toOpenPosting(posting, employer));
    }
    if (!this.engine.durable) await this.engine.upsert(JOBS_INDEX, live);
    this.registry.replaceAll(live);
    this.watermark = loadStart;
    this.registry.markReady();
    return { postings: live.length, ms: performance.now() - started };
  }

  private async loadEmployers(): Promise<void> {
    const employers = await employerModel(this.connection)
      .find({}, { legalName: 1, verified: 1, fairChancePledge: 1 })
      .lean();
    for (const employer of employers) this.employers.set(String(employer._id), factsOf(employer));
  }

  /** Applies postings just written on this instance (or read by the sync). */
  async applyRecords(postings: IndexedPostingRecord[]): Promise<{ indexed: number; removed: number }> {
    const upserted: ReturnType<typeof toOpenPosting>[] = [];
    const removed: string[] = [];
    const now = Date.now();
    // Employers registered after start (on any instance) are looked up once.
    const unknown = [
      ...new Set(postings.map((p) => String(p.employerId)).filter((id) => !this.employers.has(id))),
    ];
    if (unknown.length > 0) {
      const found = await employerModel(this.connection)
        .find({ _id: trusted({ $in: unknown }) }, { legalName: 1, verified: 1, fairChancePledge: 1 })
        .lean();
      for (const employer of found) this.employers.set(String(employer._id), factsOf(employer));
    }
    for (const posting of postings) {
      const id = String(posting._id);
      const at = posting.updatedAt.getTime();
      if ((this.seen.get(id) ?? 0) > at) continue;
      this.seen.set(id, at);
      const employer = this.employers.get(String(posting.employerId));
      if (employer && isLive(posting, employer, now)) upserted.push(toOpenPosting(posting, employer));
      else removed.push(id);
    }
    if (upserted.length > 0) await this.engine.upsert(JOBS_INDEX, upserted);
    if (removed.length > 0) await this.engine.delete(JOBS_INDEX, removed);
    this.registry.apply(upserted, removed);
    return { indexed: upserted.length, removed: removed.length };
  }

  /** An employer's name, verification or pledge changed: its postings' documents follow. */
  async refreshEmployer(employerId: string): Promise<void> {
    const employer = await employerModel(this.connection)
      .findById(employerId, { legalName: 1, verified: 1, fairChancePledge: 1 })
      .lean();
    if (!employer) return;
    this.employers.set(employerId, factsOf(employer));
    await this.reapplyEmployer(employerId);
  }

  private async reapplyEmployer(employerId: string): Promise<void> {
    const postings = (await postingModel(this.connection)
      .find({ employerId, status: 'open' })
      .lean()) as PostingRecord[];
    // Re-map even when `updatedAt` did not move: the employer part of the document changed.
    for (const posting of postings) this.seen.delete(String(posting._id));
    await this.applyRecords(postings);
  }

  /**
   * One sync run (the `postings.search-sync` job). Runs one at a time per instance; a second call while one
   * is running waits for it.
   */
  sync(options: SyncOptions = {}): Promise<SyncReport> {
    this.syncing ??= this.runSync(options).finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async runSync({ batchSize = 1000, afterBatch }: SyncOptions): Promise<SyncReport> {
    const State = searchSyncStateModel(this.connection);
    const durable = this.engine.durable;
    let from = this.watermark ?? new Date(0);
    if (durable) {
      const state = await State.findById(SYNC_STATE_ID).lean();
      const persisted = state?.watermark ?? new Date(0);
      if (persisted < from) from = persisted;
    }
    const since = new Date(from.getTime() - SYNC_OVERLAP_MS);
    const report: SyncReport = { read: 0, indexed: 0, removed: 0, batches: 0 };

    // Employers first (a small collection): a changed name or verification re-maps their postings.
    const changedEmployers = await employerModel(this.connection)
      .find({ updatedAt: trusted({ $gte: since }) }, { legalName: 1, verified: 1, fairChancePledge: 1 })
      .lean();
    const refresh: string[] = [];
    for (const employer of changedEmployers) {
      const id = String(employer._id);
      const before = this.employers.get(id);
      const after = factsOf(employer);
      this.employers.set(id, after);
      if (
        !before ||
        before.name !== after.name ||
        before.verified !== after.verified ||
        before.fairChancePledge !== after.fairChancePledge
      )
        refresh.push(id);
    }

    const Posting = postingModel(this.connection);
    let cursor: { at: Date; id: Types.ObjectId } | undefined;
    for (;;) {
      const filter = cursor
        ? {
            $or: [
              { updatedAt: trusted({ $gt: cursor.at }) },
              { updatedAt: cursor.at, _id: trusted({ $gt: cursor.id }) },
            ],
          }
        : { updatedAt: trusted({ $gte: since }) };
      const batch = (await Posting.find(filter, MEMORY_PROJECTION)
        .sort({ updatedAt: 1, _id: 1 })
        .limit(batchSize)
        .lean()) as unknown as IndexedPostingRecord[];
      if (batch.length === 0) break;
      const applied = await this.applyRecords(batch);
      report.read += batch.length;
      report.indexed += applied.indexed;
      report.removed += applied.removed;
      report.batches += 1;
      const last = batch[batch.length - 1]!;
      cursor = { at: last.updatedAt, id: last._id };
      if (!this.watermark || last.updatedAt > this.watermark) this.watermark = last.updatedAt;
      if (durable) {
        await State.updateOne(
          { _id: SYNC_STATE_ID },
          {
            $set: { watermark: last.updatedAt, lastId: String(last._id), runAt: new Date() },
            $inc: { indexed: applied.indexed, removed: applied.removed },
          },
          { upsert: true },
        );
      }
      await afterBatch?.(report.batches);
      if (batch.length < batchSize) break;
    }
    for (const id of refresh) await this.reapplyEmployer(id);
    return report;
  }

  /**
   * Rebuilds the index from the database (`npm run reindex`): drops it, indexes every live posting, and
   * sets the persisted watermark to the rebuild's start.
   */
  async reindex(): Promise<{ postings: number; ms: number }> {
    const started = performance.now();
    const startedAt = new Date(Date.now() - SYNC_OVERLAP_MS);
    await this.engine.drop(JOBS_INDEX);
    this.seen.clear();
    const result = await this.start();
    if (this.engine.durable) {
      await this.engine.upsert(JOBS_INDEX, [...this.registry.values()]);
      await searchSyncStateModel(this.connection).updateOne(
        { _id: SYNC_STATE_ID },
        { $set: { watermark: startedAt, runAt: new Date(), indexed: result.postings, removed: 0 } },
        { upsert: true },
      );
    }
    return { postings: result.postings, ms: performance.now() - started };
  }
}

function factsOf(employer: {
  legalName: string;
  verified: boolean;
  fairChancePledge: boolean;
}): EmployerFacts {
  return {
    name: employer.legalName,
    verified: employer.verified,
    fairChancePledge: employer.fairChancePledge,
  };
}
