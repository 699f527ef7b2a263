import { redirect } from '@sveltejs/kit';
import { adminApi } from '$lib/api/admin';
import { pageParam } from '$lib/api/query';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { backWith, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const verifiedParam = params.get('verified');
  const verified = verifiedParam === 'true' ? true : verifiedParam === 'false' ? false : undefined;
  const q = params.get('q')?.trim() || undefined;
  const employers = unwrap(await adminApi.listEmployers(event, { q, verified, page: pageParam(event.url) }));
  return { employers, filters: { q, verified }, flash: { done: params.get('done'), who: params.get('who') } };
};

async function setVerified(event: Parameters<Actions[string]>[0], verified: boolean) {
  requireRole(event.locals, event.url, ['admin']);
  const values = formValues(await event.request.formData());
  const result = await adminApi.setEmployerVerified(event, single(values.id) ?? '', verified);
  if (!result.ok) return failWith(result, values);
  redirect(
    303,
    backWith('/admin/employers', single(values.back), {
      done: verified ? 'verified' : 'unverified',
      who: result.data.legalName,
    }),
  );
}

export const actions: Actions = {
  verify: (event) => setVerified(event, true),
  unverify: (event) => setVerified(event, false),
};
