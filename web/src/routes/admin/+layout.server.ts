import { requireRole } from '$lib/server/guards';
import { provinceNames, provinceOptions } from '$lib/server/provinces';
import type { LayoutServerLoad } from './$types';

/** Every /admin page: province administrators only (the API checks again, per province). */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const user = requireRole(locals, url, ['admin']);
  return {
    adminProvinces: provinceOptions(locals.locale, user.provinceCodes),
    provinceNames: provinceNames(locals.locale),
  };
};
