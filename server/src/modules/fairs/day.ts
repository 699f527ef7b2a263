/**
 * The day of the fair: check-in at the door, booth queues, calls and outcomes. Every decision that must
 * happen once is an insert (FerretDB's conditional updates are not atomic):
 *   check-in        fair_checkins `_id` = `<fairId>:<ticket>`   (two devices, a replayed offline queue: once)
 *   join a queue    claim `fair-queue:<booth>:<n>:<round>`
 *   call someone    claim `fair-call:<booth>:<k>` (the booth's k-th call) and
 *                   claim `fair-person-call:<fair>:<n>:<c>` (the person's c-th call, anywhere): nobody is
 *                   called to two booths at once, and a booth never calls two people with one tap
 *   end a call      claim `fair-call-end:<booth>:<k>` (outcome or no-show, not both), then the outcome
 *                   record `_id` = `<booth>:<k>`
 * then the event is published. The state those numbers come from is the fold of the event log (live.ts);
 * when it is behind another instance's, a claim fails, the state catches up, and the decision is retried.
 * A claim whose event never appeared (its instance died in between) is taken over after ORPHAN_MS.
 */
import {
  averageWaitMinutes,
  type BoothCandidate,
  type BoothLiveView,
  type CallNextResponse,
  type CheckinBody,
  type CheckinResponse,
  certificateLevelById,
  type DashboardSnapshot,
  type FairOutcome,
  normalizeTicketCode,
  type OutcomeBody,
  occupationByCode,
  type QueueJoinResponse,
  type QueuePlace,
  queuePlace,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { claimModel, claimOnce, releaseClaim } from '../../lib/claims';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { isDuplicateKey } from '../../lib/ids';
import { boothFit, matchProfileOf } from './itinerary';
import { type FairRuntime, fairRuntime, type TicketEntry } from './live';
import { FAIR_MESSAGES } from './messages';
import { checkinModel, outcomeModel, registrationModel } from './model';
import { applyOutcomeEffects } from './outcomes';
import { canOperateBooth, canRunFair } from './policy';
import { findTicket } from './registrations';
import {
  approvedBooths,
  type LeanBooth,
  type LeanFair,
  loadBoothFor,
  loadFairFor,
  toFairSummary,
} from './service';

const ORPHAN_MS = 20_000;
/** Check-in times from a device's clock are trusted within these bounds. */
const EARLIEST_CHECKIN_MS = 36 * 3600_000;

/**
 * Claims a decision. When the key is taken, catches up with the log: if the decision is now visible it was
 * someone else's; if it is still not there long after the claim, its instance died before publishing and
 * the decision is taken over.
 */
async function decide(
  app: FastifyInstance,
  runtime: FairRuntime,
  key: string,
  by: string,
  stillOpen: () => boolean,
): Promise<boolean> {
  if (await claimOnce(app.db.connection, key, by)) return true;
  await runtime.catchUp();
  if (!stillOpen()) return false;
  const claim = await claimModel(app.db.connection).findById(key).lean();
  if (!claim || Date.now() - claim.at.getTime() < ORPHAN_MS) return false;
  app.log.warn({ key }, 'fairs: taking over a decision that was claimed but never published');
  await releaseClaim(app.db.connection, key);
  return claimOnce(app.db.connection, key, by);
}

// ── check-in ────────────────────────────────────────────────────────────────────────────────────────────

interface CheckinDoc {
  _id: string;
  fairId: Types.ObjectId;
  registrationId: Types.ObjectId;
  number: number;
  at: Date;
  receivedAt: Date;
  method?: string;
  device?: string;
  byUserId: Types.ObjectId;
}

/**
 * Check-in records written together: every insert that arrives in the same turn of the event loop goes
 * in one unordered insertMany (FerretDB takes ~1 ms per insert and serialises them; a batch of 32 costs
 * about as much as two). Each caller learns whether its own record was new or a duplicate key.
 */
const checkinBatches = new WeakMap<
  object,
  { docs: CheckinDoc[]; waiters: ((inserted: boolean | Error) => void)[] }
>();

function insertCheckin(app: FastifyInstance, doc: CheckinDoc): Promise<boolean> {
  let batch = checkinBatches.get(app.realtime);
  if (!batch) {
    const pending = { docs: [] as CheckinDoc[], waiters: [] as ((inserted: boolean | Error) => void)[] };
    batch = pending;
    checkinBatches.set(app.realtime, pending);
    setImmediate(async () => {
      checkinBatches.delete(app.realtime);
      const failed = new Map<number, number>();
      try {
        await checkinModel(app.db.connection).collection.insertMany(pending.docs as never[], {
          ordered: false,
        });
      } catch (error) {
        const e = error as {
          writeErrors?: { index: number; code: number }[] | { index: number; code: number };
        };
        const errors = Array.isArray(e.writeErrors)
          ? e.writeErrors
          : e.writeErrors
            ? [e.writeErrors]
            : undefined;
        if (!errors) {
          for (const waiter of pending.waiters) waiter(error as Error);
          return;
        }
        for (const w of errors) failed.set(w.index, w.code);
      }
      pending.waiters.forEach((waiter, index) => {
        const code = failed.get(index);
        waiter(
          code === undefined ? true : code === 11000 ? false : new Error(`check-in insert failed (${code})`),
        );
      });
    });
  }
  const target = batch;
  return new Promise((resolve, reject) => {
    target.docs.push(doc);
    target.waiters.push((inserted) => (inserted instanceof Error ? reject(inserted) : resolve(inserted)));
  });
}

function checkinTime(raw: string | undefined, now: number): Date {
  const at = raw ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at) || at > now || at < now - EARLIEST_CHECKIN_MS) return new Date(now);
  return new Date(at);
}

/**
 * Checks tickets in, in order. Idempotent per ticket: the check-in record's `_id` is the ticket, so the
 * same ticket from two devices, or from an offline queue replayed after a lost answer, counts once and
 * answers `already` with the first time.
 */
export async function checkIn(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  body: CheckinBody,
): Promise<CheckinResponse> {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, fairId, canRunFair);
  if (fair.status !== 'live' && fair.status !== 'closed')
    throw new ConflictError('FAIR_NOT_LIVE', FAIR_MESSAGES.notLive);
  const runtime = await fairRuntime(app, fairId);
  const Checkin = checkinModel(app.db.connection);
  const now = Date.now();
  const items: CheckinResponse['items'] = [];
  for (const item of body.items) {
    const code = normalizeTicketCode(item.code);
    const found = code ? await findTicket(app, runtime, code) : undefined;
    if (!code || !found) {
      items.push({ code: item.code, status: 'unknown' });
      continue;
    }
    const { entry } = found;
    if (!runtime.state.people[entry.number]) await runtime.catchUp();
    if (!runtime.state.people[entry.number]) {
      items.push({ code, status: 'cancelled', number: entry.number });
      continue;
    }
    const _id = `${fairId}:${code}`;
    const at = checkinTime(item.at, now);
    const inserted = await insertCheckin(app, {
      _id,
      fairId: fair._id,
      registrationId: new Types.ObjectId(entry.registrationId),
      number: entry.number,
      at,
      receivedAt: new Date(now),
      method: item.method,
      device: body.device,
      byUserId: new Types.ObjectId(actor.id),
    });
    if (!inserted) {
      const first = await Checkin.findById(_id).lean();
      // Stored but never published (the instance died in between): publish it now; the fold ignores repeats.
      if (
        first &&
        now - first.receivedAt.getTime() > ORPHAN_MS &&
        !runtime.state.people[entry.number]?.checkedIn
      )
        await runtime.publish('checkin', { n: entry.number });
      items.push({
        code,
        status: 'already',
        number: entry.number,
        displayName: entry.displayName,
        checkedInAt: first?.at.toISOString(),
      });
      continue;
    }
    await runtime.publish('checkin', { n: entry.number });
    items.push({
      code,
      status: 'checked-in',
      number: entry.number,
      displayName: entry.displayName,
      checkedInAt: at.toISOString(),
    });
  }
  return { items };
}

// ── queues ──────────────────────────────────────────────────────────────────────────────────────────────

export function queuePlaces(runtime: FairRuntime, n: number): QueuePlace[] {
  const places: QueuePlace[] = [];
  for (const booth of Object.values(runtime.state.booths)) {
    const place = queuePlace(runtime.state, booth.id, n);
    if (!place) continue;
    places.push({ boothId: booth.id, boothNumber: booth.no, employerName: booth.employer, ...place });
  }
  return places.sort((a, b) => a.position - b.position || a.boothNumber - b.boothNumber);
}

/** Puts a checked-in person in the queues of these booths (already there: nothing changes). */
export async function joinQueues(
  app: FastifyInstance,
  fair: LeanFair,
  entry: TicketEntry,
  boothIds: string[],
  by: string,
): Promise<QueueJoinResponse> {
  if (fair.status !== 'live') throw new ConflictError('FAIR_NOT_LIVE', FAIR_MESSAGES.notLive);
  const runtime = await fairRuntime(app, String(fair._id));
  const n = entry.number;
  if (!runtime.state.people[n]?.checkedIn) await runtime.catchUp();
  if (!runtime.state.people[n]?.checkedIn)
    throw new ConflictError('NOT_CHECKED_IN', FAIR_MESSAGES.notCheckedIn);
  for (const boothId of [...new Set(boothIds)]) {
    const booth = runtime.state.booths[boothId];
    if (!booth?.open) throw new NotFoundError('BOOTH_CLOSED', FAIR_MESSAGES.boothClosed);
    const waiting = () => booth.queue.includes(n) || booth.serving?.n === n;
    if (waiting()) continue;
    const round = (runtime.state.people[n]!.joins[boothId] ?? 0) + 1;
    const open = () => !waiting() && (runtime.state.people[n]?.joins[boothId] ?? 0) < round;
    if (await decide(app, runtime, `fair-queue:${boothId}:${n}:${round}`, by, open))
      await runtime.publish('queue.joined', { b: boothId, n });
  }
  return { number: n, queues: queuePlaces(runtime, n) };
}

export async function leaveQueue(app: FastifyInstance, fair: LeanFair, entry: TicketEntry, boothId: string) {
  const runtime = await fairRuntime(app, String(fair._id));
  if (runtime.state.booths[boothId]?.queue.includes(entry.number))
    await runtime.publish('queue.left', { b: boothId, n: entry.number });
  return { number: entry.number, queues: queuePlaces(runtime, entry.number) };
}

/** Staff (door, kiosk, booth) put someone in queues by their ticket code. */
export async function staffJoinQueues(
  app: FastifyInstance,
  actor: Actor,
  fairId: string,
  rawCode: string,
  boothIds: string[],
) {
  const fair = await loadFairFor(app, actor, fairId, canRunFair);
  const code = normalizeTicketCode(rawCode);
  const runtime = await fairRuntime(app, fairId);
  const found = code ? await findTicket(app, runtime, code) : undefined;
  if (!found) throw new NotFoundError('TICKET_NOT_FOUND', FAIR_MESSAGES.ticketNotFound);
  return joinQueues(app, fair, found.entry, boothIds, actor.id);
}

/** The person, from their phone: the ticket code is their key. */
export async function ticketQueue(app: FastifyInstance, rawCode: string, boothIds: string[], leave = false) {
  const code = normalizeTicketCode(rawCode);
  const found = code ? await findTicket(app, undefined, code) : undefined;
  if (!found) throw new NotFoundError('TICKET_NOT_FOUND', FAIR_MESSAGES.ticketNotFound);
  const fair = await loadFairFor(app, null, found.fairId, () => true);
  if (leave) return leaveQueue(app, fair, found.entry, boothIds[0]!);
  return joinQueues(app, fair, found.entry, boothIds, `ticket:${code}`);
}

// ── booths: call, outcome, no-show ──────────────────────────────────────────────────────────────────────

async function entryOfNumber(
  app: FastifyInstance,
  runtime: FairRuntime,
  n: number,
): Promise<TicketEntry | undefined> {
  const cached = runtime.ticketOfNumber(n);
  if (cached) return cached;
  const r = await registrationModel(app.db.connection)
    .findOne({ fairId: runtime.fairId, number: n, status: 'registered' })
    .lean();
  if (!r) return undefined;
  const found = await findTicket(app, runtime, r.ticketCode);
  return found?.entry;
}

async function candidateOf(
  app: FastifyInstance,
  runtime: FairRuntime,
  booth: LeanBooth,
  n: number,
  locale: 'vi' | 'en',
): Promise<BoothCandidate> {
  const entry = await entryOfNumber(app, runtime, n);
  const profile = entry?.returneeId ? await matchProfileOf(app, entry.returneeId) : undefined;
  const fit = await boothFit(app, booth, entry?.returneeId);
  return {
    number: n,
    anonymousCode: profile?.anonymousCode,
    skills: profile ? profile.skills.map((s) => s.label) : [],
    certificates: profile
      ? profile.certificates.map((c) => {
          const level = certificateLevelById(c.level);
          const occupation = c.occupationCode ? occupationByCode(c.occupationCode) : undefined;
          const name = (locale === 'en' ? level?.nameEn : level?.nameVi) ?? c.level;
          const of = locale === 'en' ? occupation?.nameEn : occupation?.nameVi;
          return of ? `${name} – ${of}` : name;
        })
      : [],
    ...(fit ? { score: fit.score } : {}),
    reasons: fit?.reasons ?? [],
  };
}

export async function boothView(app: FastifyInstance, actor: Actor, boothId: string): Promise<BoothLiveView> {
  const { booth, fair, view } = await loadBoothFor(app, actor, boothId, canOperateBooth);
  const runtime = await fairRuntime(app, String(fair._id));
  return liveViewOf(app, actor, runtime, fair, booth, view);
}

async function liveViewOf(
  app: FastifyInstance,
  actor: Actor,
  runtime: FairRuntime,
  fair: LeanFair,
  booth: LeanBooth,
  view: BoothLiveView['booth'],
): Promise<BoothLiveView> {
  const live = runtime.state.booths[String(booth._id)];
  const boothCount = Object.values(runtime.state.booths).filter((b) => b.open).length;
  return {
    booth: view,
    fair: toFairSummary(fair, boothCount),
    ...(live?.serving
      ? {
          serving: {
            k: live.serving.k,
            since: new Date(live.serving.since).toISOString(),
            candidate: await candidateOf(app, runtime, booth, live.serving.n, actor.locale),
          },
        }
      : {}),
    queue: (live?.queue ?? []).map((n) => ({
      number: n,
      waitingSince: new Date(live!.joinedAt[n] ?? 0).toISOString(),
      busyElsewhere: !!runtime.state.people[n]?.servingAt,
    })),
    lastSeq: runtime.state.lastSeq,
    stats: {
      interviews: live?.interviews ?? 0,
      hired: live?.outcomes.hired ?? 0,
      shortlisted: live?.outcomes.shortlisted ?? 0,
      averageWaitMinutes: live ? averageWaitMinutes(live) : 0,
    },
  };
}

/**
 * Calls the first person in the queue who is not talking to another booth right now. One tap, one
 * person: the booth's k-th call and the person's c-th call are both claimed before the event is published.
 */
export async function callNext(
  app: FastifyInstance,
  request: FastifyRequest,
  boothId: string,
): Promise<CallNextResponse> {
  const actor = request.requireActor();
  const { booth, fair, view } = await loadBoothFor(app, actor, boothId, canOperateBooth);
  if (fair.status !== 'live') throw new ConflictError('FAIR_NOT_LIVE', FAIR_MESSAGES.notLive);
  const runtime = await fairRuntime(app, String(fair._id));
  const answer = async (called: boolean, reason?: CallNextResponse['reason']) => ({
    called,
    ...(reason ? { reason } : {}),
    view: await liveViewOf(app, actor, runtime, fair, booth, view),
  });
  for (let attempt = 0; attempt < 8; attempt++) {
    const live = runtime.state.booths[boothId];
    if (!live?.open) throw new ConflictError('BOOTH_CLOSED', FAIR_MESSAGES.boothClosed);
    if (live.serving) return answer(false, 'serving');
    const people = runtime.state.people;
    const free = live.queue.filter((n) => !people[n]?.servingAt);
    if (!free.length) return answer(false, live.queue.length ? 'all-busy' : 'empty');
    const k = live.lastCall + 1;
    const boothKey = `fair-call:${boothId}:${k}`;
    if (!(await decide(app, runtime, boothKey, actor.id, () => live.lastCall < k && !live.serving))) continue;
    let called: number | undefined;
    for (const n of free) {
      const person = people[n];
      if (!person || person.servingAt) continue;
      const c = person.calls + 1;
      const open = () => person.calls < c && !person.servingAt;
      if (await decide(app, runtime, `fair-person-call:${runtime.fairId}:${n}:${c}`, boothKey, open)) {
        called = n;
        break;
      }
    }
    if (called === undefined) {
      // Everyone free a moment ago was just called elsewhere: give the call number back and look again.
      await releaseClaim(app.db.connection, boothKey);
      await runtime.catchUp();
      continue;
    }
    await runtime.publish('queue.called', { b: boothId, n: called, k });
    return answer(true);
  }
  throw new ConflictError('BOOTH_BUSY', FAIR_MESSAGES.busy);
}

async function endCall(
  app: FastifyInstance,
  runtime: FairRuntime,
  boothId: string,
  k: number,
  by: string,
): Promise<{ n: number; since: number } | undefined> {
  let live = runtime.state.booths[boothId];
  if (live?.serving?.k !== k) {
    await runtime.catchUp();
    live = runtime.state.booths[boothId];
  }
  const serving = live?.serving;
  if (!serving || serving.k !== k) return undefined;
  const open = () => runtime.state.booths[boothId]?.serving?.k === k;
  if (!(await decide(app, runtime, `fair-call-end:${boothId}:${k}`, by, open))) return undefined;
  return { n: serving.n, since: serving.since };
}

/**
 * One tap after talking to someone. Creates the outcome record, publishes it, then lets it reach the
 * application, the person's status and the counselor's follow-up tasks (outcomes.ts). Recording the same
 * call again answers with the booth as it is (a double tap changes nothing).
 */
export async function recordOutcome(
  app: FastifyInstance,
  request: FastifyRequest,
  boothId: string,
  body: OutcomeBody,
): Promise<BoothLiveView> {
  const actor = request.requireActor();
  const { booth, fair, view } = await loadBoothFor(app, actor, boothId, canOperateBooth);
  const runtime = await fairRuntime(app, String(fair._id));
  if (body.outcome === 'not-suitable' && !body.reason)
    throw new ValidationError([{ field: 'reason', code: 'required', message: FAIR_MESSAGES.reasonRequired }]);
  if (body.outcome !== 'not-suitable' && body.reason)
    throw new ValidationError([
      { field: 'reason', code: 'not_allowed', message: FAIR_MESSAGES.reasonRequired },
    ]);
  const ended = await endCall(app, runtime, boothId, body.k, actor.id);
  if (!ended) {
    if (await outcomeModel(app.db.connection).exists({ _id: `${boothId}:${body.k}` }))
      return liveViewOf(app, actor, runtime, fair, booth, view);
    throw new ConflictError('CALL_CLOSED', FAIR_MESSAGES.callClosed);
  }
  const entry = await entryOfNumber(app, runtime, ended.n);
  const posting = booth.postings.find((p) => p.id === body.postingId) ?? booth.postings[0];
  const outcomeId = `${boothId}:${body.k}`;
  const now = new Date();
  const live = runtime.state.booths[boothId]!;
  try {
    await outcomeModel(app.db.connection).collection.insertOne({
      _id: outcomeId as never,
      fairId: fair._id,
      boothId: booth._id,
      employerId: booth.employerId,
      registrationId: new Types.ObjectId(entry?.registrationId ?? new Types.ObjectId()),
      returneeId: entry?.returneeId ? new Types.ObjectId(entry.returneeId) : undefined,
      number: ended.n,
      k: body.k,
      outcome: body.outcome,
      reason: body.reason,
      postingId: posting?.id,
      occupationCode: posting?.occupationCode,
      calledAt: new Date(ended.since),
      waitedMs: live.waits ? Math.round(live.waitMsTotal / live.waits) : undefined,
      at: now,
      byUserId: new Types.ObjectId(actor.id),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  await runtime.publish('outcome', {
    b: boothId,
    k: body.k,
    o: body.outcome as FairOutcome,
    ...(body.reason ? { r: body.reason } : {}),
    ...(posting ? { occ: posting.occupationCode } : {}),
  });
  await app.audit.record(request, {
    action: 'fair.outcome',
    subjectType: 'fair-registration',
    subjectId: entry?.registrationId,
    fields: [body.outcome, ...(body.reason ? [body.reason] : [])],
    provinceCode: fair.provinceCode,
  });
  if (entry) {
    const { applicationId } = await applyOutcomeEffects(
      app,
      request,
      {
        fairId: String(fair._id),
        fairDate: fair.date,
        fairName: fair.name,
        provinceCode: fair.provinceCode,
        boothId,
        employerId: String(booth.employerId),
        employerName: booth.employerName,
        postingId: posting?.id,
        postingTitle: posting?.title,
        registrationId: entry.registrationId,
        returneeId: entry.returneeId,
        counselorId: entry.counselorId,
        outcome: body.outcome as FairOutcome,
        reason: body.reason,
        byUserId: actor.id,
      },
      outcomeId,
    );
    if (applicationId)
      await outcomeModel(app.db.connection).updateOne({ _id: outcomeId }, { $set: { applicationId } });
  }
  return liveViewOf(app, actor, runtime, fair, booth, view);
}

/** The person called did not come: the call ends without an outcome (they may join again). */
export async function noShow(app: FastifyInstance, request: FastifyRequest, boothId: string, k: number) {
  const actor = request.requireActor();
  const { booth, fair, view } = await loadBoothFor(app, actor, boothId, canOperateBooth);
  const runtime = await fairRuntime(app, String(fair._id));
  if (await endCall(app, runtime, boothId, k, actor.id))
    await runtime.publish('queue.noshow', { b: boothId, k });
  return liveViewOf(app, actor, runtime, fair, booth, view);
}

// ── dashboards ──────────────────────────────────────────────────────────────────────────────────────────

/** Who may follow a fair live (stream `fair:<id>` and its snapshot): its staff, and its approved booths. */
export async function canListen(app: FastifyInstance, actor: Actor | null, fair: LeanFair): Promise<boolean> {
  if (canRunFair(actor, fair)) return true;
  if (!actor?.employerId) return false;
  const booths = await approvedBooths(app, String(fair._id));
  return booths.some((b) => String(b.employerId) === actor.employerId);
}

export async function dashboardSnapshot(
  app: FastifyInstance,
  actor: Actor | null,
  fairId: string,
  key?: string,
) {
  const fair = await loadFairFor(app, actor, fairId, () => true);
  const byKey = !!key && key === fair.screenKey;
  if (!byKey && !(await canListen(app, actor, fair)))
    throw new NotFoundError('FAIR_NOT_FOUND', FAIR_MESSAGES.notFound);
  const runtime = await fairRuntime(app, fairId);
  await runtime.catchUp();
  const snapshot: DashboardSnapshot = { fairId, lastSeq: runtime.state.lastSeq, state: runtime.state };
  return snapshot;
}
