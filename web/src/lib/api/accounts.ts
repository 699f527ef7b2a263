import type {
  ActivateBody,
  EmployerRegistrationBody,
  SessionResponse,
  SignInBody,
} from '@ctn/shared/contracts/auth';
import type { SessionUser } from '@ctn/shared/contracts/roles';
import { api } from '$lib/server/api';

type ApiEvent = Parameters<typeof api.get>[0];
type Ok = { ok: true };

/** GET /api/account: the session user plus the person's own contact details. */
export type Account = SessionUser & { email?: string; phone?: string; createdAt: string };

export const accountsApi = {
  signIn: (event: ApiEvent, body: SignInBody) => api.post<SessionResponse>(event, '/auth/sign-in', body),
  signOut: (event: ApiEvent) => api.post<Ok>(event, '/auth/sign-out'),
  signOutEverywhere: (event: ApiEvent) => api.post<Ok>(event, '/auth/sign-out-everywhere'),
  activate: (event: ApiEvent, body: ActivateBody) => api.post<SessionResponse>(event, '/auth/activate', body),
  requestPasswordReset: (event: ApiEvent, identifier: string) =>
    api.post<Ok>(event, '/auth/password-reset/request', { identifier }),
  resetPassword: (event: ApiEvent, body: { token: string; password: string }) =>
    api.post<SessionResponse>(event, '/auth/password-reset', body),
  registerEmployer: (event: ApiEvent, body: EmployerRegistrationBody) =>
    api.post<{ user: SessionUser; employerId: string }>(event, '/register/employer', body),
  getAccount: (event: ApiEvent) => api.get<Account>(event, '/account'),
  updateAccount: (event: ApiEvent, body: { locale?: 'vi' | 'en'; displayName?: string }) =>
    api.patch<Account>(event, '/account', body),
  changePassword: (event: ApiEvent, body: { currentPassword: string; newPassword: string }) =>
    api.post<Ok>(event, '/account/password', body),
  requestDeletion: (event: ApiEvent, reason?: string) =>
    api.post<{ id: string; status: string; requestedAt: string }>(event, '/me/deletion-request', { reason }),
};
