import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST (the header's button); a visit by link just goes home. */
export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    // The API ends the session and clears its cookie (relayed); delete it here too in case the API is
    // unreachable, so the person is never left looking signed in.
    await accountsApi.signOut(event).catch(() => undefined);
    event.cookies.delete('ctn_session', { path: '/' });
    redirect(303, '/sign-in?signedOut=here');
  },
};
