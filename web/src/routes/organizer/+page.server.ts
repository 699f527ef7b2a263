import { fairsApi } from '$lib/api/fairs';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['organizer', 'admin']);
  const fairs = unwrap(await fairsApi.list(event, { mine: true }));
  return { fairs: fairs.filter((f) => f.status !== 'draft') };
};
