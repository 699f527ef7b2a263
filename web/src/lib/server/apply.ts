import { type RequestEvent, redirect } from '@sveltejs/kit';
import { jobsApi } from '$lib/api/jobs';
import { applicationsApi } from '$lib/api/matching';
import { failWith, formValues } from '$lib/server/api';
import { single } from '$lib/server/forms';

/** The posting being applied to, or null when it is no longer on the board. */
export async function loadJobToApply(event: Pick<RequestEvent, 'fetch' | 'cookies'>, postingId: string) {
  const job = await jobsApi.get(event, postingId);
  return job.ok && job.data.status === 'open' ? job.data : null;
}

/**
 * Sends the application. Sharing name and phone is a consent, sent only when the person ticked it
 * themselves (never pre-ticked); the API records who was present.
 */
export async function submitApplication(
  event: RequestEvent,
  returneeId: string,
  postingId: string,
  next: string,
) {
  const values = formValues(await event.request.formData());
  const share = single(values.shareContact) === 'on';
  const message = single(values.message);
  const result = await applicationsApi.apply(event, {
    returneeId,
    postingId,
    shareContact: share,
    ...(share ? { confirmed: true as const } : {}),
    ...(message ? { message } : {}),
  });
  if (!result.ok) return failWith(result, values);
  redirect(303, next);
}
