import {
  type CreateReturneeBody,
  NEEDS,
  RETURNEE_STATUSES,
  type ReturneeListQuery,
} from '@ctn/shared/contracts/returnees';
import { redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { pageParam } from '$lib/api/query';
import { returneesApi } from '$lib/api/returnees';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { integerOrText, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { communeGroups } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['counselor', 'admin']);
  const params = event.url.searchParams;
  const q = params.get('q')?.trim() || undefined;
  const filters = {
    status: (RETURNEE_STATUSES as readonly string[]).includes(params.get('status') ?? '')
      ? (params.get('status') as ReturneeListQuery['status'])
      : undefined,
    need: (NEEDS as readonly string[]).includes(params.get('need') ?? '')
      ? (params.get('need') as ReturneeListQuery['need'])
      : undefined,
    noContactDays: Number(params.get('noContactDays')) > 0 ? Number(params.get('noContactDays')) : undefined,
    // Named filters of other modules, e.g. `fair:<id>` (people registered for an upcoming fair).
    filter: params.get('filter') || undefined,
  };
  const [caseloadResult, registering, live] = await Promise.all([
    returneesApi.list(event, { q, ...filters, page: pageParam(event.url) }),
    fairsApi.list(event, { status: 'registration' }),
    fairsApi.list(event, { status: 'live' }),
  ]);
  const caseload = unwrap(caseloadResult);
  // "Registered for an upcoming fair": the fairs of my provinces that are open for registration or live.
  const upcoming = [...(live.ok ? live.data : []), ...(registering.ok ? registering.data : [])].filter(
    (fair) => user.provinceCodes.includes(fair.provinceCode),
  );
  return {
    caseload,
    q,
    filters,
    filterOptions: upcoming.map((fair) => ({
      value: `fair:${fair.id}`,
      label: `${fair.name} (${fair.date})`,
    })),
    communeGroups: communeGroups(user.provinceCodes, event.locals.locale),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const user = requireRole(event.locals, event.url, ['counselor', 'admin']);
    const values = formValues(await event.request.formData());
    const gender = single(values.gender);
    const result = await returneesApi.create(event, {
      displayName: single(values.displayName) ?? '',
      // Sent as typed when it is not a number, so the API's message says what is wrong with it.
      birthYear: integerOrText(single(values.birthYear)) as number | undefined,
      gender: gender as CreateReturneeBody['gender'],
      phone: single(values.phone),
      provinceCode:
        single(values.provinceCode) ?? (user.provinceCodes.length === 1 ? user.provinceCodes[0] : '') ?? '',
      communeCode: single(values.communeCode),
    });
    if (!result.ok) return failWith(result, values);
    redirect(303, `/counselor/returnees/${result.data.id}?created`);
  },
};
