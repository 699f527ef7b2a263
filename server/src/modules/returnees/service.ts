import { randomInt } from 'node:crypto';
import type {
  CreateReturneeBody,
  PageOf,
  ReturneeListQuery,
  ReturneeProfile,
  ReturneeSummary,
  UpdateReturneeProfileBody,
} from '@ctn/shared';
import {
  certificateLevelById,
  communeByCode,
  foldedKey,
  occupationByCode,
  provinceByCode,
  SKILLS,
  skillById,
} from '@ctn/shared';
import { normalizeVietnamesePhone } from '@ctn/shared/taxonomy/identifiers';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, inProvinceScope, isAdminOf } from '../../auth/actor';
import { emitChange } from '../../lib/changes';
import { claimOnce } from '../../lib/claims';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { findPage, foldedContains } from '../../lib/pagination';
import { claimLogins, userSearchKey } from '../accounts/identity';
import { ACCOUNT_MESSAGES } from '../accounts/messages';
import { userModel } from '../accounts/model';
import { issueActivationCode } from '../accounts/tokens';
import { type ReturneeRecord, returneeModel } from './model';
import {
  canActForReturnee,
  canAssignReturnee,
  canEditReturnee,
  canReadReturnee,
  returneeListScope,
} from './policy';

type LeanReturnee = ReturneeRecord;

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function toReturneeSummary(r: LeanReturnee): ReturneeSummary {
  return {
    id: String(r._id),
    displayName: r.displayName,
    anonymousCode: r.anonymousCode,
    birthYear: r.birthYear ?? undefined,
    gender: r.gender ?? undefined,
    phone: r.phone ?? undefined,
    email: r.email ?? undefined,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode ?? undefined,
    status: r.status,
    counselorId: r.counselorId ? String(r.counselorId) : undefined,
    hasAccount: !!r.userId,
    lastContactAt: r.lastContactAt?.toISOString(),
    createdAt: r.createdAt.toISOString(),
  };
}

export function toReturneeProfile(r: LeanReturnee): ReturneeProfile {
  return {
    ...toReturneeSummary(r),
    skills: (r.skills ?? []).map((skill) => ({
      label: skill.label,
      ...(skill.skillId ? { skillId: skill.skillId } : {}),
    })),
    certificates: (r.certificates ?? []).map((c) => ({
      id: String(c._id),
      level: c.level,
      occupationCode: c.occupationCode ?? undefined,
      issuer: c.issuer ?? undefined,
      year: c.year ?? undefined,
      verified: !!c.verified,
      verifiedAt: c.verifiedAt?.toISOString(),
    })),
    workHistory: (r.workHistory ?? []).map((w) => ({
      title: w.title,
      occupationCode: w.occupationCode ?? undefined,
      employer: w.employer ?? undefined,
      fromYear: w.fromYear ?? undefined,
      toYear: w.toYear ?? undefined,
    })),
    educationLevel: (r.educationLevel ?? undefined) as ReturneeProfile['educationLevel'],
    educationNote: r.educationNote ?? undefined,
    desiredOccupations: [...(r.desiredOccupations ?? [])],
    acceptableProvinces: [...(r.acceptableProvinces ?? [])],
    willingToRelocate: !!r.willingToRelocate,
    expectedWage: r.expectedWage ?? undefined,
    availability: {
      from: r.availableFrom?.toISOString().slice(0, 10),
      shifts: [...(r.shifts ?? [])] as ReturneeProfile['availability']['shifts'],
      employmentTypes: [...(r.employmentTypes ?? [])] as ReturneeProfile['availability']['employmentTypes'],
    },
    needs: [...(r.needs ?? [])] as ReturneeProfile['needs'],
    updatedAt: r.updatedAt?.toISOString(),
  };
}

/**
 * Loads a returnee the actor may see, or 404 — the same answer whether the id does not exist or belongs to
 * someone else's caseload, so ids in URLs reveal nothing.
 */
export async function loadReturneeFor(
  app: FastifyInstance,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, r: LeanReturnee) => boolean = canReadReturnee,
): Promise<LeanReturnee> {
  if (!Types.ObjectId.isValid(id)) throw new NotFoundError();
  const returnee = await returneeModel(app.db.connection).findById(id);
  if (!returnee || !allowed(actor, returnee)) throw new NotFoundError();
  return returnee;
}

async function uniqueAnonymousCode(app: FastifyInstance): Promise<string> {
  const Returnee = returneeModel(app.db.connection);
  for (;;) {
    const code = Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    if (!(await Returnee.exists({ anonymousCode: code }))) return code;
  }
}

function phoneIssue(raw: string | undefined): { phone?: string; invalid: boolean } {
  if (!raw?.trim()) return { invalid: false };
  const phone = normalizeVietnamesePhone(raw) ?? undefined;
  return { phone, invalid: !phone };
}

export async function createReturnee(
  app: FastifyInstance,
  request: FastifyRequest,
  body: CreateReturneeBody,
) {
  const actor = request.requireActor();
  // Counselors create in their own provinces and the person joins their caseload; admins create unassigned.
  if (!inProvinceScope(actor, body.provinceCode)) throw new ForbiddenError();
  const { phone, invalid } = phoneIssue(body.phone);
  if (invalid)
    throw new ValidationError([{ field: 'phone', code: 'phone', message: ACCOUNT_MESSAGES.invalidPhone }]);
  const returnee = await returneeModel(app.db.connection).create({
    displayName: body.displayName.trim(),
    birthYear: body.birthYear,
    gender: body.gender,
    phone,
    email: body.email?.trim().toLowerCase(),
    provinceCode: body.provinceCode,
    communeCode: body.communeCode,
    counselorId: hasRole(actor, 'counselor') ? actor.id : undefined,
    anonymousCode: await uniqueAnonymousCode(app),
    searchKey: userSearchKey({ displayName: body.displayName, phone }),
    lastContactAt: new Date(),
    createdBy: actor.id,
  });
  await emitChange(app, 'returnee', String(returnee._id));
  return toReturneeSummary(returnee);
}

/**
 * Named caseload filters other modules add: the fairs module registers `fair` so `?filter=fair:<id>` lists
 * the people registered for an upcoming fair. The function returns the returnee ids that pass; the
 * caseload scope (my people only) still applies on top.
 */
export type CaseloadFilter = (app: FastifyInstance, actor: Actor, argument?: string) => Promise<string[]>;
const caseloadFilters = new Map<string, CaseloadFilter>();
export function registerCaseloadFilter(name: string, filter: CaseloadFilter): void {
  caseloadFilters.set(name, filter);
}

export async function listReturnees(
  app: FastifyInstance,
  actor: Actor,
  query: ReturneeListQuery,
): Promise<PageOf<ReturneeSummary>> {
  let filter: Record<string, unknown> | undefined;
  if (query.unassigned) {
    // Assigning needs to see people in my provinces nobody has taken yet (names only, for the assignment).
    if (!hasRole(actor, 'admin', 'counselor')) throw new ForbiddenError();
    filter = { provinceCode: trusted({ $in: actor.provinceCodes }), counselorId: null };
  } else {
    filter = returneeListScope(actor);
  }
  if (!filter) throw new ForbiddenError();
  if (query.status) filter = { ...filter, status: query.status };
  if (query.need) filter = { ...filter, needs: query.need };
  if (query.noContactDays) {
    const before = new Date(Date.now() - query.noContactDays * 86_400_000);
    filter = { ...filter, lastContactAt: trusted({ $lte: before }) };
  }
  if (query.filter) {
    const [name = '', argument] = query.filter.split(':');
    const named = caseloadFilters.get(name);
    if (!named) throw new NotFoundError();
    const ids = await named(app, actor, argument);
    filter = { ...filter, _id: trusted({ $in: ids.filter((id) => Types.ObjectId.isValid(id)) }) };
  }
  const search = foldedContains(query.q);
  if (search) filter = { ...filter, searchKey: search };
  return findPage(
    returneeModel(app.db.connection),
    filter,
    query,
    { lastContactAt: -1, _id: -1 },
    toReturneeSummary,
  );
}

export async function assignReturnee(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  counselorId?: string,
) {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(
    app,
    actor,
    id,
    (a, r) => canAssignReturnee(a, r) || canReadReturnee(a, r),
  );
  if (!canAssignReturnee(actor, returnee)) throw new ForbiddenError();
  let target = actor.id;
  if (counselorId && counselorId !== actor.id) {
    if (!isAdminOf(actor, returnee.provinceCode)) throw new ForbiddenError();
    const counselor = await userModel(app.db.connection).findById(counselorId).lean();
    if (
      !counselor ||
      !counselor.roles.includes('counselor') ||
      !counselor.provinceCodes.includes(returnee.provinceCode)
    ) {
      throw new NotFoundError();
    }
    target = counselorId;
  } else if (!hasRole(actor, 'counselor')) {
    throw new ForbiddenError();
  }
  // One decision per version of the assignment: two counselors clicking "take" at once both try to claim
  // the move away from the same version, and only one insert succeeds (conditional updates are not atomic
  // on FerretDB; see lib/claims.ts).
  const version = returnee.assignmentVersion ?? 0;
  if (!(await claimOnce(app.db.connection, `returnee-assign:${returnee._id}:v${version}`, actor.id)))
    throw new NotFoundError();
  const updated = await returneeModel(app.db.connection).findOneAndUpdate(
    { _id: returnee._id },
    { $set: { counselorId: target, assignmentVersion: version + 1 } },
    { returnDocument: 'after' },
  );
  if (!updated) throw new NotFoundError();
  await app.audit.record(request, {
    action: 'returnee.assign',
    subjectType: 'returnee',
    subjectId: String(returnee._id),
    fields: ['counselorId'],
    provinceCode: returnee.provinceCode,
  });
  await emitChange(app, 'returnee', String(returnee._id));
  return toReturneeSummary(updated);
}

/**
 * Opens a sign-in account for a returnee and returns a one-time activation code for the counselor to
 * hand over. The person signs in later with their phone (or email) and the password they choose.
 */
export async function createReturneeAccount(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: { phone?: string; email?: string },
) {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, id, canActForReturnee);
  const { phone, invalid } = phoneIssue(body.phone ?? returnee.phone ?? undefined);
  if (invalid)
    throw new ValidationError([{ field: 'phone', code: 'phone', message: ACCOUNT_MESSAGES.invalidPhone }]);
  const email = (body.email ?? returnee.email ?? undefined)?.trim().toLowerCase();
  if (!phone && !email) {
    throw new ValidationError([
      {
        field: 'phone',
        code: 'required',
        message: {
          vi: 'Cần số điện thoại (hoặc email) để người này đăng nhập sau này.',
          en: 'A phone number (or email) is needed for this person to sign in later.',
        },
      },
    ]);
  }

  const Users = userModel(app.db.connection);
  let userId = returnee.userId ? String(returnee.userId) : undefined;
  if (!userId) {
    const newId = new Types.ObjectId();
    const keys = [...(phone ? [`phone:${phone}`] : []), ...(email ? [`email:${email}`] : [])];
    const taken = await claimLogins(app.db.connection, newId, keys);
    if (taken.length) {
      const field = taken[0]?.startsWith('email:') ? 'email' : 'phone';
      throw new ValidationError([
        {
          field,
          code: `${field}_taken`,
          message: field === 'email' ? ACCOUNT_MESSAGES.emailTaken : ACCOUNT_MESSAGES.phoneTaken,
        },
      ]);
    }
    await Users.create({
      _id: newId,
      displayName: returnee.displayName,
      phone,
      email,
      roles: ['returnee'],
      provinceCodes: [returnee.provinceCode],
      returneeId: returnee._id,
      status: 'invited',
      searchKey: userSearchKey({ displayName: returnee.displayName, phone, email }),
      createdBy: actor.id,
    });
    await returneeModel(app.db.connection).updateOne(
      { _id: returnee._id },
      { $set: { userId: newId, phone, email } },
    );
    userId = String(newId);
  }
  const code = await issueActivationCode(app, userId);
  await app.audit.record(request, {
    action: 'returnee.account.code',
    subjectType: 'returnee',
    subjectId: String(returnee._id),
    fields: ['activationCode'],
    provinceCode: returnee.provinceCode,
  });
  return { userId, activationCode: code, expiresInDays: 7, signInWith: phone ?? email ?? '' };
}

const PROFILE_MESSAGES = {
  skill: { vi: 'Kỹ năng này không có trong danh mục.', en: 'This skill is not in the list.' },
  level: {
    vi: 'Chọn loại và cấp chứng chỉ trong danh sách.',
    en: 'Choose the kind and level of certificate from the list.',
  },
  occupation: {
    vi: 'Mã nghề không có trong danh mục nghề nghiệp Việt Nam (VSCO).',
    en: 'This occupation code is not in the Vietnamese occupation list (VSCO).',
  },
  province: { vi: 'Mã tỉnh không hợp lệ.', en: 'Unknown province code.' },
  commune: {
    vi: 'Xã/phường này không thuộc tỉnh của người này.',
    en: "This commune is not in the person's province.",
  },
  years: { vi: 'Năm bắt đầu phải trước năm kết thúc.', en: 'The start year must come before the end year.' },
};

/** A taxonomy skill for a label typed or picked from the list (name or synonym, with or without accents). */
function skillForLabel(label: string) {
  const key = foldedKey(label);
  return SKILLS.find(
    (skill) =>
      foldedKey(skill.nameVi) === key || skill.synonyms.some((synonym) => foldedKey(synonym) === key),
  );
}

function certificateFacts(c: {
  level: string;
  occupationCode?: string | null;
  issuer?: string | null;
  year?: number | null;
}) {
  return JSON.stringify([c.level, c.occupationCode ?? '', c.issuer ?? '', c.year ?? 0]);
}

/** Who is editing: the person themselves, or staff acting for them (counselor, admin). */
function isSelf(actor: Actor, returnee: { _id: unknown }) {
  return !!actor.returneeId && String(actor.returneeId) === String(returnee._id);
}

/**
 * Saves the sections sent (a profile is completed over several visits). Every section is checked before
 * anything is written, so a mistake in one field loses nothing: the form shows the problem and keeps what
 * was typed. Certificates keep their verification only while their facts stay the same.
 */
export async function updateProfile(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: UpdateReturneeProfileBody,
): Promise<ReturneeProfile> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, id, canEditReturnee);
  const self = isSelf(actor, returnee);
  const issues: FieldIssue[] = [];
  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  const assign = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null || value === '') unset[key] = 1;
    else set[key] = value;
  };

  if (body.displayName !== undefined) set.displayName = body.displayName.trim();
  assign('birthYear', body.birthYear);
  assign('gender', body.gender);
  if (body.phone !== undefined) {
    const { phone, invalid } = phoneIssue(body.phone ?? undefined);
    if (invalid) issues.push({ field: 'phone', code: 'phone', message: ACCOUNT_MESSAGES.invalidPhone });
    else assign('phone', phone ?? null);
  }
  if (body.email !== undefined) assign('email', body.email?.trim().toLowerCase() ?? null);
  if (body.communeCode) {
    const commune = communeByCode(body.communeCode);
    if (commune && commune.provinceCode !== returnee.provinceCode)
      issues.push({ field: 'communeCode', code: 'commune', message: PROFILE_MESSAGES.commune });
  }
  assign('communeCode', body.communeCode);
  if (body.status !== undefined && !self) set.status = body.status;

  if (body.skills) {
    const seen = new Set<string>();
    const skills: { skillId?: string; label: string }[] = [];
    body.skills.forEach((input, index) => {
      const label = input.label.trim().replace(/\s+/g, ' ');
      const skill = input.skillId ? skillById(input.skillId) : skillForLabel(label);
      if (input.skillId && !skill) {
        issues.push({ field: `skills.${index}`, code: 'skill', message: PROFILE_MESSAGES.skill });
        return;
      }
      const key = skill ? skill.id : `free:${foldedKey(label)}`;
      if (!label || seen.has(key)) return;
      seen.add(key);
      skills.push(skill ? { skillId: skill.id, label: skill.nameVi } : { label });
    });
    set.skills = skills;
  }

  if (body.certificates) {
    const existing = new Map((returnee.certificates ?? []).map((c) => [String(c._id), c]));
    set.certificates = body.certificates.map((input, index) => {
      if (!certificateLevelById(input.level))
        issues.push({ field: `certificates.${index}.level`, code: 'level', message: PROFILE_MESSAGES.level });
      if (input.occupationCode && !occupationByCode(input.occupationCode))
        issues.push({
          field: `certificates.${index}.occupationCode`,
          code: 'occupation',
          message: PROFILE_MESSAGES.occupation,
        });
      const before = input.id ? existing.get(input.id) : undefined;
      const unchanged = before && certificateFacts(before) === certificateFacts(input);
      return {
        _id: before ? before._id : new Types.ObjectId(),
        level: input.level,
        occupationCode: input.occupationCode,
        issuer: input.issuer?.trim() || undefined,
        year: input.year,
        verified: unchanged ? !!before.verified : false,
        verifiedAt: unchanged ? before.verifiedAt : undefined,
        verifiedBy: unchanged ? before.verifiedBy : undefined,
      };
    });
  }

  if (body.workHistory) {
    body.workHistory.forEach((entry, index) => {
      if (entry.occupationCode && !occupationByCode(entry.occupationCode))
        issues.push({
          field: `workHistory.${index}.occupationCode`,
          code: 'occupation',
          message: PROFILE_MESSAGES.occupation,
        });
      if (entry.fromYear && entry.toYear && entry.fromYear > entry.toYear)
        issues.push({ field: `workHistory.${index}.toYear`, code: 'years', message: PROFILE_MESSAGES.years });
    });
    set.workHistory = body.workHistory.map((entry) => ({ ...entry, title: entry.title.trim() }));
  }
  assign('educationLevel', body.educationLevel);
  if (body.educationNote !== undefined) assign('educationNote', body.educationNote?.trim() || null);

  if (body.desiredOccupations) {
    body.desiredOccupations.forEach((code, index) => {
      if (!occupationByCode(code))
        issues.push({
          field: `desiredOccupations.${index}`,
          code: 'occupation',
          message: PROFILE_MESSAGES.occupation,
        });
    });
    set.desiredOccupations = body.desiredOccupations;
  }
  if (body.acceptableProvinces) {
    body.acceptableProvinces.forEach((code, index) => {
      if (!provinceByCode(code))
        issues.push({
          field: `acceptableProvinces.${index}`,
          code: 'province',
          message: PROFILE_MESSAGES.province,
        });
    });
    set.acceptableProvinces = body.acceptableProvinces;
  }
  assign('willingToRelocate', body.willingToRelocate);
  assign('expectedWage', body.expectedWage);
  if (body.availability) {
    assign('availableFrom', body.availability.from ? new Date(`${body.availability.from}T00:00:00Z`) : null);
    set.shifts = body.availability.shifts;
    set.employmentTypes = body.availability.employmentTypes;
  }
  if (body.needs) set.needs = body.needs;

  if (issues.length) throw new ValidationError(issues);
  if (set.displayName !== undefined || set.phone !== undefined || unset.phone)
    set.searchKey = userSearchKey({
      displayName: (set.displayName as string | undefined) ?? returnee.displayName,
      phone: unset.phone ? undefined : ((set.phone as string | undefined) ?? returnee.phone ?? undefined),
    });
  // A counselor's visit counts as contact; the person updating their own profile does too.
  set.lastContactAt = new Date();
  const update: Record<string, unknown> = { $set: set };
  if (Object.keys(unset).length) update.$unset = unset;
  const updated = await returneeModel(app.db.connection)
    .findOneAndUpdate({ _id: returnee._id }, update, { returnDocument: 'after' })
    .lean();
  if (!updated) throw new NotFoundError();
  await app.audit.record(request, {
    action: 'returnee.update',
    subjectType: 'returnee',
    subjectId: String(returnee._id),
    fields: [...Object.keys(set), ...Object.keys(unset)].filter(
      (f) => f !== 'searchKey' && f !== 'lastContactAt',
    ),
    provinceCode: returnee.provinceCode,
  });
  await emitChange(app, 'returnee', String(returnee._id));
  return toReturneeProfile(updated as LeanReturnee);
}

/** A counselor (or admin) marks a certificate verified after seeing the paper, or takes that back. */
export async function verifyCertificate(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  certificateId: string,
  verified: boolean,
): Promise<ReturneeProfile> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, id, canActForReturnee);
  const Returnee = returneeModel(app.db.connection);
  const doc = await Returnee.findById(returnee._id);
  const certificate = doc?.certificates.find((c) => String(c._id) === certificateId);
  if (!doc || !certificate) throw new NotFoundError();
  certificate.verified = verified;
  certificate.verifiedAt = verified ? new Date() : undefined;
  certificate.verifiedBy = verified ? (actor.id as never) : undefined;
  await doc.save();
  await app.audit.record(request, {
    action: verified ? 'returnee.certificate.verify' : 'returnee.certificate.unverify',
    subjectType: 'returnee',
    subjectId: String(returnee._id),
    fields: [`certificates.${certificateId}`],
    provinceCode: returnee.provinceCode,
  });
  await emitChange(app, 'returnee', String(returnee._id));
  return toReturneeProfile(doc.toObject() as LeanReturnee);
}

/** Set by the applications module when someone is hired (and back to seeking if it is undone). */
export async function setReturneeStatus(
  app: FastifyInstance,
  returneeId: string,
  status: ReturneeSummary['status'],
): Promise<void> {
  await returneeModel(app.db.connection).updateOne({ _id: returneeId }, { $set: { status } });
  await emitChange(app, 'returnee', returneeId);
}
