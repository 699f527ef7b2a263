import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { failWith, formValues } from '$lib/server/api';
import { single } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({ sent: url.searchParams.has('sent') });

export const actions: Actions = {
  default: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await accountsApi.requestPasswordReset(event, single(values.identifier) ?? '');
    // The API answers the same whether or not the account exists; only a malformed entry or too many
    // requests come back as errors.
    if (!result.ok) return failWith(result, values);
    redirect(303, '/forgot-password?sent');
  },
};
