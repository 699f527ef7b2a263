import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasActiveConsent } from '../../server/src/modules/consents/service';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
});
afterAll(async () => t?.close());

describe('consents', () => {
  it('explains every purpose in plain Vietnamese (and English)', async () => {
    const res = await t.agent().get('/api/consents/purposes').expect(200);
    const matching = res.body.find((p: { kind: string }) => p.kind === 'matching');
    expect(matching.text.vi).toMatch(/không thấy tên/);
    expect(matching.text.en).toMatch(/do not see my name/);
  });

  it('is never implied: granting requires an explicit confirmation', async () => {
    const person = await signIn(t, 'minh@test.vn');
    const res = await person
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'matching' })
      .expect(400);
    expect(res.body.fields[0].field).toBe('confirmed');
    const falsy = await person
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'matching', confirmed: false });
    expect(falsy.status).toBe(400);
  });

  it('records who granted it: the person, or their counselor with them present', async () => {
    const person = await signIn(t, 'minh@test.vn');
    const self = await person
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'matching', confirmed: true })
      .expect(201);
    expect(self.body).toMatchObject({ grantedBy: 'self', active: true, purpose: 'matching' });
    expect(self.body.text).toMatch(/Tôi đồng ý/);

    const counselor = await signIn(t, 'canbo1@test.vn');
    const assisted = await counselor
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: `share-with-employer:${world.employers.a}`, confirmed: true })
      .expect(201);
    expect(assisted.body.grantedBy).toBe('counselor-assisted');

    const again = await counselor
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: `share-with-employer:${world.employers.a}`, confirmed: true })
      .expect(201);
    expect(again.body.id).toBe(assisted.body.id);
  });

  it('cannot be granted by anyone else, nor for an unknown employer', async () => {
    for (const who of ['canbo2@test.vn', 'admin24@test.vn', 'tuyendung@a.vn']) {
      const res = await (await signIn(t, who))
        .post(`/api/returnees/${world.returnees.minh}/consents`)
        .send({ purpose: 'matching', confirmed: true });
      expect([403, 404], who).toContain(res.status);
    }
    const counselor = await signIn(t, 'canbo1@test.vn');
    await counselor
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'share-with-employer:65f000000000000000000000', confirmed: true })
      .expect(400);
    await counselor
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'sell-my-data', confirmed: true })
      .expect(400);
  });

  it('takes effect when revoked, keeps the history, and can be granted again', async () => {
    const purpose = `share-with-employer:${world.employers.b}`;
    const person = await signIn(t, 'minh@test.vn');
    const granted = await person
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose, confirmed: true })
      .expect(201);
    expect(await hasActiveConsent(t.app.db.connection, world.returnees.minh, purpose)).toBe(true);

    const revoked = await person
      .post(`/api/returnees/${world.returnees.minh}/consents/${granted.body.id}/revoke`)
      .expect(200);
    expect(revoked.body.active).toBe(false);
    expect(revoked.body.revokedAt).toBeTruthy();
    expect(await hasActiveConsent(t.app.db.connection, world.returnees.minh, purpose)).toBe(false);

    await person
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose, confirmed: true })
      .expect(201);
    const history = await person.get(`/api/returnees/${world.returnees.minh}/consents`).expect(200);
    const forPurpose = history.body.filter((c: { purpose: string }) => c.purpose === purpose);
    expect(forPurpose.map((c: { active: boolean }) => c.active).sort()).toEqual([false, true]);
  });

  it('logs grants and revocations in the audit log', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    const grants = await admin.get('/api/admin/audit').query({ action: 'consent.grant' }).expect(200);
    const revokes = await admin.get('/api/admin/audit').query({ action: 'consent.revoke' }).expect(200);
    expect(grants.body.total).toBeGreaterThanOrEqual(3);
    expect(revokes.body.total).toBeGreaterThanOrEqual(1);
  });
});
