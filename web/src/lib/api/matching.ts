import type {
  ApplicationListQuery,
  ApplicationView,
  ChangeApplicationStatusBody,
  CreateApplicationBody,
  EmployerApplicationView,
} from '@ctn/shared/contracts/applications';
import type { PageOf } from '@ctn/shared/contracts/common';
import type { CandidatesResponse, MatchesResponse } from '@ctn/shared/contracts/matching';
import type { NotificationList } from '@ctn/shared/contracts/notifications';
import type {
  CaseRecord,
  CreateReferralBody,
  ReturneeProfile,
  UpdateCaseBody,
  UpdateReferralBody,
  UpdateReturneeProfileBody,
} from '@ctn/shared/contracts/returnees';
import type { CompleteTaskBody, TaskListQuery, TaskView } from '@ctn/shared/contracts/tasks';
import { api } from '$lib/server/api';
import { toQuery } from './query';

type ApiEvent = Parameters<typeof api.get>[0];
const id = (value: string) => encodeURIComponent(value);

/** Profiles, case records, matches, applications, tasks and notifications (the matching part of the API). */
export const profileApi = {
  get: (event: ApiEvent, returneeId: string) =>
    api.get<ReturneeProfile>(event, `/returnees/${id(returneeId)}/profile`),
  update: (event: ApiEvent, returneeId: string, body: UpdateReturneeProfileBody) =>
    api.patch<ReturneeProfile>(event, `/returnees/${id(returneeId)}/profile`, body),
  verifyCertificate: (event: ApiEvent, returneeId: string, certificateId: string, verified: boolean) =>
    api.post<ReturneeProfile>(
      event,
      `/returnees/${id(returneeId)}/certificates/${id(certificateId)}/verify`,
      { verified },
    ),
};

export const caseApi = {
  get: (event: ApiEvent, returneeId: string) =>
    api.get<CaseRecord>(event, `/returnees/${id(returneeId)}/case`),
  update: (event: ApiEvent, returneeId: string, body: UpdateCaseBody) =>
    api.patch<CaseRecord>(event, `/returnees/${id(returneeId)}/case`, body),
  addReferral: (event: ApiEvent, returneeId: string, body: CreateReferralBody) =>
    api.post<CaseRecord>(event, `/returnees/${id(returneeId)}/case/referrals`, body),
  updateReferral: (event: ApiEvent, returneeId: string, referralId: string, body: UpdateReferralBody) =>
    api.patch<CaseRecord>(event, `/returnees/${id(returneeId)}/case/referrals/${id(referralId)}`, body),
};

export const matchingApi = {
  matches: (event: ApiEvent, returneeId: string, limit = 20) =>
    api.get<MatchesResponse>(event, `/returnees/${id(returneeId)}/matches${toQuery({ limit })}`),
  candidates: (event: ApiEvent, postingId: string, limit = 20) =>
    api.get<CandidatesResponse>(event, `/postings/${id(postingId)}/candidates${toQuery({ limit })}`),
};

export const applicationsApi = {
  apply: (event: ApiEvent, body: CreateApplicationBody) =>
    api.post<ApplicationView>(event, '/applications', body),
  list: (event: ApiEvent, query: ApplicationListQuery) =>
    api.get<PageOf<ApplicationView>>(event, `/applications${toQuery(query)}`),
  withdraw: (event: ApiEvent, applicationId: string) =>
    api.post<ApplicationView>(event, `/applications/${id(applicationId)}/withdraw`),
  shareContact: (event: ApiEvent, applicationId: string) =>
    api.post<ApplicationView>(event, `/applications/${id(applicationId)}/share-contact`, { confirmed: true }),
  forEmployer: (event: ApiEvent, query: ApplicationListQuery) =>
    api.get<PageOf<EmployerApplicationView>>(event, `/employer/applications${toQuery(query)}`),
  oneForEmployer: (event: ApiEvent, applicationId: string) =>
    api.get<EmployerApplicationView>(event, `/employer/applications/${id(applicationId)}`),
  move: (event: ApiEvent, applicationId: string, body: ChangeApplicationStatusBody) =>
    api.post<EmployerApplicationView>(event, `/employer/applications/${id(applicationId)}/status`, body),
};

export const tasksApi = {
  list: (event: ApiEvent, query: TaskListQuery) => api.get<TaskView[]>(event, `/tasks${toQuery(query)}`),
  complete: (event: ApiEvent, taskId: string, body: CompleteTaskBody) =>
    api.post<TaskView>(event, `/tasks/${id(taskId)}/complete`, body),
  reopen: (event: ApiEvent, taskId: string) => api.post<TaskView>(event, `/tasks/${id(taskId)}/reopen`),
};

export const notificationsApi = {
  list: (event: ApiEvent) => api.get<NotificationList>(event, '/notifications?limit=50'),
  unread: (event: ApiEvent) => api.get<{ unread: number }>(event, '/notifications/unread-count'),
  read: (event: ApiEvent, notificationId: string) =>
    api.post<unknown>(event, `/notifications/${id(notificationId)}/read`),
  readAll: (event: ApiEvent) => api.post<unknown>(event, '/notifications/read-all'),
};
