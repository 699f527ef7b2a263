import type { CreateReturneeBody } from '@ctn/shared/contracts/returnees';
import { redirect } from '@sveltejs/kit';
import { pageParam } from '$lib/api/query';
import { returneesApi } from '$lib/api/returnees';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { integerOrText, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { communeGroups } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['counselor', 'admin']);
  const q = event.url.searchParams.get('q')?.trim() || undefined;
  const caseload = unwrap(await returneesApi.list(event, { q, page: pageParam(event.url) }));
  return { caseload, q, communeGroups: communeGroups(user.provinceCodes, event.locals.locale) };
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
