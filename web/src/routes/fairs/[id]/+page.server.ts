import { fail, redirect } from '@sveltejs/kit';
import { fairsApi } from '$lib/api/fairs';
import { postingsApi } from '$lib/api/postings';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { requireUser } from '$lib/server/guards';
import { communeName, provinceName } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const fair = unwrap(await fairsApi.get(event, event.params.id));
  const locale = event.locals.locale;
  let employer:
    | {
        postings: { id: string; title: string }[];
        booth?: { id: string; status: string; number?: number; postingIds: string[] };
      }
    | undefined;
  if (fair.can.applyBooth) {
    const [mine, booths] = await Promise.all([
      postingsApi.mine(event, { status: 'open' }),
      fairsApi.myBooths(event),
    ]);
    const booth = booths.ok ? booths.data.find((row) => row.fair.id === fair.id)?.booth : undefined;
    employer = {
      postings: mine.ok ? mine.data.items.map((p) => ({ id: p.id, title: p.title })) : [],
      booth: booth && {
        id: booth.id,
        status: booth.status,
        number: booth.number,
        postingIds: booth.postings.map((p) => p.id),
      },
    };
  }
  return {
    fair,
    place: [communeName(fair.communeCode, locale), provinceName(fair.provinceCode, locale)]
      .filter(Boolean)
      .join(', '),
    employer,
    applied: event.url.searchParams.has('applied'),
  };
};

export const actions: Actions = {
  registerSelf: async (event) => {
    const user = requireUser(event.locals, event.url);
    const values = formValues(await event.request.formData());
    if (!user.returneeId) return fail(403, { values, errors: {}, message: '' });
    if (values.confirmed !== 'yes')
      return fail(400, {
        values,
        errors: {
          confirmed: event.locals.locale === 'en' ? 'Please tick to agree.' : 'Vui lòng đánh dấu đồng ý.',
        },
        message: '',
      });
    const result = await fairsApi.register(event, event.params.id, user.returneeId);
    if (!result.ok) return failWith(result, values);
    redirect(303, `/tickets/${result.data.ticketCode}`);
  },
  applyBooth: async (event) => {
    requireUser(event.locals, event.url);
    const values = formValues(await event.request.formData());
    const postingIds = ([] as string[]).concat(values.postingIds ?? []);
    const note = typeof values.note === 'string' ? values.note : undefined;
    const result = await fairsApi.applyBooth(event, event.params.id, { postingIds, note });
    if (!result.ok) return failWith(result, values);
    redirect(303, `/fairs/${event.params.id}?applied`);
  },
};
