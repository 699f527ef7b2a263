import type { CreateFairBody, PostingInput } from '@ctn/shared';
import type supertest from 'supertest';
import WebSocket from 'ws';
import type { LiveEvent } from '../../server/src/realtime/bus';
import { daysFromNow, postingInput } from './postings';

/** A fair in Bắc Ninh a week from now, unless overridden. */
export function fairInput(overrides: Partial<CreateFairBody> = {}): CreateFairBody {
  return {
    name: 'Phiên chợ việc làm của tình người — phường Kinh Bắc',
    provinceCode: '24',
    communeCode: '09187',
    venue: 'Nhà văn hóa phường Kinh Bắc, 12 Lý Thái Tổ',
    date: daysFromNow(7),
    startTime: '07:30',
    endTime: '11:30',
    agencies: ['Công an tỉnh Bắc Ninh', 'Hội Doanh nghiệp tỉnh'],
    hiringTarget: 20,
    capacity: 200,
    ...overrides,
  };
}

/** Creates a fair through the API (admin) and opens it for registration; returns its id. */
export async function createOpenFair(
  admin: supertest.Agent,
  overrides: Partial<CreateFairBody> = {},
  status: 'registration' | 'live' = 'registration',
): Promise<string> {
  const created = await admin.post('/api/fairs').send(fairInput(overrides));
  if (created.status !== 201) throw new Error(`fair not created: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  await admin.post(`/api/fairs/${id}/status`).send({ status: 'registration' }).expect(200);
  if (status === 'live') await admin.post(`/api/fairs/${id}/status`).send({ status: 'live' }).expect(200);
  return id;
}

/** An employer's posting taken through review to the job board; returns its id. */
export async function openPosting(
  employer: supertest.Agent,
  admin: supertest.Agent,
  overrides: Partial<PostingInput> = {},
): Promise<string> {
  const created = await employer
    .post('/api/postings')
    .send(postingInput({ deadline: daysFromNow(40), ...overrides }));
  if (created.status !== 201) throw new Error(`posting not created: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  await employer.post(`/api/postings/${id}/submit`).expect(200);
  await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
  return id;
}

/** A real WebSocket client of /api/live/<stream>, recording events. */
export class LiveClient {
  readonly events: LiveEvent[] = [];
  /** Frames that carried several events (batch=true). */
  arrays = 0;
  readonly ws: WebSocket;
  readonly opened: Promise<void>;
  private waiters: { test: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];

  constructor(url: string, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, {
      headers: { origin: new URL(url).origin.replace(/^ws/, 'http'), ...headers },
    });
    this.ws.on('message', (data) => {
      const parsed = JSON.parse(String(data)) as LiveEvent | LiveEvent[];
      if (Array.isArray(parsed)) this.arrays += 1;
      for (const event of Array.isArray(parsed) ? parsed : [parsed]) {
        this.events.push(event);
        for (const waiter of [...this.waiters])
          if (waiter.test(event)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
      }
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  waitFor(test: (e: LiveEvent) => boolean, timeoutMs = 10_000): Promise<LiveEvent> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such event; got ${this.events.map((e) => e.type)}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  close() {
    this.ws.close();
  }
}
