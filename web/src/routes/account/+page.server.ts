import { isLocale } from '@ctn/shared/i18n/locale';
import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { rawField, single } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['profile', 'password', 'deletion'] as const;

export const load: PageServerLoad = async (event) => {
  requireUser(event.locals, event.url);
  const account = unwrap(await accountsApi.getAccount(event));
  const done = event.url.searchParams.get('done');
  return { account, done: FLASHES.find((f) => f === done) ?? null };
};

/**
 * Several forms share this page: each sends a hidden `form` field, which `failWith` keeps in the
 * values, so a failure is shown next to the form it belongs to.
 */
export const actions: Actions = {
  profile: async (event) => {
    requireUser(event.locals, event.url);
    const values = formValues(await event.request.formData());
    const locale = single(values.locale);
    const result = await accountsApi.updateAccount(event, {
      displayName: single(values.displayName) ?? '',
      locale: isLocale(locale) ? locale : undefined,
    });
    if (!result.ok) return failWith(result, values);
    // The cookie wins over the account's setting (hooks.server.ts): keep both the same.
    event.cookies.set('lang', result.data.locale, {
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: false,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
    redirect(303, '/account?done=profile');
  },

  password: async (event) => {
    requireUser(event.locals, event.url);
    const form = await event.request.formData();
    const result = await accountsApi.changePassword(event, {
      currentPassword: rawField(form, 'currentPassword'),
      newPassword: rawField(form, 'newPassword'),
    });
    if (!result.ok) return failWith(result, formValues(form));
    redirect(303, '/account?done=password');
  },

  signOutEverywhere: async (event) => {
    requireUser(event.locals, event.url);
    const result = await accountsApi.signOutEverywhere(event);
    if (!result.ok) return failWith(result, { form: 'sessions' });
    event.cookies.delete('ctn_session', { path: '/' });
    redirect(303, '/sign-in?signedOut=everywhere');
  },

  deletion: async (event) => {
    requireUser(event.locals, event.url);
    const values = formValues(await event.request.formData());
    const result = await accountsApi.requestDeletion(event, single(values.reason));
    if (!result.ok) return failWith(result, values);
    redirect(303, '/account?done=deletion');
  },
};
