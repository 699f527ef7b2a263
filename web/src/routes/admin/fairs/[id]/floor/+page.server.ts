import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  fair: unwrap(await fairsApi.get(event, event.params.id)),
});
