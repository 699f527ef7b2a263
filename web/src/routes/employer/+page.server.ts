import { postingsApi } from '$lib/api/postings';
import { pageParam } from '$lib/api/query';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

const STATUSES = ['draft', 'pending', 'open', 'closed', 'filled'];

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['employer']);
  if (!user.employerId) return { employer: null, postings: null, status: undefined, flash: null };
  const statusParam = event.url.searchParams.get('status') ?? '';
  const status = STATUSES.includes(statusParam) ? statusParam : undefined;
  const [employer, postings] = await Promise.all([
    postingsApi.employer(event, user.employerId),
    postingsApi.mine(event, { status, page: pageParam(event.url) }),
  ]);
  return {
    employer: employer.ok ? employer.data : null,
    postings: unwrap(postings),
    status,
    flash: event.url.searchParams.get('done'),
  };
};
