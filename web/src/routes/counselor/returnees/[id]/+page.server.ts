import { returneesApi } from '$lib/api/returnees';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { consentActions, loadConsents } from '$lib/server/consents';
import { single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { communeName } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['counselor', 'admin']);
  const returnee = unwrap(await returneesApi.get(event, event.params.id));
  return {
    returnee,
    communeName: communeName(returnee.communeCode, event.locals.locale),
    // Only the assigned counselor records consents, with the person beside them (the API checks too).
    canChangeConsents: returnee.counselorId === user.id,
    created: event.url.searchParams.has('created'),
    ...(await loadConsents(event, returnee.id)),
  };
};

export const actions: Actions = {
  /**
   * Opens the account (or issues a new code for an existing one). The code is returned as action
   * data, not stored or put in a URL: it is on screen once, for this counselor, and gone on reload.
   */
  openAccount: async (event) => {
    requireRole(event.locals, event.url, ['counselor', 'admin']);
    const values = formValues(await event.request.formData());
    const result = await returneesApi.openAccount(event, event.params.id, {
      phone: single(values.phone),
      email: single(values.email),
    });
    if (!result.ok) return failWith(result, { ...values, form: 'account' });
    const { activationCode, expiresInDays, signInWith } = result.data;
    return {
      activation: {
        code: activationCode,
        expiresInDays,
        expiresAt: new Date(Date.now() + expiresInDays * 24 * 3600 * 1000).toISOString(),
        signInWith,
      },
    };
  },
  ...consentActions((event) => event.params.id),
};
