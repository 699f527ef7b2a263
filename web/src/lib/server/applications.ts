import { type Actions, error, type RequestEvent, redirect } from '@sveltejs/kit';
import { applicationsApi } from '$lib/api/matching';
import { failWith, formValues } from '$lib/server/api';
import { single } from '$lib/server/forms';

/** Withdraw and share-contact for a list of one person's applications (counselor page or their own). */
export function applicationActions() {
  const back = (event: RequestEvent, flash: string) => redirect(303, `${event.url.pathname}?done=${flash}`);
  return {
    withdraw: async (event) => {
      const values = formValues(await event.request.formData());
      const result = await applicationsApi.withdraw(event, single(values.applicationId) ?? '');
      if (!result.ok) return failWith(result, values);
      back(event, 'withdrawn');
    },
    shareContact: async (event) => {
      const values = formValues(await event.request.formData());
      // Only an explicit tick counts as agreeing.
      if (single(values.confirmed) !== 'on') error(400, { message: 'Not confirmed' });
      const result = await applicationsApi.shareContact(event, single(values.applicationId) ?? '');
      if (!result.ok) return failWith(result, values);
      back(event, 'shared');
    },
  } satisfies Actions;
}
