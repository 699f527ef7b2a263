import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditModel } from '../../server/src/modules/audit/model';
import { employerModel } from '../../server/src/modules/employers/model';
import { postingModel } from '../../server/src/modules/postings/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createEmployer, createPerson, createWorld, signIn, type World } from '../helpers/people';
import { daysFromNow, postingInput } from '../helpers/postings';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

let t: TestApp;
let world: World;
let smtp: TestSmtpServer;
let employer: Awaited<ReturnType<typeof signIn>>;
let otherEmployer: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let adminHanoi: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  world = await createWorld(t);
  employer = await signIn(t, 'tuyendung@a.vn');
  otherEmployer = await signIn(t, 'tuyendung@b.vn');
  admin = await signIn(t, 'admin24@test.vn');
  adminHanoi = await signIn(t, 'admin01@test.vn');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const search = async (q: string) =>
  (await t.agent().get('/api/jobs').query({ q }).expect(200)).body as {
    items: { id: string; title: string }[];
    total: number;
  };

describe('posting workflow draft → pending → open → closed', () => {
  it('walks a posting through review to the board and off it again', async () => {
    const created = await employer
      .post('/api/postings')
      .send(postingInput({ title: 'Thợ hàn lan can inox' }));
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.occupationName).toBe('Thợ hàn và thợ cắt kim loại');
    // "Hàn que" is a taxonomy skill: its id is attached; "bậc 2" becomes a certificate level.
    expect(created.body.requiredSkills[0]).toEqual({ id: 'han-que', name: 'Hàn que' });
    expect(created.body.requiredSkills[1]).toEqual({ name: 'Hàn mái vòm cong' });
    expect(created.body.preferredCertificates[0].level).toBe('ky-nang-nghe-bac-2');
    const id = created.body.id as string;
    expect((await search('lan can inox')).items.map((i) => i.id)).not.toContain(id);

    const submitted = await employer.post(`/api/postings/${id}/submit`).expect(200);
    expect(submitted.body.status).toBe('pending');
    const queue = await admin.get('/api/admin/postings').expect(200);
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await search('lan can inox')).total).toBe(0);

    const approved = await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
    expect(approved.body.status).toBe('open');
    expect(approved.body.publishedAt).toBeDefined();
    // On the board at once (this instance's index is updated by the write itself).
    expect((await search('lan can inox')).items[0]?.id).toBe(id);
    const audit = await auditModel(t.app.db.connection)
      .findOne({ action: 'posting.approve', subjectId: id })
      .lean();
    expect(audit?.provinceCode).toBe('24');
    await t.app.jobs.runNow('mail.deliver');
    const mail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('tuyendung@a.vn') && /lan can inox/.test(m.subject ?? ''),
    );
    expect(mail.text).toContain(`/jobs/${id}`);

    const publicDetail = await t.agent().get(`/api/jobs/${id}`).expect(200);
    expect(publicDetail.body.status).toBe('open');
    expect(publicDetail.body.canManage).toBe(false);
    expect(publicDetail.body).not.toHaveProperty('moderationNotes');

    const closed = await employer.post(`/api/postings/${id}/fill`).expect(200);
    expect(closed.body.status).toBe('filled');
    expect((await search('lan can inox')).total).toBe(0);
    // A closed posting's shared link still works and says so.
    expect((await t.agent().get(`/api/jobs/${id}`).expect(200)).body.status).toBe('filled');
    await employer.post(`/api/postings/${id}/close`).expect(409);
  });

  it('sends a posting back with a reason, emailed to the employer through the outbox', async () => {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Phụ hàn ca đêm' }))
        .expect(201)
    ).body.id as string;
    await employer.post(`/api/postings/${id}/submit`).expect(200);
    await admin
      .post(`/api/admin/postings/${id}/send-back`)
      .send({ reason: 'Vui lòng ghi rõ giờ làm ca đêm và phụ cấp.' })
      .expect(200);
    const detail = (await employer.get(`/api/postings/${id}`).expect(200)).body;
    expect(detail.status).toBe('draft');
    expect(detail.sentBackReason).toBe('Vui lòng ghi rõ giờ làm ca đêm và phụ cấp.');
    await t.app.jobs.runNow('mail.deliver');
    const mail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('tuyendung@a.vn') && /Phụ hàn ca đêm/.test(m.subject ?? ''),
    );
    expect(mail.text).toContain('Vui lòng ghi rõ giờ làm ca đêm và phụ cấp.');
    expect(mail.text).toContain(`/employer/postings/${id}`);
    const audit = await auditModel(t.app.db.connection)
      .findOne({ action: 'posting.send-back', subjectId: id })
      .lean();
    expect(audit).toBeTruthy();
    // Corrected and submitted again.
    await employer
      .put(`/api/postings/${id}`)
      .send(postingInput({ title: 'Phụ hàn ca đêm (có phụ cấp)' }))
      .expect(200);
    expect((await employer.post(`/api/postings/${id}/submit`).expect(200)).body.status).toBe('pending');
  });

  it('sends an open posting back to review when its substance changes, not for vacancies or deadline', async () => {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Thợ hàn khung nhà xưởng' }))
        .expect(201)
    ).body.id as string;
    await employer.post(`/api/postings/${id}/submit`).expect(200);
    await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
    const minor = await employer
      .put(`/api/postings/${id}`)
      .send(postingInput({ title: 'Thợ hàn khung nhà xưởng', vacancies: 9, deadline: daysFromNow(40) }))
      .expect(200);
    expect(minor.body.status).toBe('open');
    expect((await search('khung nha xuong')).items[0]?.id).toBe(id);
    const major = await employer
      .put(`/api/postings/${id}`)
      .send(postingInput({ title: 'Thợ hàn khung nhà xưởng', wageMax: 20_000_000 }))
      .expect(200);
    expect(major.body.status).toBe('pending');
    expect((await search('khung nha xuong')).total).toBe(0);
  });
});

describe('who may do what', () => {
  let draftId: string;
  let pendingId: string;
  beforeAll(async () => {
    draftId = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Bản nháp riêng' }))
        .expect(201)
    ).body.id;
    pendingId = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Tin chờ duyệt riêng' }))
        .expect(201)
    ).body.id;
    await employer.post(`/api/postings/${pendingId}/submit`).expect(200);
  });

  it('an unverified employer can write drafts but not submit them', async () => {
    const unverified = await createEmployer(t, {
      name: 'Công ty Chưa Xác Minh',
      provinceCode: '24',
      verified: false,
      taxCode: '0100686209',
    });
    await createPerson(t, {
      email: 'chua@xacminh.vn',
      roles: ['employer'],
      provinceCodes: ['24'],
      employerId: unverified,
    });
    const agent = await signIn(t, 'chua@xacminh.vn');
    const id = (await agent.post('/api/postings').send(postingInput()).expect(201)).body.id;
    const refused = await agent.post(`/api/postings/${id}/submit`).expect(403);
    expect(refused.body.code).toBe('EMPLOYER_NOT_VERIFIED');
    expect(refused.body.message).toMatch(/chưa được Sở Nội vụ xác minh/);
    expect((await agent.get('/api/postings').expect(200)).body.employerVerified).toBe(false);
  });

  it("another employer cannot read or change a company's drafts: 404", async () => {
    for (const id of [draftId, pendingId]) {
      await otherEmployer.get(`/api/postings/${id}`).expect(404);
      await otherEmployer.put(`/api/postings/${id}`).send(postingInput()).expect(404);
      await otherEmployer.post(`/api/postings/${id}/submit`).expect(404);
      await otherEmployer.post(`/api/postings/${id}/close`).expect(404);
      await otherEmployer.get(`/api/jobs/${id}`).expect(404);
      await t.agent().get(`/api/jobs/${id}`).expect(404);
    }
    await otherEmployer.delete(`/api/postings/${draftId}`).expect(404);
    // Its own employer and the province's admin do see them.
    expect((await employer.get(`/api/jobs/${draftId}`).expect(200)).body.canManage).toBe(true);
    expect((await admin.get(`/api/jobs/${pendingId}`).expect(200)).body.status).toBe('pending');
  });

  it('admins of another province cannot moderate: 404', async () => {
    await adminHanoi.post(`/api/admin/postings/${pendingId}/approve`).expect(404);
    await adminHanoi
      .post(`/api/admin/postings/${pendingId}/send-back`)
      .send({ reason: 'Không hợp lệ ở đây' })
      .expect(404);
    await adminHanoi.get(`/api/postings/${pendingId}`).expect(404);
    const queue = await adminHanoi.get('/api/admin/postings').expect(200);
    expect(queue.body.items.map((p: { id: string }) => p.id)).not.toContain(pendingId);
    // Employers cannot reach the moderation endpoints at all.
    await employer.post(`/api/admin/postings/${pendingId}/approve`).expect(403);
    const posting = await postingModel(t.app.db.connection).findById(pendingId).lean();
    expect(posting?.status).toBe('pending');
  });

  it('deletes drafts only, keeping a tombstone', async () => {
    await employer.delete(`/api/postings/${pendingId}`).expect(409);
    await employer.delete(`/api/postings/${draftId}`).expect(200);
    await employer.get(`/api/postings/${draftId}`).expect(404);
    const tombstone = await postingModel(t.app.db.connection).findById(draftId).lean();
    expect(tombstone?.deletedAt).toBeInstanceOf(Date);
  });

  it('two approvals at once: exactly one wins', async () => {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Tin duyệt đồng thời' }))
        .expect(201)
    ).body.id;
    await employer.post(`/api/postings/${id}/submit`).expect(200);
    const [a, b] = await Promise.all([
      admin.post(`/api/admin/postings/${id}/approve`),
      admin.post(`/api/admin/postings/${id}/approve`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const audits = await auditModel(t.app.db.connection).countDocuments({
      action: 'posting.approve',
      subjectId: id,
    });
    expect(audits).toBe(1);
  });
});

describe('posting rules', () => {
  it('rejects a wage below the regional minimum, naming the minimum and the region', async () => {
    // Kinh Bắc ward of Bắc Ninh: region I (5,310,000 VND).
    const res = await employer
      .post('/api/postings')
      .send(postingInput({ communeCode: '09187', wageMin: 5_000_000, wageMax: 6_000_000 }))
      .expect(400);
    const field = res.body.fields.find((f: { field: string }) => f.field === 'wageMin');
    expect(field.code).toBe('wage_below_minimum');
    expect(field.message).toContain('Lương tối thiểu vùng I là 5.310.000 ₫/tháng');
  });

  it('rejects a reversed range, a past deadline, no vacancies and an unknown occupation', async () => {
    const res = await employer
      .post('/api/postings')
      .send(
        postingInput({
          wageMin: 9_000_000,
          wageMax: 8_000_000,
          deadline: daysFromNow(-1),
          occupationCode: '9999',
        }),
      )
      .expect(400);
    const codes = res.body.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'wageMax:wage_range_reversed',
        'deadline:deadline_past',
        'occupationCode:unknown_occupation',
      ]),
    );
    const zero = await employer
      .post('/api/postings')
      .send(postingInput({ vacancies: 0 }))
      .expect(400);
    expect(zero.body.fields[0].field).toBe('vacancies');
  });

  it('closes postings whose deadline passed (the sweeper)', async () => {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Tin sắp hết hạn' }))
        .expect(201)
    ).body.id;
    await employer.post(`/api/postings/${id}/submit`).expect(200);
    await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
    await postingModel(t.app.db.connection).updateOne({ _id: id }, { $set: { deadline: daysFromNow(-2) } });
    expect(await t.app.jobs.runNow('postings.expire')).toBeGreaterThanOrEqual(1);
    const posting = await postingModel(t.app.db.connection).findById(id).lean();
    expect(posting?.status).toBe('closed');
    expect(posting?.moderationNotes.at(-1)?.action).toBe('expire');
    expect(t.app.openPostings.has(id)).toBe(false);
  });
});

describe('employer profile', () => {
  it('members edit the company profile; the public page shows badges and open postings', async () => {
    const id = world.employers.a;
    const updated = await employer
      .patch(`/api/employers/${id}`)
      .send({ description: 'Xưởng may 300 công nhân.', website: 'https://may-a.vn', communeCode: '09247' })
      .expect(200);
    expect(updated.body.website).toBe('https://may-a.vn');
    await employer.patch(`/api/employers/${id}`).send({ communeCode: '00070' }).expect(400);
    await employer.patch(`/api/employers/${id}`).send({ website: 'javascript:alert(1)' }).expect(400);
    await otherEmployer.patch(`/api/employers/${id}`).send({ description: 'x' }).expect(404);
    await otherEmployer.get(`/api/employers/${id}`).expect(404);
    const profile = await t.agent().get(`/api/employers/${id}/profile`).expect(200);
    expect(profile.body.employer.fairChancePledge).toBe(true);
    expect(profile.body.employer.verified).toBe(true);
    expect(profile.body.employer).not.toHaveProperty('taxCode');
    expect(profile.body.postings.length).toBeGreaterThan(0);
  });

  it('an employer whose verification is withdrawn disappears from the board', async () => {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: 'Thợ hàn mái tôn' }))
        .expect(201)
    ).body.id;
    await employer.post(`/api/postings/${id}/submit`).expect(200);
    await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
    expect((await search('han mai ton')).items[0]?.id).toBe(id);
    await admin.post(`/api/admin/employers/${world.employers.a}/unverify`).expect(200);
    expect((await search('han mai ton')).total).toBe(0);
    await t.agent().get(`/api/employers/${world.employers.a}/profile`).expect(404);
    await admin.post(`/api/admin/employers/${world.employers.a}/verify`).expect(200);
    expect((await search('han mai ton')).items[0]?.id).toBe(id);
    expect(await employerModel(t.app.db.connection).countDocuments({ verified: true })).toBeGreaterThan(0);
  });
});
