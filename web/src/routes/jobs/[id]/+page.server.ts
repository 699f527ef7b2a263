import { certificateLevelById } from '@ctn/shared/taxonomy/certificates';
import { jobsApi } from '$lib/api/jobs';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const job = unwrap(await jobsApi.get(event, event.params.id));
  const certificateName = (c: { level?: string; name: string }) => {
    const level = c.level ? certificateLevelById(c.level) : undefined;
    return level ? (event.locals.locale === 'en' ? level.nameEn : level.nameVi) : c.name;
  };
  return {
    job,
    certificates: {
      required: job.requiredCertificates.map(certificateName),
      preferred: job.preferredCertificates.map(certificateName),
    },
  };
};
