import { fail, redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { messagesFor } from '$lib/i18n';
import { homeFor } from '$lib/nav';
import { failWith, formValues } from '$lib/server/api';
import { rawField, single } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/**
 * The code is read off paper and typed on a phone: accept "k7qm 2xpd", "K7QM-2XPD", "k7qm2xpd".
 * Returns the canonical "K7QM-2XPD", or null when it cannot be a code.
 */
function normalizeActivationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : null;
}

export const load: PageServerLoad = async ({ url }) => ({
  token: url.searchParams.get('token') ?? '',
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form);
    const token = single(values.token);
    const password = rawField(form, 'password');
    let code: string | undefined;
    if (!token) {
      const normalized = normalizeActivationCode(single(values.code) ?? '');
      if (!normalized) {
        return fail(400, {
          values,
          errors: { code: messagesFor(event.locals.locale).auth.activate.codeInvalid },
          message: '',
        });
      }
      code = normalized;
    }
    const result = await accountsApi.activate(event, token ? { token, password } : { code, password });
    if (!result.ok) return failWith(result, values);
    const user = result.data.user;
    redirect(303, user ? homeFor(user) : '/');
  },
};
