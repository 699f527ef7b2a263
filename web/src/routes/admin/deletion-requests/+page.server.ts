import { redirect } from '@sveltejs/kit';
import { adminApi, type DeletionStatus } from '$lib/api/admin';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { backWith, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const STATUSES: DeletionStatus[] = ['pending', 'completed', 'rejected'];

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  // Pending first: that is the work; `?status=all` shows the decisions too.
  const raw = params.get('status') ?? 'pending';
  const status = STATUSES.find((s) => s === raw);
  const requests = unwrap(await adminApi.listDeletionRequests(event, status));
  return { requests, status: status ?? 'all', flash: params.get('done') };
};

async function decide(event: Parameters<Actions[string]>[0], decision: 'complete' | 'reject') {
  requireRole(event.locals, event.url, ['admin']);
  const values = formValues(await event.request.formData());
  const result = await adminApi.decideDeletion(event, single(values.id) ?? '', decision, single(values.note));
  if (!result.ok) return failWith(result, { ...values, decision });
  redirect(303, backWith('/admin/deletion-requests', single(values.back), { done: decision }));
}

export const actions: Actions = {
  complete: (event) => decide(event, 'complete'),
  reject: (event) => decide(event, 'reject'),
};
