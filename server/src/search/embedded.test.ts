import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from './embedded';
import type { IndexSettings, SearchDocument } from './engine';

const SETTINGS: IndexSettings = {
  searchableAttributes: ['title', 'skills', 'description'],
  filterableAttributes: ['province'],
  sortableAttributes: ['wage'],
  highlightAttributes: ['title'],
  synonyms: [['tho may', 'cong nhan may']],
};

async function engineWith(documents: SearchDocument[], settings = SETTINGS) {
  const engine = new EmbeddedSearchEngine();
  await engine.createIndex('jobs', settings);
  await engine.upsert('jobs', documents);
  const ids = async (q: string) => (await engine.search('jobs', { q })).hits.map((hit) => hit.document.id);
  return { engine, ids };
}

describe('EmbeddedSearchEngine ranking', () => {
  it('ranks a match in an earlier attribute first (title > skills > description)', async () => {
    const { ids } = await engineWith([
      { id: 'description', title: 'Nhân viên kho', skills: [], description: 'Biết hàn là lợi thế' },
      { id: 'title', title: 'Thợ hàn', skills: [], description: '' },
      { id: 'skills', title: 'Thợ cơ khí', skills: ['Hàn điện'], description: '' },
    ]);
    expect(await ids('han')).toEqual(['title', 'skills', 'description']);
  });

  it('ranks the word as typed above a completion of it', async () => {
    const { ids } = await engineWith([
      { id: 'completion', title: 'Thợ hàn', skills: [], description: '' },
      { id: 'exact', title: 'Thợ hà', skills: [], description: '' },
    ]);
    expect(await ids('tho ha')).toEqual(['exact', 'completion']);
  });

  it('corrects only words the index does not know', async () => {
    const { ids } = await engineWith([
      { id: 'corrected', title: 'Thợ hàn', skills: [], description: '' },
      { id: 'exact', title: 'Thợ hoa', skills: [], description: '' },
    ]);
    // "hoa" is known, so it is not corrected; "hna" is unknown and becomes "han" or "hoa".
    expect(await ids('tho hoa')).toEqual(['exact']);
    expect(await ids('tho hna')).toEqual(expect.arrayContaining(['corrected', 'exact']));
  });

  it('prefers query words standing next to each other', async () => {
    const { ids } = await engineWith([
      { id: 'apart', title: 'Công nhân vận hành máy ép', skills: [], description: '' },
      { id: 'together', title: 'Công nhân may mẫu', skills: [], description: '' },
    ]);
    expect(await ids('cong nhan may mau')).toEqual(['together']);
    expect((await ids('nhan may'))[0]).toBe('together');
    // "cong nhan may" is a synonym phrase: its words' neighbourhood counts too.
    expect(await ids('cong nhan may')).toEqual(['together', 'apart']);
  });

  it('drops words from the end when no posting has them all', async () => {
    const { ids } = await engineWith([{ id: 'welder', title: 'Thợ hàn', skills: [], description: '' }]);
    expect(await ids('tho han xyzxyz')).toEqual(['welder']);
    expect(await ids('xyzxyz')).toEqual([]);
  });

  it('completes the last word only while it is being typed', async () => {
    const { ids } = await engineWith([
      { id: 'hang', title: 'Bốc xếp hàng', skills: [], description: '' },
      { id: 'han', title: 'Thợ hàn', skills: [], description: '' },
    ]);
    expect(await ids('ha')).toEqual(expect.arrayContaining(['hang', 'han']));
    expect(await ids('han ')).toEqual(['han']);
  });
});

describe('EmbeddedSearchEngine maintenance', () => {
  it('stays correct across many replacements (tombstones, then compaction)', async () => {
    const documents = (round: number) =>
      Array.from({ length: 3000 }, (_, i) => ({
        id: `p${i}`,
        title: i % 2 === 0 ? `Thợ hàn ${round}` : `Phụ bếp ${round}`,
        skills: [],
        description: '',
        province: i % 3 === 0 ? '79' : '01',
        wage: i,
      }));
    const { engine } = await engineWith(documents(1));
    await engine.upsert('jobs', documents(2));
    await engine.upsert('jobs', documents(3));
    expect(await engine.count('jobs')).toBe(3000);
    expect(await engine.count('jobs', { province: '79' })).toBe(1000);
    const welders = await engine.search('jobs', { q: 'tho han 3', limit: 5 });
    expect(welders.total).toBe(1500);
    const all = await engine.search<SearchDocument & { title: string }>('jobs', {
      q: 'tho han',
      limit: 3000,
    });
    expect(all.total).toBe(1500);
    expect(all.hits.every((hit) => hit.document.title === 'Thợ hàn 3')).toBe(true);
    const page = await engine.search('jobs', { sort: [{ field: 'wage', order: 'desc' }], limit: 3 });
    expect(page.hits.map((hit) => hit.document.id)).toEqual(['p2999', 'p2998', 'p2997']);
  });

  it('re-indexes the documents already there when the settings change', async () => {
    const { engine } = await engineWith([
      { id: 'a', title: 'Thợ hàn', skills: [], description: '', province: '79' },
    ]);
    await engine.createIndex('jobs', { ...SETTINGS, searchableAttributes: ['description'] });
    expect(await engine.count('jobs')).toBe(1);
    expect((await engine.search('jobs', { q: 'tho han' })).total).toBe(0);
  });

  it('rejects unknown indexes, unfilterable and unsortable attributes and documents without an id', async () => {
    const { engine } = await engineWith([]);
    await expect(engine.search('nope', {})).rejects.toThrow(/does not exist/);
    await expect(engine.search('jobs', { filter: { wage: 1 } })).rejects.toThrow(/not a filterable/);
    await expect(engine.search('jobs', { facets: ['title'] })).rejects.toThrow(/not a filterable/);
    await expect(engine.search('jobs', { sort: [{ field: 'title', order: 'asc' }] })).rejects.toThrow(
      /not a sortable/,
    );
    await expect(engine.upsert('jobs', [{ title: 'x' } as unknown as SearchDocument])).rejects.toThrow(/id/);
  });
});
