/**
 * The SearchEngine contract: the same tests for every adapter. The embedded engine always runs; the
 * Meilisearch half runs when MEILI_URL points at a server (Meilisearch cannot run on our machines).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import type {
  IndexSettings,
  SearchDocument,
  SearchEngine,
  SearchRequest,
} from '../../server/src/search/engine';
import { createSearchEngine } from '../../server/src/search/index';

interface Posting extends SearchDocument {
  title: string;
  occupationName: string;
  skills: string[];
  employerName: string;
  provinceCode: string;
  provinceName: string;
  description: string;
  wageMin: number;
  wageMax: number;
  benefits: string[];
  shift: 'day' | 'night';
  fairChancePledge: boolean;
  publishedAt: number;
  requiredCertificate?: string;
}

const SETTINGS: IndexSettings = {
  searchableAttributes: ['title', 'occupationName', 'skills', 'employerName', 'provinceName', 'description'],
  filterableAttributes: [
    'provinceCode',
    'benefits',
    'shift',
    'wageMin',
    'wageMax',
    'fairChancePledge',
    'requiredCertificate',
  ],
  sortableAttributes: ['wageMax', 'publishedAt'],
  highlightAttributes: ['title', 'employerName'],
  synonyms: [['tho may', 'cong nhan may']],
};

const day = (n: number) => Date.UTC(2026, 0, n);

const POSTINGS: Posting[] = [
  {
    id: 'welder-hcm',
    title: 'Thợ hàn điện',
    occupationName: 'Thợ hàn và thợ cắt kim loại',
    skills: ['Hàn điện', 'Đọc bản vẽ kỹ thuật'],
    employerName: 'Cơ khí Tân Phát',
    provinceCode: '79',
    provinceName: 'Hồ Chí Minh',
    description: 'Cần tuyển thợ hàn có kinh nghiệm, làm việc tại xưởng.',
    wageMin: 9_000_000,
    wageMax: 15_000_000,
    benefits: ['meals', 'insurance'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(3),
    requiredCertificate: 'Hàn điện bậc 2',
  },
  {
    id: 'welder-hn',
    title: 'Thợ hàn CO2',
    occupationName: 'Thợ hàn và thợ cắt kim loại',
    skills: ['Hàn MIG/MAG'],
    employerName: 'Xưởng Kết cấu Thép Bắc Hà',
    provinceCode: '01',
    provinceName: 'Hà Nội',
    description: 'Hàn kết cấu thép, có chỗ ở cho người ở xa.',
    wageMin: 10_000_000,
    wageMax: 16_000_000,
    benefits: ['housing', 'meals'],
    shift: 'day',
    fairChancePledge: false,
    publishedAt: day(8),
  },
  {
    id: 'sewing-dn',
    title: 'Công nhân may công nghiệp',
    occupationName: 'Thợ may',
    skills: ['May công nghiệp', 'Vận hành máy may'],
    employerName: 'Xưởng may Hòa Bình',
    provinceCode: '75',
    provinceName: 'Đồng Nai',
    description: 'Nhận người chưa có kinh nghiệm, được đào tạo.',
    wageMin: 6_500_000,
    wageMax: 10_000_000,
    benefits: ['meals', 'transport', 'insurance'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(5),
  },
  {
    id: 'tailor-hue',
    title: 'Thợ may đo',
    occupationName: 'Thợ may',
    skills: ['Cắt vải', 'Là ủi'],
    employerName: 'Tiệm may Ngọc Lan',
    provinceCode: '46',
    provinceName: 'Huế',
    description: 'Làm tại tiệm, giờ giấc linh hoạt.',
    wageMin: 5_000_000,
    wageMax: 8_000_000,
    benefits: [],
    shift: 'day',
    fairChancePledge: false,
    publishedAt: day(1),
  },
  {
    id: 'truck-dng',
    title: 'Lái xe tải hạng C',
    occupationName: 'Lái xe tải và xe hạng nặng',
    skills: ['Bằng lái hạng C', 'Giao nhận hàng hóa'],
    employerName: 'Vận tải Minh Long',
    provinceCode: '48',
    provinceName: 'Đà Nẵng',
    description: 'Chạy tuyến Đà Nẵng – Quảng Ngãi.',
    wageMin: 12_000_000,
    wageMax: 18_000_000,
    benefits: ['insurance'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(10),
    requiredCertificate: 'Bằng lái hạng C',
  },
  {
    id: 'kitchen-hcm',
    title: 'Phụ bếp nhà hàng',
    occupationName: 'Phụ bếp',
    skills: ['Sơ chế thực phẩm'],
    employerName: 'Nhà hàng <Sen Vàng> & Cộng sự',
    provinceCode: '79',
    provinceName: 'Hồ Chí Minh',
    description: 'Bao ăn hai bữa, thưởng lễ Tết.',
    wageMin: 5_500_000,
    wageMax: 7_500_000,
    benefits: ['meals'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(7),
  },
  {
    id: 'guard-hcm',
    title: 'Bảo vệ ca đêm',
    occupationName: 'Bảo vệ',
    skills: ['Tuần tra canh gác', 'Phòng cháy chữa cháy'],
    employerName: 'Dịch vụ Bảo vệ An Khang',
    provinceCode: '79',
    provinceName: 'Hồ Chí Minh',
    description: 'Trực tòa nhà văn phòng, có phụ cấp đêm.',
    wageMin: 6_000_000,
    wageMax: 9_000_000,
    benefits: ['housing', 'meals', 'transport'],
    shift: 'night',
    fairChancePledge: false,
    publishedAt: day(2),
  },
  {
    // Stored decomposed (NFD), as an old Android keyboard may send it.
    id: 'electrician-hn',
    title: 'Thợ điện công trình'.normalize('NFD'),
    occupationName: 'Thợ điện',
    skills: ['Lắp đặt điện dân dụng'],
    employerName: 'Điện nước Phúc Thịnh',
    provinceCode: '01',
    provinceName: 'Hà Nội',
    description: 'Thi công điện cho các công trình dân dụng.',
    wageMin: 8_000_000,
    wageMax: 14_000_000,
    benefits: ['insurance', 'transport'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(9),
    requiredCertificate: 'An toàn điện',
  },
  {
    id: 'warehouse-bn',
    title: 'Nhân viên kho',
    occupationName: 'Nhân viên kho',
    skills: ['Kiểm đếm hàng', 'Lái xe nâng'],
    employerName: 'Kho vận Kinh Bắc',
    provinceCode: '24',
    provinceName: 'Bắc Ninh',
    description: 'Sắp xếp hàng hóa trong kho, làm theo ca.',
    wageMin: 7_000_000,
    wageMax: 11_000_000,
    benefits: ['housing', 'meals', 'insurance'],
    shift: 'night',
    fairChancePledge: false,
    publishedAt: day(6),
  },
  {
    id: 'carpenter-dn',
    title: 'Thợ mộc nội thất',
    occupationName: 'Thợ mộc',
    skills: ['Chế biến gỗ', 'Lắp ráp nội thất'],
    employerName: 'Nội thất Gỗ Việt',
    provinceCode: '75',
    provinceName: 'Đồng Nai',
    description: 'Đóng tủ bếp, giường tủ theo đơn đặt hàng.',
    wageMin: 8_500_000,
    wageMax: 13_000_000,
    benefits: ['housing'],
    shift: 'day',
    fairChancePledge: true,
    publishedAt: day(4),
  },
];

const INDEX = 'jobs';
const idsOf = (response: { hits: { document: SearchDocument }[] }) =>
  response.hits.map((hit) => hit.document.id);
const sorted = (ids: string[]) => [...ids].sort();

interface Adapter {
  name: string;
  skipReason: string | undefined;
  env: Record<string, string>;
}

const runId = `${process.pid}_${Date.now()}`;
const ADAPTERS: Adapter[] = [
  { name: 'embedded', skipReason: undefined, env: {} },
  {
    name: 'meilisearch',
    skipReason: process.env.MEILI_URL
      ? undefined
      : 'MEILI_URL is not set (Meilisearch cannot run on this machine); set MEILI_URL=http://127.0.0.1:7700 (and MEILI_KEY) to run these tests',
    env: {
      MEILI_URL: process.env.MEILI_URL ?? '',
      MEILI_KEY: process.env.MEILI_KEY ?? '',
      MEILI_INDEX_PREFIX: `ctn_contract_${runId}_`,
    },
  },
];

for (const adapter of ADAPTERS) {
  if (adapter.skipReason)
    console.log(`[contract] SearchEngine contract for ${adapter.name} skipped: ${adapter.skipReason}`);

  describe.skipIf(adapter.skipReason !== undefined)(`SearchEngine contract: ${adapter.name}`, () => {
    let engine: SearchEngine;
    const search = (request: SearchRequest) => engine.search<Posting>(INDEX, { limit: 50, ...request });
    const titles = async (q: string) =>
      (await search({ q })).hits.map((hit) => hit.document.title.normalize('NFC'));

    beforeAll(async () => {
      engine = await createSearchEngine(
        loadConfig({ NODE_ENV: 'test', MONGODB_URI: 'mongodb://127.0.0.1:1/contract', ...adapter.env }),
      );
      expect((await engine.health()).ok).toBe(true);
    });

    beforeEach(async () => {
      await engine.drop(INDEX);
      await engine.createIndex(INDEX, SETTINGS);
      await engine.upsert(INDEX, POSTINGS);
    });

    afterAll(async () => {
      await engine?.drop(INDEX);
      await engine?.close();
    });

    it('names itself for the health page', () => {
      expect(engine.engine).toMatch(adapter.name === 'embedded' ? /embedded/ : /Meilisearch/);
    });

    it('creates an index idempotently', async () => {
      await engine.createIndex(INDEX, SETTINGS);
      expect(await engine.count(INDEX)).toBe(POSTINGS.length);
    });

    describe('Vietnamese folding', () => {
      it('finds "Thợ hàn điện" for "tho han", with or without diacritics and in any case', async () => {
        for (const q of ['tho han', 'thợ hàn', 'THỢ HÀN', 'Thợ hàn'.normalize('NFD')]) {
          expect((await titles(q))[0], q).toBe('Thợ hàn điện');
        }
      });

      it('treats đ as d and finds documents stored decomposed (NFD)', async () => {
        expect(await titles('tho dien')).toContain('Thợ điện công trình');
        expect(await titles('thợ điện')).toContain('Thợ điện công trình');
        expect(await titles('Đồng Nai')).toEqual(
          expect.arrayContaining(['Công nhân may công nghiệp', 'Thợ mộc nội thất']),
        );
      });
    });

    it('tolerates a typo: "tho hna" finds "Thợ hàn điện"', async () => {
      expect((await titles('tho hna'))[0]).toBe('Thợ hàn điện');
      expect(await titles('nhan vein kho')).toContain('Nhân viên kho');
    });

    it('completes the last word being typed: "tho ha" finds "Thợ hàn"', async () => {
      expect(await titles('tho ha')).toEqual(expect.arrayContaining(['Thợ hàn điện', 'Thợ hàn CO2']));
      expect(await titles('cong nh')).toContain('Công nhân may công nghiệp');
      expect(await titles('lai xe t')).toContain('Lái xe tải hạng C');
    });

    it('expands synonyms: "cong nhan may", "công nhân may" and "tho may" return the same postings', async () => {
      const folded = sorted(idsOf(await search({ q: 'cong nhan may' })));
      expect(folded).toEqual(expect.arrayContaining(['sewing-dn', 'tailor-hue']));
      expect(sorted(idsOf(await search({ q: 'công nhân may' })))).toEqual(folded);
      expect(sorted(idsOf(await search({ q: 'tho may' })))).toEqual(folded);
    });

    it('ranks postings matching every word in the title first', async () => {
      expect(idsOf(await search({ q: 'bao ve ca dem' }))[0]).toBe('guard-hcm');
      expect(idsOf(await search({ q: 'lai xe tai' }))[0]).toBe('truck-dng');
    });

    describe('filters', () => {
      const idsWhere = (predicate: (posting: Posting) => boolean) =>
        sorted(POSTINGS.filter(predicate).map((posting) => posting.id));
      const filtered = async (filter: SearchRequest['filter'], q?: string) =>
        sorted(idsOf(await search({ q, filter })));

      it('by scalar equality, including booleans', async () => {
        expect(await filtered({ provinceCode: '79' })).toEqual(idsWhere((p) => p.provinceCode === '79'));
        expect(await filtered({ fairChancePledge: true })).toEqual(idsWhere((p) => p.fairChancePledge));
        expect(await filtered({ provinceCode: '79' }, 'tho han')).toEqual(['welder-hcm']);
      });

      it('by a value of an array field', async () => {
        expect(await filtered({ benefits: 'transport' })).toEqual(
          idsWhere((p) => p.benefits.includes('transport')),
        );
      });

      it('by any of several values (in)', async () => {
        expect(await filtered({ provinceCode: { in: ['01', '48'] } })).toEqual(
          idsWhere((p) => ['01', '48'].includes(p.provinceCode)),
        );
        expect(await filtered({ benefits: { in: ['housing', 'transport'] } })).toEqual(
          idsWhere((p) => p.benefits.includes('housing') || p.benefits.includes('transport')),
        );
      });

      it('by all of several values of an array field (all)', async () => {
        expect(await filtered({ benefits: { all: ['housing', 'meals'] } })).toEqual(
          idsWhere((p) => p.benefits.includes('housing') && p.benefits.includes('meals')),
        );
      });

      it('by numeric ranges, inclusive and exclusive', async () => {
        expect(await filtered({ wageMin: { gte: 8_000_000 } })).toEqual(
          idsWhere((p) => p.wageMin >= 8_000_000),
        );
        expect(await filtered({ wageMin: { gt: 8_000_000 } })).toEqual(
          idsWhere((p) => p.wageMin > 8_000_000),
        );
        expect(await filtered({ wageMax: { gte: 9_000_000, lt: 13_000_000 } })).toEqual(
          idsWhere((p) => p.wageMax >= 9_000_000 && p.wageMax < 13_000_000),
        );
        expect(await filtered({ wageMax: { lte: 9_000_000 } })).toEqual(
          idsWhere((p) => p.wageMax <= 9_000_000),
        );
      });

      it('by presence of a field (exists)', async () => {
        expect(await filtered({ requiredCertificate: { exists: true } })).toEqual(
          idsWhere((p) => p.requiredCertificate !== undefined),
        );
        expect(await filtered({ requiredCertificate: { exists: false } })).toEqual(
          idsWhere((p) => p.requiredCertificate === undefined),
        );
      });

      it('combines conditions with AND and matches nothing for unknown values', async () => {
        expect(await filtered({ provinceCode: '79', shift: 'night', benefits: 'housing' })).toEqual([
          'guard-hcm',
        ]);
        expect(await filtered({ provinceCode: '99' })).toEqual([]);
        expect(await filtered({ provinceCode: 'x" OR provinceCode = "79' })).toEqual([]);
      });
    });

    it('counts facet values over all matches after filters', async () => {
      const response = await search({
        filter: { provinceCode: '79' },
        facets: ['benefits', 'shift'],
        limit: 1,
      });
      expect(response.total).toBe(3);
      expect(response.hits).toHaveLength(1);
      expect(response.facets.benefits).toEqual({ meals: 3, housing: 1, transport: 1, insurance: 1 });
      expect(response.facets.shift).toEqual({ day: 2, night: 1 });

      const withText = await search({ q: 'tho', facets: ['provinceCode'], limit: 1 });
      const thoPostings = withText.total;
      expect(Object.values(withText.facets.provinceCode!).reduce((sum, n) => sum + n, 0)).toBe(thoPostings);
    });

    it('sorts by sortable attributes, with and without a query', async () => {
      const byWage = await search({ sort: [{ field: 'wageMax', order: 'desc' }] });
      expect(idsOf(byWage)).toEqual([...POSTINGS].sort((a, b) => b.wageMax - a.wageMax).map((p) => p.id));
      const oldestFirst = await search({ sort: [{ field: 'publishedAt', order: 'asc' }] });
      expect(idsOf(oldestFirst)).toEqual(
        [...POSTINGS].sort((a, b) => a.publishedAt - b.publishedAt).map((p) => p.id),
      );
      // "han" is still being typed, so "hàng" and "hành" match too: check the order, not the set.
      const welders = (await search({ q: 'tho han', sort: [{ field: 'publishedAt', order: 'desc' }] })).hits;
      const dates = welders.map((hit) => hit.document.publishedAt);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(welders.map((hit) => hit.document.id)).toEqual(
        expect.arrayContaining(['welder-hn', 'welder-hcm']),
      );
    });

    it('pages with offset and limit and reports the exact total', async () => {
      const order = [{ field: 'publishedAt', order: 'asc' as const }];
      const all = idsOf(await search({ sort: order }));
      const pages = await Promise.all([0, 4, 8].map((offset) => search({ sort: order, offset, limit: 4 })));
      expect(pages.map(idsOf)).toEqual([all.slice(0, 4), all.slice(4, 8), all.slice(8, 12)]);
      for (const page of pages) expect(page.total).toBe(POSTINGS.length);
      const welders = await search({ q: 'tho', limit: 1 });
      expect(welders.hits).toHaveLength(1);
      expect(welders.total).toBe((await search({ q: 'tho', limit: 50 })).hits.length);
      expect(welders.total).toBeGreaterThan(1);
    });

    it('highlights matched words on the original accented text, HTML-escaped', async () => {
      const [welder] = (await search({ q: 'tho han' })).hits;
      expect(welder!.highlight.title).toBe('<mark>Thợ</mark> <mark>hàn</mark> điện');
      const [kitchen] = (await search({ q: 'nha hang sen' })).hits;
      expect(kitchen!.document.id).toBe('kitchen-hcm');
      expect(kitchen!.highlight.employerName).toBe(
        '<mark>Nhà</mark> <mark>hàng</mark> &lt;<mark>Sen</mark> Vàng&gt; &amp; Cộng sự',
      );
      expect(kitchen!.document.employerName).toBe('Nhà hàng <Sen Vàng> & Cộng sự');
    });

    it('replaces a document on upsert with the same id', async () => {
      const changed = { ...POSTINGS[0]!, title: 'Thợ tiện CNC', skills: ['Vận hành máy CNC'] };
      await engine.upsert(INDEX, [changed]);
      expect(await engine.count(INDEX)).toBe(POSTINGS.length);
      expect(idsOf(await search({ q: 'tien cnc' }))).toEqual(['welder-hcm']);
      expect(
        (await search({ q: 'tho han', filter: { provinceCode: '79' } })).hits.map((h) => h.document.title),
      ).not.toContain('Thợ hàn điện');
      const [hit] = (await search({ q: 'tien cnc' })).hits;
      expect(hit!.document.title).toBe('Thợ tiện CNC');
    });

    it('deletes documents by id', async () => {
      await engine.delete(INDEX, ['welder-hcm', 'no-such-id']);
      expect(await engine.count(INDEX)).toBe(POSTINGS.length - 1);
      const welders = idsOf(await search({ q: 'tho han' }));
      expect(welders).toContain('welder-hn');
      expect(welders).not.toContain('welder-hcm');
    });

    it('counts documents, with a filter', async () => {
      expect(await engine.count(INDEX)).toBe(POSTINGS.length);
      expect(await engine.count(INDEX, { provinceCode: '79' })).toBe(3);
      expect(await engine.count(INDEX, { benefits: { all: ['housing', 'meals'] }, shift: 'night' })).toBe(2);
    });

    it('drops an index with its documents', async () => {
      await engine.drop(INDEX);
      await engine.createIndex(INDEX, SETTINGS);
      expect(await engine.count(INDEX)).toBe(0);
      expect((await search({ q: 'tho han' })).total).toBe(0);
    });
  });
}
