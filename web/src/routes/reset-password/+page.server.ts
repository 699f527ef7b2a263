import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { homeFor } from '$lib/nav';
import { failWith, formValues } from '$lib/server/api';
import { rawField, single } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form);
    const result = await accountsApi.resetPassword(event, {
      token: single(values.token) ?? '',
      password: rawField(form, 'password'),
    });
    if (!result.ok) return failWith(result, values);
    const user = result.data.user;
    redirect(303, user ? homeFor(user) : '/');
  },
};
