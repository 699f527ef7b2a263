import type { EmployerDetail } from '@ctn/shared/contracts/employers';
import { api } from '$lib/server/api';

type ApiEvent = Parameters<typeof api.get>[0];

export const employersApi = {
  /**
   * The company as its own members see it. Not in the API yet (employers/policy.ts has
   * `canManageEmployer` but no route uses it): pages treat a 404 as "status not available".
   */
  get: (event: ApiEvent, id: string) =>
    api.get<EmployerDetail>(event, `/employers/${encodeURIComponent(id)}`),
};
