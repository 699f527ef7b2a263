import { redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { communeGroups } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';
import { fairBody } from './fair-form';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['admin']);
  const fairs = unwrap(await fairsApi.list(event, { mine: true }));
  return { fairs, communeGroups: communeGroups(user.provinceCodes, event.locals.locale) };
};

export const actions: Actions = {
  create: async (event) => {
    requireRole(event.locals, event.url, ['admin']);
    const values = formValues(await event.request.formData());
    const result = await fairsApi.create(event, fairBody(values));
    if (!result.ok) return failWith(result, values);
    redirect(303, `/admin/fairs/${result.data.id}?created`);
  },
};
