/**
 * A representative set of commune-level units (xã, phường, đặc khu) of the two-tier local government in
 * force since 1 July 2025, for the provinces the demo and the first fairs use. Not the full list of 3,321:
 * enough to register people and postings in those provinces and to exercise "same commune" matching.
 */
import { foldedKey } from '../text/fold';

export type CommuneKind = 'phuong' | 'xa' | 'dac-khu';

export interface Commune {
  /** Five digits, Decision 19/2025/QĐ-TTg. */
  code: string;
  provinceCode: string;
  kind: CommuneKind;
  /** Name without the kind: "Kinh Bắc". */
  name: string;
  /** "Phường Kinh Bắc". */
  fullName: string;
  /** "Kinh Bac Ward". */
  nameEn: string;
  /** Where the code and name come from, so a reader can check them. */
  source: string;
  /** What was there before 1 July 2025, where it helps people recognise the place. */
  note?: string;
}

export const COMMUNE_SOURCE =
  'Decision 19/2025/QĐ-TTg list, as transcribed in the open dataset thanglequoc/vietnamese-provinces-database (manual_decree_seeds); not yet checked against the gazette PDF';

export const COMMUNE_KIND_NAMES: Record<CommuneKind, { vi: string; en: string }> = {
  phuong: { vi: 'Phường', en: 'Ward' },
  xa: { vi: 'Xã', en: 'Commune' },
  'dac-khu': { vi: 'Đặc khu', en: 'Special zone' },
};

type CommuneRow = [code: string, kind: CommuneKind, name: string, note?: string];

const P = 'phuong';
const X = 'xa';
const D = 'dac-khu';

const COMMUNE_ROWS: Record<string, CommuneRow[]> = {
  // Hà Nội
  '01': [
    ['00070', P, 'Hoàn Kiếm'],
    ['00004', P, 'Ba Đình'],
    ['00166', P, 'Cầu Giấy'],
    ['00235', P, 'Đống Đa'],
    ['00145', P, 'Long Biên'],
    ['09556', P, 'Hà Đông'],
    ['00592', P, 'Từ Liêm'],
    ['09574', P, 'Sơn Tây'],
    ['00454', X, 'Đông Anh'],
    ['00565', X, 'Gia Lâm'],
    ['00376', X, 'Sóc Sơn'],
    ['08974', X, 'Quang Minh', 'former Mê Linh district; Quang Minh industrial park'],
    ['09988', X, 'Hòa Lạc', 'former Thạch Thất district'],
    ['09700', X, 'Ba Vì', 'former Ba Vì district'],
    ['10441', X, 'Mỹ Đức', 'former Mỹ Đức district'],
  ],
  // Bắc Ninh (merged with Bắc Giang)
  '24': [
    ['09187', P, 'Kinh Bắc', 'former Bắc Ninh city'],
    ['09190', P, 'Võ Cường', 'former Bắc Ninh city'],
    ['09169', P, 'Vũ Ninh', 'former Bắc Ninh city'],
    ['09367', P, 'Từ Sơn', 'former Từ Sơn city'],
    ['09193', X, 'Yên Phong', 'former Yên Phong district; Yên Phong industrial parks'],
    ['09247', P, 'Quế Võ', 'former Quế Võ town'],
    ['09319', X, 'Tiên Du', 'former Tiên Du district'],
    ['09400', P, 'Thuận Thành', 'former Thuận Thành town'],
    ['09454', X, 'Gia Bình', 'former Gia Bình district'],
    ['09496', X, 'Lương Tài', 'former Lương Tài district'],
    ['07210', P, 'Bắc Giang', 'former Bắc Giang city'],
    ['07777', P, 'Việt Yên', 'former Việt Yên town (Bắc Giang)'],
    [
      '07795',
      P,
      'Nếnh',
      'former Việt Yên town (Bắc Giang); Quang Châu and Vân Trung industrial parks nearby',
    ],
    ['07840', X, 'Hiệp Hòa', 'former Hiệp Hòa district (Bắc Giang)'],
    ['07582', X, 'Lục Ngạn', 'former Lục Ngạn district (Bắc Giang)'],
  ],
  // Hải Phòng (merged with Hải Dương)
  '31': [
    ['11311', P, 'Hồng Bàng'],
    ['11329', P, 'Ngô Quyền'],
    ['11383', P, 'Lê Chân'],
    ['11413', P, 'Hải An'],
    ['11443', P, 'Kiến An'],
    ['11455', P, 'Đồ Sơn'],
    ['11560', P, 'Thủy Nguyên'],
    ['11581', P, 'An Dương'],
    ['11629', X, 'An Lão'],
    ['11824', X, 'Vĩnh Bảo'],
    ['11914', D, 'Cát Hải'],
    ['10525', P, 'Hải Dương', 'former Hải Dương city'],
    ['10546', P, 'Chí Linh', 'former Chí Linh city (Hải Dương)'],
    ['10675', P, 'Kinh Môn', 'former Kinh Môn town (Hải Dương)'],
    [
      '10903',
      X,
      'Cẩm Giàng',
      'former Cẩm Giàng district (Hải Dương); not to be confused with xã Cẩm Giang (10888)',
    ],
  ],
  // Hồ Chí Minh (merged with Bình Dương and Bà Rịa - Vũng Tàu)
  '79': [
    ['26740', P, 'Sài Gòn'],
    ['26824', P, 'Thủ Đức'],
    ['27004', P, 'Tân Bình'],
    ['27442', P, 'Bình Tân'],
    ['27478', P, 'Tân Thuận', 'former District 7; Tân Thuận export processing zone'],
    ['27553', X, 'Củ Chi'],
    ['27559', X, 'Hóc Môn'],
    ['27637', X, 'Bình Chánh'],
    ['27664', X, 'Cần Giờ'],
    ['25747', P, 'Thủ Dầu Một', 'former Bình Dương province'],
    ['25942', P, 'Dĩ An', 'former Bình Dương province'],
    ['25978', P, 'Thuận An', 'former Bình Dương province'],
    ['26506', P, 'Vũng Tàu', 'former Bà Rịa - Vũng Tàu province'],
    ['26704', P, 'Phú Mỹ', 'former Bà Rịa - Vũng Tàu province'],
    ['26732', D, 'Côn Đảo', 'former Bà Rịa - Vũng Tàu province'],
  ],
  // Đồng Nai (merged with Bình Phước)
  '75': [
    ['26068', P, 'Biên Hòa'],
    ['26041', P, 'Trấn Biên', 'former Biên Hòa city'],
    ['26005', P, 'Hố Nai', 'former Biên Hòa city'],
    ['26020', P, 'Long Bình', 'former Biên Hòa city'],
    ['26374', P, 'Tam Phước', 'former Biên Hòa city'],
    ['26080', P, 'Long Khánh'],
    ['26248', X, 'Trảng Bom'],
    ['26368', X, 'Long Thành'],
    ['26485', X, 'Nhơn Trạch'],
    ['26299', X, 'Thống Nhất'],
    ['26425', X, 'Xuân Lộc'],
    ['26206', X, 'Định Quán'],
    ['25210', P, 'Đồng Xoài', 'former Bình Phước province'],
    ['25432', P, 'Chơn Thành', 'former Bình Phước province'],
    ['25270', X, 'Lộc Ninh', 'former Bình Phước province'],
  ],
  // Thanh Hóa
  '38': [
    ['14797', P, 'Hạc Thành', 'former Thanh Hóa city centre'],
    ['14758', P, 'Hàm Rồng', 'former Thanh Hóa city'],
    ['14812', P, 'Bỉm Sơn'],
    ['16531', P, 'Sầm Sơn'],
    ['16654', P, 'Nghi Sơn', 'former Nghi Sơn town; Nghi Sơn economic zone'],
    ['16561', P, 'Tĩnh Gia', 'former Nghi Sơn town'],
    ['15499', X, 'Thọ Xuân'],
    ['15469', X, 'Yên Định'],
    ['15664', X, 'Triệu Sơn'],
    ['15865', X, 'Hoằng Hóa'],
    ['16012', X, 'Hậu Lộc'],
    ['16093', X, 'Nga Sơn'],
    ['15061', X, 'Ngọc Lặc'],
    ['14845', X, 'Mường Lát'],
  ],
  // Nghệ An
  '40': [
    ['16681', P, 'Thành Vinh', 'former Vinh city'],
    ['16690', P, 'Trường Vinh', 'former Vinh city'],
    ['17920', P, 'Vinh Hưng', 'former Vinh city area'],
    ['16732', P, 'Cửa Lò'],
    ['17110', P, 'Hoàng Mai', 'former Hoàng Mai town'],
    ['16939', P, 'Thái Hòa'],
    ['17827', X, 'Nghi Lộc'],
    ['18001', X, 'Hưng Nguyên'],
    ['17464', X, 'Diễn Châu'],
    ['17506', X, 'Yên Thành'],
    ['17179', X, 'Quỳnh Lưu'],
    ['17662', X, 'Đô Lương'],
    ['17935', X, 'Nam Đàn'],
    ['16876', X, 'Tương Dương'],
  ],
  // Đà Nẵng (merged with Quảng Nam)
  '48': [
    ['20242', P, 'Hải Châu'],
    ['20209', P, 'Thanh Khê'],
    ['20263', P, 'Sơn Trà'],
    ['20285', P, 'Ngũ Hành Sơn'],
    ['20197', P, 'Liên Chiểu'],
    ['20200', P, 'Hòa Khánh', 'Hòa Khánh industrial park'],
    ['20260', P, 'Cẩm Lệ'],
    ['20320', X, 'Hòa Vang'],
    ['20341', P, 'Tam Kỳ', 'former Quảng Nam province'],
    ['20410', P, 'Hội An', 'former Quảng Nam province'],
    ['20551', P, 'Điện Bàn', 'former Quảng Nam province'],
    ['20965', X, 'Núi Thành', 'former Quảng Nam province; Chu Lai economic zone'],
    ['20623', X, 'Duy Xuyên', 'former Quảng Nam province'],
    ['20900', X, 'Trà My', 'former Quảng Nam province'],
  ],
};

/** ASCII with the original capitals: "Đồng Xoài" → "Dong Xoai". */
function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export const COMMUNES: readonly Commune[] = Object.entries(COMMUNE_ROWS).flatMap(([provinceCode, rows]) =>
  rows.map(([code, kind, name, note]) => {
    const commune: Commune = {
      code,
      provinceCode,
      kind,
      name,
      fullName: `${COMMUNE_KIND_NAMES[kind].vi} ${name}`,
      nameEn: `${asciiName(name)} ${COMMUNE_KIND_NAMES[kind].en}`,
      source: COMMUNE_SOURCE,
    };
    if (note) commune.note = note;
    return commune;
  }),
);

/** Folded words that name a kind of unit when they start a commune name: "p.", "phường", "xã", "đk". */
const KIND_PREFIXES: [string, CommuneKind][] = [
  ['dac khu', 'dac-khu'],
  ['dk', 'dac-khu'],
  ['phuong', 'phuong'],
  ['p', 'phuong'],
  ['xa', 'xa'],
  ['x', 'xa'],
];

function splitKind(text: string): { kind?: CommuneKind; key: string } {
  const key = foldedKey(text);
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (key.startsWith(`${prefix} `)) return { kind, key: key.slice(prefix.length + 1) };
  }
  return { key };
}

let byCode: Map<string, Commune> | undefined;
let byProvince: Map<string, Commune[]> | undefined;

function indexes() {
  if (!byCode || !byProvince) {
    byCode = new Map(COMMUNES.map((commune) => [commune.code, commune]));
    byProvince = new Map();
    for (const commune of COMMUNES) {
      const list = byProvince.get(commune.provinceCode) ?? [];
      list.push(commune);
      byProvince.set(commune.provinceCode, list);
    }
  }
  return { byCode, byProvince };
}

export function communeByCode(code: string): Commune | undefined {
  return indexes().byCode.get(code.trim());
}

/** The communes we list for a province (empty for provinces outside the demo set). */
export function communesInProvince(provinceCode: string): readonly Commune[] {
  return indexes().byProvince.get(provinceCode.trim().padStart(2, '0')) ?? [];
}

/**
 * Communes of a province whose name matches, with or without diacritics and with or without the kind:
 * "Kinh Bắc", "p. kinh bac", "Phường Kinh Bắc". Several can match when two names differ only by tone
 * marks ("Cẩm Giang" / "Cẩm Giàng"): the ones spelled exactly as typed come first.
 */
export function findCommunesByName(provinceCode: string, name: string): Commune[] {
  const { kind, key } = splitKind(name);
  if (!key) return [];
  const typed = name.normalize('NFC').trim().toLowerCase();
  const matches = communesInProvince(provinceCode).filter(
    (commune) => foldedKey(commune.name) === key && (!kind || commune.kind === kind),
  );
  const spelledAsTyped = (commune: Commune) =>
    typed.endsWith(commune.name.toLowerCase()) || typed === commune.fullName.toLowerCase();
  return matches.sort((a, b) => Number(spelledAsTyped(b)) - Number(spelledAsTyped(a)));
}

/** The one commune a name designates in a province, or undefined when none or several (ambiguous) do. */
export function findCommune(provinceCode: string, name: string): Commune | undefined {
  const matches = findCommunesByName(provinceCode, name);
  if (matches.length <= 1) return matches[0];
  const typed = name.normalize('NFC').trim().toLowerCase();
  const exact = matches.filter((commune) => typed.endsWith(commune.name.toLowerCase()));
  return exact.length === 1 ? exact[0] : undefined;
}

/** Typeahead within a province (or everywhere): communes whose name starts with the folded query. */
export function searchCommunes(
  query: string,
  options: { provinceCode?: string; limit?: number } = {},
): Commune[] {
  const { key } = splitKind(query);
  if (!key) return [];
  const pool = options.provinceCode ? communesInProvince(options.provinceCode) : COMMUNES;
  const scored = pool
    .map((commune) => {
      const name = foldedKey(commune.name);
      const score = name === key ? 3 : name.startsWith(key) ? 2 : name.includes(` ${key}`) ? 1 : 0;
      return { commune, score };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.commune.name.localeCompare(b.commune.name, 'vi'));
  return scored.slice(0, options.limit ?? 20).map((entry) => entry.commune);
}
