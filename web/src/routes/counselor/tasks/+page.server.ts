import { redirect } from '@sveltejs/kit';
import { tasksApi } from '$lib/api/matching';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const status = event.url.searchParams.get('status') === 'done' ? 'done' : 'open';
  const tasks = unwrap(await tasksApi.list(event, { status }));
  return {
    tasks,
    status,
    saved: event.url.searchParams.has('saved'),
    today: new Date().toISOString().slice(0, 10),
  };
};

export const actions: Actions = {
  complete: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await tasksApi.complete(event, single(values.taskId) ?? '', {
      result: (single(values.result) ?? '') as never,
      ...(single(values.note) ? { note: single(values.note) } : {}),
    });
    if (!result.ok) return failWith(result, values);
    redirect(303, '/counselor/tasks?saved');
  },
  reopen: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await tasksApi.reopen(event, single(values.taskId) ?? '');
    if (!result.ok) return failWith(result, values);
    redirect(303, '/counselor/tasks?status=done&saved');
  },
};
