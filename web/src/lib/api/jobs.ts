import type { EmployerProfileResponse, JobDetail, JobSearchResponse } from '@ctn/shared/contracts/jobs';
import { api } from '$lib/server/api';

type ApiEvent = Parameters<typeof api.get>[0];

export const jobsApi = {
  /** `query` is the board's own query string (the page URL's), passed through as it is. */
  search: (event: ApiEvent, query: URLSearchParams) =>
    api.get<JobSearchResponse>(event, `/jobs${query.size > 0 ? `?${query}` : ''}`),
  get: (event: ApiEvent, id: string) => api.get<JobDetail>(event, `/jobs/${encodeURIComponent(id)}`),
  employerProfile: (event: ApiEvent, id: string) =>
    api.get<EmployerProfileResponse>(event, `/employers/${encodeURIComponent(id)}/profile`),
};
