import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FAIR_IDS } from '../../server/src/modules/fairs/seed';
import { seedDemoData } from '../../server/src/seed';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.app);
});
afterAll(async () => t?.close());

describe('demo fairs', () => {
  it('seeds a fair open for registration and a live one in Bắc Ninh, with booths of the demo employers', async () => {
    const list = await t.agent().get('/api/fairs').expect(200);
    const ids = list.body.map((f: { id: string }) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([String(DEMO_FAIR_IDS.registration), String(DEMO_FAIR_IDS.live)]),
    );
    const live = await t.agent().get(`/api/fairs/${DEMO_FAIR_IDS.live}`).expect(200);
    expect(live.body.status).toBe('live');
    expect(live.body.booths.length).toBeGreaterThanOrEqual(2);
    expect(live.body.booths[0].employerName).toContain('Sông Hồng');

    const screen = await t
      .agent()
      .get(`/api/fairs/${DEMO_FAIR_IDS.live}/dashboard`)
      .query({ key: 'demo-screen-que-vo' })
      .expect(200);
    expect(screen.body.state.counts).toMatchObject({ registered: 2, checkedIn: 1, inQueue: 1 });
    const ticket = await t.agent().get('/api/tickets/MH7CAP').expect(200);
    expect(ticket.body).toMatchObject({ displayName: 'N. V. Minh', checkedIn: true });
    expect(ticket.body.queues[0].position).toBe(1);
  });

  it('seeding again changes nothing', async () => {
    await seedDemoData(t.app);
    const screen = await t
      .agent()
      .get(`/api/fairs/${DEMO_FAIR_IDS.live}/dashboard`)
      .query({ key: 'demo-screen-que-vo' })
      .expect(200);
    expect(screen.body.state.counts.registered).toBe(2);
  });
});
