import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import { communeName, provinceName } from '$lib/server/provinces';
import type { PageServerLoad } from './$types';

/** Public list: fairs open for registration or running, then recent ones. */
export const load: PageServerLoad = async (event) => {
  const fairs = unwrap(await fairsApi.list(event));
  const locale = event.locals.locale;
  const upcoming = fairs.filter(
    (f) => f.status === 'registration' || f.status === 'live' || f.status === 'draft',
  );
  const past = fairs.filter((f) => f.status === 'closed' || f.status === 'reported').slice(0, 10);
  const placeOf = (f: (typeof fairs)[number]) =>
    [communeName(f.communeCode, locale), provinceName(f.provinceCode, locale)].filter(Boolean).join(', ');
  return {
    upcoming: upcoming.sort((a, b) => a.date.localeCompare(b.date)).map((f) => ({ ...f, place: placeOf(f) })),
    past: past.map((f) => ({ ...f, place: placeOf(f) })),
  };
};
