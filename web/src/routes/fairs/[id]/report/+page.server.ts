import { occupationByCode } from '@ctn/shared/taxonomy/occupations';
import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event.locals, event.url);
  const report = unwrap(await fairsApi.report(event, event.params.id));
  const occupationNames = Object.fromEntries(
    report.occupations.map((row) => {
      const occupation = occupationByCode(row.occupationCode);
      const name = event.locals.locale === 'en' ? occupation?.nameEn : occupation?.nameVi;
      return [row.occupationCode, name ?? row.occupationCode];
    }),
  );
  return { report, occupationNames };
};
