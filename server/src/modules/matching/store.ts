/**
 * The in-memory side of matching, one per app instance (DESIGN.md §7, §9):
 *
 * - open postings: a PostingIndex fed by the postings module's open-postings registry
 *   (`app.openPostings.onOpenPostingsChanged`), so it follows every change to the job board;
 * - people: a ReturneeIndex loaded from `returnees` (+ the penalties of `cases`, + `matching` consents) at
 *   start, patched at once on this instance's writes (lib/changes.ts), and caught up with other instances'
 *   writes by the `matching.sync` job (watermark on `updatedAt`; consents are re-read whole);
 * - who applied where: so matches show "already applied" without a query.
 *
 * Reading penalties at start-up is a read of case data: it is audit-logged once per load, as a system read
 * of the one field matching uses. Penalties never leave this store except as exclusions.
 */
import type { FastifyInstance } from 'fastify';
import { Types, trusted } from 'mongoose';
import { applicationModel } from '../applications/model';
import { auditModel } from '../audit/model';
import { caseModel } from '../cases/model';
import { consentModel } from '../consents/model';
import type { OpenPostingsRegistry } from '../postings/registry';
import { returneeModel } from '../returnees/model';
import { PostingIndex } from './posting-index';
import {
  PROFILE_PROJECTION,
  type StoredPenalty,
  type StoredProfileFields,
  toMatchBans,
  toMatchProfile,
} from './profile';
import { ReturneeIndex } from './returnee-index';
import type { MatchablePosting, MatchBan } from './types';

const PAGE = 5_000;
/** Each sync re-reads a little before its watermark: other instances' writes may land slightly out of order. */
const OVERLAP_MS = 5_000;

export interface AppliedEntry {
  id: string;
  status: string;
}

export class MatchingStore {
  readonly postings = new PostingIndex();
  readonly returnees = new ReturneeIndex();
  private readonly byReturnee = new Map<string, Map<string, AppliedEntry>>();
  private readonly byPosting = new Map<string, Map<string, AppliedEntry>>();
  private readonly bans = new Map<string, MatchBan[]>();
  private consents = new Set<string>();
  private watermark = new Date(0);
  private loaded = false;
  private stopFollowing: (() => void) | undefined;

  constructor(private readonly app: FastifyInstance) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Follows the job board's open postings (what is there now, then every change). */
  follow(registry: OpenPostingsRegistry): void {
    this.stopFollowing?.();
    this.postings.reset(registry.values() as Iterable<MatchablePosting>);
    this.stopFollowing = registry.onOpenPostingsChanged(({ upserted, removed, reset }) => {
      if (reset) this.postings.reset(upserted as Iterable<MatchablePosting>);
      else {
        this.postings.remove(removed);
        this.postings.upsert(upserted as Iterable<MatchablePosting>);
      }
    });
  }

  close(): void {
    this.stopFollowing?.();
  }

  /** Start-up: everyone's profile, penalties, consents and applications. */
  async load(): Promise<{ returnees: number; ms: number }> {
    const started = performance.now();
    const since = new Date(Date.now() - OVERLAP_MS);
    const connection = this.app.db.connection;
    await this.loadPenalties();
    this.consents = await this.readConsents();
    let after: Types.ObjectId | undefined;
    for (;;) {
      const page = (await returneeModel(connection)
        .find(after ? { _id: trusted({ $gt: after }) } : {}, PROFILE_PROJECTION)
        .sort({ _id: 1 })
        .limit(PAGE)
        .lean()) as unknown as (StoredProfileFields & { _id: Types.ObjectId })[];
      this.returnees.upsert(page.map((r) => this.profileOf(r)));
      if (page.length < PAGE) break;
      after = page.at(-1)!._id;
    }
    const applications = await applicationModel(connection)
      .find({}, { returneeId: 1, postingId: 1, status: 1 })
      .lean();
    for (const a of applications)
      this.noteApplication(String(a._id), String(a.returneeId), String(a.postingId), a.status);
    this.watermark = since;
    this.loaded = true;
    return { returnees: this.returnees.size, ms: performance.now() - started };
  }

  private profileOf(r: StoredProfileFields) {
    const id = String(r._id);
    return toMatchProfile(r, this.bans.get(id) ?? [], this.consents.has(id));
  }

  private async loadPenalties(ids?: string[]): Promise<void> {
    const filter: Record<string, unknown> = {};
    if (ids) filter.returneeId = trusted({ $in: ids.map((id) => new Types.ObjectId(id)) });
    const rows = (await caseModel(this.app.db.connection)
      .find(filter, { returneeId: 1, supplementaryPenalties: 1 })
      .lean()) as unknown as { returneeId: Types.ObjectId; supplementaryPenalties: StoredPenalty[] }[];
    if (ids) for (const id of ids) this.bans.delete(id);
    for (const row of rows)
      if (row.supplementaryPenalties?.length)
        this.bans.set(String(row.returneeId), toMatchBans(row.supplementaryPenalties));
    await auditModel(this.app.db.connection).collection.insertOne({
      at: new Date(),
      actorName: 'system:matching',
      actorRoles: [],
      action: 'case.read.system',
      subjectType: 'case',
      subjectId: ids?.length === 1 ? ids[0] : undefined,
      fields: ['supplementaryPenalties'],
      requestId: ids ? 'matching-refresh' : 'matching-load',
    });
  }

  private async readConsents(): Promise<Set<string>> {
    const rows = await consentModel(this.app.db.connection)
      .find({ purpose: 'matching', active: true }, { returneeId: 1 })
      .lean();
    return new Set(rows.map((row) => String(row.returneeId)));
  }

  /** Re-reads people's profiles (after a write on this instance, or from the sync). */
  async refreshReturnees(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = (await returneeModel(this.app.db.connection)
      .find({ _id: ids.length === 1 ? ids[0] : trusted({ $in: ids }) }, PROFILE_PROJECTION)
      .lean()) as unknown as StoredProfileFields[];
    this.returnees.upsert(rows.map((r) => this.profileOf(r)));
    const found = new Set(rows.map((r) => String(r._id)));
    this.returnees.remove(ids.filter((id) => !found.has(id)));
  }

  /** Re-reads the penalties of people whose case changed, then their profiles. */
  async refreshCases(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.loadPenalties(ids);
    await this.refreshReturnees(ids);
  }

  async refreshConsents(): Promise<void> {
    this.consents = await this.readConsents();
    this.returnees.setConsents(this.consents);
  }

  async refreshApplication(id: string): Promise<void> {
    const a = await applicationModel(this.app.db.connection)
      .findById(id, { returneeId: 1, postingId: 1, status: 1 })
      .lean();
    if (a) this.noteApplication(String(a._id), String(a.returneeId), String(a.postingId), a.status);
  }

  private noteApplication(id: string, returneeId: string, postingId: string, status: string): void {
    const entry = { id, status };
    let mine = this.byReturnee.get(returneeId);
    if (!mine) {
      mine = new Map();
      this.byReturnee.set(returneeId, mine);
    }
    mine.set(postingId, entry);
    let theirs = this.byPosting.get(postingId);
    if (!theirs) {
      theirs = new Map();
      this.byPosting.set(postingId, theirs);
    }
    theirs.set(returneeId, entry);
  }

  applicationOf(returneeId: string, postingId: string): AppliedEntry | undefined {
    return this.byReturnee.get(returneeId)?.get(postingId);
  }

  /** Other instances' writes since the last run. */
  async sync(): Promise<{ returnees: number; cases: number; applications: number }> {
    if (!this.loaded) return { returnees: 0, cases: 0, applications: 0 };
    const connection = this.app.db.connection;
    const since = this.watermark;
    const next = new Date(Date.now() - OVERLAP_MS);
    const changed = { updatedAt: trusted({ $gte: since }) };
    const [people, cases, applications] = await Promise.all([
      returneeModel(connection).find(changed, { _id: 1 }).lean(),
      caseModel(connection).find(changed, { returneeId: 1 }).lean(),
      applicationModel(connection).find(changed, { returneeId: 1, postingId: 1, status: 1 }).lean(),
    ]);
    this.consents = await this.readConsents();
    this.returnees.setConsents(this.consents);
    const caseIds = cases.map((c) => String(c.returneeId));
    if (caseIds.length) await this.loadPenalties(caseIds);
    await this.refreshReturnees([...new Set([...people.map((p) => String(p._id)), ...caseIds])]);
    for (const a of applications)
      this.noteApplication(String(a._id), String(a.returneeId), String(a.postingId), a.status);
    this.watermark = next;
    return { returnees: people.length, cases: cases.length, applications: applications.length };
  }
}
