import { fail, redirect } from '@sveltejs/kit';
import { postingsApi } from '$lib/api/postings';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['employer']);
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, event.url, ['employer']);
    const form = await event.request.formData();
    const file = form.get('file');
    const submit = form.get('submit') === 'on';
    const again = form.get('again') === 'on';
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, {
        message: event.locals.locale === 'en' ? 'Please choose a file.' : 'Vui lòng chọn tệp.',
        rows: [],
        duplicate: false,
      });
    }
    const result = await postingsApi.importFile(event, file, { submit, again });
    if (!result.ok) {
      // Row problems come as fields "rows.<row>.<field>": one table line each.
      const rows = (result.error?.fields ?? []).flatMap((f) => {
        const match = /^rows\.(\d+)\.([\w.]+)$/.exec(f.field);
        return match ? [{ row: Number(match[1]), field: match[2]!.split('.')[0]!, message: f.message }] : [];
      });
      const status = result.status === 413 || result.status === 409 ? result.status : 400;
      // A repeat of an earlier import: the page offers to import once more on purpose.
      const duplicate = result.error?.code === 'IMPORT_DUPLICATE';
      return fail(status, { message: result.error?.message ?? '', rows, duplicate });
    }
    redirect(303, `/employer?done=imported-${result.data.imported}`);
  },
};
