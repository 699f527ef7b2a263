import type { FairStatus } from '@ctn/shared/contracts/fairs';
import { redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { integerOrText, list, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { communeGroups, communeName, provinceName } from '$lib/server/provinces';
import { fairBody } from '../fair-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['admin']);
  const [fair, options] = await Promise.all([
    fairsApi.staff(event, event.params.id),
    fairsApi.organizerOptions(event, event.params.id),
  ]);
  const staff = unwrap(fair);
  const locale = event.locals.locale;
  return {
    fair: staff,
    organizerOptions: options.ok ? options.data : [],
    place: [communeName(staff.communeCode, locale), provinceName(staff.provinceCode, locale)]
      .filter(Boolean)
      .join(', '),
    communeGroups: communeGroups(user.provinceCodes, locale),
    origin: event.url.origin,
    done:
      event.url.searchParams.get('done') ?? (event.url.searchParams.has('created') ? 'created' : undefined),
  };
};

const back = (id: string, done: string) => `/admin/fairs/${id}?done=${done}`;

export const actions: Actions = {
  update: async (event) => {
    const values = formValues(await event.request.formData());
    const { provinceCode: _p, ...body } = fairBody(values);
    const result = await fairsApi.update(event, event.params.id, { ...body, communeCode: body.communeCode });
    if (!result.ok) return failWith(result, values);
    redirect(303, back(event.params.id, 'saved'));
  },
  status: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await fairsApi.setStatus(event, event.params.id, single(values.status) as FairStatus);
    if (!result.ok) return failWith(result, values);
    redirect(303, back(event.params.id, 'moved'));
  },
  organizers: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await fairsApi.setOrganizers(event, event.params.id, list(values.organizerIds));
    if (!result.ok) return failWith(result, values);
    redirect(303, back(event.params.id, 'saved'));
  },
  booth: async (event) => {
    const values = formValues(await event.request.formData());
    const number = single(values.number);
    const result = await fairsApi.decideBooth(event, event.params.id, single(values.boothId) ?? '', {
      decision: single(values.decision) === 'reject' ? 'reject' : 'approve',
      ...(number ? { number: integerOrText(number) as number } : {}),
    });
    if (!result.ok) return failWith(result, values);
    redirect(303, back(event.params.id, 'booth'));
  },
};
