import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditModel } from '../../server/src/modules/audit/model';
import { returneeModel } from '../../server/src/modules/returnees/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
});
afterAll(async () => t?.close());

describe('the returnee profile, completed over several visits', () => {
  it('saves sections one at a time and keeps the others', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const id = world.returnees.minh;
    await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({
        skills: [{ skillId: 'han-que', label: 'x' }, { label: 'hàn TIG' }, { label: 'Chăm sóc cây cảnh' }],
      })
      .expect(200);
    const saved = await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({
        desiredOccupations: ['7212'],
        acceptableProvinces: ['01'],
        willingToRelocate: true,
        expectedWage: 9_000_000,
        availability: { from: '2026-03-01', shifts: ['day', 'night'], employmentTypes: ['full-time'] },
        needs: ['training', 'id-papers'],
        workHistory: [
          { title: 'Thợ hàn xưởng cơ khí', occupationCode: '7212', fromYear: 2015, toYear: 2019 },
        ],
        educationLevel: 'lower-secondary',
      })
      .expect(200);
    // Skills: taxonomy names win over what was typed; a synonym finds its skill; free text stays free.
    expect(saved.body.skills).toEqual([
      { skillId: 'han-que', label: 'Hàn que (hàn hồ quang tay)' },
      { skillId: 'han-tig', label: 'Hàn TIG' },
      { label: 'Chăm sóc cây cảnh' },
    ]);
    expect(saved.body).toMatchObject({
      desiredOccupations: ['7212'],
      willingToRelocate: true,
      expectedWage: 9_000_000,
      availability: { from: '2026-03-01', shifts: ['day', 'night'], employmentTypes: ['full-time'] },
      needs: ['training', 'id-papers'],
      educationLevel: 'lower-secondary',
    });
    expect(saved.body.workHistory[0].title).toBe('Thợ hàn xưởng cơ khí');
  });

  it('refuses a wrong section whole, naming the field, and loses nothing already saved', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const id = world.returnees.minh;
    const refused = await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({ desiredOccupations: ['7212', '9999'], expectedWage: 12_000_000 })
      .expect(400);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({ field: 'desiredOccupations.1', code: 'occupation' }),
    ]);
    expect(refused.body.message).toBeTruthy();
    const profile = (await counselor.get(`/api/returnees/${id}/profile`).expect(200)).body;
    expect(profile.expectedWage).toBe(9_000_000);
    expect(profile.skills).toHaveLength(3);
  });

  it('lets the counselor verify a certificate, and clears it when its facts change', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const id = world.returnees.minh;
    const withCert = await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({
        certificates: [
          { level: 'ky-nang-nghe-bac-2', occupationCode: '7212', issuer: 'CĐ nghề Bắc Ninh', year: 2024 },
        ],
      })
      .expect(200);
    const certId = withCert.body.certificates[0].id;
    expect(withCert.body.certificates[0].verified).toBe(false);
    const verified = await counselor
      .post(`/api/returnees/${id}/certificates/${certId}/verify`)
      .send({ verified: true })
      .expect(200);
    expect(verified.body.certificates[0]).toMatchObject({ id: certId, verified: true });

    // The person edits their own profile: an unchanged certificate stays verified…
    const self = await signIn(t, 'minh@test.vn');
    const kept = await self
      .patch(`/api/returnees/${id}/profile`)
      .send({
        certificates: [
          {
            id: certId,
            level: 'ky-nang-nghe-bac-2',
            occupationCode: '7212',
            issuer: 'CĐ nghề Bắc Ninh',
            year: 2024,
          },
          { level: 'gplx-a1' },
        ],
        status: 'inactive',
      })
      .expect(200);
    expect(kept.body.certificates.map((c: { verified: boolean }) => c.verified)).toEqual([true, false]);
    // …but the person cannot change their own status, nor verify.
    expect(kept.body.status).toBe('seeking');
    await self
      .post(`/api/returnees/${id}/certificates/${certId}/verify`)
      .send({ verified: true })
      .expect(403);
    // A changed level is a different paper: not verified any more.
    const changed = await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({ certificates: [{ id: certId, level: 'ky-nang-nghe-bac-3', occupationCode: '7212' }] })
      .expect(200);
    expect(changed.body.certificates[0]).toMatchObject({ id: certId, verified: false });
    await counselor
      .patch(`/api/returnees/${id}/profile`)
      .send({ certificates: [{ level: 'ky-nang-nghe-bac-2', occupationCode: '7212' }] })
      .expect(200);
  });

  it('is not for other counselors, employers or other provinces', async () => {
    for (const who of ['canbo2@test.vn', 'tuyendung@a.vn', 'admin01@test.vn']) {
      const agent = await signIn(t, who);
      await agent.get(`/api/returnees/${world.returnees.minh}/profile`).expect(404);
      await agent
        .patch(`/api/returnees/${world.returnees.minh}/profile`)
        .send({ expectedWage: 1 })
        .expect((res) => {
          expect([403, 404]).toContain(res.status);
        });
    }
    const admin = await signIn(t, 'admin24@test.vn');
    await admin.get(`/api/returnees/${world.returnees.minh}/profile`).expect(200);
  });

  it('filters the caseload by need and by days since the last contact', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const another = (
      await counselor
        .post('/api/returnees')
        .send({ displayName: 'Đỗ Văn Tâm', provinceCode: '24' })
        .expect(201)
    ).body.id;
    await returneeModel(t.app.db.connection).updateOne(
      { _id: another },
      { $set: { lastContactAt: new Date(Date.now() - 40 * 86_400_000) } },
    );
    const needTraining = (await counselor.get('/api/returnees?need=training').expect(200)).body;
    expect(needTraining.items.map((r: { id: string }) => r.id)).toEqual([world.returnees.minh]);
    const quiet = (await counselor.get('/api/returnees?noContactDays=30').expect(200)).body;
    expect(quiet.items.map((r: { id: string }) => r.id)).toEqual([another]);
    const all = (await counselor.get('/api/returnees').expect(200)).body;
    expect(all.total).toBe(2);
  });
});

describe('the case record', () => {
  it('checks the CCCD number and explains what is wrong', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const refused = await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ cccd: '999092012345' })
      .expect(400);
    expect(refused.body.fields[0]).toMatchObject({ field: 'cccd', code: 'cccd' });
    expect(refused.body.fields[0].message).toMatch(/tỉnh nơi sinh/);
    await counselor
      .patch(`/api/returnees/${world.returnees.minh}/case`)
      .send({ cccd: '027092012345' })
      .expect(200);
  });

  it('computes the expungement date from the sentence and supplementary penalties, and lets it be overridden', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const url = `/api/returnees/${world.returnees.minh}/case`;
    const prison = await counselor
      .patch(url)
      .send({ releaseDate: '2025-06-01', sentenceKind: 'prison', sentenceMonths: 36 })
      .expect(200);
    expect(prison.body.expungementComputed).toMatchObject({ date: '2027-06-01', waitingYears: 2 });
    expect(prison.body.expungementDate).toBe('2027-06-01');
    // A supplementary penalty ending later moves the start of the waiting time.
    const withBan = await counselor
      .patch(url)
      .send({
        supplementaryPenalties: [
          { kind: 'occupation-ban', occupationCodes: ['5414'], until: '2026-12-31', note: 'Cấm làm bảo vệ' },
        ],
      })
      .expect(200);
    expect(withBan.body.expungementComputed).toMatchObject({ date: '2028-12-31', countedFrom: '2026-12-31' });
    const longer = await counselor.patch(url).send({ sentenceMonths: 84 }).expect(200);
    expect(longer.body.expungementComputed.waitingYears).toBe(3);
    const overridden = await counselor.patch(url).send({ expungementDateOverride: '2028-01-15' }).expect(200);
    expect(overridden.body.expungementDate).toBe('2028-01-15');
    const cleared = await counselor.patch(url).send({ expungementDateOverride: null }).expect(200);
    expect(cleared.body.expungementDate).toBe('2029-12-31');
    const badBan = await counselor
      .patch(url)
      .send({ supplementaryPenalties: [{ kind: 'place-ban', until: '2027-01-01' }] })
      .expect(400);
    expect(badBan.body.fields[0].field).toBe('supplementaryPenalties.0.placeCodes');
  });

  it('refers to a VBSP loan only with consent, within the cap, and records outcomes; every read is logged', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const base = `/api/returnees/${world.returnees.minh}`;
    const noConsent = await counselor
      .post(`${base}/case/referrals`)
      .send({ kind: 'vbsp-loan', amount: 50_000_000 })
      .expect(400);
    expect(noConsent.body.fields.map((f: { code: string }) => f.code)).toContain('consent');
    await counselor.post(`${base}/consents`).send({ purpose: 'loan-referral', confirmed: true }).expect(201);
    const tooMuch = await counselor
      .post(`${base}/case/referrals`)
      .send({ kind: 'vbsp-loan', amount: 150_000_000 })
      .expect(400);
    expect(tooMuch.body.fields[0]).toMatchObject({ field: 'amount', code: 'max' });
    const referred = await counselor
      .post(`${base}/case/referrals`)
      .send({ kind: 'vbsp-loan', amount: 50_000_000, partner: 'NHCSXH Bắc Ninh' })
      .expect(201);
    const referral = referred.body.referrals[0];
    expect(referral).toMatchObject({ kind: 'vbsp-loan', status: 'proposed', amount: 50_000_000 });
    const approved = await counselor
      .patch(`${base}/case/referrals/${referral.id}`)
      .send({ status: 'approved', outcome: 'Giải ngân 15/3' })
      .expect(200);
    expect(approved.body.referrals[0]).toMatchObject({ status: 'approved', outcome: 'Giải ngân 15/3' });
    await counselor
      .post(`${base}/case/referrals`)
      .send({ kind: 'id-papers', note: 'Làm lại CCCD' })
      .expect(201);

    const reads = await auditModel(t.app.db.connection).countDocuments({
      action: 'case.read',
      subjectId: world.returnees.minh,
    });
    await counselor.get(`${base}/case`).expect(200);
    expect(
      await auditModel(t.app.db.connection).countDocuments({
        action: 'case.read',
        subjectId: world.returnees.minh,
      }),
    ).toBe(reads + 1);
    // Not for another counselor of the same province.
    const other = await signIn(t, 'canbo2@test.vn');
    await other.get(`${base}/case`).expect(404);
    await other.post(`${base}/case/referrals`).send({ kind: 'id-papers' }).expect(404);
  });
});
