import { jobsApi } from '$lib/api/jobs';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  profile: unwrap(await jobsApi.employerProfile(event, event.params.id)),
});
