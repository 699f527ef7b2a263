import { redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { failWith, formValues, unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** The ticket, by its code: whoever holds the paper (or the link) sees it; no sign-in needed. */
export const load: PageServerLoad = async (event) => {
  const ticket = unwrap(await fairsApi.ticket(event, event.params.code));
  return { ticket, print: event.url.searchParams.has('print') };
};

export const actions: Actions = {
  join: async (event) => {
    const values = formValues(await event.request.formData());
    const boothIds = ([] as string[]).concat(values.boothId ?? []);
    const result = await fairsApi.joinFromTicket(event, event.params.code, boothIds);
    if (!result.ok) return failWith(result, values);
    redirect(303, `/tickets/${event.params.code}`);
  },
  leave: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await fairsApi.leaveFromTicket(event, event.params.code, String(values.boothId ?? ''));
    if (!result.ok) return failWith(result, values);
    redirect(303, `/tickets/${event.params.code}`);
  },
};
