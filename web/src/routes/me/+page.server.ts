import { matchingApi } from '$lib/api/matching';
import { placeLabel } from '$lib/server/places';
import type { PageServerLoad } from './$types';

/** The job seeker's home: the jobs that fit them best, in big print. */
export const load: PageServerLoad = async (event) => {
  const returneeId = event.locals.user?.returneeId;
  if (!returneeId) return { matches: null, places: {} as Record<string, string> };
  const result = await matchingApi.matches(event, returneeId, 10);
  const matches = result.ok ? result.data : null;
  return {
    matches,
    places: Object.fromEntries(
      (matches?.items ?? []).map((item) => [
        item.posting.id,
        placeLabel(item.posting.provinceCode, item.posting.communeCode, event.locals.locale),
      ]),
    ),
    applied: event.url.searchParams.has('applied'),
  };
};
