import { redirect } from '@sveltejs/kit';
import { postingsApi } from '$lib/api/postings';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { communeGroups } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['employer']);
  if (!user.employerId) redirect(303, '/employer');
  const employer = unwrap(await postingsApi.employer(event, user.employerId));
  return {
    employer,
    communes: communeGroups([employer.provinceCode], event.locals.locale)[0]?.communes ?? [],
    saved: event.url.searchParams.get('done') === 'profile',
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireRole(event.locals, event.url, ['employer']);
    const values = formValues(await event.request.formData());
    const text = (key: string) => single(values[key]) ?? '';
    const result = await postingsApi.updateEmployer(event, user.employerId ?? '', {
      description: text('description'),
      website: text('website'),
      address: text('address'),
      communeCode: text('communeCode'),
      industry: text('industry'),
    });
    if (!result.ok) return failWith(result, values);
    redirect(303, '/employer/profile?done=profile');
  },
};
