import type { RegistrationView } from '@ctn/shared/contracts/fairs';
import { fail } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { api, failWith, formValues, unwrap } from '$lib/server/api';
import { list, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The door: roster (kept on the device for offline use), walk-ins, queues, booth screens. */
export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['organizer', 'admin']);
  const [staff, roster] = await Promise.all([
    fairsApi.staff(event, event.params.id),
    fairsApi.roster(event, event.params.id),
  ]);
  const fair = unwrap(staff);
  return {
    fair: {
      id: fair.id,
      name: fair.name,
      status: fair.status,
      booths: fair.booths
        .filter((b) => b.status === 'approved')
        .map((b) => ({ id: b.id, number: b.number ?? 0, employerName: b.employerName })),
    },
    roster: unwrap(roster),
  };
};

export const actions: Actions = {
  /** Without JavaScript: one code at a time, straight to the API. */
  checkin: async (event) => {
    const values = formValues(await event.request.formData());
    const code = single(values.code) ?? '';
    const result = await api.post<{ items: { status: string; number?: number; displayName?: string }[] }>(
      event,
      `/fairs/${event.params.id}/checkins`,
      { items: [{ code, method: 'code' }] },
    );
    if (!result.ok) return failWith(result, values);
    return { checkin: { code, ...result.data.items[0]! } };
  },
  walkIn: async (event) => {
    const values = formValues(await event.request.formData());
    if (single(values.confirmed) !== 'yes')
      return fail(400, {
        values,
        errors: {
          confirmed: event.locals.locale === 'en' ? 'Please tick to confirm.' : 'Vui lòng đánh dấu xác nhận.',
        },
        message: '',
      });
    const result = await api.post<RegistrationView>(event, `/fairs/${event.params.id}/walk-ins`, {
      displayName: single(values.displayName) ?? '',
      phone: single(values.phone),
      confirmed: true,
      checkIn: true,
    });
    if (!result.ok) return failWith(result, values);
    return { walkIn: result.data };
  },
  queue: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await api.post<{ number: number }>(event, `/fairs/${event.params.id}/queue`, {
      code: single(values.code) ?? '',
      boothIds: list(values.boothIds),
    });
    if (!result.ok) return failWith(result, values);
    return { queued: result.data.number };
  },
};
