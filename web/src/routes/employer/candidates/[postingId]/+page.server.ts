import { matchingApi } from '$lib/api/matching';
import { postingsApi } from '$lib/api/postings';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { placeLabel } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer', 'admin']);
  const [posting, candidates] = await Promise.all([
    postingsApi.get(event, event.params.postingId),
    matchingApi.candidates(event, event.params.postingId, 30),
  ]);
  const result = unwrap(candidates);
  return {
    posting: unwrap(posting),
    candidates: result,
    places: result.items.map((item) =>
      placeLabel(item.candidate.provinceCode, item.candidate.communeCode, event.locals.locale),
    ),
  };
};
