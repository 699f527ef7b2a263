import type { FairDashboardState } from '@ctn/shared';
import { trusted } from 'mongoose';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimModel } from '../../server/src/lib/claims';
import { applicationModel } from '../../server/src/modules/applications/model';
import { checkinModel, outcomeModel, registrationModel } from '../../server/src/modules/fairs/model';
import { taskModel } from '../../server/src/modules/tasks/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createOpenFair, fairInput, LiveClient, openPosting } from '../helpers/fairs';
import {
  CASE_MARKERS,
  createEmployer,
  createPerson,
  createReturnee,
  createWorld,
  signIn,
  type World,
} from '../helpers/people';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

let t: TestApp;
let smtp: TestSmtpServer;
let world: World;
let admin: supertest.Agent;
let organizer: supertest.Agent;
let counselor: supertest.Agent;
let otherCounselor: supertest.Agent;
let employer: supertest.Agent;
let otherEmployer: supertest.Agent;
let viewer: supertest.Agent;
let minh: supertest.Agent;
let postingA: string;
let postingB: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  world = await createWorld(t);
  [admin, organizer, counselor, otherCounselor, employer, otherEmployer, viewer, minh] = await Promise.all([
    signIn(t, 'admin24@test.vn'),
    signIn(t, 'tochuc@test.vn'),
    signIn(t, 'canbo1@test.vn'),
    signIn(t, 'canbo2@test.vn'),
    signIn(t, 'tuyendung@a.vn'),
    signIn(t, 'tuyendung@b.vn'),
    signIn(t, 'lanhdao@test.vn'),
    signIn(t, 'minh@test.vn'),
  ]);
  postingA = await openPosting(employer, admin, {
    title: 'Công nhân may công nghiệp',
    occupationCode: '7531',
  });
  postingB = await openPosting(otherEmployer, admin, { title: 'Thợ hàn điện' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function bookAndApprove(fairId: string) {
  const a = await employer
    .post(`/api/fairs/${fairId}/booths`)
    .send({ postingIds: [postingA] })
    .expect(200);
  const b = await otherEmployer
    .post(`/api/fairs/${fairId}/booths`)
    .send({ postingIds: [postingB] })
    .expect(200);
  await admin
    .post(`/api/fairs/${fairId}/booths/${a.body.id}/decision`)
    .send({ decision: 'approve', number: 12 })
    .expect(200);
  await admin
    .post(`/api/fairs/${fairId}/booths/${b.body.id}/decision`)
    .send({ decision: 'approve' })
    .expect(200);
  return { boothA: a.body.id as string, boothB: b.body.id as string };
}

async function dashboard(fairId: string, agent: supertest.Agent = admin) {
  const res = await agent.get(`/api/fairs/${fairId}/dashboard`).expect(200);
  return res.body as { lastSeq: number; state: FairDashboardState };
}

describe('booths and the job board', () => {
  it('lists a booth’s postings under the fair on the job board once the booth is approved', async () => {
    const { id: fairId } = (
      await admin
        .post('/api/fairs')
        .send(fairInput({ name: 'Phiên chợ tìm việc' }))
        .expect(201)
    ).body;
    await admin.post(`/api/fairs/${fairId}/status`).send({ status: 'registration' }).expect(200);
    const before = await t.agent().get('/api/jobs').query({ fair: fairId }).expect(200);
    expect(before.body.total).toBe(0);
    await bookAndApprove(fairId);
    const after = await t.agent().get('/api/jobs').query({ fair: fairId }).expect(200);
    expect(after.body.items.map((j: { id: string }) => j.id).sort()).toEqual([postingA, postingB].sort());
  });
});

describe('planning a fair', () => {
  it('admins create fairs in their province; drafts stay hidden until registration opens', async () => {
    const created = await admin
      .post('/api/fairs')
      .send(fairInput({ name: 'Phiên chợ nháp' }))
      .expect(201);
    const id = created.body.id as string;
    expect(created.body.status).toBe('draft');
    expect(created.body.screenKey).toMatch(/^[\w-]{16}$/);
    await t.agent().get(`/api/fairs/${id}`).expect(404);
    await organizer.post('/api/fairs').send(fairInput()).expect(403);
    const other = await signIn(t, 'admin01@test.vn');
    await other.post('/api/fairs').send(fairInput()).expect(403);
    await other.post(`/api/fairs/${id}/status`).send({ status: 'registration' }).expect(404);

    const bad = await admin
      .post('/api/fairs')
      .send(fairInput({ communeCode: '00235', endTime: '06:00' }))
      .expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['communeCode', 'endTime']);

    await admin.post(`/api/fairs/${id}/status`).send({ status: 'live' }).expect(409);
    await admin.post(`/api/fairs/${id}/status`).send({ status: 'registration' }).expect(200);
    const publicView = await t.agent().get(`/api/fairs/${id}`).expect(200);
    expect(publicView.body.name).toBe('Phiên chợ nháp');
    expect(publicView.body).not.toHaveProperty('screenKey');
    const list = await t.agent().get('/api/fairs').expect(200);
    expect(list.body.map((f: { id: string }) => f.id)).toContain(id);
  });

  it('assigns organizers of the province only, who then run the fair', async () => {
    const id = await createOpenFair(admin);
    await organizer.get(`/api/fairs/${id}/staff`).expect(404);
    await admin
      .put(`/api/fairs/${id}/organizers`)
      .send({ organizerIds: [world.people.counselor.id] })
      .expect(400);
    const options = await admin.get(`/api/fairs/${id}/organizer-options`).expect(200);
    expect(options.body.map((o: { id: string }) => o.id)).toEqual([world.people.organizer.id]);
    await admin
      .put(`/api/fairs/${id}/organizers`)
      .send({ organizerIds: [world.people.organizer.id] })
      .expect(200);
    const staff = await organizer.get(`/api/fairs/${id}/staff`).expect(200);
    expect(staff.body.organizers[0].id).toBe(world.people.organizer.id);
    // Organizers open the day and close it; planning moves are the admin's.
    await organizer.post(`/api/fairs/${id}/status`).send({ status: 'draft' }).expect(403);
    await organizer.post(`/api/fairs/${id}/status`).send({ status: 'live' }).expect(200);
  });

  it('verified employers book booths with their open postings; admins approve and number them', async () => {
    const id = await createOpenFair(admin);
    const unverified = await createEmployer(t, {
      name: 'Chưa xác minh',
      provinceCode: '24',
      verified: false,
      taxCode: '0102030405',
    });
    await createPerson(t, {
      email: 'chua@xacminh.vn',
      roles: ['employer'],
      provinceCodes: ['24'],
      employerId: unverified,
    });
    const stranger = await signIn(t, 'chua@xacminh.vn');
    const refused = await stranger
      .post(`/api/fairs/${id}/booths`)
      .send({ postingIds: [postingA] })
      .expect(403);
    expect(refused.body.code).toBe('EMPLOYER_NOT_VERIFIED');
    // Another company's posting cannot be shown at my booth.
    await otherEmployer
      .post(`/api/fairs/${id}/booths`)
      .send({ postingIds: [postingA] })
      .expect(400);

    const { boothA, boothB } = await bookAndApprove(id);
    const again = await employer
      .post(`/api/fairs/${id}/booths`)
      .send({ postingIds: [postingA] })
      .expect(200);
    expect(again.body.id).toBe(boothA);
    expect(again.body.number).toBe(12);
    const taken = await admin
      .post(`/api/fairs/${id}/booths/${boothB}/decision`)
      .send({ decision: 'approve', number: 12 });
    expect(taken.status).toBe(409);
    const detail = await t.agent().get(`/api/fairs/${id}`).expect(200);
    expect(
      detail.body.booths.map((b: { number: number; employerName: string }) => [b.number, b.employerName]),
    ).toEqual([
      [12, 'Công ty May A'],
      [13, 'Công ty Cơ khí B'],
    ]);
    const mine = await employer.get('/api/employer/booths').expect(200);
    expect(mine.body.some((row: { booth: { id: string } }) => row.booth.id === boothA)).toBe(true);
  });
});

describe('registrations and tickets', () => {
  it('a counselor registers a person of their caseload with consent and gets a ticket; repeats change nothing', async () => {
    const id = await createOpenFair(admin);
    const first = await counselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.minh, confirmed: true });
    expect(first.status).toBe(201);
    expect(first.body.ticketCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(first.body.number).toBe(1);
    const again = await counselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.minh, confirmed: true });
    expect(again.status).toBe(200);
    expect(again.body.ticketCode).toBe(first.body.ticketCode);
    // Not my caseload: 404. Without the confirmation: 400.
    await counselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.lan, confirmed: true })
      .expect(404);
    await otherCounselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.lan })
      .expect(400);
    const consents = await counselor.get(`/api/returnees/${world.returnees.minh}/consents`).expect(200);
    expect(
      consents.body.some((c: { purpose: string; active: boolean }) => c.purpose === `fair:${id}` && c.active),
    ).toBe(true);

    const ticket = await t.agent().get(`/api/tickets/${first.body.ticketCode.toLowerCase()}`).expect(200);
    expect(ticket.body.displayName).toBe('N. V. Minh');
    expect(ticket.text).not.toContain('Nguyễn Văn Minh');
    expect(ticket.body.qrSvg).toContain('<svg');
    expect(ticket.body.url).toContain(`/tickets/${first.body.ticketCode}`);
    expect(ticket.text).not.toContain('+84912345678');
    for (const marker of Object.values(CASE_MARKERS)) expect(ticket.text).not.toContain(marker);
    await t.agent().get('/api/tickets/OOOOOO').expect(404);

    const list = await counselor.get(`/api/fairs/${id}/registrations`).expect(200);
    expect(list.body).toHaveLength(1);
    const others = await otherCounselor.get(`/api/fairs/${id}/registrations`).expect(200);
    expect(others.body).toHaveLength(0);
    const caseload = await counselor
      .get('/api/returnees')
      .query({ filter: `fair:${id}` })
      .expect(200);
    expect(caseload.body.items.map((r: { id: string }) => r.id)).toEqual([world.returnees.minh]);
  });

  it('people register themselves; cancelling before check-in frees the seat', async () => {
    const id = await createOpenFair(admin, { capacity: 1 });
    const mine = await minh
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.minh, confirmed: true })
      .expect(201);
    const detail = await minh.get(`/api/fairs/${id}`).expect(200);
    expect(detail.body.myTicketCode).toBe(mine.body.ticketCode);
    const full = await otherCounselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.lan, confirmed: true });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('FAIR_FULL');
    await minh.delete(`/api/fairs/${id}/registrations/${mine.body.id}`).expect(200);
    const lan = await otherCounselor
      .post(`/api/fairs/${id}/registrations`)
      .send({ returneeId: world.returnees.lan, confirmed: true });
    expect(lan.status).toBe(201);
    expect(lan.body.number).toBe(1);
    await t.agent().get(`/api/tickets/${mine.body.ticketCode}`).expect(200);
    expect((await dashboard(id)).state.counts.registered).toBe(1);
  });

  it('never exceeds capacity under parallel registrations', async () => {
    const id = await createOpenFair(admin, { capacity: 5 });
    const people = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        createReturnee(t, {
          displayName: `Người thứ ${i + 1}`,
          provinceCode: '24',
          counselorId: world.people.counselor.id,
        }),
      ),
    );
    // Two agents (as two counselor devices) sending everything at once.
    const second = await signIn(t, 'canbo1@test.vn');
    const results = await Promise.all(
      people.map((returneeId, i) =>
        (i % 2 ? counselor : second)
          .post(`/api/fairs/${id}/registrations`)
          .send({ returneeId, confirmed: true }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.number as number);
    expect(numbers.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(
      await registrationModel(t.app.db.connection).countDocuments({ fairId: id, status: 'registered' }),
    ).toBe(5);
    expect((await dashboard(id)).state.counts.registered).toBe(5);
  });
});

describe('the day', () => {
  let fairId: string;
  let booths: { boothA: string; boothB: string };
  let minhCode: string;
  let lanCode: string;

  beforeAll(async () => {
    fairId = await createOpenFair(admin, { hiringTarget: 2 });
    await admin
      .put(`/api/fairs/${fairId}/organizers`)
      .send({ organizerIds: [world.people.organizer.id] })
      .expect(200);
    booths = await bookAndApprove(fairId);
    minhCode = (
      await counselor
        .post(`/api/fairs/${fairId}/registrations`)
        .send({ returneeId: world.returnees.minh, confirmed: true })
        .expect(201)
    ).body.ticketCode;
    lanCode = (
      await otherCounselor
        .post(`/api/fairs/${fairId}/registrations`)
        .send({ returneeId: world.returnees.lan, confirmed: true })
        .expect(201)
    ).body.ticketCode;
    await organizer.post(`/api/fairs/${fairId}/status`).send({ status: 'live' }).expect(200);
  });

  it('the roster has names for the door, never case data or full phone numbers', async () => {
    const roster = await organizer.get(`/api/fairs/${fairId}/roster`).expect(200);
    expect(roster.body.entries.map((e: { displayName: string }) => e.displayName)).toEqual([
      'Nguyễn Văn Minh',
      'Trần Thị Lan',
    ]);
    expect(roster.body.entries[0].phoneTail).toBe('5678');
    expect(roster.text).not.toContain('+8491');
    for (const marker of Object.values(CASE_MARKERS)) expect(roster.text).not.toContain(marker);
    await viewer.get(`/api/fairs/${fairId}/roster`).expect(403);
    await employer.get(`/api/fairs/${fairId}/roster`).expect(403);
  });

  it('a ticket checked in twice at once (two devices) counts once', async () => {
    const secondDevice = await signIn(t, 'tochuc@test.vn');
    const [a, b] = await Promise.all([
      organizer.post(`/api/fairs/${fairId}/checkins`).send({ items: [{ code: minhCode, method: 'qr' }] }),
      secondDevice
        .post(`/api/fairs/${fairId}/checkins`)
        .send({ items: [{ code: minhCode.toLowerCase(), method: 'code' }] }),
    ]);
    expect([a.body.items[0].status, b.body.items[0].status].sort()).toEqual(['already', 'checked-in']);
    expect(a.body.items[0].displayName).toBe('Nguyễn Văn Minh');
    // An offline queue replayed later, with the device's own time: still once.
    const replay = await organizer
      .post(`/api/fairs/${fairId}/checkins`)
      .send({
        items: [{ code: minhCode, at: new Date(Date.now() - 60_000).toISOString() }, { code: 'ACDEFG' }],
      })
      .expect(200);
    expect(replay.body.items.map((i: { status: string }) => i.status)).toEqual(['already', 'unknown']);
    expect(await checkinModel(t.app.db.connection).countDocuments({ fairId })).toBe(1);
    expect((await dashboard(fairId)).state.counts.checkedIn).toBe(1);
  });

  it('queues: nobody is called to two booths at once; outcomes count, feed status and follow-ups', async () => {
    await organizer
      .post(`/api/fairs/${fairId}/checkins`)
      .send({ items: [{ code: lanCode }] })
      .expect(200);
    // Lan joins both booths from her phone; Minh joins booth A at the door.
    const joined = await t
      .agent()
      .post(`/api/tickets/${lanCode}/queues`)
      .send({ boothIds: [booths.boothA, booths.boothB] })
      .expect(200);
    expect(joined.body.queues.map((q: { position: number }) => q.position)).toEqual([1, 1]);
    await organizer
      .post(`/api/fairs/${fairId}/queue`)
      .send({ code: minhCode, boothIds: [booths.boothA] })
      .expect(200);
    const ticket = await t.agent().get(`/api/tickets/${minhCode}`).expect(200);
    expect(ticket.body.queues[0]).toMatchObject({ boothId: booths.boothA, position: 2, state: 'waiting' });
    expect(ticket.body.queues[0].expectedWaitMinutes).toBeGreaterThan(0);

    // Both booths press "call next" at the same moment: Lan is first in both queues.
    const [callA, callB] = await Promise.all([
      employer.post(`/api/booths/${booths.boothA}/call-next`),
      otherEmployer.post(`/api/booths/${booths.boothB}/call-next`),
    ]);
    expect(callA.status).toBe(200);
    expect(callB.status).toBe(200);
    const servingA = callA.body.view.serving?.candidate.number;
    const servingB = callB.body.view.serving?.candidate.number;
    const lanNumber = joined.body.number;
    expect([servingA, servingB].filter((n) => n === lanNumber)).toHaveLength(1);
    // The booth sees a number and an anonymous profile, never a name.
    expect(callA.text).not.toContain('Trần Thị Lan');
    expect(callA.text).not.toContain('Nguyễn Văn Minh');

    // Booth A ends up with Lan or Minh; record "hired" for whoever it is and check the effects.
    const viewA = (await employer.get(`/api/booths/${booths.boothA}`).expect(200)).body;
    const k = viewA.serving.k as number;
    await employer
      .post(`/api/booths/${booths.boothA}/outcome`)
      .send({ k, outcome: 'not-suitable' })
      .expect(400);
    const hired = await employer
      .post(`/api/booths/${booths.boothA}/outcome`)
      .send({ k, outcome: 'hired' })
      .expect(200);
    expect(hired.body.serving).toBeUndefined();
    await employer.post(`/api/booths/${booths.boothA}/outcome`).send({ k, outcome: 'hired' }).expect(200);
    const state = (await dashboard(fairId)).state;
    expect(state.counts.outcomes.hired).toBe(1);
    expect(state.ticker[0]).toMatchObject({ boothNo: 12, outcome: 'hired' });

    const hiredNumber = viewA.serving.candidate.number as number;
    const hiredPerson = hiredNumber === lanNumber ? world.returnees.lan : world.returnees.minh;
    const tasks = await taskModel(t.app.db.connection)
      .find({ returneeId: hiredPerson, sourceId: fairId })
      .lean();
    expect(tasks.map((task) => task.kind).sort()).toEqual(['fair-follow-up-30', 'fair-follow-up-90']);
    // Only the fair's follow-ups: the application the hire created adds no second 30-day task.
    expect(
      await taskModel(t.app.db.connection).countDocuments({
        returneeId: hiredPerson,
        kind: 'hire-follow-up-30',
      }),
    ).toBe(0);
    const profile = await admin.get(`/api/returnees/${hiredPerson}`).expect(200);
    expect(profile.body.status).toBe('employed');

    // The outcome reached the application for the booth's posting, created by the fair and now hired.
    const outcomeDoc = await outcomeModel(t.app.db.connection).findById(`${booths.boothA}:${k}`).lean();
    expect(outcomeDoc?.applicationId).toBeTruthy();
    const application = await applicationModel(t.app.db.connection)
      .findById(outcomeDoc?.applicationId)
      .lean();
    expect(application).toMatchObject({ status: 'hired', createdBy: 'fair' });
    expect(String(application?.returneeId)).toBe(hiredPerson);

    // Another booth cannot touch booth A; the other company's members neither.
    await otherEmployer.post(`/api/booths/${booths.boothA}/call-next`).expect(404);
  });

  it('dashboards of a second instance see a check-in made on the first', async () => {
    const b = await startTestApp({ dbName: t.app.db.connection.name, keepDatabase: true });
    try {
      const staff = (await admin.get(`/api/fairs/${fairId}/staff`).expect(200)).body;
      const snapshot = (
        await b.agent().get(`/api/fairs/${fairId}/dashboard`).query({ key: staff.screenKey }).expect(200)
      ).body;
      expect(snapshot.state.counts.checkedIn).toBe(2);
      const client = new LiveClient(
        `${b.url.replace(/^http/, 'ws')}/api/live/fair:${fairId}?after=${snapshot.lastSeq}&key=${staff.screenKey}`,
      );
      await client.opened;
      const walkIn = await organizer
        .post(`/api/fairs/${fairId}/walk-ins`)
        .send({ displayName: 'Hoàng Văn Tới', phone: '0987 111 222', confirmed: true })
        .expect(201);
      const event = await client.waitFor(
        (e) => e.type === 'checkin' && (e.data as { n: number }).n === walkIn.body.number,
      );
      expect(JSON.stringify(client.events)).not.toContain('Hoàng Văn Tới');
      expect(event.seq).toBeGreaterThan(snapshot.lastSeq);
      client.close();
      // Without the key or a staff session, no stream and no snapshot.
      await b.agent().get(`/api/fairs/${fairId}/dashboard`).expect(404);
      await b.agent().get(`/api/fairs/${fairId}/dashboard`).query({ key: 'wrong' }).expect(404);
    } finally {
      await b.close();
    }
  });

  it('dashboards that ask for batches get the events of a burst in one frame, in order', async () => {
    const staff = (await admin.get(`/api/fairs/${fairId}/staff`).expect(200)).body;
    const { lastSeq } = await dashboard(fairId);
    const client = new LiveClient(
      `${t.url.replace(/^http/, 'ws')}/api/live/fair:${fairId}?after=${lastSeq}&batch=true&key=${staff.screenKey}`,
    );
    await client.opened;
    const published = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.app.realtime.publish(`fair:${fairId}`, 'fair.status', { status: 'live' }),
      ),
    );
    await client.waitFor((e) => e.seq === published.at(-1)!.seq);
    expect(client.events.map((e) => e.seq)).toEqual(published.map((e) => e.seq));
    expect(client.arrays).toBeGreaterThan(0);
    client.close();
  });

  it('reports aggregates to viewers, with a CSV export', async () => {
    const report = await viewer.get(`/api/fairs/${fairId}/report`).expect(200);
    expect(report.body.totals).toMatchObject({
      registered: 3,
      preRegistered: 2,
      walkIns: 1,
      attended: 3,
      hired: 1,
      hiringTarget: 2,
      targetPercent: 50,
    });
    expect(report.body.booths[0]).toMatchObject({ number: 12, interviews: 1 });
    expect(report.body.followUps.days30.due).toBe(1);
    for (const name of ['Nguyễn Văn Minh', 'Trần Thị Lan', 'Hoàng Văn Tới'])
      expect(report.text).not.toContain(name);
    const csv = await viewer.get(`/api/fairs/${fairId}/report.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Nhận việc');
    const comparison = await viewer.get('/api/reports/fairs').expect(200);
    expect(comparison.body.find((row: { fair: { id: string } }) => row.fair.id === fairId)).toMatchObject({
      hired: 1,
      attended: 3,
    });
    await employer.get(`/api/fairs/${fairId}/report`).expect(404);
  });

  it('claims are left for exactly-once decisions only', async () => {
    const seats = await claimModel(t.app.db.connection).countDocuments({
      _id: trusted({ $regex: `^fair-seat:${fairId}:` }),
    });
    expect(seats).toBe(3);
  });
});
