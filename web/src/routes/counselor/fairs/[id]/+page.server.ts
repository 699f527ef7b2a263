import { fail, redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { returneesApi } from '$lib/api/returnees';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [fair, registrations, caseload] = await Promise.all([
    fairsApi.get(event, event.params.id),
    fairsApi.registrations(event, event.params.id),
    returneesApi.list(event, { pageSize: 100 }),
  ]);
  return {
    fair: unwrap(fair),
    registrations: unwrap(registrations),
    caseload: caseload.ok ? caseload.data.items.map((r) => ({ id: r.id, displayName: r.displayName })) : [],
    done: event.url.searchParams.get('done'),
  };
};

export const actions: Actions = {
  register: async (event) => {
    const values = formValues(await event.request.formData());
    const returneeId = single(values.returneeId) ?? '';
    if (single(values.confirmed) !== 'yes')
      return fail(400, {
        values,
        errors: {},
        message:
          event.locals.locale === 'en'
            ? 'Tick that the person is with you and agrees.'
            : 'Hãy đánh dấu người này đang ở cùng bạn và đồng ý.',
        returneeId,
      });
    const result = await fairsApi.register(event, event.params.id, returneeId);
    if (!result.ok) return failWith(result, values);
    redirect(303, `/counselor/fairs/${event.params.id}?done=${encodeURIComponent(result.data.displayName)}`);
  },
  cancel: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await fairsApi.cancel(event, event.params.id, single(values.registrationId) ?? '');
    if (!result.ok) return failWith(result, values);
    redirect(303, `/counselor/fairs/${event.params.id}`);
  },
};
