import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseModel } from '../../server/src/modules/cases/model';
import { returneeModel } from '../../server/src/modules/returnees/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { CASE_MARKERS, createWorld, PASSWORD, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
});
afterAll(async () => t?.close());

describe('my data', () => {
  it('downloads everything held about me as JSON, and logs the export', async () => {
    const person = await signIn(t, 'minh@test.vn');
    const res = await person.get('/api/me/data').expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="du-lieu-cua-toi-/);
    const data = JSON.parse(res.text);
    expect(data.account.email).toBe('minh@test.vn');
    expect(data.account.passwordHash).toBeUndefined();
    expect(data.profile.displayName).toBe('Nguyễn Văn Minh');
    expect(data.case.offenceCategory).toBe(CASE_MARKERS.offenceCategory);
    const admin = await signIn(t, 'admin24@test.vn');
    const log = await admin
      .get('/api/admin/audit')
      .query({ action: 'export.download', subjectId: world.returnees.minh })
      .expect(200);
    expect(log.body.items[0].fields).toContain('case.offenceCategory');
  });

  it('lets a person ask for deletion; an admin of their province erases the data', async () => {
    const person = await signIn(t, 'minh@test.vn');
    const request = await person
      .post('/api/me/deletion-request')
      .send({ reason: 'Tôi đã có việc ổn định.' })
      .expect(201);
    const repeat = await person.post('/api/me/deletion-request').send({}).expect(201);
    expect(repeat.body.id).toBe(request.body.id);
    const mine = await person.get('/api/me/deletion-request').expect(200);
    expect(mine.body).toMatchObject({ id: request.body.id, status: 'pending' });

    const otherAdmin = await signIn(t, 'admin01@test.vn');
    expect((await otherAdmin.get('/api/admin/deletion-requests')).body).toEqual([]);
    await otherAdmin.post(`/api/admin/deletion-requests/${request.body.id}/complete`).send({}).expect(404);

    const admin = await signIn(t, 'admin24@test.vn');
    const pending = await admin.get('/api/admin/deletion-requests?status=pending').expect(200);
    expect(pending.body.map((r: { id: string }) => r.id)).toContain(request.body.id);
    await admin
      .post(`/api/admin/deletion-requests/${request.body.id}/complete`)
      .send({ note: 'Đã xác minh qua điện thoại.' })
      .expect(200);
    await admin.post(`/api/admin/deletion-requests/${request.body.id}/complete`).send({}).expect(409);

    await t
      .agent()
      .post('/api/auth/sign-in')
      .send({ identifier: 'minh@test.vn', password: PASSWORD })
      .expect(401);
    expect((await person.get('/api/account')).status).toBe(401);
    const profile = await returneeModel(t.app.db.connection).findById(world.returnees.minh).lean();
    expect(profile?.displayName).toBe('Người dùng đã xóa');
    expect(profile?.phone).toBeUndefined();
    expect(await caseModel(t.app.db.connection).countDocuments({ returneeId: world.returnees.minh })).toBe(0);
  });
});
