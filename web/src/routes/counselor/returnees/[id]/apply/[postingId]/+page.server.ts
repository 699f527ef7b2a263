import { returneesApi } from '$lib/api/returnees';
import { unwrap } from '$lib/server/api';
import { loadJobToApply, submitApplication } from '$lib/server/apply';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const [returnee, job] = await Promise.all([
    returneesApi.get(event, event.params.id),
    loadJobToApply(event, event.params.postingId),
  ]);
  return { returnee: unwrap(returnee), job };
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, event.url, ['counselor', 'admin']);
    return submitApplication(
      event,
      event.params.id,
      event.params.postingId,
      `/counselor/returnees/${event.params.id}/applications?applied=1`,
    );
  },
};
