import { employersApi } from '$lib/api/employers';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['employer']);
  if (!user.employerId) return { employer: null };
  const result = await employersApi.get(event, user.employerId);
  // Until the API serves a company to its own members, show a neutral notice instead of an error page.
  return { employer: result.ok ? result.data : null };
};
