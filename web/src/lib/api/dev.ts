import { api } from '$lib/server/api';
import { toQuery } from './query';

type ApiEvent = Parameters<typeof api.get>[0];

/** GET /api/dev/mail (development only; the schema lives in server/src/modules/dev/routes.ts). */
export interface DevMailEntry {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
}
export interface DevMailMessage extends DevMailEntry {
  text: string;
  html?: string;
  messageId?: string;
}

export const devApi = {
  listMail: (event: ApiEvent, limit = 100) =>
    api.get<{ items: DevMailEntry[] }>(event, `/dev/mail${toQuery({ limit })}`),
  getMail: (event: ApiEvent, id: string) =>
    api.get<DevMailMessage>(event, `/dev/mail/${encodeURIComponent(id)}`),
};
