import { error } from '@sveltejs/kit';
import { loadJobToApply, submitApplication } from '$lib/server/apply';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  job: await loadJobToApply(event, event.params.postingId),
});

export const actions: Actions = {
  default: async (event) => {
    const returneeId = event.locals.user?.returneeId;
    if (!returneeId) error(404, { message: 'Not found' });
    return submitApplication(event, returneeId, event.params.postingId, '/me/applications?applied=1');
  },
};
