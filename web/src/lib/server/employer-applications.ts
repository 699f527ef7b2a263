import { REJECTION_REASON_TEXT, REJECTION_REASONS } from '@ctn/shared/contracts/applications';
import type { Locale } from '@ctn/shared/i18n/locale';
import { type Actions, type RequestEvent, redirect } from '@sveltejs/kit';
import { applicationsApi } from '$lib/api/matching';
import { failWith, formValues } from '$lib/server/api';
import { single } from '$lib/server/forms';

export function rejectionReasons(locale: Locale) {
  return REJECTION_REASONS.map((value) => ({ value, label: REJECTION_REASON_TEXT[value][locale] }));
}

/** One tap to move an application on; turning down needs a reason from the list. */
export function pipelineActions(backTo: (event: RequestEvent) => string) {
  return {
    move: async (event) => {
      const values = formValues(await event.request.formData());
      const status = single(values.status) ?? '';
      const result = await applicationsApi.move(event, single(values.applicationId) ?? '', {
        status: status as never,
        ...(single(values.reason) ? { reason: single(values.reason) as never } : {}),
        ...(single(values.note) ? { note: single(values.note) } : {}),
      });
      if (!result.ok) return failWith(result, values);
      redirect(303, backTo(event));
    },
  } satisfies Actions;
}
