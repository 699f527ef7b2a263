import type { PostingInput } from '@ctn/shared';
import type supertest from 'supertest';
import { postingInput } from './postings';

/** Publishes a posting the way it happens in real life: the employer writes and submits, an admin approves. */
export async function openPosting(
  employer: supertest.Agent,
  admin: supertest.Agent,
  overrides: Partial<PostingInput> = {},
): Promise<string> {
  const created = await employer.post('/api/postings').send(postingInput(overrides));
  if (created.status !== 201) throw new Error(`posting not created: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  await employer.post(`/api/postings/${id}/submit`).expect(200);
  await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
  return id;
}

/** A welding job requiring a national skill certificate level 2 in welding (7212). */
export const WELDING_JOB: Partial<PostingInput> = {
  title: 'Thợ hàn điện bậc 2',
  occupationCode: '7212',
  requiredSkills: [{ id: 'han-que', name: 'Hàn que' }],
  preferredSkills: [{ id: 'han-mig', name: 'Hàn MIG/MAG' }],
  requiredCertificates: [
    { level: 'ky-nang-nghe-bac-2', occupationCode: '7212', name: 'Chứng chỉ Hàn điện bậc 2' },
  ],
  preferredCertificates: [],
  communeCode: '09187',
};

/** A sewing job in the same province (a different occupation). */
export const SEWING_JOB: Partial<PostingInput> = {
  title: 'Công nhân may công nghiệp',
  occupationCode: '7533',
  description: 'May áo sơ mi xuất khẩu trên dây chuyền; được đào tạo tại chỗ.',
  requiredSkills: [{ name: 'May công nghiệp' }],
  preferredSkills: [],
  requiredCertificates: [],
  preferredCertificates: [],
  communeCode: '09187',
  wageMin: 6_000_000,
  wageMax: 9_000_000,
};

/** The profile of a certified welder living in Phường Kinh Bắc (Bắc Ninh). */
export const WELDER_PROFILE = {
  communeCode: '09187',
  desiredOccupations: ['7212'],
  skills: [{ skillId: 'han-que', label: 'Hàn que' }],
  certificates: [
    {
      level: 'ky-nang-nghe-bac-2',
      occupationCode: '7212',
      issuer: 'Trường Cao đẳng nghề Bắc Ninh',
      year: 2024,
    },
  ],
  availability: { shifts: ['day'], employmentTypes: ['full-time'] },
};

/** Name and phone of a person who applied without agreeing to share them: no employer may ever see these. */
export const UNCONSENTED = { name: 'Trần Thị Lan', phone: '+84934567890', nationalPhone: '0934567890' };

/**
 * Adds to a `createWorld` world: an open welding posting of employer A, Lan (counselor 2's person, with a
 * phone) suggested for matching and applying to it without sharing her contact, and Minh applying with
 * consent. Returns the posting and application ids for walks over every endpoint.
 */
export async function addApplications(
  t: { agent(): supertest.Agent },
  world: { returnees: { minh: string; lan: string } },
  signIn: (t: never, who: string) => Promise<supertest.Agent>,
) {
  const sign = (who: string) => signIn(t as never, who);
  const employer = await sign('tuyendung@a.vn');
  const admin = await sign('admin24@test.vn');
  const postingId = await openPosting(employer, admin, WELDING_JOB);
  const lanCounselor = await sign('canbo2@test.vn');
  await lanCounselor
    .patch(`/api/returnees/${world.returnees.lan}/profile`)
    .send({ phone: UNCONSENTED.nationalPhone, ...WELDER_PROFILE })
    .expect(200);
  await lanCounselor
    .post(`/api/returnees/${world.returnees.lan}/consents`)
    .send({ purpose: 'matching', confirmed: true })
    .expect(201);
  const lan = await lanCounselor
    .post('/api/applications')
    .send({ returneeId: world.returnees.lan, postingId, shareContact: false })
    .expect(201);
  const minhCounselor = await sign('canbo1@test.vn');
  const minh = await minhCounselor
    .post('/api/applications')
    .send({ returneeId: world.returnees.minh, postingId, shareContact: true, confirmed: true })
    .expect(201);
  return { postingId, applicationIds: [lan.body.id as string, minh.body.id as string] };
}
