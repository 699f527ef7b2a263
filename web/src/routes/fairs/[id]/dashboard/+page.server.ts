import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** Staff and the fair's booths: the live figures (numbers only). */
export const load: PageServerLoad = async (event) => {
  requireUser(event.locals, event.url);
  const [fair, snapshot] = await Promise.all([
    fairsApi.get(event, event.params.id),
    fairsApi.dashboard(event, event.params.id),
  ]);
  return { fair: unwrap(fair), snapshot: unwrap(snapshot) };
};
