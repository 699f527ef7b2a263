import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { createOpenFair } from '../helpers/fairs';
import { addApplications, UNCONSENTED } from '../helpers/matching';
import { CASE_MARKERS, createWorld, signIn, type World } from '../helpers/people';
import { postingInput } from '../helpers/postings';

/**
 * Walks every GET endpoint in the OpenAPI document as an employer, an organizer and a viewer, filling
 * path parameters with every id we know (returnees, employers, users), and proves that no response
 * contains case data. New endpoints are covered automatically as soon as they are documented.
 */
let t: TestApp;
let world: World;
/** Postings in every state, so the job board and posting routes are walked with real ids too. */
const postingIds: string[] = [];
let applications: Awaited<ReturnType<typeof addApplications>>;
/** A live fair where Minh (who has a case record) is registered and checked in: fair, registration, ticket. */
const fairIds: string[] = [];
beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
  const employer = await signIn(t, 'tuyendung@a.vn');
  const admin = await signIn(t, 'admin24@test.vn');
  for (const step of ['draft', 'pending', 'open'] as const) {
    const id = (
      await employer
        .post('/api/postings')
        .send(postingInput({ title: `Tin ${step}` }))
        .expect(201)
    ).body.id;
    if (step !== 'draft') await employer.post(`/api/postings/${id}/submit`).expect(200);
    if (step === 'open') await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
    postingIds.push(id);
  }
  // Another open posting of employer A with two applications: Lan's without consent to share her
  // contact (and suggested to employers through her `matching` consent), Minh's with it.
  applications = await addApplications(t, world, signIn);

  const fairId = await createOpenFair(admin);
  await admin
    .put(`/api/fairs/${fairId}/organizers`)
    .send({ organizerIds: [world.people.organizer.id] })
    .expect(200);
  const counselor = await signIn(t, 'canbo1@test.vn');
  const registration = await counselor
    .post(`/api/fairs/${fairId}/registrations`)
    .send({ returneeId: world.returnees.minh, confirmed: true })
    .expect(201);
  await admin.post(`/api/fairs/${fairId}/status`).send({ status: 'live' }).expect(200);
  await admin
    .post(`/api/fairs/${fairId}/checkins`)
    .send({ items: [{ code: registration.body.ticketCode }] })
    .expect(200);
  fairIds.push(fairId, registration.body.id, registration.body.ticketCode);
});
afterAll(async () => t?.close());

const markers = [CASE_MARKERS.cccd, CASE_MARKERS.offenceCategory, CASE_MARKERS.note];

describe('no case data reaches employers, organizers or viewers', () => {
  it('on any documented GET endpoint, with any id', async () => {
    const docs = await t.agent().get('/api/docs').expect(200);
    const paths = Object.entries(docs.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path);
    expect(paths.length).toBeGreaterThan(5);

    const ids = [
      applications.postingId,
      ...applications.applicationIds,
      ...Object.values(world.returnees),
      ...Object.values(world.employers),
      ...Object.values(world.people).map((p) => p.id),
      ...postingIds,
      ...fairIds,
    ];
    let requests = 0;
    for (const who of ['tuyendung@a.vn', 'tochuc@test.vn', 'lanhdao@test.vn']) {
      const agent = await signIn(t, who);
      for (const path of paths) {
        const params = path.match(/\{\w+\}/g) ?? [];
        const urls = params.length ? ids.map((id) => path.replace(/\{\w+\}/g, id)) : [path];
        for (const url of urls) {
          const res = await agent.get(url);
          requests++;
          const body = res.text ?? '';
          for (const marker of markers) expect(body, `${who} GET ${url}`).not.toContain(marker);
          // Employers never see the name or phone of someone who has not agreed to share them.
          if (who === 'tuyendung@a.vn')
            for (const secret of Object.values(UNCONSENTED))
              expect(body, `${who} GET ${url}`).not.toContain(secret);
        }
      }
    }
    expect(requests).toBeGreaterThan(50);
  });

  it('while the employer does see Lan’s application and suggestion, anonymously, and Minh’s contact', async () => {
    const employer = await signIn(t, 'tuyendung@a.vn');
    const list = (await employer.get('/api/employer/applications').expect(200)).body;
    expect(list.items).toHaveLength(2);
    const contacts = list.items.map((a: { contact?: { displayName: string } }) => a.contact?.displayName);
    expect(contacts.sort()).toEqual(['Nguyễn Văn Minh', undefined]);
    const candidates = (await employer.get(`/api/postings/${applications.postingId}/candidates`).expect(200))
      .body;
    expect(candidates.items).toHaveLength(1);
    expect(candidates.items[0].applicationId).toBe(applications.applicationIds[0]);
  });
});
