import {
  type Bilingual,
  type CertificateRef,
  certificateLevelById,
  checkPostingRules,
  communeByCode,
  findCertificateLevel,
  foldedKey,
  type ModerationQueueQuery,
  type MyPostingsResponse,
  occupationByCode,
  type PageOf,
  type PostingDetail,
  type PostingInput,
  type PostingListQuery,
  type PostingStatus,
  type PostingSummary,
  provinceByCode,
  SKILLS,
  type SkillRef,
  skillById,
  todayInVietnam,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { claimOnce, releaseClaim } from '../../lib/claims';
import {
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { escapeRegex } from '../../lib/regex';
import { renderMail } from '../../mail/templates';
import { userModel } from '../accounts/model';
import { employerModel } from '../employers/model';
import { postingApprovedMail, postingSentBackMail } from './mail';
import { type PostingRecord, postingModel } from './model';
import { canEditPosting, canModeratePosting, canReadPosting } from './policy';
import { occupationCodesOf, postingSearchKey } from './search';

export const POSTING_MESSAGES = {
  notVerified: {
    vi: 'Doanh nghiệp của bạn chưa được Sở Nội vụ xác minh, nên chưa thể gửi tin đi duyệt. Bạn vẫn có thể soạn và lưu bản nháp; chúng tôi sẽ báo qua email khi xác minh xong.',
    en: 'Your company is not verified by the Department of Home Affairs yet, so postings cannot be submitted. You can still write and save drafts; we will email you once it is verified.',
  },
  noEmployer: {
    vi: 'Tài khoản của bạn chưa gắn với doanh nghiệp nào. Hãy đăng ký doanh nghiệp trước.',
    en: 'Your account is not linked to a company. Please register your company first.',
  },
  changed: {
    vi: 'Tin tuyển dụng vừa được thay đổi ở nơi khác. Vui lòng tải lại trang rồi thử lại.',
    en: 'This posting was just changed elsewhere. Please reload the page and try again.',
  },
  wrongStatus: {
    vi: 'Không thể thực hiện thao tác này khi tin đang ở trạng thái "{status}".',
    en: 'This cannot be done while the posting is "{status}".',
  },
  unknownSkill: {
    vi: 'Không tìm thấy kỹ năng này trong danh mục.',
    en: 'This skill is not in the list.',
  },
  unknownCertificate: {
    vi: 'Không tìm thấy loại chứng chỉ này trong danh mục.',
    en: 'This certificate is not in the list.',
  },
  employerNotVerifiedForApproval: {
    vi: 'Doanh nghiệp đăng tin chưa được xác minh (hoặc đã bị thu hồi xác minh): hãy xác minh doanh nghiệp trước khi duyệt tin.',
    en: "The posting's company is not verified (or its verification was withdrawn): verify the company before approving.",
  },
} satisfies Record<string, Bilingual>;

type Lean = PostingRecord;

function Posting(app: FastifyInstance) {
  return postingModel(app.db.connection);
}

const iso = (date: Date | null | undefined) => date?.toISOString();

async function employerNameOf(app: FastifyInstance, employerId: unknown): Promise<string> {
  const known = app.postingIndex.employerFacts(String(employerId));
  if (known) return known.name;
  const employer = await employerModel(app.db.connection).findById(employerId, { legalName: 1 }).lean();
  return employer?.legalName ?? '';
}

export function toPostingDetail(p: Lean, employerName: string): PostingDetail {
  const occupation = occupationByCode(p.occupationCode);
  const commune = p.communeCode ? communeByCode(p.communeCode) : undefined;
  const skills = (list: { id?: string | null; name: string }[]) =>
    list.map((s) => (s.id ? { id: s.id, name: s.name } : { name: s.name }));
  const certificates = (list: { level?: string | null; occupationCode?: string | null; name: string }[]) =>
    list.map((c) => {
      const out: CertificateRef = { name: c.name };
      if (c.level) out.level = c.level;
      if (c.occupationCode) out.occupationCode = c.occupationCode;
      return out;
    });
  const last = p.moderationNotes?.[p.moderationNotes.length - 1];
  return {
    id: String(p._id),
    employerId: String(p.employerId),
    employerName,
    status: p.status as PostingStatus,
    title: p.title,
    occupationCode: p.occupationCode,
    occupationName: occupation?.nameVi ?? p.occupationCode,
    description: p.description,
    requiredSkills: skills(p.requiredSkills),
    preferredSkills: skills(p.preferredSkills),
    requiredCertificates: certificates(p.requiredCertificates),
    preferredCertificates: certificates(p.preferredCertificates),
    education: (p.education ?? undefined) as PostingDetail['education'],
    vacancies: p.vacancies,
    wageMin: p.wageMin,
    wageMax: p.wageMax,
    employmentType: p.employmentType as PostingDetail['employmentType'],
    shift: p.shift as PostingDetail['shift'],
    benefits: p.benefits as PostingDetail['benefits'],
    provinceCode: p.provinceCode,
    provinceName: provinceByCode(p.provinceCode)?.name ?? p.provinceCode,
    communeCode: p.communeCode ?? undefined,
    communeName: commune?.name,
    address: p.address ?? undefined,
    deadline: p.deadline,
    moderationNotes: (p.moderationNotes ?? []).map((n) => ({
      at: n.at.toISOString(),
      action: n.action as PostingDetail['moderationNotes'][number]['action'],
      byName: n.byName ?? undefined,
      reason: n.reason ?? undefined,
    })),
    sentBackReason:
      p.status === 'draft' && last?.action === 'send-back' ? (p.sentBackReason ?? undefined) : undefined,
    version: p.version,
    publishedAt: iso(p.publishedAt),
    closedAt: iso(p.closedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toPostingSummary(p: Lean, employerName: string): PostingSummary {
  const last = p.moderationNotes?.[p.moderationNotes.length - 1];
  return {
    id: String(p._id),
    employerId: String(p.employerId),
    employerName,
    title: p.title,
    status: p.status as PostingStatus,
    occupationCode: p.occupationCode,
    occupationName: occupationByCode(p.occupationCode)?.nameVi ?? p.occupationCode,
    provinceCode: p.provinceCode,
    provinceName: provinceByCode(p.provinceCode)?.name ?? p.provinceCode,
    communeName: p.communeCode ? communeByCode(p.communeCode)?.name : undefined,
    wageMin: p.wageMin,
    wageMax: p.wageMax,
    vacancies: p.vacancies,
    deadline: p.deadline,
    sentBackReason:
      p.status === 'draft' && last?.action === 'send-back' ? (p.sentBackReason ?? undefined) : undefined,
    submittedAt: iso(p.submittedAt),
    updatedAt: p.updatedAt.toISOString(),
  };
}

// ── input ─────────────────────────────────────────────────────────────────────────────────────────────

const skillByFoldedName = new Map<string, string>();
function taxonomySkillFor(name: string): string | undefined {
  if (skillByFoldedName.size === 0) {
    for (const skill of SKILLS) {
      for (const text of [skill.nameVi, skill.nameVi.replace(/\s*\(.*\)\s*$/, ''), ...skill.synonyms]) {
        const key = foldedKey(text);
        if (!skillByFoldedName.has(key)) skillByFoldedName.set(key, skill.id);
      }
    }
  }
  return skillByFoldedName.get(foldedKey(name));
}

/** Skills: taxonomy ids are checked; free text that names a taxonomy skill exactly gets its id. */
function resolveSkills(
  list: SkillRef[],
  field: string,
  issues: FieldIssue[],
): { id?: string; name: string }[] {
  const out: { id?: string; name: string }[] = [];
  const seen = new Set<string>();
  list.forEach((ref, index) => {
    const name = ref.name.trim();
    const id = ref.id ?? taxonomySkillFor(name);
    if (ref.id && !skillById(ref.id)) {
      issues.push({
        field: `${field}.${index}`,
        code: 'unknown_skill',
        message: POSTING_MESSAGES.unknownSkill,
      });
      return;
    }
    const key = id ?? foldedKey(name);
    if (!name || seen.has(key)) return;
    seen.add(key);
    out.push(id ? { id, name } : { name });
  });
  return out;
}

function resolveCertificates(
  list: CertificateRef[],
  field: string,
  issues: FieldIssue[],
): { level?: string; occupationCode?: string; name: string }[] {
  const out: { level?: string; occupationCode?: string; name: string }[] = [];
  list.forEach((ref, index) => {
    const name = ref.name.trim();
    if (ref.level && !certificateLevelById(ref.level)) {
      issues.push({
        field: `${field}.${index}`,
        code: 'unknown_certificate',
        message: POSTING_MESSAGES.unknownCertificate,
      });
      return;
    }
    const level = ref.level ?? findCertificateLevel(name)?.id;
    const item: { level?: string; occupationCode?: string; name: string } = { name };
    if (level) item.level = level;
    if (ref.occupationCode && occupationByCode(ref.occupationCode)) item.occupationCode = ref.occupationCode;
    if (name) out.push(item);
  });
  return out;
}

/** The schema-checked input, with the domain rules applied; throws a ValidationError listing every problem. */
export function normalizePostingInput(input: PostingInput, now = new Date()) {
  const issues: FieldIssue[] = checkPostingRules(input, now).map((issue) => ({ ...issue }));
  const requiredSkills = resolveSkills(input.requiredSkills, 'requiredSkills', issues);
  const preferredSkills = resolveSkills(input.preferredSkills, 'preferredSkills', issues);
  const requiredCertificates = resolveCertificates(
    input.requiredCertificates,
    'requiredCertificates',
    issues,
  );
  const preferredCertificates = resolveCertificates(
    input.preferredCertificates,
    'preferredCertificates',
    issues,
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    title: input.title.trim(),
    occupationCode: input.occupationCode,
    occupationCodes: occupationCodesOf(input.occupationCode),
    description: input.description.trim(),
    requiredSkills,
    preferredSkills,
    requiredCertificates,
    preferredCertificates,
    education: input.education,
    vacancies: input.vacancies,
    wageMin: input.wageMin,
    wageMax: input.wageMax,
    employmentType: input.employmentType,
    shift: input.shift,
    benefits: [...new Set(input.benefits)],
    provinceCode: input.provinceCode,
    communeCode: input.communeCode || undefined,
    address: input.address?.trim() || undefined,
    deadline: input.deadline,
  };
}

// ── reads ─────────────────────────────────────────────────────────────────────────────────────────────

async function loadPosting(app: FastifyInstance, id: string): Promise<Lean | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  const posting = (await Posting(app).findById(id).lean()) as Lean | null;
  return posting && !posting.deletedAt ? posting : undefined;
}

/** A posting the actor may see in the employer/admin screens, or 404. */
export async function loadPostingFor(
  app: FastifyInstance,
  actor: Actor | null,
  id: string,
  allowed: (actor: Actor | null, posting: Lean) => boolean = canReadPosting,
): Promise<Lean> {
  const posting = await loadPosting(app, id);
  if (!posting || !allowed(actor, posting)) throw new NotFoundError();
  return posting;
}

export async function getPosting(app: FastifyInstance, actor: Actor, id: string): Promise<PostingDetail> {
  const posting = await loadPostingFor(app, actor, id);
  return toPostingDetail(posting, await employerNameOf(app, posting.employerId));
}

function requireEmployerId(actor: Actor): string {
  if (!actor.employerId) throw new ForbiddenError('NO_EMPLOYER', POSTING_MESSAGES.noEmployer);
  return actor.employerId;
}

/** The employer's postings, newest change first, with a count per status. */
export async function listMyPostings(
  app: FastifyInstance,
  actor: Actor,
  query: PostingListQuery,
): Promise<MyPostingsResponse> {
  const employerId = requireEmployerId(actor);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  // One query: an employer has tens or hundreds of postings, and FerretDB scans the collection anyway.
  const all = (await Posting(app)
    .find({ employerId }, { description: 0 })
    .sort({ updatedAt: -1 })
    .lean()) as unknown as Lean[];
  const live = all.filter((p) => !p.deletedAt);
  const counts: Record<string, number> = { draft: 0, pending: 0, open: 0, closed: 0, filled: 0 };
  for (const p of live) counts[p.status] = (counts[p.status] ?? 0) + 1;
  const chosen = query.status ? live.filter((p) => p.status === query.status) : live;
  const employerName = await employerNameOf(app, employerId);
  const employer = await employerModel(app.db.connection).findById(employerId, { verified: 1 }).lean();
  return {
    items: chosen.slice((page - 1) * pageSize, page * pageSize).map((p) => toPostingSummary(p, employerName)),
    total: chosen.length,
    page,
    pageSize,
    counts,
    employerVerified: !!employer?.verified,
  };
}

/** Postings of the admin's provinces waiting for review (oldest first), or open ones. */
export async function moderationQueue(
  app: FastifyInstance,
  actor: Actor,
  query: ModerationQueueQuery & { q?: string },
): Promise<PageOf<PostingSummary>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const provinces = query.provinceCode
    ? actor.provinceCodes.filter((code) => code === query.provinceCode)
    : actor.provinceCodes;
  const filter: Record<string, unknown> = {
    provinceCode: trusted({ $in: provinces }),
    status: query.status ?? 'pending',
  };
  if (query.q?.trim()) filter.searchKey = trusted({ $regex: escapeRegex(foldedKey(query.q)) });
  const found = (await Posting(app)
    .find(filter, { description: 0 })
    .sort({ submittedAt: 1, _id: 1 })
    .lean()) as unknown as Lean[];
  const live = found.filter((p) => !p.deletedAt);
  const items = live.slice((page - 1) * pageSize, page * pageSize);
  const names = new Map<string, string>();
  for (const p of items) {
    const key = String(p.employerId);
    if (!names.has(key)) names.set(key, await employerNameOf(app, p.employerId));
  }
  return {
    items: items.map((p) => toPostingSummary(p, names.get(String(p.employerId)) ?? '')),
    total: live.length,
    page,
    pageSize,
  };
}

// ── writes ────────────────────────────────────────────────────────────────────────────────────────────

interface Change {
  set: Record<string, unknown>;
  unset?: string[];
  note?: { action: string; reason?: string; by?: string; byName?: string };
}

/**
 * Applies one change to a posting exactly once: the claim `posting:<id>:v<version>` lets only one writer
 * move the posting on from the version it read (FerretDB's conditional updates are not atomic). The new
 * version is applied to this instance's index and registry at once.
 */
async function commit(app: FastifyInstance, posting: Lean, change: Change): Promise<Lean> {
  const id = String(posting._id);
  const key = `posting:${id}:v${posting.version}`;
  if (!(await claimOnce(app.db.connection, key)))
    throw new ConflictError('POSTING_CHANGED', POSTING_MESSAGES.changed);
  try {
    const update: Record<string, unknown> = { $set: { ...change.set, version: posting.version + 1 } };
    if (change.unset?.length) update.$unset = Object.fromEntries(change.unset.map((field) => [field, 1]));
    if (change.note) update.$push = { moderationNotes: { at: new Date(), ...change.note } };
    const updated = (await Posting(app)
      .findOneAndUpdate({ _id: posting._id }, update, {
        new: true,
      })
      .lean()) as Lean | null;
    if (!updated) throw new NotFoundError();
    await app.postingIndex.applyRecords([updated]);
    return updated;
  } catch (error) {
    await releaseClaim(app.db.connection, key).catch(() => {});
    throw error;
  }
}

function wrongStatus(status: string): ConflictError {
  return new ConflictError('POSTING_WRONG_STATUS', POSTING_MESSAGES.wrongStatus, { status });
}

async function employerIsVerified(app: FastifyInstance, employerId: unknown): Promise<boolean> {
  const employer = await employerModel(app.db.connection).findById(employerId, { verified: 1 }).lean();
  return !!employer?.verified;
}

export async function createPosting(
  app: FastifyInstance,
  request: FastifyRequest,
  input: PostingInput,
): Promise<PostingDetail> {
  const actor = request.requireActor();
  const employerId = requireEmployerId(actor);
  const data = normalizePostingInput(input);
  const employerName = await employerNameOf(app, employerId);
  const created = await Posting(app).create({
    ...data,
    employerId,
    status: 'draft',
    version: 1,
    createdBy: actor.id,
    searchKey: postingSearchKey({ ...data, employerName }),
  });
  return toPostingDetail(created.toObject() as Lean, employerName);
}

/** JSON with sorted keys and no empty values, to compare stored and submitted values. */
function canonical(value: unknown): string {
  const normal = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normal);
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object' && !(v instanceof Types.ObjectId))
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, inner]) => inner !== undefined && inner !== null && inner !== '')
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, inner]) => [key, normal(inner)]),
      );
    return v === undefined || v === '' ? null : v;
  };
  return JSON.stringify(normal(value));
}

/** Fields whose change does not need a new review of an open posting. */
const MINOR_FIELDS = new Set(['vacancies', 'deadline']);

export async function updatePosting(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  input: PostingInput,
): Promise<PostingDetail> {
  const actor = request.requireActor();
  const posting = await loadPostingFor(app, actor, id, canEditPosting);
  if (posting.status === 'closed' || posting.status === 'filled') throw wrongStatus(posting.status);
  const data = normalizePostingInput(input);
  const employerName = await employerNameOf(app, posting.employerId);
  const set: Record<string, unknown> = { ...data, searchKey: postingSearchKey({ ...data, employerName }) };
  const unset = Object.entries(data)
    .filter(([, value]) => value === undefined)
    .map(([field]) => field);
  for (const field of unset) delete set[field];
  let note: Change['note'];
  if (posting.status === 'open') {
    // An open posting changed in substance goes back to review: moderation cannot be side-stepped by
    // editing after approval.
    const before = posting as unknown as Record<string, unknown>;
    const substantial = Object.entries(data).some(
      ([field, value]) => !MINOR_FIELDS.has(field) && canonical(value) !== canonical(before[field]),
    );
    if (substantial) {
      set.status = 'pending';
      set.submittedAt = new Date();
      note = { action: 'reopen-review', by: actor.id, byName: actor.displayName };
    }
  }
  const updated = await commit(app, posting, { set, unset, note });
  return toPostingDetail(updated, employerName);
}

export async function submitPosting(app: FastifyInstance, request: FastifyRequest, id: string) {
  const actor = request.requireActor();
  const posting = await loadPostingFor(app, actor, id, canEditPosting);
  if (posting.status !== 'draft') throw wrongStatus(posting.status);
  if (!(await employerIsVerified(app, posting.employerId)))
    throw new ForbiddenError('EMPLOYER_NOT_VERIFIED', POSTING_MESSAGES.notVerified);
  // The rules again: a draft saved weeks ago may now have a deadline in the past.
  normalizePostingInput(toPostingDetail(posting, '') as unknown as PostingInput);
  const updated = await commit(app, posting, {
    set: { status: 'pending', submittedAt: new Date() },
    unset: ['sentBackReason'],
    note: { action: 'submit', by: actor.id, byName: actor.displayName },
  });
  return toPostingDetail(updated, await employerNameOf(app, posting.employerId));
}

export async function approvePosting(app: FastifyInstance, request: FastifyRequest, id: string) {
  const actor = request.requireActor();
  const posting = await loadPostingFor(app, actor, id, canModeratePosting);
  if (posting.status !== 'pending') throw wrongStatus(posting.status);
  if (!(await employerIsVerified(app, posting.employerId)))
    throw new ConflictError('EMPLOYER_NOT_VERIFIED', POSTING_MESSAGES.employerNotVerifiedForApproval);
  const updated = await commit(app, posting, {
    set: { status: 'open', publishedAt: posting.publishedAt ?? new Date() },
    unset: ['sentBackReason'],
    note: { action: 'approve', by: actor.id, byName: actor.displayName },
  });
  await app.audit.record(request, {
    action: 'posting.approve',
    subjectType: 'posting',
    subjectId: id,
    fields: ['status'],
    provinceCode: posting.provinceCode,
  });
  await notifyEmployer(app, updated, 'approved');
  return toPostingDetail(updated, await employerNameOf(app, posting.employerId));
}

export async function sendBackPosting(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  reason: string,
) {
  const actor = request.requireActor();
  const posting = await loadPostingFor(app, actor, id, canModeratePosting);
  if (posting.status !== 'pending') throw wrongStatus(posting.status);
  const text = reason.trim();
  const updated = await commit(app, posting, {
    set: { status: 'draft', sentBackReason: text },
    note: { action: 'send-back', by: actor.id, byName: actor.displayName, reason: text },
  });
  await app.audit.record(request, {
    action: 'posting.send-back',
    subjectType: 'posting',
    subjectId: id,
    fields: ['status', 'sentBackReason'],
    provinceCode: posting.provinceCode,
  });
  await notifyEmployer(app, updated, 'sent-back', text);
  return toPostingDetail(updated, await employerNameOf(app, posting.employerId));
}

/** The employer closes (or marks filled) its posting; a province admin may take one down. */
export async function closePosting(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  outcome: 'closed' | 'filled' = 'closed',
) {
  const actor = request.requireActor();
  const posting = await loadPostingFor(
    app,
    actor,
    id,
    (who, p) => canEditPosting(who, p) || canModeratePosting(who, p),
  );
  if (posting.status === 'closed' || posting.status === 'filled') throw wrongStatus(posting.status);
  const byAdmin = !canEditPosting(actor, posting);
  const updated = await commit(app, posting, {
    set: { status: outcome, closedAt: new Date() },
    note: { action: outcome === 'filled' ? 'fill' : 'close', by: actor.id, byName: actor.displayName },
  });
  if (byAdmin) {
    await app.audit.record(request, {
      action: 'posting.take-down',
      subjectType: 'posting',
      subjectId: id,
      fields: ['status'],
      provinceCode: posting.provinceCode,
    });
  }
  return toPostingDetail(updated, await employerNameOf(app, posting.employerId));
}

/**
 * Marks postings as shown at a fair (booth approved) or not any more (booth rejected), so the job board's
 * fair filter finds them. Called by the fairs module; a posting changed by someone at the same moment is
 * re-read and tried again.
 */
export async function setPostingsAtFair(
  app: FastifyInstance,
  postingIds: string[],
  fairId: string,
  atFair: boolean,
) {
  for (const id of postingIds) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const posting = (await Posting(app).findById(id).lean()) as Lean | null;
      if (!posting) break;
      const current = (posting.fairIds ?? []).map(String);
      if (current.includes(fairId) === atFair) break;
      const fairIds = atFair ? [...current, fairId] : current.filter((f) => f !== fairId);
      try {
        await commit(app, posting, { set: { fairIds: fairIds.map((f) => new Types.ObjectId(f)) } });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'POSTING_CHANGED') throw error;
      }
    }
  }
}

/** Drafts only: the document stays as a tombstone (`deletedAt`) for the search sync. */
export async function deletePosting(app: FastifyInstance, request: FastifyRequest, id: string) {
  const actor = request.requireActor();
  const posting = await loadPostingFor(app, actor, id, canEditPosting);
  if (posting.status !== 'draft') throw wrongStatus(posting.status);
  await commit(app, posting, { set: { deletedAt: new Date() } });
}

/** The sweeper: open postings whose deadline has passed are closed (each exactly once across instances). */
export async function closeExpiredPostings(app: FastifyInstance): Promise<number> {
  const today = todayInVietnam();
  const expired = (await Posting(app)
    .find({ status: 'open', deadline: trusted({ $lt: today }) })
    .lean()) as unknown as Lean[];
  let closed = 0;
  for (const posting of expired) {
    try {
      await commit(app, posting, {
        set: { status: 'closed', closedAt: new Date() },
        note: { action: 'expire' },
      });
      closed += 1;
    } catch (error) {
      // Someone else changed it first; the next sweep sees its new state.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return closed;
}

async function notifyEmployer(
  app: FastifyInstance,
  posting: Lean,
  event: 'approved' | 'sent-back',
  reason?: string,
): Promise<void> {
  const members = await userModel(app.db.connection)
    .find({ employerId: posting.employerId, status: 'active' }, { email: 1, displayName: 1, locale: 1 })
    .lean();
  const url =
    event === 'approved'
      ? `${app.config.publicUrl}/jobs/${posting._id}`
      : `${app.config.publicUrl}/employer/postings/${posting._id}`;
  for (const member of members) {
    if (!member.email) continue;
    const params = { name: member.displayName, title: posting.title, url };
    const mail =
      event === 'approved'
        ? renderMail(postingApprovedMail, params)
        : renderMail(postingSentBackMail, { ...params, reason: reason ?? '' });
    await app.mail.enqueue({
      to: member.email,
      idempotencyKey: `posting-${event}:${posting._id}:v${posting.version}:${member._id}`,
      ...mail,
    });
  }
}
