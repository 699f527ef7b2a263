import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const fairs = unwrap(await fairsApi.list(event, { mine: true }));
  return { fairs: fairs.filter((f) => f.status === 'registration' || f.status === 'live') };
};
