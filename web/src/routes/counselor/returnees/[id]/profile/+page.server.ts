import { profileApi } from '$lib/api/matching';
import { unwrap } from '$lib/server/api';
import { requireRole } from '$lib/server/guards';
import { occupationLabel, profileActions, profileOptions } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const profile = unwrap(await profileApi.get(event, event.params.id));
  const codes = [
    ...profile.desiredOccupations,
    ...profile.certificates.map((c) => c.occupationCode),
    ...profile.workHistory.map((w) => w.occupationCode),
  ].filter((code): code is string => !!code);
  return {
    profile,
    options: profileOptions(event.locals.locale, profile.provinceCode),
    occupationLabels: Object.fromEntries(
      codes.map((code) => [code, occupationLabel(code, event.locals.locale)]),
    ),
    saved: event.url.searchParams.get('saved'),
  };
};

export const actions: Actions = profileActions((event) => event.params.id);
