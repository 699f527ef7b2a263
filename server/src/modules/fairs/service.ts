/**
 * Planning fairs and booths: create and edit a fair, move it through its lifecycle, assign organizers,
 * booth applications and their approval with numbered booths. Registrations live in registrations.ts,
 * the day itself (check-in, queues, outcomes) in day.ts, the report in report.ts.
 */
import { randomBytes } from 'node:crypto';
import {
  type BoothApplyBody,
  type BoothDecisionBody,
  type BoothPublic,
  type BoothView,
  type CreateFairBody,
  communeByCode,
  FAIR_TRANSITIONS,
  type FairDetail,
  type FairListQuery,
  type FairStaffView,
  type FairStatus,
  type FairSummary,
  type UpdateFairBody,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, inProvinceScope, isAdminOf } from '../../auth/actor';
import { claimOnce, releaseClaim } from '../../lib/claims';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { isDuplicateKey, objectIdFor } from '../../lib/ids';
import { userModel } from '../accounts/model';
import { employerModel } from '../employers/model';
import { setPostingsAtFair } from '../postings/service';
import { fairRuntime } from './live';
import { FAIR_MESSAGES } from './messages';
import { type BoothRecord, boothModel, type FairRecord, fairModel, registrationModel } from './model';
import { canManageFair, canRunFair, canSeeFair, canViewFairReport, isAssignedOrganizer } from './policy';
import { freezeReport } from './report';

export type LeanFair = FairRecord;
export type LeanBooth = BoothRecord;

// ── loading, with a short cache: every check-in, queue call and live connection asks for its fair ────────

const FAIR_CACHE_MS = 2_000;
const fairCaches = new WeakMap<object, Map<string, { at: number; fair: Promise<LeanFair | null> }>>();

export async function findFair(app: FastifyInstance, id: string, fresh = false): Promise<LeanFair | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  let cache = fairCaches.get(app.realtime);
  if (!cache) {
    cache = new Map();
    fairCaches.set(app.realtime, cache);
  }
  const hit = cache.get(id);
  if (!fresh && hit && Date.now() - hit.at < FAIR_CACHE_MS) return hit.fair;
  const fair = fairModel(app.db.connection).findById(id).lean<LeanFair>().exec();
  cache.set(id, { at: Date.now(), fair });
  if (cache.size > 1000)
    for (const [key, value] of cache) if (Date.now() - value.at > FAIR_CACHE_MS) cache.delete(key);
  return fair;
}

function forgetFair(app: FastifyInstance, id: string) {
  fairCaches.get(app.realtime)?.delete(id);
}

/** The fair if the actor may see it, else 404 (drafts do not exist for the public). */
export async function loadFairFor(
  app: FastifyInstance,
  actor: Actor | null,
  id: string,
  allowed: (actor: Actor | null, fair: LeanFair) => boolean = canSeeFair,
  fresh = false,
): Promise<LeanFair> {
  const fair = await findFair(app, id, fresh);
  if (!fair || !allowed(actor, fair)) throw new NotFoundError('FAIR_NOT_FOUND', FAIR_MESSAGES.notFound);
  return fair;
}

export function toFairSummary(f: LeanFair, boothCount: number): FairSummary {
  return {
    id: String(f._id),
    name: f.name,
    provinceCode: f.provinceCode,
    communeCode: f.communeCode ?? undefined,
    venue: f.venue,
    date: f.date,
    startTime: f.startTime,
    endTime: f.endTime,
    agencies: [...(f.agencies ?? [])],
    hiringTarget: f.hiringTarget,
    capacity: f.capacity,
    status: f.status as FairStatus,
    boothCount,
    description: f.description ?? undefined,
  };
}

export function toBoothPublic(b: LeanBooth, fairChancePledge: boolean): BoothPublic {
  return {
    id: String(b._id),
    number: b.number ?? 0,
    employerId: String(b.employerId),
    employerName: b.employerName,
    fairChancePledge,
    postings: b.postings.map((p) => ({
      id: p.id,
      title: p.title,
      occupationCode: p.occupationCode,
      wageMin: p.wageMin ?? undefined,
      wageMax: p.wageMax ?? undefined,
      vacancies: p.vacancies ?? undefined,
    })),
  };
}

function toBoothView(b: LeanBooth, employer?: { verified: boolean; fairChancePledge: boolean }): BoothView {
  return {
    ...toBoothPublic(b, employer?.fairChancePledge ?? false),
    number: b.number ?? undefined,
    fairId: String(b.fairId),
    status: b.status as BoothView['status'],
    employerVerified: employer?.verified ?? false,
    note: b.note ?? undefined,
    appliedAt: b.appliedAt.toISOString(),
    decidedAt: b.decidedAt?.toISOString(),
  };
}

async function employerFacts(app: FastifyInstance, ids: unknown[]) {
  if (!ids.length) return new Map<string, { verified: boolean; fairChancePledge: boolean }>();
  const rows = await employerModel(app.db.connection)
    .find({ _id: trusted({ $in: [...new Set(ids.map(String))] }) }, { verified: 1, fairChancePledge: 1 })
    .lean();
  return new Map(
    rows.map((e) => [String(e._id), { verified: e.verified, fairChancePledge: e.fairChancePledge }]),
  );
}

/** Approved booths in floor order. */
export async function approvedBooths(app: FastifyInstance, fairId: string): Promise<LeanBooth[]> {
  const booths = await boothModel(app.db.connection).find({ fairId, status: 'approved' }).lean<LeanBooth[]>();
  return booths.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

// ── fairs ───────────────────────────────────────────────────────────────────────────────────────────────

function checkFacts(body: Partial<CreateFairBody>, provinceCode: string) {
  const issues = [];
  if (body.communeCode) {
    const commune = communeByCode(body.communeCode);
    if (!commune || commune.provinceCode !== provinceCode)
      issues.push({
        field: 'communeCode',
        code: 'commune_not_in_province',
        message: FAIR_MESSAGES.communeNotInProvince,
      });
  }
  if (body.startTime && body.endTime && body.endTime <= body.startTime)
    issues.push({ field: 'endTime', code: 'end_before_start', message: FAIR_MESSAGES.endBeforeStart });
  if (issues.length) throw new ValidationError(issues);
}

async function publishInfo(app: FastifyInstance, fair: LeanFair) {
  const runtime = await fairRuntime(app, String(fair._id));
  await runtime.publish('fair.info', {
    name: fair.name,
    date: fair.date,
    hiringTarget: fair.hiringTarget,
    capacity: fair.capacity,
    status: fair.status as FairStatus,
  });
}

export async function createFair(app: FastifyInstance, request: FastifyRequest, body: CreateFairBody) {
  const actor = request.requireActor();
  if (!isAdminOf(actor, body.provinceCode)) throw new ForbiddenError();
  checkFacts(body, body.provinceCode);
  const fair = await fairModel(app.db.connection).create({
    ...body,
    name: body.name.trim(),
    venue: body.venue.trim(),
    agencies: (body.agencies ?? []).map((a) => a.trim()).filter(Boolean),
    description: body.description?.trim() || undefined,
    status: 'draft',
    screenKey: randomBytes(12).toString('base64url'),
    createdBy: actor.id,
  });
  const lean = fair.toObject() as LeanFair;
  await publishInfo(app, lean);
  await app.audit.record(request, {
    action: 'fair.create',
    subjectType: 'fair',
    subjectId: String(fair._id),
    provinceCode: body.provinceCode,
  });
  return toStaffView(app, actor, lean);
}

export async function updateFair(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: UpdateFairBody,
) {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, id, canManageFair, true);
  if (fair.status === 'reported') throw new ConflictError('FAIR_REPORTED', FAIR_MESSAGES.reported);
  checkFacts({ ...fair, ...body } as Partial<CreateFairBody>, fair.provinceCode);
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    set[key] = typeof value === 'string' ? value.trim() || undefined : value;
  }
  const updated = await fairModel(app.db.connection)
    .findOneAndUpdate({ _id: fair._id }, { $set: set }, { returnDocument: 'after' })
    .lean<LeanFair>();
  forgetFair(app, id);
  if (!updated) throw new NotFoundError('FAIR_NOT_FOUND', FAIR_MESSAGES.notFound);
  await publishInfo(app, updated);
  await app.audit.record(request, {
    action: 'fair.update',
    subjectType: 'fair',
    subjectId: id,
    fields: Object.keys(set),
    provinceCode: fair.provinceCode,
  });
  return toStaffView(app, actor, updated);
}

/**
 * Moves the fair on. Admins may make any allowed move; assigned organizers open the day (live) and close
 * it. Each move claims `fair-status:<id>:v<n>`: two people pressing "open" at once open it once.
 */
export async function changeStatus(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  to: FairStatus,
) {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, id, canRunFair, true);
  const from = fair.status as FairStatus;
  if (from === to) return toStaffView(app, actor, fair);
  const organizerMove = (from === 'registration' && to === 'live') || (from === 'live' && to === 'closed');
  if (!canManageFair(actor, fair) && !(organizerMove && isAssignedOrganizer(actor, fair)))
    throw new ForbiddenError();
  if (!FAIR_TRANSITIONS[from].includes(to))
    throw new ConflictError('FAIR_TRANSITION', FAIR_MESSAGES.transition, { from, to });
  if (!(await claimOnce(app.db.connection, `fair-status:${id}:v${fair.statusVersion ?? 0}`, actor.id))) {
    forgetFair(app, id);
    throw new ConflictError('FAIR_CHANGED', FAIR_MESSAGES.changedMeanwhile);
  }
  if (to === 'reported') await freezeReport(app, fair);
  const updated = await fairModel(app.db.connection)
    .findOneAndUpdate(
      { _id: fair._id },
      { $set: { status: to, statusChangedAt: new Date() }, $inc: { statusVersion: 1 } },
      { returnDocument: 'after' },
    )
    .lean<LeanFair>();
  forgetFair(app, id);
  const runtime = await fairRuntime(app, id);
  await runtime.publish('fair.status', { status: to });
  await app.audit.record(request, {
    action: 'fair.status',
    subjectType: 'fair',
    subjectId: id,
    fields: [`${from}->${to}`],
    provinceCode: fair.provinceCode,
  });
  return toStaffView(app, actor, updated ?? fair);
}

export async function setOrganizers(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  ids: string[],
) {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, id, canManageFair, true);
  const unique = [...new Set(ids)];
  const users = unique.length
    ? await userModel(app.db.connection)
        .find({ _id: trusted({ $in: unique }) }, { roles: 1, provinceCodes: 1, status: 1 })
        .lean()
    : [];
  const valid = users.filter(
    (u) =>
      u.roles.includes('organizer') && u.provinceCodes.includes(fair.provinceCode) && u.status === 'active',
  );
  if (valid.length !== unique.length)
    throw new ValidationError([
      { field: 'organizerIds', code: 'not_organizer', message: FAIR_MESSAGES.notOrganizer },
    ]);
  const updated = await fairModel(app.db.connection)
    .findOneAndUpdate({ _id: fair._id }, { $set: { organizerIds: unique } }, { returnDocument: 'after' })
    .lean<LeanFair>();
  forgetFair(app, id);
  await app.audit.record(request, {
    action: 'fair.organizers',
    subjectType: 'fair',
    subjectId: id,
    fields: unique,
    provinceCode: fair.provinceCode,
  });
  return toStaffView(app, actor, updated ?? fair);
}

/** Organizers of the fair's province who could be assigned. */
export async function organizerOptions(app: FastifyInstance, actor: Actor, id: string) {
  const fair = await loadFairFor(app, actor, id, canManageFair);
  const users = await userModel(app.db.connection)
    .find({ roles: 'organizer', provinceCodes: fair.provinceCode, status: 'active' }, { displayName: 1 })
    .lean();
  return users.map((u) => ({ id: String(u._id), displayName: u.displayName }));
}

async function boothCounts(app: FastifyInstance, fairIds: unknown[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!fairIds.length) return counts;
  const rows = await boothModel(app.db.connection)
    .find({ fairId: trusted({ $in: fairIds.map(String) }), status: 'approved' }, { fairId: 1 })
    .lean();
  for (const row of rows) counts.set(String(row.fairId), (counts.get(String(row.fairId)) ?? 0) + 1);
  return counts;
}

/**
 * Fairs, newest first. Everyone sees fairs open for registration or later; admins and organizers also see
 * their drafts. `mine`: the fairs I organise (organizer) or of my provinces (admin, viewer).
 */
export async function listFairs(app: FastifyInstance, actor: Actor | null, query: FairListQuery) {
  const filter: Record<string, unknown> = {};
  if (query.provinceCode) filter.provinceCode = query.provinceCode;
  if (query.status) filter.status = query.status;
  if (query.mine) {
    if (!actor) return [];
    if (hasRole(actor, 'admin', 'viewer')) filter.provinceCode = trusted({ $in: actor.provinceCodes });
    else if (hasRole(actor, 'organizer')) filter.organizerIds = actor.id;
    else if (hasRole(actor, 'counselor', 'employer'))
      filter.provinceCode = trusted({ $in: actor.provinceCodes });
    else return [];
  }
  const fairs = (
    await fairModel(app.db.connection).find(filter).sort({ date: -1 }).limit(200).lean<LeanFair[]>()
  ).filter((fair) => canSeeFair(actor, fair));
  const counts = await boothCounts(
    app,
    fairs.map((f) => f._id),
  );
  return fairs.map((f) => toFairSummary(f, counts.get(String(f._id)) ?? 0));
}

export async function getFairDetail(
  app: FastifyInstance,
  actor: Actor | null,
  id: string,
): Promise<FairDetail> {
  const fair = await loadFairFor(app, actor, id);
  const booths = await approvedBooths(app, id);
  const facts = await employerFacts(
    app,
    booths.map((b) => b.employerId),
  );
  const open = fair.status === 'registration' || fair.status === 'live';
  let myTicketCode: string | undefined;
  if (actor?.returneeId) {
    const mine = await registrationModel(app.db.connection)
      .findById(objectIdFor(`fair-registration:${id}:${actor.returneeId}`), { ticketCode: 1, status: 1 })
      .lean();
    if (mine?.status === 'registered') myTicketCode = mine.ticketCode;
  }
  return {
    ...toFairSummary(fair, booths.length),
    booths: booths.map((b) => toBoothPublic(b, facts.get(String(b.employerId))?.fairChancePledge ?? false)),
    can: {
      manage: canManageFair(actor, fair),
      organize: canRunFair(actor, fair),
      register: open && hasRole(actor, 'counselor') && inProvinceScope(actor!, fair.provinceCode),
      registerSelf: open && !!actor?.returneeId,
      applyBooth: open && hasRole(actor, 'employer') && !!actor?.employerId,
      viewReport: canViewFairReport(actor, fair),
    },
    ...(myTicketCode ? { myTicketCode } : {}),
  };
}

export async function toStaffView(
  app: FastifyInstance,
  actor: Actor,
  fair: LeanFair,
): Promise<FairStaffView> {
  const id = String(fair._id);
  const [booths, organizers, runtime] = await Promise.all([
    boothModel(app.db.connection).find({ fairId: id }).lean<LeanBooth[]>(),
    fair.organizerIds?.length
      ? userModel(app.db.connection)
          .find({ _id: trusted({ $in: fair.organizerIds }) }, { displayName: 1 })
          .lean()
      : Promise.resolve([]),
    fairRuntime(app, id),
  ]);
  const facts = await employerFacts(
    app,
    booths.map((b) => b.employerId),
  );
  booths.sort(
    (a, b) => (a.number ?? 1e9) - (b.number ?? 1e9) || a.appliedAt.getTime() - b.appliedAt.getTime(),
  );
  return {
    ...toFairSummary(fair, booths.filter((b) => b.status === 'approved').length),
    organizers: organizers.map((u) => ({ id: String(u._id), displayName: u.displayName })),
    booths: booths.map((b) => toBoothView(b, facts.get(String(b.employerId)))),
    registered: runtime.state.counts.registered,
    checkedIn: runtime.state.counts.checkedIn,
    ...(canRunFair(actor, fair) ? { screenKey: fair.screenKey } : {}),
    createdAt: fair.createdAt.toISOString(),
  };
}

export async function getStaffView(app: FastifyInstance, actor: Actor, id: string) {
  return toStaffView(app, actor, await loadFairFor(app, actor, id, canRunFair));
}

// ── booths ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A verified employer asks for a booth with some of its open postings. Asking again changes the postings
 * (the booth keeps its approval and number); one booth per company per fair (`_id` from the pair).
 */
export async function applyForBooth(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  body: BoothApplyBody,
) {
  const actor = request.requireActor();
  if (!actor.employerId) throw new ForbiddenError();
  const fair = await loadFairFor(app, actor, fairId);
  if (fair.status !== 'registration' && fair.status !== 'live')
    throw new ConflictError('FAIR_NOT_OPEN', FAIR_MESSAGES.notOpenForBooths);
  const employer = await employerModel(app.db.connection).findById(actor.employerId).lean();
  if (!employer) throw new NotFoundError();
  if (!employer.verified)
    throw new ForbiddenError('EMPLOYER_NOT_VERIFIED', FAIR_MESSAGES.employerNotVerified);
  const postings = [...new Set(body.postingIds)].map((pid) => app.openPostings.get(pid));
  if (postings.some((p) => !p || p.employerId !== String(employer._id)))
    throw new ValidationError([
      { field: 'postingIds', code: 'posting_not_open', message: FAIR_MESSAGES.postingNotOpen },
    ]);
  const copies = postings.map((p) => ({
    id: p!.id,
    title: p!.title,
    occupationCode: p!.occupationCode,
    wageMin: p!.wageMin || undefined,
    wageMax: p!.wageMax || undefined,
    vacancies: p!.vacancies,
  }));
  const _id = objectIdFor(`fair-booth:${fairId}:${employer._id}`);
  const Booth = boothModel(app.db.connection);
  const now = new Date();
  try {
    await Booth.collection.insertOne({
      _id,
      fairId: fair._id,
      employerId: employer._id,
      employerName: employer.legalName,
      postingIds: copies.map((p) => new Types.ObjectId(p.id)),
      postings: copies,
      status: 'pending',
      ...(body.note?.trim() ? { note: body.note.trim() } : {}),
      appliedBy: new Types.ObjectId(actor.id),
      appliedAt: now,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await Booth.findById(_id).lean<LeanBooth>();
    const reopen = existing && (existing.status === 'rejected' || existing.status === 'withdrawn');
    await Booth.updateOne(
      { _id },
      {
        $set: {
          postingIds: copies.map((p) => new Types.ObjectId(p.id)),
          postings: copies,
          note: body.note?.trim() || undefined,
          ...(reopen ? { status: 'pending', appliedAt: now } : {}),
        },
      },
    );
  }
  await app.audit.record(request, {
    action: 'fair.booth.apply',
    subjectType: 'fair-booth',
    subjectId: String(_id),
    provinceCode: fair.provinceCode,
  });
  const booth = (await Booth.findById(_id).lean<LeanBooth>())!;
  return toBoothView(booth, employer);
}

async function claimBoothNumber(
  app: FastifyInstance,
  fairId: string,
  wanted: number | undefined,
  taken: number[],
) {
  if (wanted !== undefined) {
    if (!(await claimOnce(app.db.connection, `fair-booth-no:${fairId}:${wanted}`)))
      throw new ConflictError('BOOTH_NUMBER_TAKEN', FAIR_MESSAGES.boothNumberTaken, { number: wanted });
    return wanted;
  }
  for (let n = Math.max(0, ...taken) + 1; n < 1000; n++)
    if (await claimOnce(app.db.connection, `fair-booth-no:${fairId}:${n}`)) return n;
  throw new ConflictError('BOOTH_NUMBER_TAKEN', FAIR_MESSAGES.boothNumberTaken, { number: 999 });
}

export async function decideBooth(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  boothId: string,
  body: BoothDecisionBody,
) {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, fairId, canManageFair);
  const Booth = boothModel(app.db.connection);
  const booth = Types.ObjectId.isValid(boothId)
    ? await Booth.findOne({ _id: boothId, fairId }).lean<LeanBooth>()
    : null;
  if (!booth) throw new NotFoundError();
  const runtime = await fairRuntime(app, fairId);
  if (body.decision === 'approve') {
    const renumber = body.number !== undefined && body.number !== booth.number;
    if (booth.status === 'approved' && !renumber)
      return toBoothView(booth, (await employerFacts(app, [booth.employerId])).get(String(booth.employerId)));
    const others = await approvedBooths(app, fairId);
    const number = await claimBoothNumber(
      app,
      fairId,
      body.number,
      others.map((b) => b.number ?? 0),
    );
    if (booth.number && booth.number !== number)
      await releaseClaim(app.db.connection, `fair-booth-no:${fairId}:${booth.number}`);
    await Booth.updateOne(
      { _id: booth._id },
      { $set: { status: 'approved', number, decidedAt: new Date(), decidedBy: actor.id } },
    );
    await runtime.publish('booth.open', { b: boothId, no: number, employer: booth.employerName });
    await setPostingsAtFair(
      app,
      booth.postings.map((p) => String(p.id)),
      fairId,
      true,
    );
  } else {
    if (booth.number) await releaseClaim(app.db.connection, `fair-booth-no:${fairId}:${booth.number}`);
    await Booth.updateOne(
      { _id: booth._id },
      { $set: { status: 'rejected', decidedAt: new Date(), decidedBy: actor.id }, $unset: { number: 1 } },
    );
    if (booth.status === 'approved') {
      await runtime.publish('booth.close', { b: boothId });
      await setPostingsAtFair(
        app,
        booth.postings.map((p) => String(p.id)),
        fairId,
        false,
      );
    }
  }
  await app.audit.record(request, {
    action: `fair.booth.${body.decision}`,
    subjectType: 'fair-booth',
    subjectId: boothId,
    provinceCode: fair.provinceCode,
  });
  const updated = (await Booth.findById(booth._id).lean<LeanBooth>())!;
  return toBoothView(
    updated,
    (await employerFacts(app, [updated.employerId])).get(String(updated.employerId)),
  );
}

/** The booths of my company, newest fair first, with their fairs. */
export async function myBooths(app: FastifyInstance, actor: Actor) {
  if (!actor.employerId) return [];
  const booths = await boothModel(app.db.connection)
    .find({ employerId: actor.employerId })
    .lean<LeanBooth[]>();
  const fairs = booths.length
    ? await fairModel(app.db.connection)
        .find({ _id: trusted({ $in: booths.map((b) => b.fairId) }) })
        .lean<LeanFair[]>()
    : [];
  const byId = new Map(fairs.map((f) => [String(f._id), f]));
  const facts = await employerFacts(app, [actor.employerId]);
  return booths
    .filter((b) => byId.has(String(b.fairId)))
    .map((b) => ({
      booth: toBoothView(b, facts.get(actor.employerId!)),
      fair: toFairSummary(byId.get(String(b.fairId))!, 0),
    }))
    .sort((a, b) => b.fair.date.localeCompare(a.fair.date));
}

/** A booth and its fair, if the actor may operate it (its company's members, the fair's staff). */
export async function loadBoothFor(
  app: FastifyInstance,
  actor: Actor,
  boothId: string,
  allowed: (actor: Actor, fair: LeanFair, booth: LeanBooth) => boolean,
) {
  const booth = Types.ObjectId.isValid(boothId)
    ? await boothModel(app.db.connection).findById(boothId).lean<LeanBooth>()
    : null;
  const fair = booth ? await findFair(app, String(booth.fairId)) : null;
  if (!booth || !fair || !allowed(actor, fair, booth)) throw new NotFoundError();
  return {
    booth,
    fair,
    view: toBoothView(booth, (await employerFacts(app, [booth.employerId])).get(String(booth.employerId))),
  };
}
