/**
 * The fixed job-search workload of the benchmarks: what people type on the job board (with and without
 * diacritics, with typos, half-typed), alone and with the filters, facets and sorts the board sends.
 */
import type { SearchRequest } from '../../../server/src/search/engine';

const BOARD_FACETS = ['provinceCode', 'occupationCode', 'employmentType', 'benefits'];

export interface BenchQuery {
  label: string;
  request: SearchRequest;
}

const text = (q: string, label = q): BenchQuery => ({ label, request: { q, limit: 20 } });

/** 50 queries covering every feature of the engine. */
export const BENCH_QUERIES: BenchQuery[] = [
  // With diacritics
  text('thợ hàn'),
  text('công nhân may'),
  text('lái xe tải'),
  text('phụ bếp nhà hàng'),
  text('bảo vệ ca đêm'),
  text('thợ điện'),
  text('nhân viên kho'),
  text('Hà Nội'),
  text('đầu bếp'),
  text('sửa chữa ô tô'),
  // Without diacritics
  text('tho han'),
  text('cong nhan may'),
  text('lai xe tai'),
  text('phu bep'),
  text('bao ve'),
  text('tho moc'),
  text('giao hang'),
  text('ho chi minh'),
  text('che bien thuy san'),
  text('van hanh may cnc'),
  // Typos
  text('tho hna'),
  text('cogn nhan'),
  text('lia xe'),
  text('phu bpe'),
  text('bao vee'),
  text('tho dein'),
  text('vinatexx'),
  // Being typed: prefix on the last word
  text('tho h'),
  text('cong nh'),
  text('lai x'),
  text('b'),
  text('nhan vien ba'),
  // Synonyms
  text('tho may'),
  text('tai xe'),
  // With filters, facets and sorts
  { label: 'tho han + province', request: { q: 'tho han', filter: { provinceCode: '79' }, limit: 20 } },
  {
    label: 'cong nhan + facets',
    request: { q: 'cong nhan', facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'lai xe + wage range + facets',
    request: { q: 'lai xe', filter: { wageMin: { gte: 10_000_000 } }, facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'bao ve + night shift',
    request: { q: 'bao ve', filter: { shift: 'night' }, limit: 20 },
  },
  {
    label: 'phu bep + housing & meals',
    request: { q: 'phu bep', filter: { benefits: { all: ['housing', 'meals'] } }, limit: 20 },
  },
  {
    label: 'tho + 3 provinces + sort wage',
    request: {
      q: 'tho',
      filter: { provinceCode: { in: ['01', '79', '48'] } },
      sort: [{ field: 'wageMax', order: 'desc' }],
      limit: 20,
    },
  },
  {
    label: 'cong nhan may + fair chance + page 3',
    request: { q: 'cong nhan may', filter: { fairChancePledge: true }, offset: 40, limit: 20 },
  },
  { label: '(browse) facets', request: { facets: BOARD_FACETS, limit: 20 } },
  {
    label: '(browse) newest first',
    request: { sort: [{ field: 'publishedAt', order: 'desc' }], limit: 20 },
  },
  {
    label: '(browse) province + facets',
    request: { filter: { provinceCode: '01' }, facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: '(browse) occupation + wage + sort',
    request: {
      filter: { occupationCode: '7212', wageMax: { gte: 12_000_000 } },
      sort: [{ field: 'wageMax', order: 'desc' }],
      limit: 20,
    },
  },
  {
    label: '(browse) transport benefit + facets',
    request: { filter: { benefits: 'transport' }, facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'tho hna + facets',
    request: { q: 'tho hna', facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'nhan vien + province + facets',
    request: { q: 'nhan vien', filter: { provinceCode: '79' }, facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'cong ty (very common)',
    request: { q: 'cong ty', facets: BOARD_FACETS, limit: 20 },
  },
  {
    label: 'long query',
    request: { q: 'tuyen cong nhan may cong nghiep lam viec tai binh duong co cho o', limit: 20 },
  },
];
