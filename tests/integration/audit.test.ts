import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditModel } from '../../server/src/modules/audit/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('writes exactly one entry per case read, naming fields but never values', async () => {
    const Audit = auditModel(t.app.db.connection);
    const before = await Audit.countDocuments({ action: 'case.read', subjectId: world.returnees.minh });
    const counselor = await signIn(t, 'canbo1@test.vn');
    const read = await counselor.get(`/api/returnees/${world.returnees.minh}/case`).expect(200);
    const after = await Audit.find({ action: 'case.read', subjectId: world.returnees.minh }).lean();
    expect(after.length).toBe(before + 1);
    const entry = after.at(-1)!;
    expect(String(entry.actorId)).toBe(world.people.counselor.id);
    expect(entry.requestId).toBe(read.headers['x-request-id']);
    expect(entry.fields).toContain('offenceCategory');
    expect(JSON.stringify(entry)).not.toContain('MARKER');
  });

  it('does not log a refused read (nothing was read)', async () => {
    const Audit = auditModel(t.app.db.connection);
    const before = await Audit.countDocuments({ action: 'case.read' });
    await (await signIn(t, 'canbo2@test.vn')).get(`/api/returnees/${world.returnees.minh}/case`).expect(404);
    expect(await Audit.countDocuments({ action: 'case.read' })).toBe(before);
  });

  it('cannot be edited or deleted, through the API or the model', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    await (await signIn(t, 'canbo1@test.vn')).get(`/api/returnees/${world.returnees.minh}/case`).expect(200);
    const list = await admin.get('/api/admin/audit').query({ action: 'case.read' }).expect(200);
    const entry = list.body.items[0];
    for (const method of ['put', 'patch', 'delete'] as const) {
      const res = await admin[method](`/api/admin/audit/${entry.id}`).send({ action: 'nothing' });
      expect(res.status, method).toBe(404);
    }
    const Audit = auditModel(t.app.db.connection);
    await expect(Audit.updateOne({ _id: entry.id }, { $set: { action: 'x' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(Audit.deleteOne({ _id: entry.id })).rejects.toThrow(/append-only/);
    const again = await Audit.findById(entry.id).lean();
    expect(again?.action).toBe('case.read');
  });

  it('shows an admin the entries of their province only, filterable, and exports CSV (itself logged)', async () => {
    await (await signIn(t, 'canbo3@test.vn')).get(`/api/returnees/${world.returnees.hung}/case`).expect(200);
    const admin = await signIn(t, 'admin24@test.vn');
    const list = await admin.get('/api/admin/audit?pageSize=100').expect(200);
    expect(list.body.items.every((e: { provinceCode: string }) => e.provinceCode === '24')).toBe(true);
    expect(list.body.items.map((e: { subjectId: string }) => e.subjectId)).not.toContain(
      world.returnees.hung,
    );

    const csv = await admin.get('/api/admin/audit.csv').query({ action: 'case.read' }).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('at,actorId,actorName');
    expect(csv.text).toContain('case.read');
    const exported = await admin.get('/api/admin/audit').query({ action: 'export.download' }).expect(200);
    expect(exported.body.total).toBeGreaterThanOrEqual(1);
  });
});
