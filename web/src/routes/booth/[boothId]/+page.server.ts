import type { FairOutcome } from '@ctn/shared/contracts/fairs';
import { fairsApi } from '$lib/api/fairs';
import { api, failWith, formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The booth screen (tablet at the table): call the next person, one tap for the outcome. */
export const load: PageServerLoad = async (event) => {
  requireUser(event.locals, event.url);
  const view = unwrap(await fairsApi.booth(event, event.params.boothId));
  const snapshot = view.fair.status === 'live' ? await fairsApi.dashboard(event, view.fair.id) : undefined;
  return { view, snapshot: snapshot?.ok ? snapshot.data : undefined };
};

const path = (event: { params: { boothId: string } }, action: string) =>
  `/booths/${encodeURIComponent(event.params.boothId)}/${action}`;

export const actions: Actions = {
  callNext: async (event) => {
    const result = await api.post<{ called: boolean; reason?: string }>(event, path(event, 'call-next'));
    if (!result.ok) return failWith(result);
    return { called: result.data.called, reason: result.data.reason };
  },
  outcome: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await api.post(event, path(event, 'outcome'), {
      k: Number(single(values.k)),
      outcome: single(values.outcome) as FairOutcome,
      ...(single(values.reason) ? { reason: single(values.reason) } : {}),
      ...(single(values.postingId) ? { postingId: single(values.postingId) } : {}),
    });
    if (!result.ok) return failWith(result, values);
    return { recorded: single(values.outcome) };
  },
  noShow: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await api.post(event, path(event, 'no-show'), { k: Number(single(values.k)) });
    if (!result.ok) return failWith(result, values);
    return { recorded: 'no-show' };
  },
};
