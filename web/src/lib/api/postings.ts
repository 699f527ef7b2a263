import type { PageOf } from '@ctn/shared/contracts/common';
import type { EmployerDetail } from '@ctn/shared/contracts/employers';
import type { UpdateEmployerProfileBody } from '@ctn/shared/contracts/jobs';
import type {
  ImportResult,
  MyPostingsResponse,
  PostingDetail,
  PostingInput,
  PostingSummary,
} from '@ctn/shared/contracts/postings';
import { toQuery } from '$lib/api/query';
import { api } from '$lib/server/api';

type ApiEvent = Parameters<typeof api.get>[0];
const id = (value: string) => encodeURIComponent(value);

export const postingsApi = {
  mine: (event: ApiEvent, params: { status?: string; page?: number }) =>
    api.get<MyPostingsResponse>(event, `/postings${toQuery(params)}`),
  get: (event: ApiEvent, postingId: string) => api.get<PostingDetail>(event, `/postings/${id(postingId)}`),
  create: (event: ApiEvent, body: PostingInput) => api.post<PostingDetail>(event, '/postings', body),
  update: (event: ApiEvent, postingId: string, body: PostingInput) =>
    api.put<PostingDetail>(event, `/postings/${id(postingId)}`, body),
  submit: (event: ApiEvent, postingId: string) =>
    api.post<PostingDetail>(event, `/postings/${id(postingId)}/submit`),
  close: (event: ApiEvent, postingId: string, outcome: 'closed' | 'filled') =>
    api.post<PostingDetail>(event, `/postings/${id(postingId)}/${outcome === 'filled' ? 'fill' : 'close'}`),
  remove: (event: ApiEvent, postingId: string) =>
    api.delete<{ ok: true }>(event, `/postings/${id(postingId)}`),
  queue: (event: ApiEvent, params: { status?: string; page?: number; q?: string }) =>
    api.get<PageOf<PostingSummary>>(event, `/admin/postings${toQuery(params)}`),
  approve: (event: ApiEvent, postingId: string) =>
    api.post<PostingDetail>(event, `/admin/postings/${id(postingId)}/approve`),
  sendBack: (event: ApiEvent, postingId: string, reason: string) =>
    api.post<PostingDetail>(event, `/admin/postings/${id(postingId)}/send-back`, { reason }),
  employer: (event: ApiEvent, employerId: string) =>
    api.get<EmployerDetail>(event, `/employers/${id(employerId)}`),
  updateEmployer: (event: ApiEvent, employerId: string, body: UpdateEmployerProfileBody) =>
    api.patch<EmployerDetail>(event, `/employers/${id(employerId)}`, body),
  /** Multipart upload: passes the browser's file through to the API. */
  async importFile(event: ApiEvent, file: File, options: { submit: boolean; again: boolean }) {
    const form = new FormData();
    form.set('file', file, file.name);
    const query = new URLSearchParams();
    if (options.submit) query.set('submit', 'true');
    if (options.again) query.set('again', 'true');
    const response = await event.fetch(`/api/postings/import${query.size > 0 ? `?${query}` : ''}`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: form,
    });
    const body = (await response.json()) as unknown;
    return response.ok
      ? { ok: true as const, status: response.status, data: body as ImportResult }
      : {
          ok: false as const,
          status: response.status,
          error: body as import('@ctn/shared/contracts/common').ErrorEnvelope,
        };
  },
};
