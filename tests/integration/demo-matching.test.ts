import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_PASSWORD } from '../../server/src/modules/accounts/seed';
import { seedDemoData } from '../../server/src/seed';
import { startTestApp, type TestApp } from '../helpers/app';
import { signIn } from '../helpers/people';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.app);
  await seedDemoData(t.app); // idempotent
});
afterAll(async () => t?.close());

describe('the demo data for matching', () => {
  it('gives the demo counselor ranked matches, applications and a follow-up task', async () => {
    const counselor = await signIn(t, 'canbo.hai@demo.chotinhnguoi.vn', DEMO_PASSWORD);
    const matches = (await counselor.get(`/api/returnees/${DEMO_IDS.returneeMinh}/matches`).expect(200)).body;
    expect(matches.items[0].posting.occupationCode).toBe('7212');
    expect(matches.items[0].reasons.map((r: { vi: string }) => r.vi).join(' ')).toMatch(
      /chứng chỉ hàn bậc 2 \(đã xác minh\)/i,
    );
    const lan = (await counselor.get(`/api/returnees/${DEMO_IDS.returneeLan}/matches?limit=100`).expect(200))
      .body;
    expect(
      lan.items.some((m: { posting: { occupationCode: string } }) => m.posting.occupationCode === '5414'),
    ).toBe(false);
    const applications = (await counselor.get('/api/applications').expect(200)).body;
    expect(applications.items.map((a: { status: string }) => a.status).sort()).toEqual([
      'hired',
      'interview',
      'submitted',
    ]);
    const tasks = (await counselor.get('/api/tasks').expect(200)).body;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].returneeName).toBe('Phạm Văn Đức');
  });

  it('shows the demo employer an anonymous application and a suggested candidate', async () => {
    const employer = await signIn(t, 'tuyendung@maysonghong.demo.vn', DEMO_PASSWORD);
    const list = (await employer.get('/api/employer/applications').expect(200)).body;
    const lan = list.items.find(
      (a: { candidate: { anonymousCode: string } }) => a.candidate.anonymousCode === 'M3RT',
    );
    expect(lan.contact).toBeUndefined();
    expect(JSON.stringify(list)).not.toContain('Trần Thị Lan');
    const candidates = (await employer.get(`/api/postings/${lan.postingId}/candidates`).expect(200)).body;
    expect(candidates.items[0].candidate.anonymousCode).toBe('M3RT');
    const bell = (await employer.get('/api/notifications').expect(200)).body;
    expect(bell.unread).toBeGreaterThan(0);
  });
});
