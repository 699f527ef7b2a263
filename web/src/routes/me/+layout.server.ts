import { requireRole } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** The job seeker's own pages. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  requireRole(locals, url, ['returnee']);
  return {};
};
