import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * The hall projector: /screen/<fairId>?key=<screen key> (the key from the fair's admin page), or signed
 * in as staff. Figures only, never a name.
 */
export const load: PageServerLoad = async (event) => {
  const key = event.url.searchParams.get('key') ?? undefined;
  const snapshot = unwrap(await fairsApi.dashboard(event, event.params.fairId, key));
  return { snapshot, key, fairId: event.params.fairId };
};
