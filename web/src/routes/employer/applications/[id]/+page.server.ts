import { REJECTION_REASON_TEXT } from '@ctn/shared/contracts/applications';
import { applicationsApi } from '$lib/api/matching';
import { unwrap } from '$lib/server/api';
import { pipelineActions, rejectionReasons } from '$lib/server/employer-applications';
import { requireRole } from '$lib/server/guards';
import { placeLabel } from '$lib/server/places';
import type { Actions, PageServerLoad } from './$types';

/** Opening it counts as the employer having seen the application (the API records that once). */
export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer', 'admin']);
  const application = unwrap(await applicationsApi.oneForEmployer(event, event.params.id));
  return {
    application,
    place: placeLabel(
      application.candidate.provinceCode,
      application.candidate.communeCode,
      event.locals.locale,
    ),
    reasons: rejectionReasons(event.locals.locale),
    reasonText: Object.fromEntries(
      Object.entries(REJECTION_REASON_TEXT).map(([key, text]) => [key, text[event.locals.locale]]),
    ),
  };
};

export const actions: Actions = pipelineActions((event) => event.url.pathname);
