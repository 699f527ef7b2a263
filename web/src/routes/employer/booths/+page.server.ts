import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer']);
  return { booths: unwrap(await fairsApi.myBooths(event)) };
};
