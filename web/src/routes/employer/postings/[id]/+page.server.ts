import { redirect } from '@sveltejs/kit';
import { postingsApi } from '$lib/api/postings';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { formFromPosting, postingFormOptions, postingFromForm } from '$lib/server/postings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer']);
  const posting = unwrap(await postingsApi.get(event, event.params.id));
  return {
    posting,
    values: formFromPosting(posting),
    options: postingFormOptions(event.locals.locale, posting.occupationCode),
    flash: event.url.searchParams.get('done'),
  };
};

type Event = Parameters<Actions[string]>[0];
const back = (event: Event, done: string) =>
  redirect(303, `/employer/postings/${event.params.id}?done=${done}`);

export const actions: Actions = {
  save: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const values = formValues(await event.request.formData());
    const before = await postingsApi.get(event, event.params.id!);
    const result = await postingsApi.update(event, event.params.id!, postingFromForm(values));
    if (!result.ok) return failWith(result, values);
    const reReview = before.ok && before.data.status === 'open' && result.data.status === 'pending';
    back(event, reReview ? 'reReview' : 'saved');
  },
  submit: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const result = await postingsApi.submit(event, event.params.id!);
    if (!result.ok) return failWith(result);
    back(event, 'submitted');
  },
  close: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const result = await postingsApi.close(event, event.params.id!, 'closed');
    if (!result.ok) return failWith(result);
    back(event, 'closed');
  },
  fill: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const result = await postingsApi.close(event, event.params.id!, 'filled');
    if (!result.ok) return failWith(result);
    back(event, 'filled');
  },
  delete: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const result = await postingsApi.remove(event, event.params.id!);
    if (!result.ok) return failWith(result);
    redirect(303, '/employer?done=deleted');
  },
};
