import type { PageOf } from '@ctn/shared/contracts/common';
import type { CreateReturneeBody, ReturneeListQuery, ReturneeSummary } from '@ctn/shared/contracts/returnees';
import { api } from '$lib/server/api';
import { toQuery } from './query';

type ApiEvent = Parameters<typeof api.get>[0];
/** POST /api/returnees/:id/account: the activation code is in this answer only, never stored in clear. */
export interface ReturneeAccount {
  userId: string;
  activationCode: string;
  expiresInDays: number;
  signInWith: string;
}

export const returneesApi = {
  list: (event: ApiEvent, query: ReturneeListQuery) =>
    api.get<PageOf<ReturneeSummary>>(event, `/returnees${toQuery(query)}`),
  create: (event: ApiEvent, body: CreateReturneeBody) => api.post<ReturneeSummary>(event, '/returnees', body),
  get: (event: ApiEvent, id: string) =>
    api.get<ReturneeSummary>(event, `/returnees/${encodeURIComponent(id)}`),
  openAccount: (event: ApiEvent, id: string, body: { phone?: string; email?: string }) =>
    api.post<ReturneeAccount>(event, `/returnees/${encodeURIComponent(id)}/account`, body),
};
