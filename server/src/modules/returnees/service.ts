import { randomInt } from 'node:crypto';
import type { CreateReturneeBody, PageOf, ReturneeListQuery, ReturneeSummary } from '@ctn/shared';
import { foldVietnamese } from '@ctn/shared';
import { normalizeVietnamesePhone } from '@ctn/shared/taxonomy/identifiers';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, inProvinceScope, isAdminOf } from '../../auth/actor';
import { claimOnce } from '../../lib/claims';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { escapeRegex } from '../../lib/regex';
import { claimLogins, userSearchKey } from '../accounts/identity';
import { ACCOUNT_MESSAGES } from '../accounts/messages';
import { userModel } from '../accounts/model';
import { issueActivationCode } from '../accounts/tokens';
import { type ReturneeRecord, returneeModel } from './model';
import { canActForReturnee, canAssignReturnee, canReadReturnee, returneeListScope } from './policy';

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
  return toReturneeSummary(returnee);
}

export async function listReturnees(
  app: FastifyInstance,
  actor: Actor,
  query: ReturneeListQuery,
): Promise<PageOf<ReturneeSummary>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
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
  if (query.q?.trim())
    filter = { ...filter, searchKey: trusted({ $regex: escapeRegex(foldVietnamese(query.q.trim())) }) };
  const Returnee = returneeModel(app.db.connection);
  const [items, total] = await Promise.all([
    Returnee.find(filter)
      .sort({ lastContactAt: -1, _id: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    Returnee.countDocuments(filter),
  ]);
  return { items: items.map((r) => toReturneeSummary(r as LeanReturnee)), total, page, pageSize };
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
