import { consentActions, loadConsents } from '$lib/server/consents';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const returneeId = event.locals.user?.returneeId;
  if (!returneeId) return { hasProfile: false as const };
  return { hasProfile: true as const, ...(await loadConsents(event, returneeId)) };
};

export const actions: Actions = {
  ...consentActions((event) => event.locals.user?.returneeId),
};
