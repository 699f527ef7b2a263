import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returneeModel } from '../../server/src/modules/returnees/model';
import { taskModel } from '../../server/src/modules/tasks/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { openPosting, SEWING_JOB, WELDER_PROFILE, WELDING_JOB } from '../helpers/matching';
import { createWorld, signIn, type World } from '../helpers/people';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

let t: TestApp;
let smtp: TestSmtpServer;
let world: World;
let welding: string;
let sewing: string;
type Agent = Awaited<ReturnType<typeof signIn>>;
let counselor: Agent;
let employer: Agent;
let admin: Agent;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  world = await createWorld(t);
  counselor = await signIn(t, 'canbo1@test.vn');
  employer = await signIn(t, 'tuyendung@a.vn');
  admin = await signIn(t, 'admin24@test.vn');
  welding = await openPosting(employer, admin, { ...WELDING_JOB, vacancies: 2 });
  sewing = await openPosting(employer, admin, SEWING_JOB);
  await counselor
    .patch(`/api/returnees/${world.returnees.minh}/profile`)
    .send({ ...WELDER_PROFILE, email: 'minh.returnee@example.vn' })
    .expect(200);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const applyAs = (agent: Agent, returneeId: string, postingId: string, share: boolean) =>
  agent
    .post('/api/applications')
    .send(
      share
        ? { returneeId, postingId, shareContact: true, confirmed: true }
        : { returneeId, postingId, shareContact: false },
    );

describe('applying', () => {
  it('records the per-application consent, and a retry or double tap creates nothing new', async () => {
    const first = await applyAs(counselor, world.returnees.minh, welding, true).expect(201);
    expect(first.body).toMatchObject({ status: 'submitted', createdBy: 'counselor', contactShared: true });
    expect(first.body.consentId).toMatch(/^[a-f0-9]{24}$/);
    const [again, twice] = await Promise.all([
      applyAs(counselor, world.returnees.minh, welding, true),
      applyAs(counselor, world.returnees.minh, welding, true),
    ]);
    expect([again.status, twice.status]).toEqual([200, 200]);
    expect(again.body.id).toBe(first.body.id);
    const consents = (await counselor.get(`/api/returnees/${world.returnees.minh}/consents`).expect(200))
      .body;
    const share = consents.filter(
      (c: { purpose: string; active: boolean }) =>
        c.purpose === `share-with-employer:${world.employers.a}` && c.active,
    );
    expect(share).toHaveLength(1);
    expect(share[0]).toMatchObject({ id: first.body.consentId, grantedBy: 'counselor-assisted' });
    const list = (await counselor.get(`/api/applications?returneeId=${world.returnees.minh}`).expect(200))
      .body;
    expect(list.total).toBe(1);
  });

  it('never shares contact without the tick, and is only for the person or their counselor', async () => {
    const unticked = await counselor
      .post('/api/applications')
      .send({ returneeId: world.returnees.minh, postingId: sewing, shareContact: true })
      .expect(400);
    expect(unticked.body.fields[0].field).toBe('confirmed');
    const other = await signIn(t, 'canbo2@test.vn');
    await applyAs(other, world.returnees.minh, sewing, false).expect(404);
    await applyAs(employer, world.returnees.minh, sewing, false).expect(404);
    await counselor
      .post('/api/applications')
      .send({ returneeId: world.returnees.minh, postingId: '65a0000000000000000000ff', shareContact: false })
      .expect(404);
  });

  it('tells the employer by email without the name', async () => {
    const mail = await (async () => {
      await t.app.mail.deliverDue();
      return smtp.waitFor(
        (m) => m.envelopeTo.includes('tuyendung@a.vn') && /Hồ sơ ứng tuyển mới/.test(m.subject ?? ''),
      );
    })();
    const code = (await returneeModel(t.app.db.connection).findById(world.returnees.minh).lean())!
      .anonymousCode;
    expect(mail.text).toContain(`#${code}`);
    expect(mail.text).toContain('has applied for');
    expect(mail.html).toContain(`#${code}`);
    expect(mail.raw).not.toContain('Minh');
    expect(mail.raw).not.toContain('912345678');
  });
});

describe('the employer’s view', () => {
  it('shows the anonymous candidate until consent is in force, then name and phone; revoking hides them again', async () => {
    // Lan applies to the sewing job without sharing her contact.
    const lanCounselor = await signIn(t, 'canbo2@test.vn');
    await lanCounselor
      .patch(`/api/returnees/${world.returnees.lan}/profile`)
      .send({ skills: [{ label: 'May công nghiệp' }] })
      .expect(200);
    const applied = await applyAs(lanCounselor, world.returnees.lan, sewing, false).expect(201);
    expect(applied.body.contactShared).toBe(false);

    const list = (await employer.get(`/api/employer/applications?postingId=${sewing}`).expect(200)).body;
    const lan = list.items.find((a: { id: string }) => a.id === applied.body.id);
    expect(lan.candidate.anonymousCode).toMatch(/^[A-Z0-9]{4}$/);
    expect(lan.candidate.skills).toEqual(['May công nghiệp']);
    expect(lan.contact).toBeUndefined();
    expect(JSON.stringify(list)).not.toContain('Trần Thị Lan');

    const shared = await lanCounselor
      .post(`/api/applications/${applied.body.id}/share-contact`)
      .send({ confirmed: true })
      .expect(200);
    expect(shared.body.contactShared).toBe(true);
    const withName = (await employer.get(`/api/employer/applications/${applied.body.id}`).expect(200)).body;
    expect(withName.contact).toEqual({ displayName: 'Trần Thị Lan' });
    // Opening it marked it seen.
    expect(withName.status).toBe('viewed');

    await lanCounselor
      .post(`/api/returnees/${world.returnees.lan}/consents/${shared.body.consentId}/revoke`)
      .expect(200);
    const hidden = (await employer.get(`/api/employer/applications/${applied.body.id}`).expect(200)).body;
    expect(hidden.contact).toBeUndefined();
    expect(JSON.stringify(hidden)).not.toContain('Trần Thị Lan');
  });

  it('is not for another employer', async () => {
    const other = await signIn(t, 'tuyendung@b.vn');
    const list = (await other.get('/api/employer/applications').expect(200)).body;
    expect(list.total).toBe(0);
    const mine = (await employer.get('/api/employer/applications').expect(200)).body;
    for (const a of mine.items) await other.get(`/api/employer/applications/${a.id}`).expect(404);
    await other
      .post(`/api/employer/applications/${mine.items[0].id}/status`)
      .send({ status: 'interview' })
      .expect(404);
  });
});

describe('the pipeline', () => {
  it('moves forward one tap at a time, exactly once when two tap together, never backwards', async () => {
    const application = (
      await counselor
        .get(`/api/applications?returneeId=${world.returnees.minh}&postingId=${welding}`)
        .expect(200)
    ).body.items[0];
    const url = `/api/employer/applications/${application.id}/status`;
    const [a, b] = await Promise.all([
      employer.post(url).send({ status: 'interview' }),
      employer.post(url).send({ status: 'interview' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.history.filter((h: { status: string }) => h.status === 'interview')).toHaveLength(1);
    await employer.post(url).send({ status: 'viewed' }).expect(409);
    await employer.post(url).send({ status: 'rejected' }).expect(400);
    await employer.post(url).send({ status: 'offered' }).expect(200);
    const now = (await employer.get(`/api/employer/applications/${application.id}`).expect(200)).body;
    expect(now.history.map((h: { status: string }) => h.status)).toEqual([
      'submitted',
      'interview',
      'offered',
    ]);
  });

  it('lets exactly one of two different changes through', async () => {
    const someone = (
      await counselor
        .post('/api/returnees')
        .send({ displayName: 'Hà Văn Bình', provinceCode: '24' })
        .expect(201)
    ).body.id;
    const application = (await applyAs(counselor, someone, sewing, false).expect(201)).body;
    const url = `/api/employer/applications/${application.id}/status`;
    const [offer, reject] = await Promise.all([
      employer.post(url).send({ status: 'offered' }),
      employer.post(url).send({ status: 'rejected', reason: 'skills-mismatch' }),
    ]);
    expect([offer.status, reject.status].sort()).toEqual([200, 409]);
    const now = (await employer.get(`/api/employer/applications/${application.id}`).expect(200)).body;
    expect(now.history.map((h: { status: string }) => h.status)).toEqual(['submitted', now.status]);
    expect(now.status).toBe(offer.status === 200 ? 'offered' : 'rejected');
    if (now.status === 'rejected') expect(now.history[1].reason).toBe('skills-mismatch');
  });

  it('on a hire: the person is employed, one vacancy is filled, the counselor gets a 30-day task, emails go out', async () => {
    const application = (
      await counselor
        .get(`/api/applications?returneeId=${world.returnees.minh}&postingId=${welding}`)
        .expect(200)
    ).body.items[0];
    const url = `/api/employer/applications/${application.id}/status`;
    const [h1, h2] = await Promise.all([
      employer.post(url).send({ status: 'hired' }),
      employer.post(url).send({ status: 'hired' }),
    ]);
    expect([h1.status, h2.status]).toEqual([200, 200]);

    const person = (await counselor.get(`/api/returnees/${world.returnees.minh}`).expect(200)).body;
    expect(person.status).toBe('employed');
    const { hiredCount } = await import('../../server/src/modules/applications/service');
    expect(await hiredCount(t.app, welding)).toBe(1);
    const posting = (await employer.get(`/api/postings/${welding}`).expect(200)).body;
    expect(posting.status).toBe('open');

    const tasks = (await counselor.get('/api/tasks').expect(200)).body;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'hire-follow-up-30',
      returneeId: world.returnees.minh,
      status: 'open',
      returneeName: 'Nguyễn Văn Minh',
    });
    const due = new Date(`${tasks[0].dueOn}T00:00:00Z`).getTime();
    expect(Math.round((due - Date.now()) / 86_400_000)).toBeGreaterThanOrEqual(29);
    expect(await taskModel(t.app.db.connection).countDocuments({})).toBe(1);

    await t.app.mail.deliverDue();
    const toPerson = await smtp.waitFor(
      (m) => m.envelopeTo.includes('minh.returnee@example.vn') && /Đã có việc/.test(m.subject ?? ''),
    );
    expect(toPerson.text).toContain('Thợ hàn điện bậc 2');
    expect(toPerson.html).toContain('Chúc mừng');
    const toCounselor = await smtp.waitFor(
      (m) => m.envelopeTo.includes('canbo1@test.vn') && /đã có việc/.test(m.subject ?? ''),
    );
    expect(toCounselor.text).toContain('30');
    expect(
      smtp.messages.filter(
        (m) => m.envelopeTo.includes('minh.returnee@example.vn') && /Đã có việc/.test(m.subject ?? ''),
      ),
    ).toHaveLength(1);

    const bell = (await counselor.get('/api/notifications').expect(200)).body;
    expect(bell.unread).toBeGreaterThan(0);
    expect(bell.items.some((n: { title: string }) => n.title === 'Nguyễn Văn Minh: đã có việc')).toBe(true);
    await counselor.post('/api/notifications/read-all').expect(200);
    expect((await counselor.get('/api/notifications/unread-count').expect(200)).body.unread).toBe(0);
    const mine = (await (await signIn(t, 'minh@test.vn')).get('/api/notifications').expect(200)).body;
    expect(mine.items[0].title).toBe('Đã có việc');
  });

  it('fills the posting when its vacancies are reached, counting each hire once', async () => {
    // A second person for the second vacancy.
    const second = (
      await counselor
        .post('/api/returnees')
        .send({ displayName: 'Vũ Văn Toàn', provinceCode: '24' })
        .expect(201)
    ).body.id;
    const application = (await applyAs(counselor, second, welding, false).expect(201)).body;
    await employer
      .post(`/api/employer/applications/${application.id}/status`)
      .send({ status: 'hired' })
      .expect(200);
    const { hiredCount } = await import('../../server/src/modules/applications/service');
    expect(await hiredCount(t.app, welding)).toBe(2);
    const posting = (await employer.get(`/api/postings/${welding}`).expect(200)).body;
    expect(posting.status).toBe('filled');
    expect(t.app.openPostings.get(welding)).toBeUndefined();
    // Applications to a filled posting are refused.
    await applyAs(counselor, second, welding, false).expect(200);
    const third = (
      await counselor
        .post('/api/returnees')
        .send({ displayName: 'Lý Thị Hà', provinceCode: '24' })
        .expect(201)
    ).body.id;
    await applyAs(counselor, third, welding, false).expect(404);
  });

  it('lets the person withdraw and apply again', async () => {
    const self = await signIn(t, 'minh@test.vn');
    const applied = await applyAs(self, world.returnees.minh, sewing, false).expect(201);
    expect(applied.body.createdBy).toBe('returnee');
    const withdrawn = await self.post(`/api/applications/${applied.body.id}/withdraw`).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await applyAs(self, world.returnees.minh, sewing, false).expect(200);
    expect(again.body.id).toBe(applied.body.id);
    expect(again.body.status).toBe('submitted');
    expect(again.body.history.map((h: { status: string }) => h.status)).toEqual([
      'submitted',
      'withdrawn',
      'submitted',
    ]);
  });
});
