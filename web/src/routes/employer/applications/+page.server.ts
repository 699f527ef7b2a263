import { applicationsApi } from '$lib/api/matching';
import { postingsApi } from '$lib/api/postings';
import { unwrap } from '$lib/server/api';
import { pipelineActions, rejectionReasons } from '$lib/server/employer-applications';
import { requireRole } from '$lib/server/guards';
import { placeLabel } from '$lib/server/places';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer']);
  const postingId = event.url.searchParams.get('posting') || undefined;
  const [applications, postings] = await Promise.all([
    applicationsApi.forEmployer(event, { postingId, pageSize: 100 }),
    postingsApi.mine(event, {}),
  ]);
  const list = unwrap(applications);
  return {
    applications: list.items,
    total: list.total,
    postings: postings.ok
      ? postings.data.items.map((p) => ({ id: p.id, title: p.title, status: p.status }))
      : [],
    postingId,
    places: Object.fromEntries(
      list.items.map((a) => [
        a.id,
        placeLabel(a.candidate.provinceCode, a.candidate.communeCode, event.locals.locale),
      ]),
    ),
    reasons: rejectionReasons(event.locals.locale),
  };
};

export const actions: Actions = pipelineActions((event) => `${event.url.pathname}${event.url.search}`);
