import { redirect } from '@sveltejs/kit';
import { notificationsApi } from '$lib/api/matching';
import { formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event.locals, event.url);
  return { notifications: unwrap(await notificationsApi.list(event)) };
};

export const actions: Actions = {
  readAll: async (event) => {
    requireUser(event.locals, event.url);
    await notificationsApi.readAll(event);
    redirect(303, '/notifications');
  },
  /** Opens what a notification is about, marking it read on the way. */
  open: async (event) => {
    requireUser(event.locals, event.url);
    const values = formValues(await event.request.formData());
    await notificationsApi.read(event, single(values.id) ?? '');
    const link = single(values.link);
    redirect(303, link?.startsWith('/') && !link.startsWith('//') ? link : '/notifications');
  },
};
