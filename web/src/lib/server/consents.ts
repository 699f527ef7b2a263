import { type Actions, error, type RequestEvent, redirect } from '@sveltejs/kit';
import { consentsApi } from '$lib/api/consents';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { single } from '$lib/server/forms';

type Event = Pick<RequestEvent, 'fetch' | 'cookies' | 'url'>;

/** Purposes, this person's consents and the flash after a change, for a page that shows ConsentPanel. */
export async function loadConsents(event: Event, returneeId: string) {
  const [purposes, consents] = await Promise.all([
    consentsApi.purposes(event),
    consentsApi.list(event, returneeId),
  ]);
  const flash = event.url.searchParams.get('consent');
  const consentFlash: 'granted' | 'revoked' | null =
    flash === 'granted' || flash === 'revoked' ? flash : null;
  return { consentPurposes: unwrap(purposes), consents: unwrap(consents), consentFlash };
}

/**
 * Grant and revoke, shared by the person's own page and the counselor's page. Who may do it, and
 * whether it counts as `self` or `counselor-assisted`, is the API's decision, not the page's.
 */
export function consentActions(returneeIdOf: (event: RequestEvent) => string | undefined) {
  const target = (event: RequestEvent) => {
    const id = returneeIdOf(event);
    if (!id) error(404, { message: 'Not found' });
    return id;
  };
  const back = (event: RequestEvent, flash: 'granted' | 'revoked') =>
    redirect(303, `${event.url.pathname}?consent=${flash}#consents`);

  return {
    grantConsent: async (event) => {
      const values = formValues(await event.request.formData());
      // Never assumed: only an explicit tick sends `confirmed`; without it the API explains what is missing.
      const result = await consentsApi.grant(
        event,
        target(event),
        single(values.purpose) ?? '',
        single(values.confirmed) === 'on',
      );
      if (!result.ok) return failWith(result, { ...values, form: 'consent' });
      back(event, 'granted');
    },
    revokeConsent: async (event) => {
      const values = formValues(await event.request.formData());
      const result = await consentsApi.revoke(event, target(event), single(values.consentId) ?? '');
      if (!result.ok) return failWith(result, { ...values, form: 'consent' });
      back(event, 'revoked');
    },
  } satisfies Actions;
}
