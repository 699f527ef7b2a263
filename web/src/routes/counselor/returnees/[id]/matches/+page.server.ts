import { matchingApi } from '$lib/api/matching';
import { returneesApi } from '$lib/api/returnees';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { placeLabel } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const [returnee, matches] = await Promise.all([
    returneesApi.get(event, event.params.id),
    matchingApi.matches(event, event.params.id, 20),
  ]);
  const data = unwrap(matches);
  return {
    returnee: unwrap(returnee),
    matches: data,
    places: Object.fromEntries(
      data.items.map((item) => [
        item.posting.id,
        placeLabel(item.posting.provinceCode, item.posting.communeCode, event.locals.locale),
      ]),
    ),
    applied: event.url.searchParams.get('applied'),
  };
};
