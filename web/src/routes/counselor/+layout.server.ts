import { requireRole } from '$lib/server/guards';
import { provinceNames, provinceOptions } from '$lib/server/provinces';
import type { LayoutServerLoad } from './$types';

/** The counselor workspace (admins may look in; the API decides what each may see and do). */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const user = requireRole(locals, url, ['counselor', 'admin']);
  return {
    myProvinces: provinceOptions(locals.locale, user.provinceCodes),
    provinceNames: provinceNames(locals.locale),
  };
};
