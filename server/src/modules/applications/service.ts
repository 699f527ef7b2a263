/**
 * Applications (DESIGN.md §3): a person applies to an open posting — alone or with their counselor — with
 * a per-application choice to share name and phone with that employer (a consent). The employer moves
 * the application along `submitted → viewed → interview → offered → hired | rejected`; the person (or
 * counselor) may withdraw. Every status change happens exactly once (a claim per version), and each one
 * is told by email and in the app. A hire makes the person `employed`, counts once towards the posting's
 * vacancies (closing it as filled when they are reached) and gives the counselor a 30-day follow-up.
 */
import {
  APPLICATION_STATUS_TEXT,
  type ApplicationListQuery,
  type ApplicationStatus,
  type ApplicationView,
  type Bilingual,
  type ChangeApplicationStatusBody,
  type CreateApplicationBody,
  type EmployerApplicationView,
  FINAL_APPLICATION_STATUSES,
  type PageOf,
  REJECTION_REASON_TEXT,
  type RejectionReason,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, isAdminOf, sameId } from '../../auth/actor';
import { emitChange } from '../../lib/changes';
import { claimOnce } from '../../lib/claims';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { isDuplicateKey, objectIdFor } from '../../lib/ids';
import { findPageRows } from '../../lib/pagination';
import { renderMail } from '../../mail/templates';
import { userModel } from '../accounts/model';
import { consentModel } from '../consents/model';
import { grantConsent, hasActiveConsent } from '../consents/service';
import { employerModel } from '../employers/model';
import { toAnonymousCandidate } from '../matching/service';
import type { MatchablePosting } from '../matching/types';
import { notify } from '../notifications/service';
import { closePosting } from '../postings/service';
import { type ReturneeRecord, returneeModel } from '../returnees/model';
import { canActForReturnee } from '../returnees/policy';
import { loadReturneeFor, setReturneeStatus } from '../returnees/service';
import { addDays, createTask } from '../tasks/service';
import { counselorStatusMail, newApplicationMail, statusChangeMail } from './mail';
import { type ApplicationRecord, applicationModel, postingFillModel } from './model';

const PIPELINE: Record<string, number> = { submitted: 0, viewed: 1, interview: 2, offered: 3, hired: 4 };

export const APPLICATION_MESSAGES = {
  postingClosed: {
    vi: 'Tin tuyển dụng này đã đóng hoặc không còn nhận hồ sơ.',
    en: 'This posting is closed or no longer takes applications.',
  },
  confirm: {
    vi: 'Hãy để người ứng tuyển tự đánh dấu đồng ý chia sẻ tên và số điện thoại, hoặc bỏ chọn chia sẻ.',
    en: 'Let the applicant tick the consent to share name and phone themselves, or untick sharing.',
  },
  reason: {
    vi: 'Chọn một lý do trong danh sách khi không nhận ứng viên.',
    en: 'Choose a reason from the list when turning a candidate down.',
  },
  wrongStatus: {
    vi: 'Không thể chuyển đơn sang bước này từ bước hiện tại. Tải lại trang để xem tình trạng mới nhất.',
    en: 'The application cannot move to this step from where it is. Reload the page to see its current state.',
  },
  changed: {
    vi: 'Đơn vừa được người khác cập nhật. Tải lại trang để xem tình trạng mới nhất.',
    en: 'Someone else has just updated this application. Reload the page to see its current state.',
  },
} satisfies Record<string, Bilingual>;

const sharePurpose = (employerId: unknown) => `share-with-employer:${String(employerId)}`;

function isSelf(actor: Actor, returneeId: unknown): boolean {
  return sameId(actor.returneeId, returneeId);
}

function canApplyFor(actor: Actor, returnee: ReturneeRecord): boolean {
  return isSelf(actor, returnee._id) || canActForReturnee(actor, returnee);
}

function isEmployerSide(
  actor: Actor,
  a: Pick<ApplicationRecord, 'employerId' | 'postingProvinceCode'>,
): boolean {
  return (
    (hasRole(actor, 'employer') && sameId(actor.employerId, a.employerId)) ||
    isAdminOf(actor, a.postingProvinceCode)
  );
}

function historyOf(a: ApplicationRecord): ApplicationView['history'] {
  return a.history.map((h) => ({
    at: h.at.toISOString(),
    status: h.status as ApplicationStatus,
    by: h.by as ApplicationView['history'][number]['by'],
    reason: (h.reason ?? undefined) as RejectionReason | undefined,
    note: h.note ?? undefined,
  }));
}

function postingOf(a: ApplicationRecord): ApplicationView['posting'] {
  const p = a.posting;
  return {
    id: String(a.postingId),
    title: p.title,
    employerId: String(a.employerId),
    employerName: p.employerName,
    occupationCode: p.occupationCode,
    provinceCode: p.provinceCode,
    communeCode: p.communeCode ?? undefined,
    wageMin: p.wageMin ?? undefined,
    wageMax: p.wageMax ?? undefined,
    employmentType: (p.employmentType ?? undefined) as ApplicationView['posting']['employmentType'],
    shift: (p.shift ?? undefined) as ApplicationView['posting']['shift'],
    housing: !!p.housing,
    fairChancePledge: !!p.fairChancePledge,
    deadline: p.deadline ?? undefined,
  };
}

function toView(a: ApplicationRecord, returneeName: string, contactShared: boolean): ApplicationView {
  return {
    id: String(a._id),
    returneeId: String(a.returneeId),
    returneeName,
    posting: postingOf(a),
    status: a.status as ApplicationStatus,
    createdBy: a.createdBy,
    contactShared,
    consentId: a.consentId ? String(a.consentId) : undefined,
    message: a.message ?? undefined,
    history: historyOf(a),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** People (of these) whose consent to share name and phone with this employer is in force now. */
async function sharingWith(
  app: FastifyInstance,
  employerId: unknown,
  returneeIds: unknown[],
): Promise<Set<string>> {
  if (returneeIds.length === 0) return new Set();
  const rows = await consentModel(app.db.connection)
    .find(
      {
        purpose: sharePurpose(employerId),
        active: true,
        returneeId: trusted({ $in: returneeIds.map((id) => new Types.ObjectId(String(id))) }),
      },
      { returneeId: 1 },
    )
    .lean();
  return new Set(rows.map((row) => String(row.returneeId)));
}

async function toEmployerViews(
  app: FastifyInstance,
  actor: Actor,
  applications: ApplicationRecord[],
): Promise<EmployerApplicationView[]> {
  const store = app.matching;
  const missing = applications.map((a) => String(a.returneeId)).filter((id) => !store.returnees.has(id));
  if (missing.length) await store.refreshReturnees([...new Set(missing)]);
  // One consent query per employer in the list (one for an employer's own list).
  const byEmployer = new Map<string, ApplicationRecord[]>();
  for (const a of applications)
    byEmployer.set(String(a.employerId), [...(byEmployer.get(String(a.employerId)) ?? []), a]);
  const shared = new Set<string>();
  for (const [employerId, list] of byEmployer)
    for (const id of await sharingWith(
      app,
      employerId,
      list.map((a) => a.returneeId),
    ))
      shared.add(`${employerId}:${id}`);
  const contactIds = applications
    .filter((a) => shared.has(`${a.employerId}:${a.returneeId}`))
    .map((a) => a.returneeId);
  const contacts = new Map(
    contactIds.length
      ? (
          await returneeModel(app.db.connection)
            .find({ _id: trusted({ $in: contactIds }) }, { displayName: 1, phone: 1 })
            .lean()
        ).map((r) => [String(r._id), { displayName: r.displayName, phone: r.phone ?? undefined }])
      : [],
  );
  return applications.map((a) => {
    const profile = store.returnees.profile(String(a.returneeId));
    const contact = contacts.get(String(a.returneeId));
    return {
      id: String(a._id),
      postingId: String(a.postingId),
      postingTitle: a.posting.title,
      status: a.status as ApplicationStatus,
      candidate: profile
        ? toAnonymousCandidate(profile, actor.locale)
        : {
            anonymousCode: '????',
            skills: [],
            certificates: [],
            provinceCode: a.provinceCode,
            availability: { shifts: [], employmentTypes: [] },
          },
      ...(contact ? { contact } : {}),
      message: a.message ?? undefined,
      history: historyOf(a),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  });
}

export async function loadApplication(app: FastifyInstance, id: string): Promise<ApplicationRecord> {
  if (!Types.ObjectId.isValid(id)) throw new NotFoundError();
  const a = (await applicationModel(app.db.connection).findById(id).lean()) as ApplicationRecord | null;
  if (!a) throw new NotFoundError();
  return a;
}

/** The application and its person, if the actor is the person or acts for them; else 404. */
async function loadForPerson(app: FastifyInstance, actor: Actor, id: string) {
  const a = await loadApplication(app, id);
  const returnee = await returneeModel(app.db.connection).findById(a.returneeId).lean<ReturneeRecord>();
  if (!returnee || !canApplyFor(actor, returnee)) throw new NotFoundError();
  return { a, returnee };
}

async function personView(app: FastifyInstance, a: ApplicationRecord, returnee: ReturneeRecord) {
  return toView(
    a,
    returnee.displayName,
    await hasActiveConsent(app.db.connection, a.returneeId, sharePurpose(a.employerId)),
  );
}

// ── applying ─────────────────────────────────────────────────────────────────────────────────────────

export async function apply(
  app: FastifyInstance,
  request: FastifyRequest,
  body: CreateApplicationBody,
): Promise<{ view: ApplicationView; created: boolean }> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, body.returneeId, canApplyFor);
  if (body.shareContact && !body.confirmed)
    throw new ValidationError([
      { field: 'confirmed', code: 'required', message: APPLICATION_MESSAGES.confirm },
    ]);
  const _id = objectIdFor(`application:${returnee._id}:${body.postingId}`);
  // A retry (or a double tap) answers with the application already made, even once the posting closed.
  const existing = (await applicationModel(app.db.connection)
    .findById(_id)
    .lean()) as ApplicationRecord | null;
  if (existing && existing.status !== 'withdrawn') {
    if (body.shareContact) {
      const consent = await grantConsent(
        app,
        request,
        String(returnee._id),
        sharePurpose(existing.employerId),
      );
      if (!existing.consentId)
        await applicationModel(app.db.connection).updateOne(
          { _id },
          { $set: { consentId: new Types.ObjectId(consent.id) } },
        );
    }
    return { view: await personView(app, await loadApplication(app, String(_id)), returnee), created: false };
  }
  const posting = app.openPostings.get(body.postingId) as
    | (MatchablePosting & { vacancies: number })
    | undefined;
  if (!posting) throw new NotFoundError('POSTING_NOT_OPEN', APPLICATION_MESSAGES.postingClosed);

  // The consent first: if it fails (not the person, not their assigned counselor), nothing is created.
  const consentId = body.shareContact
    ? (await grantConsent(app, request, String(returnee._id), sharePurpose(posting.employerId))).id
    : undefined;
  const self = isSelf(actor, returnee._id);
  const Application = applicationModel(app.db.connection);
  const now = new Date();
  let created = true;
  try {
    await Application.collection.insertOne({
      _id,
      returneeId: returnee._id,
      postingId: new Types.ObjectId(posting.id),
      employerId: new Types.ObjectId(posting.employerId),
      provinceCode: returnee.provinceCode,
      postingProvinceCode: posting.provinceCode,
      createdBy: self ? 'returnee' : 'counselor',
      createdByUserId: new Types.ObjectId(actor.id),
      ...(consentId ? { consentId: new Types.ObjectId(consentId) } : {}),
      ...(body.message?.trim() ? { message: body.message.trim() } : {}),
      status: 'submitted',
      version: 0,
      history: [
        {
          at: now,
          status: 'submitted',
          by: self ? 'returnee' : 'counselor',
          byUserId: new Types.ObjectId(actor.id),
        },
      ],
      posting: postingSnapshot(posting),
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    created = false;
  }

  let a = await loadApplication(app, String(_id));
  let resubmitted = false;
  if (!created) {
    // Applying again: a retry or a double tap returns the same application; after a withdrawal it is
    // sent again (the history keeps both).
    if (a.status === 'withdrawn') {
      a = await transition(app, actor, a, 'submitted', self ? 'returnee' : 'counselor');
      resubmitted = true;
    }
    if (consentId && !a.consentId) {
      await Application.updateOne({ _id }, { $set: { consentId: new Types.ObjectId(consentId) } });
      a = await loadApplication(app, String(_id));
    }
  }
  if (created || resubmitted) {
    await app.audit.record(request, {
      action: 'application.create',
      subjectType: 'application',
      subjectId: String(_id),
      fields: [self ? 'self' : 'counselor', ...(consentId ? ['share-with-employer'] : [])],
      provinceCode: returnee.provinceCode,
    });
    await emitChange(app, 'application', String(_id));
    await notifyNewApplication(app, a, returnee, self);
  }
  return { view: await personView(app, a, returnee), created };
}

/** Grants "share my name and phone with <employer>" for an application made without it. */
export async function shareContact(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<ApplicationView> {
  const actor = request.requireActor();
  const { a, returnee } = await loadForPerson(app, actor, id);
  const consent = await grantConsent(app, request, String(returnee._id), sharePurpose(a.employerId));
  await applicationModel(app.db.connection).updateOne(
    { _id: a._id },
    { $set: { consentId: new Types.ObjectId(consent.id) } },
  );
  return personView(app, await loadApplication(app, id), returnee);
}

/** What an application keeps of the posting it was made to, so lists read well after the posting closes. */
export function postingSnapshot(posting: MatchablePosting) {
  return {
    title: posting.title,
    employerName: posting.employerName,
    occupationCode: posting.occupationCode,
    provinceCode: posting.provinceCode,
    ...(posting.communeCode ? { communeCode: posting.communeCode } : {}),
    wageMin: posting.wageMin,
    wageMax: posting.wageMax,
    employmentType: posting.employmentType,
    shift: posting.shift,
    housing: posting.benefits.includes('housing'),
    fairChancePledge: posting.fairChancePledge,
    deadline: posting.deadline,
  };
}

// ── status changes ───────────────────────────────────────────────────────────────────────────────────

/**
 * Moves an application from the version read to `status`, exactly once: the claim on
 * `application:<id>:v<version>` lets one change through; a contender that loses sees the new state.
 */
async function transition(
  app: FastifyInstance,
  actor: Actor,
  a: ApplicationRecord,
  status: ApplicationStatus,
  by: 'returnee' | 'counselor' | 'employer' | 'admin',
  extra: { reason?: RejectionReason; note?: string } = {},
): Promise<ApplicationRecord> {
  const id = String(a._id);
  if (!(await claimOnce(app.db.connection, `application:${id}:v${a.version}`, actor.id))) {
    // Someone else claimed this version: wait for their change to land, then see whether it was ours too
    // (two taps on the same button) or a different one.
    for (let attempt = 0; attempt < 40; attempt++) {
      const now = await loadApplication(app, id);
      if (now.version > a.version) {
        if (now.status === status) return now;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new ConflictError('APPLICATION_CHANGED', APPLICATION_MESSAGES.changed);
  }
  const entry = {
    at: new Date(),
    status,
    by,
    byUserId: new Types.ObjectId(actor.id),
    ...(extra.reason ? { reason: extra.reason } : {}),
    ...(extra.note?.trim() ? { note: extra.note.trim() } : {}),
  };
  const updated = (await applicationModel(app.db.connection)
    .findOneAndUpdate(
      { _id: a._id },
      { $set: { status, version: a.version + 1 }, $push: { history: entry } },
      { returnDocument: 'after' },
    )
    .lean()) as ApplicationRecord | null;
  if (!updated) throw new NotFoundError();
  await emitChange(app, 'application', id);
  return updated;
}

function wrongStatus() {
  return new ConflictError('APPLICATION_WRONG_STATUS', APPLICATION_MESSAGES.wrongStatus);
}

/** The person or their counselor withdraws (from any step before a final one). */
export async function withdraw(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<ApplicationView> {
  const actor = request.requireActor();
  const { a, returnee } = await loadForPerson(app, actor, id);
  if (a.status === 'withdrawn') return personView(app, a, returnee);
  if (FINAL_APPLICATION_STATUSES.includes(a.status as ApplicationStatus)) throw wrongStatus();
  const by = isSelf(actor, returnee._id) ? 'returnee' : 'counselor';
  const updated = await transition(app, actor, a, 'withdrawn', by);
  await notifyStatusChange(app, updated, returnee, 'withdrawn');
  return personView(app, updated, returnee);
}

/** The employer (or a province admin) moves the application forward, or turns it down with a reason. */
export async function changeStatusAsEmployer(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: ChangeApplicationStatusBody,
): Promise<EmployerApplicationView> {
  const actor = request.requireActor();
  const a = await loadApplication(app, id);
  if (!isEmployerSide(actor, a)) throw new NotFoundError();
  const updated = await moveAsEmployer(app, request, actor, a, body);
  return (await toEmployerViews(app, actor, [updated]))[0]!;
}

export async function moveAsEmployer(
  app: FastifyInstance,
  request: FastifyRequest,
  actor: Actor,
  a: ApplicationRecord,
  body: ChangeApplicationStatusBody,
  options: { followUp?: boolean } = {},
): Promise<ApplicationRecord> {
  const target = body.status;
  if (a.status === target) return a;
  const current = PIPELINE[a.status];
  if (target === 'rejected') {
    if (FINAL_APPLICATION_STATUSES.includes(a.status as ApplicationStatus)) throw wrongStatus();
    if (!body.reason)
      throw new ValidationError([
        { field: 'reason', code: 'required', message: APPLICATION_MESSAGES.reason },
      ]);
  } else if (current === undefined || PIPELINE[target] === undefined || PIPELINE[target]! <= current) {
    throw wrongStatus();
  }
  const by = hasRole(actor, 'employer') && sameId(actor.employerId, a.employerId) ? 'employer' : 'admin';
  const updated = await transition(app, actor, a, target, by, {
    reason: target === 'rejected' ? body.reason : undefined,
    note: body.note,
  });
  // Side effects belong to the one change that won (a contender that lost gets `updated` unchanged).
  if (updated.version === a.version + 1 && updated.status === target) {
    const returnee = await returneeModel(app.db.connection).findById(a.returneeId).lean<ReturneeRecord>();
    if (returnee) {
      if (target === 'hired') await recordHire(app, request, updated, returnee, options.followUp ?? true);
      if (target !== 'viewed') await notifyStatusChange(app, updated, returnee, target, body.reason);
    }
  }
  return updated;
}

/**
 * A hire, exactly once per application: the person is `employed`, one vacancy is filled (numbered slots
 * `posting-fill:<posting>:<n>`, so concurrent hires on several instances count each once), the posting is
 * closed as filled when its vacancies are reached, and the counselor gets a 30-day follow-up.
 */
async function recordHire(
  app: FastifyInstance,
  request: FastifyRequest,
  a: ApplicationRecord,
  returnee: ReturneeRecord,
  followUp: boolean,
): Promise<void> {
  const connection = app.db.connection;
  await setReturneeStatus(app, String(returnee._id), 'employed');
  const postingId = String(a.postingId);
  if (await claimOnce(connection, `posting-hire:${a._id}`)) {
    let n = 1;
    while (!(await claimOnce(connection, `posting-fill:${postingId}:${n}`, String(a._id)))) n++;
    await postingFillModel(connection).updateOne(
      { _id: postingId },
      { $max: { count: n } },
      { upsert: true },
    );
    const vacancies = (app.openPostings.get(postingId) as { vacancies?: number } | undefined)?.vacancies;
    if (vacancies !== undefined && n >= vacancies) {
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await closePosting(app, request, postingId, 'filled');
          break;
        } catch (error) {
          // Already closed, or changed by someone at the same moment (then try once more).
          if (!(error instanceof ConflictError) || (error as ConflictError).code !== 'POSTING_CHANGED') break;
        }
      }
    }
  }
  if (followUp && returnee.counselorId)
    await createTask(app, {
      key: `hire-follow-up-30:${a._id}`,
      kind: 'hire-follow-up-30',
      counselorId: returnee.counselorId,
      returneeId: returnee._id,
      provinceCode: returnee.provinceCode,
      title: {
        vi: `Hỏi thăm sau 30 ngày đi làm: ${a.posting.title} – ${a.posting.employerName}`,
        en: `30-day check after starting work: ${a.posting.title} – ${a.posting.employerName}`,
      },
      dueOn: addDays(new Date(), 30),
      source: { type: 'application', id: String(a._id) },
    });
}

/** How many have been hired for a posting (exactly-once count). */
export async function hiredCount(app: FastifyInstance, postingId: string): Promise<number> {
  const fill = await postingFillModel(app.db.connection).findById(postingId).lean();
  return fill?.count ?? 0;
}

// ── reading ─────────────────────────────────────────────────────────────────────────────────────────

export async function getForPerson(app: FastifyInstance, actor: Actor, id: string): Promise<ApplicationView> {
  const { a, returnee } = await loadForPerson(app, actor, id);
  return personView(app, a, returnee);
}

/** The person's own, a counselor's caseload (or one person of it), an admin's provinces. */
export async function listForPerson(
  app: FastifyInstance,
  actor: Actor,
  query: ApplicationListQuery,
): Promise<PageOf<ApplicationView>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const filter: Record<string, unknown> = {};
  if (query.returneeId) {
    const returnee = await loadReturneeFor(app, actor, query.returneeId, canApplyFor);
    filter.returneeId = returnee._id;
  } else if (actor.returneeId) {
    filter.returneeId = actor.returneeId;
  } else if (hasRole(actor, 'counselor')) {
    const mine = await returneeModel(app.db.connection).find({ counselorId: actor.id }, { _id: 1 }).lean();
    filter.returneeId = trusted({ $in: mine.map((r) => r._id) });
  } else if (hasRole(actor, 'admin')) {
    filter.provinceCode = trusted({ $in: actor.provinceCodes });
  } else {
    return { items: [], total: 0, page, pageSize };
  }
  if (query.postingId && Types.ObjectId.isValid(query.postingId)) filter.postingId = query.postingId;
  if (query.status) filter.status = query.status;
  const { rows, total } = await findPageRows<ApplicationRecord>(
    applicationModel(app.db.connection),
    filter,
    { page, pageSize },
    { updatedAt: -1 },
  );
  const people = new Map(
    (
      await returneeModel(app.db.connection)
        .find(
          { _id: trusted({ $in: [...new Set(rows.map((a) => String(a.returneeId)))] }) },
          { displayName: 1 },
        )
        .lean()
    ).map((r) => [String(r._id), r.displayName]),
  );
  const items: ApplicationView[] = [];
  for (const a of rows) {
    const shared = await hasActiveConsent(app.db.connection, a.returneeId, sharePurpose(a.employerId));
    items.push(toView(a, people.get(String(a.returneeId)) ?? '', shared));
  }
  return { items, total, page, pageSize };
}

/** An employer's applications (all postings, or one), or a province admin's. */
export async function listForEmployer(
  app: FastifyInstance,
  actor: Actor,
  query: ApplicationListQuery,
): Promise<PageOf<EmployerApplicationView>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  let filter: Record<string, unknown>;
  if (hasRole(actor, 'employer') && actor.employerId) filter = { employerId: actor.employerId };
  else if (hasRole(actor, 'admin')) filter = { postingProvinceCode: trusted({ $in: actor.provinceCodes }) };
  else return { items: [], total: 0, page, pageSize };
  if (query.postingId) {
    if (!Types.ObjectId.isValid(query.postingId)) return { items: [], total: 0, page, pageSize };
    filter.postingId = query.postingId;
  }
  if (query.status) filter.status = query.status;
  const { rows, total } = await findPageRows<ApplicationRecord>(
    applicationModel(app.db.connection),
    filter,
    { page, pageSize },
    { updatedAt: -1 },
  );
  return { items: await toEmployerViews(app, actor, rows), total, page, pageSize };
}

/** One application for its employer; opening it marks it seen ("viewed") the first time. */
export async function getForEmployer(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<EmployerApplicationView> {
  const actor = request.requireActor();
  let a = await loadApplication(app, id);
  if (!isEmployerSide(actor, a)) throw new NotFoundError();
  if (a.status === 'submitted' && hasRole(actor, 'employer')) {
    try {
      a = await moveAsEmployer(app, request, actor, a, { status: 'viewed' });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      a = await loadApplication(app, id);
    }
  }
  return (await toEmployerViews(app, actor, [a]))[0]!;
}

// ── notifications ───────────────────────────────────────────────────────────────────────────────────

async function notifyNewApplication(
  app: FastifyInstance,
  a: ApplicationRecord,
  returnee: ReturneeRecord,
  bySelf: boolean,
): Promise<void> {
  const connection = app.db.connection;
  const key = `application-new:${a._id}:v${a.version}`;
  const url = `${app.config.publicUrl}/employer/applications/${a._id}`;
  const members = await userModel(connection)
    .find({ employerId: a.employerId, status: 'active' }, { email: 1, displayName: 1, locale: 1 })
    .lean();
  const employer = await employerModel(connection)
    .findById(a.employerId, { contactEmail: 1, contactName: 1 })
    .lean();
  const sent = new Set<string>();
  const title = {
    vi: `Hồ sơ mới: Ứng viên #${returnee.anonymousCode}`,
    en: `New application: Candidate #${returnee.anonymousCode}`,
  };
  const body = { vi: a.posting.title, en: a.posting.title };
  for (const member of members) {
    await notify(app, {
      key: `${key}:${member._id}`,
      userId: member._id,
      kind: 'application-new',
      title,
      body,
      link: `/employer/applications/${a._id}`,
    });
    if (member.email && !sent.has(member.email)) {
      sent.add(member.email);
      await app.mail.enqueue({
        to: member.email,
        idempotencyKey: `${key}:${member.email}`,
        ...renderMail(
          newApplicationMail,
          { name: member.displayName, code: returnee.anonymousCode, title: a.posting.title, url },
          { locale: member.locale === 'en' ? 'en' : undefined },
        ),
      });
    }
  }
  if (employer?.contactEmail && !sent.has(employer.contactEmail))
    await app.mail.enqueue({
      to: employer.contactEmail,
      idempotencyKey: `${key}:${employer.contactEmail}`,
      ...renderMail(newApplicationMail, {
        name: employer.contactName ?? a.posting.employerName,
        code: returnee.anonymousCode,
        title: a.posting.title,
        url,
      }),
    });
  // A person who applies alone: their counselor hears of it in the app.
  if (bySelf && returnee.counselorId)
    await notify(app, {
      key: `${key}:counselor`,
      userId: returnee.counselorId,
      kind: 'application-new-self',
      title: { vi: `${returnee.displayName} vừa ứng tuyển`, en: `${returnee.displayName} has applied` },
      body: {
        vi: `${a.posting.title} – ${a.posting.employerName}`,
        en: `${a.posting.title} – ${a.posting.employerName}`,
      },
      link: `/counselor/returnees/${returnee._id}/applications`,
    });
}

async function notifyStatusChange(
  app: FastifyInstance,
  a: ApplicationRecord,
  returnee: ReturneeRecord,
  status: ApplicationStatus,
  reason?: RejectionReason,
): Promise<void> {
  const connection = app.db.connection;
  const key = `application-status:${a._id}:v${a.version}`;
  const reasonText = reason ? REJECTION_REASON_TEXT[reason] : undefined;
  const statusText = APPLICATION_STATUS_TEXT[status];
  const body = {
    vi: `${a.posting.title} – ${a.posting.employerName}`,
    en: `${a.posting.title} – ${a.posting.employerName}`,
  };

  if (status === 'withdrawn') {
    // The employer learns that the candidate withdrew (anonymously), in the app.
    const members = await userModel(connection)
      .find({ employerId: a.employerId, status: 'active' }, { _id: 1 })
      .lean();
    for (const member of members)
      await notify(app, {
        key: `${key}:${member._id}`,
        userId: member._id,
        kind: 'application-withdrawn',
        title: {
          vi: `Ứng viên #${returnee.anonymousCode} đã rút đơn`,
          en: `Candidate #${returnee.anonymousCode} withdrew`,
        },
        body: { vi: a.posting.title, en: a.posting.title },
        link: `/employer/applications/${a._id}`,
      });
  }

  const person = returnee.userId
    ? await userModel(connection).findById(returnee.userId, { locale: 1, email: 1 }).lean()
    : null;
  if (returnee.userId)
    await notify(app, {
      key: `${key}:person`,
      userId: returnee.userId,
      kind: 'application-status',
      title: statusText,
      body,
      link: '/me/applications',
    });
  const personEmail = returnee.email ?? person?.email;
  if (personEmail && status !== 'withdrawn')
    await app.mail.enqueue({
      to: personEmail,
      idempotencyKey: `${key}:person`,
      ...renderMail(
        statusChangeMail,
        {
          name: returnee.displayName,
          title: a.posting.title,
          employerName: a.posting.employerName,
          status,
          reason: reasonText,
          url: `${app.config.publicUrl}/me/applications`,
        },
        { locale: person?.locale === 'en' ? 'en' : undefined },
      ),
    });

  if (returnee.counselorId) {
    const counselor = await userModel(connection)
      .findById(returnee.counselorId, { email: 1, displayName: 1, locale: 1, status: 1 })
      .lean();
    await notify(app, {
      key: `${key}:counselor`,
      userId: returnee.counselorId,
      kind: 'application-status',
      title: {
        vi: `${returnee.displayName}: ${statusText.vi.toLowerCase()}`,
        en: `${returnee.displayName}: ${statusText.en.toLowerCase()}`,
      },
      body,
      link: `/counselor/returnees/${returnee._id}/applications`,
    });
    if (counselor?.email && counselor.status === 'active')
      await app.mail.enqueue({
        to: counselor.email,
        idempotencyKey: `${key}:counselor`,
        ...renderMail(
          counselorStatusMail,
          {
            name: counselor.displayName,
            person: returnee.displayName,
            title: a.posting.title,
            employerName: a.posting.employerName,
            status,
            reason: reasonText,
            url: `${app.config.publicUrl}/counselor/returnees/${returnee._id}`,
          },
          { locale: counselor.locale === 'en' ? 'en' : undefined },
        ),
      });
  }
}
