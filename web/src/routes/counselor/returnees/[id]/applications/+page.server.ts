import { REJECTION_REASON_TEXT } from '@ctn/shared/contracts/applications';
import { applicationsApi } from '$lib/api/matching';
import { returneesApi } from '$lib/api/returnees';
import { unwrap } from '$lib/server/api';
import { applicationActions } from '$lib/server/applications';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const [returnee, applications] = await Promise.all([
    returneesApi.get(event, event.params.id),
    applicationsApi.list(event, { returneeId: event.params.id, pageSize: 100 }),
  ]);
  return {
    returnee: unwrap(returnee),
    applications: unwrap(applications).items,
    reasons: Object.fromEntries(
      Object.entries(REJECTION_REASON_TEXT).map(([key, text]) => [key, text[event.locals.locale]]),
    ),
    applied: event.url.searchParams.has('applied'),
    done: event.url.searchParams.get('done'),
  };
};

export const actions: Actions = applicationActions();
