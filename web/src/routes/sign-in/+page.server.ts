import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { homeFor } from '$lib/nav';
import { failWith, formValues } from '$lib/server/api';
import { rawField, single } from '$lib/server/forms';
import { safeNext } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const next = url.searchParams.get('next');
  // Already signed in (a bookmark, the back button): go where they were heading.
  if (locals.user) redirect(303, safeNext(next, homeFor(locals.user)));
  const signedOut = url.searchParams.get('signedOut');
  return {
    next: safeNext(next, ''),
    signedOut: signedOut === 'everywhere' || signedOut === 'here' ? signedOut : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form);
    const result = await accountsApi.signIn(event, {
      identifier: single(values.identifier) ?? '',
      password: rawField(form, 'password'),
    });
    if (!result.ok) return failWith(result, values);
    const user = result.data.user;
    redirect(303, safeNext(single(values.next), user ? homeFor(user) : '/'));
  },
};
