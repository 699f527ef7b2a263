import { communeByCode, type EmployerProfileResponse, type Locale, provinceByCode } from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { NotFoundError } from '../../lib/errors';
import { employerModel } from '../employers/model';
import { canManageEmployer } from '../employers/policy';
import { JOBS_INDEX, type OpenPosting } from '../postings/search';
import { toJobCard } from './service';

/**
 * A company's public page. Only verified companies have one (an unverified registration could be anyone);
 * its own members and the province's admins can preview it before.
 */
export async function getEmployerProfile(
  app: FastifyInstance,
  actor: Actor | null,
  id: string,
  locale: Locale,
): Promise<EmployerProfileResponse> {
  if (!Types.ObjectId.isValid(id)) throw new NotFoundError();
  const employer = await employerModel(app.db.connection).findById(id).lean();
  if (!employer || (!employer.verified && !(actor && canManageEmployer(actor, employer))))
    throw new NotFoundError();
  const postings = await app.searchEngine.search<OpenPosting>(JOBS_INDEX, {
    filter: { employerId: id },
    sort: [{ field: 'publishedAt', order: 'desc' }],
    limit: 50,
  });
  const province = provinceByCode(employer.provinceCode);
  const commune = employer.communeCode ? communeByCode(employer.communeCode) : undefined;
  return {
    employer: {
      id: String(employer._id),
      legalName: employer.legalName,
      industry: employer.industry ?? undefined,
      provinceCode: employer.provinceCode,
      provinceName: province ? (locale === 'en' ? province.nameEn : province.name) : employer.provinceCode,
      communeCode: commune?.code,
      communeName: commune ? (locale === 'en' ? commune.nameEn : commune.fullName) : undefined,
      address: employer.address ?? undefined,
      description: employer.description ?? undefined,
      website: employer.website ?? undefined,
      verified: employer.verified,
      fairChancePledge: employer.fairChancePledge,
    },
    postings: postings.hits.map((hit) => toJobCard(hit.document)),
    totalOpen: postings.total,
  };
}
