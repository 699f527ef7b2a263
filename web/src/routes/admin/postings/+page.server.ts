import { redirect } from '@sveltejs/kit';
import { postingsApi } from '$lib/api/postings';
import { pageParam } from '$lib/api/query';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { backWith, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const status = params.get('status') === 'open' ? 'open' : 'pending';
  const q = params.get('q')?.trim() || undefined;
  const queue = unwrap(await postingsApi.queue(event, { status, q, page: pageParam(event.url) }));
  return { queue, filters: { status, q }, flash: { done: params.get('done'), who: params.get('who') } };
};

type Event = Parameters<Actions[string]>[0];

async function decide(event: Event, kind: 'approve' | 'sendBack' | 'takeDown') {
  requireRole(event.locals, event.url, ['admin']);
  const values = formValues(await event.request.formData());
  const id = single(values.id) ?? '';
  const result =
    kind === 'approve'
      ? await postingsApi.approve(event, id)
      : kind === 'sendBack'
        ? await postingsApi.sendBack(event, id, single(values.reason) ?? '')
        : await postingsApi.close(event, id, 'closed');
  if (!result.ok) return failWith(result, values);
  redirect(
    303,
    backWith('/admin/postings', single(values.back), {
      done: kind === 'approve' ? 'approved' : kind === 'sendBack' ? 'sentBack' : 'takenDown',
      who: result.data.title,
    }),
  );
}

export const actions: Actions = {
  approve: (event) => decide(event, 'approve'),
  sendBack: (event) => decide(event, 'sendBack'),
  takeDown: (event) => decide(event, 'takeDown'),
};
