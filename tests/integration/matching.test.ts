import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { openPosting, SEWING_JOB, WELDER_PROFILE, WELDING_JOB } from '../helpers/matching';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
let welding: string;
let sewing: string;
let guard: string;
let hanoiWelding: string;
type Agent = Awaited<ReturnType<typeof signIn>>;
let counselor: Agent;
let employer: Agent;

beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
  counselor = await signIn(t, 'canbo1@test.vn');
  employer = await signIn(t, 'tuyendung@a.vn');
  const admin = await signIn(t, 'admin24@test.vn');
  welding = await openPosting(employer, admin, WELDING_JOB);
  sewing = await openPosting(employer, admin, SEWING_JOB);
  guard = await openPosting(employer, admin, {
    title: 'Bảo vệ nhà xưởng',
    occupationCode: '5414',
    description: 'Tuần tra, trực cổng nhà xưởng theo ca.',
    requiredSkills: [],
    preferredSkills: [],
    preferredCertificates: [],
    shift: 'night',
  });
  const hanoiEmployer = await signIn(t, 'tuyendung@b.vn');
  hanoiWelding = await openPosting(hanoiEmployer, admin, { ...WELDING_JOB, communeCode: '09190' });
  await counselor.patch(`/api/returnees/${world.returnees.minh}/profile`).send(WELDER_PROFILE).expect(200);
});
afterAll(async () => t?.close());

const matchIds = (body: { items: { posting: { id: string } }[] }) => body.items.map((m) => m.posting.id);

describe('matches for a person', () => {
  it('ranks the welding job first for a certified welder, with reasons and gaps in both languages', async () => {
    const res = await counselor.get(`/api/returnees/${world.returnees.minh}/matches`).expect(200);
    expect(res.body.considered).toBe(4);
    expect(matchIds(res.body)[0]).toBe(welding);
    expect(matchIds(res.body)[1]).toBe(hanoiWelding);
    const first = res.body.items[0];
    expect(first.score).toBeGreaterThan(res.body.items[2].score);
    expect(first.reasons.map((r: { vi: string }) => r.vi)).toEqual(
      expect.arrayContaining([
        'Cùng xã',
        'Có chứng chỉ Hàn điện bậc 2',
        'Đúng nghề mong muốn: thợ hàn và thợ cắt kim loại',
      ]),
    );
    expect(first.reasons.map((r: { en: string }) => r.en)).toContain('Same commune');
    const sewingMatch = res.body.items.find((m: { posting: { id: string } }) => m.posting.id === sewing);
    expect(sewingMatch.gaps.map((g: { factor: string }) => g.factor)).toContain('occupation');
  });

  it('is for the person themselves, their counselor and the province admins only', async () => {
    const self = await signIn(t, 'minh@test.vn');
    expect(
      matchIds((await self.get(`/api/returnees/${world.returnees.minh}/matches`).expect(200)).body)[0],
    ).toBe(welding);
    await (await signIn(t, 'admin24@test.vn'))
      .get(`/api/returnees/${world.returnees.minh}/matches`)
      .expect(200);
    for (const who of ['canbo2@test.vn', 'tuyendung@a.vn', 'admin01@test.vn', 'tochuc@test.vn'])
      await (await signIn(t, who)).get(`/api/returnees/${world.returnees.minh}/matches`).expect(404);
  });

  it('leaves out postings in a banned occupation silently, and brings them back when the ban ends', async () => {
    await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({
        supplementaryPenalties: [{ kind: 'occupation-ban', occupationCodes: ['721'], until: '2099-01-01' }],
      })
      .expect(200);
    const banned = await counselor.get(`/api/returnees/${world.returnees.minh}/matches`).expect(200);
    expect(matchIds(banned.body)).not.toContain(welding);
    expect(matchIds(banned.body)).not.toContain(hanoiWelding);
    expect(matchIds(banned.body)).toEqual(expect.arrayContaining([sewing, guard]));
    expect(banned.text).not.toMatch(/cấm|\bban|penalt|hình phạt/i);

    await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({
        supplementaryPenalties: [{ kind: 'occupation-ban', occupationCodes: ['721'], until: '2020-01-01' }],
      })
      .expect(200);
    expect(
      matchIds((await counselor.get(`/api/returnees/${world.returnees.minh}/matches`).expect(200)).body)[0],
    ).toBe(welding);
  });
});

describe('candidates for a posting', () => {
  it('suggests only people who agreed, anonymously, and never someone banned from the job', async () => {
    const none = await employer.get(`/api/postings/${welding}/candidates`).expect(200);
    expect(none.body.items).toEqual([]);

    await counselor
      .post(`/api/returnees/${world.returnees.minh}/consents`)
      .send({ purpose: 'matching', confirmed: true })
      .expect(201);
    const res = await employer.get(`/api/postings/${welding}/candidates`).expect(200);
    expect(res.body.items).toHaveLength(1);
    const [suggested] = res.body.items;
    expect(suggested.candidate).toMatchObject({
      skills: ['Hàn que (hàn hồ quang tay)'],
      communeCode: '09187',
      provinceCode: '24',
    });
    expect(suggested.candidate.certificates[0]).toMatchObject({
      level: 'ky-nang-nghe-bac-2',
      occupationCode: '7212',
      verified: false,
    });
    expect(suggested.reasons.map((r: { vi: string }) => r.vi)).toContain('Cùng xã');
    expect(Object.keys(suggested.candidate).sort()).toEqual(
      ['anonymousCode', 'availability', 'certificates', 'communeCode', 'provinceCode', 'skills'].sort(),
    );
    for (const secret of ['Nguyễn Văn Minh', '912345678', '1990', world.returnees.minh])
      expect(res.text).not.toContain(secret);

    await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ supplementaryPenalties: [{ kind: 'place-ban', placeCodes: ['09187'], until: '2099-01-01' }] })
      .expect(200);
    expect((await employer.get(`/api/postings/${welding}/candidates`).expect(200)).body.items).toEqual([]);
    // The same ban does not touch the posting in another commune.
    const other = await signIn(t, 'tuyendung@b.vn');
    const elsewhere = (await other.get(`/api/postings/${hanoiWelding}/candidates`).expect(200)).body;
    expect(elsewhere.items).toHaveLength(1);
    expect(JSON.stringify(elsewhere)).not.toMatch(/cấm|\bban|penalt|hình phạt/i);
    await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ supplementaryPenalties: [] })
      .expect(200);
  });

  it('stops suggesting a person as soon as they revoke', async () => {
    const consents = (await counselor.get(`/api/returnees/${world.returnees.minh}/consents`).expect(200))
      .body;
    const matching = consents.find(
      (c: { purpose: string; active: boolean }) => c.purpose === 'matching' && c.active,
    );
    expect((await employer.get(`/api/postings/${welding}/candidates`).expect(200)).body.items).toHaveLength(
      1,
    );
    await counselor.post(`/api/returnees/${world.returnees.minh}/consents/${matching.id}/revoke`).expect(200);
    expect((await employer.get(`/api/postings/${welding}/candidates`).expect(200)).body.items).toEqual([]);
  });

  it('is for the posting’s employer and the province admins', async () => {
    await (await signIn(t, 'tuyendung@b.vn')).get(`/api/postings/${welding}/candidates`).expect(404);
    await (await signIn(t, 'admin24@test.vn')).get(`/api/postings/${welding}/candidates`).expect(200);
    await (await signIn(t, 'admin01@test.vn')).get(`/api/postings/${welding}/candidates`).expect(404);
    await counselor.get(`/api/postings/${welding}/candidates`).expect(403);
  });
});

describe('several instances', () => {
  it('a second instance sees profile, consent and penalty changes after its sync', async () => {
    const second = await startTestApp({ dbName: t.app.db.connection.name, keepDatabase: true });
    try {
      const secondEmployer = await signIn(second, 'tuyendung@a.vn');
      expect(
        (await secondEmployer.get(`/api/postings/${welding}/candidates`).expect(200)).body.items,
      ).toEqual([]);
      await counselor
        .post(`/api/returnees/${world.returnees.minh}/consents`)
        .send({ purpose: 'matching', confirmed: true })
        .expect(201);
      await counselor
        .patch(`/api/returnees/${world.returnees.minh}/profile`)
        .send({ skills: [{ skillId: 'han-tig', label: 'x' }] })
        .expect(200);
      await second.app.jobs.runNow('matching.sync');
      const seen = (await secondEmployer.get(`/api/postings/${welding}/candidates`).expect(200)).body;
      expect(seen.items[0].candidate.skills).toEqual(['Hàn TIG']);
      await counselor
        .patch(`/api/returnees/${world.returnees.minh}/case`)
        .send({
          supplementaryPenalties: [
            { kind: 'occupation-ban', occupationCodes: ['7212'], until: '2099-01-01' },
          ],
        })
        .expect(200);
      await second.app.jobs.runNow('matching.sync');
      expect(
        (await secondEmployer.get(`/api/postings/${welding}/candidates`).expect(200)).body.items,
      ).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
