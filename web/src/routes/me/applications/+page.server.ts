import { REJECTION_REASON_TEXT } from '@ctn/shared/contracts/applications';
import { applicationsApi } from '$lib/api/matching';
import { unwrap } from '$lib/server/api';
import { applicationActions } from '$lib/server/applications';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const applications = event.locals.user?.returneeId
    ? unwrap(await applicationsApi.list(event, { pageSize: 100 })).items
    : [];
  return {
    applications,
    reasons: Object.fromEntries(
      Object.entries(REJECTION_REASON_TEXT).map(([key, text]) => [key, text[event.locals.locale]]),
    ),
    done: event.url.searchParams.get('done'),
  };
};

export const actions: Actions = applicationActions();
