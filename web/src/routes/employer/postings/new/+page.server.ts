import { redirect } from '@sveltejs/kit';
import { postingsApi } from '$lib/api/postings';
import { failWith, formValues } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { postingFormOptions, postingFromForm } from '$lib/server/postings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer']);
  return { options: postingFormOptions(event.locals.locale) };
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const values = formValues(await event.request.formData());
    const result = await postingsApi.create(event, postingFromForm(values));
    if (!result.ok) return failWith(result, values);
    redirect(303, `/employer/postings/${result.data.id}?done=created`);
  },
};
