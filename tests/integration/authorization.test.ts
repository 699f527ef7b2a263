import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
});
afterAll(async () => t?.close());

describe('who may read a returnee profile', () => {
  it('the assigned counselor, the province admin and the person themselves', async () => {
    for (const who of ['canbo1@test.vn', 'admin24@test.vn', 'minh@test.vn']) {
      const agent = await signIn(t, who);
      const res = await agent.get(`/api/returnees/${world.returnees.minh}`);
      expect(res.status, who).toBe(200);
      expect(res.body.displayName).toBe('Nguyễn Văn Minh');
    }
  });

  it('nobody else: another counselor of the same province, another province’s admin, employers, organizers, viewers — all 404', async () => {
    for (const who of [
      'canbo2@test.vn',
      'admin01@test.vn',
      'tuyendung@a.vn',
      'tochuc@test.vn',
      'lanhdao@test.vn',
    ]) {
      const agent = await signIn(t, who);
      const res = await agent.get(`/api/returnees/${world.returnees.minh}`);
      expect(res.status, who).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain('Minh');
    }
  });

  it('answers an unknown id and someone else’s id identically', async () => {
    const agent = await signIn(t, 'canbo1@test.vn');
    const other = await agent.get(`/api/returnees/${world.returnees.lan}`);
    const missing = await agent.get('/api/returnees/65f000000000000000000000');
    const malformed = await agent.get('/api/returnees/not-an-id');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(malformed.status).toBe(400);
    expect({ ...other.body, requestId: '' }).toEqual({ ...missing.body, requestId: '' });
  });

  it('lists only the caseload for a counselor and the province for an admin', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const mine = await counselor.get('/api/returnees').expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([world.returnees.minh]),
    );
    expect(mine.body.items.map((r: { id: string }) => r.id)).not.toContain(world.returnees.lan);

    const admin = await signIn(t, 'admin24@test.vn');
    const province = await admin.get('/api/returnees?pageSize=100').expect(200);
    const ids = province.body.items.map((r: { id: string }) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([world.returnees.minh, world.returnees.lan, world.returnees.unassigned]),
    );
    expect(ids).not.toContain(world.returnees.hung);

    for (const who of ['tuyendung@a.vn', 'tochuc@test.vn', 'lanhdao@test.vn', 'minh@test.vn']) {
      const res = await (await signIn(t, who)).get('/api/returnees');
      expect(res.status, who).toBe(403);
    }
  });
});

describe('case records', () => {
  it('only the assigned counselor and the province admins can read one', async () => {
    for (const who of ['canbo1@test.vn', 'admin24@test.vn']) {
      const res = await (await signIn(t, who)).get(`/api/returnees/${world.returnees.minh}/case`);
      expect(res.status, who).toBe(200);
      expect(res.body.offenceCategory).toBe('MARKER-OFFENCE-7Q');
    }
    for (const [who, status] of [
      ['canbo2@test.vn', 404],
      ['admin01@test.vn', 404],
      ['minh@test.vn', 403],
      ['tuyendung@a.vn', 403],
      ['tochuc@test.vn', 403],
      ['lanhdao@test.vn', 403],
    ] as const) {
      const res = await (await signIn(t, who)).get(`/api/returnees/${world.returnees.minh}/case`);
      expect(res.status, who).toBe(status);
      expect(JSON.stringify(res.body)).not.toContain('MARKER');
    }
  });

  it('validates a CCCD number on update, with the rule in the message', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const res = await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ cccd: '12345' })
      .expect(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'cccd', message: 'Số CCCD gồm đúng 12 chữ số.' });
    const ok = await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ addNote: 'Đã gọi điện hỏi thăm.' })
      .expect(200);
    expect(ok.body.notes.at(-1).text).toBe('Đã gọi điện hỏi thăm.');
  });
});

describe('assignment', () => {
  it('lets exactly one of two counselors take an unassigned person at the same moment', async () => {
    const one = await signIn(t, 'canbo1@test.vn');
    const two = await signIn(t, 'canbo2@test.vn');
    const list = await one.get('/api/returnees?unassigned=true').expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(world.returnees.unassigned);
    const [a, b] = await Promise.all([
      one.post(`/api/returnees/${world.returnees.unassigned}/assign`).send({}),
      two.post(`/api/returnees/${world.returnees.unassigned}/assign`).send({}),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 404]);
  });

  it('lets an admin assign to a counselor of the province only', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    await admin
      .post(`/api/returnees/${world.returnees.lan}/assign`)
      .send({ counselorId: world.people.hanoiCounselor.id })
      .expect(404);
    const res = await admin
      .post(`/api/returnees/${world.returnees.lan}/assign`)
      .send({ counselorId: world.people.counselor.id })
      .expect(200);
    expect(res.body.counselorId).toBe(world.people.counselor.id);
    await admin
      .post(`/api/returnees/${world.returnees.lan}/assign`)
      .send({ counselorId: world.people.otherCounselor.id })
      .expect(200);
  });

  it('keeps counselors and admins to their own provinces when creating profiles', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    await counselor
      .post('/api/returnees')
      .send({ displayName: 'Ngoài tỉnh', provinceCode: '01' })
      .expect(403);
  });
});

describe('route gates', () => {
  it('requires a session everywhere except public routes', async () => {
    expect((await t.agent().get('/api/returnees')).status).toBe(401);
    expect((await t.agent().get('/api/admin/users')).status).toBe(401);
    expect((await t.agent().get('/api/health')).status).toBe(200);
    expect((await t.agent().get('/api/auth/session')).body).toEqual({ user: null });
  });

  it('keeps admin routes to admins', async () => {
    for (const who of [
      'canbo1@test.vn',
      'tuyendung@a.vn',
      'lanhdao@test.vn',
      'minh@test.vn',
      'tochuc@test.vn',
    ]) {
      const agent = await signIn(t, who);
      expect((await agent.get('/api/admin/users')).status, who).toBe(403);
      expect((await agent.get('/api/admin/audit')).status, who).toBe(403);
    }
  });
});
