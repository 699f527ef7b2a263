import type { AuditEntry, AuditQuery } from '@ctn/shared/contracts/audit';
import type { PageOf } from '@ctn/shared/contracts/common';
import type { EmployerAdminQuery, EmployerDetail } from '@ctn/shared/contracts/employers';
import type {
  InviteStaffBody,
  UpdateUserBody,
  UserListQuery,
  UserSummary,
} from '@ctn/shared/contracts/users';
import { api } from '$lib/server/api';
import { toQuery } from './query';

type ApiEvent = Parameters<typeof api.get>[0];

export type DeletionStatus = 'pending' | 'completed' | 'rejected';

/** GET /api/admin/deletion-requests (the schema lives in the privacy routes, not in shared contracts). */
export interface DeletionRequest {
  id: string;
  userId: string;
  returneeId?: string;
  displayName: string;
  reason?: string;
  status: DeletionStatus;
  requestedAt: string;
  decidedAt?: string;
  decisionNote?: string;
}

/** The audit filters without paging: the CSV export takes the same ones. */
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function auditCsvHref(filters: AuditFilters): string {
  return `/api/admin/audit.csv${toQuery(filters)}`;
}

export const adminApi = {
  listUsers: (event: ApiEvent, query: UserListQuery) =>
    api.get<PageOf<UserSummary>>(event, `/admin/users${toQuery(query)}`),
  inviteStaff: (event: ApiEvent, body: InviteStaffBody) =>
    api.post<UserSummary>(event, '/admin/users/invite', body),
  updateUser: (event: ApiEvent, id: string, body: UpdateUserBody) =>
    api.patch<UserSummary>(event, `/admin/users/${encodeURIComponent(id)}`, body),

  listEmployers: (event: ApiEvent, query: EmployerAdminQuery) =>
    api.get<PageOf<EmployerDetail>>(event, `/admin/employers${toQuery(query)}`),
  setEmployerVerified: (event: ApiEvent, id: string, verified: boolean) =>
    api.post<EmployerDetail>(
      event,
      `/admin/employers/${encodeURIComponent(id)}/${verified ? 'verify' : 'unverify'}`,
    ),

  listAudit: (event: ApiEvent, query: AuditQuery) =>
    api.get<PageOf<AuditEntry>>(event, `/admin/audit${toQuery(query)}`),

  listDeletionRequests: (event: ApiEvent, status?: DeletionStatus) =>
    api.get<DeletionRequest[]>(event, `/admin/deletion-requests${toQuery({ status })}`),
  decideDeletion: (event: ApiEvent, id: string, decision: 'complete' | 'reject', note?: string) =>
    api.post<{ id: string; status: string }>(
      event,
      `/admin/deletion-requests/${encodeURIComponent(id)}/${decision}`,
      note ? { note } : {},
    ),
};
