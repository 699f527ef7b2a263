import type {
  BoothApplyBody,
  BoothDecisionBody,
  BoothLiveView,
  BoothView,
  CreateFairBody,
  DashboardSnapshot,
  FairComparisonRow,
  FairDetail,
  FairListQuery,
  FairReport,
  FairStaffView,
  FairStatus,
  FairSummary,
  ItineraryItem,
  RegistrationView,
  Roster,
  TicketView,
  UpdateFairBody,
} from '@ctn/shared/contracts/fairs';
import { api } from '$lib/server/api';
import { toQuery } from './query';

type ApiEvent = Parameters<typeof api.get>[0];
const enc = encodeURIComponent;

/** Typed calls to /api/fairs… from +page.server.ts (the browser's own live calls are in $lib/fairs). */
export const fairsApi = {
  list: (event: ApiEvent, query: FairListQuery = {}) =>
    api.get<FairSummary[]>(event, `/fairs${toQuery(query)}`),
  get: (event: ApiEvent, id: string) => api.get<FairDetail>(event, `/fairs/${enc(id)}`),
  staff: (event: ApiEvent, id: string) => api.get<FairStaffView>(event, `/fairs/${enc(id)}/staff`),
  create: (event: ApiEvent, body: CreateFairBody) => api.post<FairStaffView>(event, '/fairs', body),
  update: (event: ApiEvent, id: string, body: UpdateFairBody) =>
    api.patch<FairStaffView>(event, `/fairs/${enc(id)}`, body),
  setStatus: (event: ApiEvent, id: string, status: FairStatus) =>
    api.post<FairStaffView>(event, `/fairs/${enc(id)}/status`, { status }),
  setOrganizers: (event: ApiEvent, id: string, organizerIds: string[]) =>
    api.put<FairStaffView>(event, `/fairs/${enc(id)}/organizers`, { organizerIds }),
  organizerOptions: (event: ApiEvent, id: string) =>
    api.get<{ id: string; displayName: string }[]>(event, `/fairs/${enc(id)}/organizer-options`),
  applyBooth: (event: ApiEvent, id: string, body: BoothApplyBody) =>
    api.post<BoothView>(event, `/fairs/${enc(id)}/booths`, body),
  decideBooth: (event: ApiEvent, id: string, boothId: string, body: BoothDecisionBody) =>
    api.post<BoothView>(event, `/fairs/${enc(id)}/booths/${enc(boothId)}/decision`, body),
  myBooths: (event: ApiEvent) =>
    api.get<{ booth: BoothView; fair: FairSummary }[]>(event, '/employer/booths'),
  booth: (event: ApiEvent, boothId: string) => api.get<BoothLiveView>(event, `/booths/${enc(boothId)}`),
  register: (event: ApiEvent, id: string, returneeId: string) =>
    api.post<RegistrationView>(event, `/fairs/${enc(id)}/registrations`, { returneeId, confirmed: true }),
  registrations: (event: ApiEvent, id: string) =>
    api.get<RegistrationView[]>(event, `/fairs/${enc(id)}/registrations`),
  cancel: (event: ApiEvent, id: string, registrationId: string) =>
    api.delete<RegistrationView>(event, `/fairs/${enc(id)}/registrations/${enc(registrationId)}`),
  itinerary: (event: ApiEvent, id: string, registrationId: string) =>
    api.get<ItineraryItem[]>(event, `/fairs/${enc(id)}/registrations/${enc(registrationId)}/itinerary`),
  roster: (event: ApiEvent, id: string) => api.get<Roster>(event, `/fairs/${enc(id)}/roster`),
  ticket: (event: ApiEvent, code: string) => api.get<TicketView>(event, `/tickets/${enc(code)}`),
  joinFromTicket: (event: ApiEvent, code: string, boothIds: string[]) =>
    api.post<unknown>(event, `/tickets/${enc(code)}/queues`, { boothIds }),
  leaveFromTicket: (event: ApiEvent, code: string, boothId: string) =>
    api.delete<unknown>(event, `/tickets/${enc(code)}/queues/${enc(boothId)}`),
  dashboard: (event: ApiEvent, id: string, key?: string) =>
    api.get<DashboardSnapshot>(event, `/fairs/${enc(id)}/dashboard${toQuery({ key })}`),
  report: (event: ApiEvent, id: string) => api.get<FairReport>(event, `/fairs/${enc(id)}/report`),
  compare: (event: ApiEvent) => api.get<FairComparisonRow[]>(event, '/reports/fairs'),
};
