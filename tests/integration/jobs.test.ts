import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingModel } from '../../server/src/modules/postings/model';
import { EmbeddedSearchEngine } from '../../server/src/search/embedded';
import type { SearchEngine } from '../../server/src/search/engine';
import { seedDemoData } from '../../server/src/seed';
import { startTestApp, type TestApp, uniqueDbName } from '../helpers/app';
import { signIn } from '../helpers/people';
import { postingInput } from '../helpers/postings';

interface Card {
  id: string;
  title: string;
  provinceCode: string;
  occupationCode: string;
  highlight: { title?: string };
  employer: { name: string };
}
interface SearchBody {
  items: Card[];
  total: number;
  facets: Record<string, { value: string; label: string; count: number }[]> & { fairChance: number };
  suggestions: { kind: string; label: string; query: string; total: number }[];
}

describe('job search on the demo data', () => {
  let t: TestApp;
  const jobs = async (query: Record<string, string | number | boolean>) =>
    (await t.agent().get('/api/jobs').query(query).expect(200)).body as SearchBody;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.app);
  });
  afterAll(async () => t?.close());

  it('"tho han bac ninh" returns welding jobs in Bắc Ninh first', async () => {
    const body = await jobs({ q: 'tho han bac ninh' });
    expect(body.total).toBeGreaterThanOrEqual(3);
    const top = body.items.slice(0, 3);
    for (const card of top) {
      expect(card.provinceCode).toBe('24');
      expect(card.occupationCode).toBe('7212');
    }
    expect(top[0]!.highlight.title).toContain('<mark>');
  });

  it('"cong nhan may" and "công nhân may" return the same results', async () => {
    const plain = await jobs({ q: 'cong nhan may' });
    const accented = await jobs({ q: 'công nhân may' });
    expect(plain.total).toBeGreaterThan(0);
    expect(accented.items.map((c) => c.id)).toEqual(plain.items.map((c) => c.id));
    expect(plain.items[0]!.occupationCode).toBe('8153');
    // The occupation's colloquial synonym finds the same jobs.
    const synonym = await jobs({ q: 'thợ may' });
    expect(synonym.items.map((c) => c.id)).toEqual(
      expect.arrayContaining(plain.items.slice(0, 3).map((c) => c.id)),
    );
  });

  it('tolerates typos and a half-typed last word', async () => {
    expect((await jobs({ q: 'tho hna' })).items[0]?.occupationCode).toBe('7212');
    expect((await jobs({ q: 'bao ve ca de' })).items[0]?.title).toMatch(/Bảo vệ/);
  });

  it('filters by province, occupation group at any level, wage, benefits, fair chance; counts facets', async () => {
    const all = await jobs({});
    expect(all.total).toBeGreaterThanOrEqual(40);
    const hanoi = await jobs({ province: '01' });
    expect(hanoi.total).toBe(all.facets.province!.find((f) => f.value === '01')!.count);
    expect(hanoi.items.every((c) => c.provinceCode === '01')).toBe(true);
    expect(hanoi.facets.commune!.length).toBeGreaterThan(0);
    const crafts = await jobs({ occupation: '7' });
    expect(crafts.items.every((c) => c.occupationCode.startsWith('7'))).toBe(true);
    expect(crafts.facets.occupation!.every((f) => f.value.length === 2 && f.value.startsWith('7'))).toBe(
      true,
    );
    expect((await jobs({ occupation: '721' })).items.every((c) => c.occupationCode === '7212')).toBe(true);
    const housing = await jobs({ benefits: 'housing,meals', minWage: 10_000_000 });
    expect(housing.total).toBeGreaterThan(0);
    const fair = await jobs({ fairChance: true });
    expect(fair.total).toBe(all.facets.fairChance);
    const byWage = await jobs({ sort: 'wage', pageSize: 5 });
    expect(byWage.items.length).toBe(5);
    expect(all.facets.province!.find((f) => f.value === '24')?.label).toBe('Bắc Ninh');
  });

  it('suggests what to change when nothing matches', async () => {
    const none = await jobs({ q: 'tho han', province: '96' });
    expect(none.total).toBe(0);
    const kinds = none.suggestions.map((s) => s.kind);
    expect(kinds).toContain('remove-filter');
    expect(kinds).toContain('popular-occupation');
    const remove = none.suggestions.find((s) => s.kind === 'remove-filter')!;
    expect(remove.total).toBeGreaterThan(0);
    const nearby = await jobs({ q: 'bao ve', province: '33' });
    expect(
      nearby.suggestions.some(
        (s) => s.kind === 'nearby-province' && /Hà Nội|Hải Phòng|Bắc Ninh/.test(s.label),
      ),
    ).toBe(true);
  });

  it('answers with public fields only', async () => {
    const body = await jobs({ q: 'bao ve' });
    const card = body.items[0] as unknown as Record<string, unknown>;
    for (const field of ['description', 'moderationNotes', 'createdBy', 'status', 'version', 'searchKey'])
      expect(card).not.toHaveProperty(field);
    const detail = (await t.agent().get(`/api/jobs/${body.items[0]!.id}`).expect(200)).body;
    expect(detail.description.length).toBeGreaterThan(10);
    expect(detail).not.toHaveProperty('moderationNotes');
    expect(detail).not.toHaveProperty('createdBy');
  });

  it('keeps the seed idempotent', async () => {
    const before = await postingModel(t.app.db.connection).countDocuments({});
    await seedDemoData(t.app);
    expect(await postingModel(t.app.db.connection).countDocuments({})).toBe(before);
  });
});

describe('search index sync', () => {
  it('follows another instance’s writes, and a restart in the middle of a sync loses nothing', async () => {
    const dbName = uniqueDbName('sync');
    // A durable engine shared by the instances stands for Meilisearch: it outlives an app instance.
    const shared = new EmbeddedSearchEngine();
    const durable: SearchEngine = Object.assign(Object.create(shared) as SearchEngine, {
      durable: true,
      close: async () => {},
    });
    const writer = await startTestApp({ dbName, keepDatabase: true });
    const first = await startTestApp({ dbName, keepDatabase: true, search: durable });
    const { createWorld } = await import('../helpers/people');
    await createWorld(writer);
    const employer = await signIn(writer, 'tuyendung@a.vn');
    const admin = await signIn(writer, 'admin24@test.vn');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = (
        await employer
          .post('/api/postings')
          .send(postingInput({ title: `Thợ hàn đồng bộ ${i}` }))
          .expect(201)
      ).body.id as string;
      await employer.post(`/api/postings/${id}/submit`).expect(200);
      await admin.post(`/api/admin/postings/${id}/approve`).expect(200);
      ids.push(id);
    }
    // The writer's own board shows them at once; the first instance has not synced yet.
    expect((await writer.agent().get('/api/jobs').query({ q: 'dong bo' })).body.total).toBe(7);
    expect((await first.agent().get('/api/jobs').query({ q: 'dong bo' })).body.total).toBe(0);

    // The first instance "crashes" after two batches of three.
    await expect(
      first.app.postingIndex.sync({
        batchSize: 3,
        afterBatch: (batch) => {
          if (batch === 2) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const partly = (await first.agent().get('/api/jobs').query({ q: 'dong bo' })).body.total;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(7);
    await first.close();

    // A new instance resumes from the persisted watermark and finds everything.
    const second = await startTestApp({ dbName, keepDatabase: true, search: durable });
    await second.app.postingIndex.sync({ batchSize: 3 });
    const found = (await second.agent().get('/api/jobs').query({ q: 'dong bo', pageSize: 50 })).body;
    expect(found.total).toBe(7);
    expect(found.items.map((c: Card) => c.id).sort()).toEqual([...ids].sort());
    expect(second.app.openPostings.size).toBeGreaterThanOrEqual(7);

    // Closing on the writer: the others drop it at their next sync (tombstone by status).
    await employer.post(`/api/postings/${ids[0]}/close`).expect(200);
    await employer.post(`/api/postings/${ids[1]}/fill`).expect(200);
    const changes: string[] = [];
    const stop = second.app.openPostings.onOpenPostingsChanged(({ removed }) => changes.push(...removed));
    const report = await second.app.postingIndex.sync();
    stop();
    expect(report.removed).toBeGreaterThanOrEqual(2);
    expect(changes).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    expect((await second.agent().get('/api/jobs').query({ q: 'dong bo' })).body.total).toBe(5);
    // Running it again changes nothing (idempotent).
    const again = await second.app.postingIndex.sync();
    expect(again.indexed + again.removed).toBeLessThanOrEqual(report.indexed + report.removed);
    expect((await second.agent().get('/api/jobs').query({ q: 'dong bo' })).body.total).toBe(5);

    await second.close();
    await writer.app.db.connection.dropDatabase();
    await writer.close();
  });
});
