import { type AuditFilters, adminApi, auditCsvHref } from '$lib/api/admin';
import { pageParam } from '$lib/api/query';
import type { PageServerLoad } from './$types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const date = (key: string) => {
    const value = text(key);
    return value && DATE.test(value) ? value : undefined;
  };
  const filters: AuditFilters = {
    action: text('action'),
    actorId: text('actorId'),
    subjectId: text('subjectId'),
    from: date('from'),
    to: date('to'),
  };
  const result = await adminApi.listAudit(event, { ...filters, page: pageParam(event.url) });
  return {
    filters,
    csvHref: auditCsvHref(filters),
    // A filter the API refuses (e.g. an id that is too long) is shown above the form, not as an error page.
    entries: result.ok ? result.data : null,
    problem: result.ok ? null : (result.error?.message ?? ''),
  };
};
