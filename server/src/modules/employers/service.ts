import type {
  EmployerAdminQuery,
  EmployerDetail,
  EmployerPublic,
  PageOf,
  UpdateEmployerProfileBody,
} from '@ctn/shared';
import { communeByCode } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { findPage, foldedContains } from '../../lib/pagination';
import { userModel } from '../accounts/model';
import { type EmployerRecord, employerModel } from './model';
import { canManageEmployer, canVerifyEmployer } from './policy';

type LeanEmployer = EmployerRecord;

export function toEmployerPublic(e: LeanEmployer): EmployerPublic {
  return {
    id: String(e._id),
    legalName: e.legalName,
    industry: e.industry ?? undefined,
    provinceCode: e.provinceCode,
    communeCode: e.communeCode ?? undefined,
    address: e.address ?? undefined,
    description: e.description ?? undefined,
    website: e.website ?? undefined,
    verified: e.verified,
    fairChancePledge: e.fairChancePledge,
  };
}

export function toEmployerDetail(e: LeanEmployer): EmployerDetail {
  return {
    ...toEmployerPublic(e),
    taxCode: e.taxCode,
    contactName: e.contactName ?? undefined,
    contactEmail: e.contactEmail ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
    verifiedAt: e.verifiedAt?.toISOString(),
    createdAt: e.createdAt.toISOString(),
  };
}

/** Employers registered in the admin's provinces, unverified first. */
export async function listEmployersForAdmin(
  app: FastifyInstance,
  actor: Actor,
  query: EmployerAdminQuery,
): Promise<PageOf<EmployerDetail>> {
  const filter: Record<string, unknown> = { provinceCode: trusted({ $in: actor.provinceCodes }) };
  if (query.verified !== undefined) filter.verified = query.verified;
  const search = foldedContains(query.q);
  if (search) filter.searchKey = search;
  return findPage(
    employerModel(app.db.connection),
    filter,
    query,
    { verified: 1, createdAt: -1 },
    toEmployerDetail,
  );
}

export async function setEmployerVerified(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  verified: boolean,
) {
  const actor = request.requireActor();
  const Employer = employerModel(app.db.connection);
  const employer = await Employer.findById(id);
  if (!employer || !canVerifyEmployer(actor, employer)) throw new NotFoundError();
  if (employer.verified !== verified) {
    employer.verified = verified;
    employer.verifiedAt = verified ? new Date() : undefined;
    employer.verifiedBy = verified ? (actor.id as never) : undefined;
    await employer.save();
    // Its postings appear on (or leave) the job board at once on this instance; others follow by sync.
    await app.postingIndex.refreshEmployer(String(employer._id));
    await app.audit.record(request, {
      action: verified ? 'employer.verify' : 'employer.unverify',
      subjectType: 'employer',
      subjectId: String(employer._id),
      fields: ['verified'],
      provinceCode: employer.provinceCode,
    });
    if (verified) {
      const members = await userModel(app.db.connection)
        .find({ employerId: employer._id, status: 'active' })
        .lean();
      for (const member of members.filter((m) => m.email)) {
        await app.mail.enqueue({
          to: member.email!,
          kind: 'employer-verified',
          idempotencyKey: `employer-verified:${employer._id}:${member._id}`,
          subject: `${employer.legalName} đã được xác minh / is verified`,
          text:
            `Chào ${member.displayName},\n\n${employer.legalName} đã được Sở Nội vụ xác minh. Từ nay bạn có thể đăng tin tuyển dụng và đăng ký gian hàng tại phiên chợ việc làm: ${app.config.publicUrl}/employer\n\n— — —\n\n` +
            `Hello ${member.displayName},\n\n${employer.legalName} has been verified. You can now publish job postings and book job-fair booths: ${app.config.publicUrl}/employer\n`,
        });
      }
    }
  }
  return toEmployerDetail(employer.toObject() as LeanEmployer);
}

/** The company as its own members and its province's admins see it; 404 for anyone else. */
export async function getEmployerForMember(app: FastifyInstance, actor: Actor, id: string) {
  const employer = Types.ObjectId.isValid(id)
    ? await employerModel(app.db.connection).findById(id).lean()
    : null;
  if (!employer || !canManageEmployer(actor, employer)) throw new NotFoundError();
  return toEmployerDetail(employer as LeanEmployer);
}

const COMMUNE_NOT_IN_PROVINCE = {
  vi: 'Xã/phường này không thuộc tỉnh/thành phố nơi doanh nghiệp đăng ký.',
  en: "This commune is not in the company's province.",
};

/** Members edit the public profile: description, website, address, commune, industry. */
export async function updateEmployerProfile(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: UpdateEmployerProfileBody,
): Promise<EmployerDetail> {
  const actor = request.requireActor();
  const Employer = employerModel(app.db.connection);
  const employer = Types.ObjectId.isValid(id) ? await Employer.findById(id) : null;
  if (!employer || !canManageEmployer(actor, employer)) throw new NotFoundError();
  if (body.communeCode) {
    const commune = communeByCode(body.communeCode);
    if (!commune || commune.provinceCode !== employer.provinceCode)
      throw new ValidationError([
        { field: 'communeCode', code: 'commune_not_in_province', message: COMMUNE_NOT_IN_PROVINCE },
      ]);
  }
  for (const field of ['description', 'website', 'address', 'communeCode', 'industry'] as const) {
    if (body[field] === undefined) continue;
    const value = body[field]!.trim();
    employer.set(field, value === '' ? undefined : value);
  }
  await employer.save();
  return toEmployerDetail(employer.toObject() as LeanEmployer);
}
