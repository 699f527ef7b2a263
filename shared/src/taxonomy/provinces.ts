/**
 * The 34 provincial units in force since 1 July 2025 (Resolution 202/2025/QH15), with their codes from
 * Decision 19/2025/QĐ-TTg, and the 63 units they replaced (codes still printed in every CCCD number and in
 * people's memory: someone released after years away will say "Bình Dương", not "Hồ Chí Minh").
 */
import { foldedKey } from '../text/fold';

export type ProvinceKind = 'thanh-pho' | 'tinh';

/** The six socio-economic regions used by the national master plan and the statistics office. */
export type CountryRegionId =
  | 'trung-du-mien-nui-phia-bac'
  | 'dong-bang-song-hong'
  | 'bac-trung-bo-duyen-hai-mien-trung'
  | 'tay-nguyen'
  | 'dong-nam-bo'
  | 'dong-bang-song-cuu-long';

export interface CountryRegion {
  id: CountryRegionId;
  nameVi: string;
  nameEn: string;
}

export const COUNTRY_REGIONS: readonly CountryRegion[] = [
  {
    id: 'trung-du-mien-nui-phia-bac',
    nameVi: 'Trung du và miền núi phía Bắc',
    nameEn: 'Northern Midlands and Mountains',
  },
  { id: 'dong-bang-song-hong', nameVi: 'Đồng bằng sông Hồng', nameEn: 'Red River Delta' },
  {
    id: 'bac-trung-bo-duyen-hai-mien-trung',
    nameVi: 'Bắc Trung Bộ và Duyên hải miền Trung',
    nameEn: 'North Central and Central Coast',
  },
  { id: 'tay-nguyen', nameVi: 'Tây Nguyên', nameEn: 'Central Highlands' },
  { id: 'dong-nam-bo', nameVi: 'Đông Nam Bộ', nameEn: 'Southeast' },
  { id: 'dong-bang-song-cuu-long', nameVi: 'Đồng bằng sông Cửu Long', nameEn: 'Mekong River Delta' },
];

export interface Province {
  /** Two digits, Decision 19/2025/QĐ-TTg. */
  code: string;
  /** Short Vietnamese name as people say it: "Hà Nội", "Hồ Chí Minh". */
  name: string;
  /** Official full name: "Thành phố Hà Nội", "Tỉnh Bắc Ninh". */
  fullName: string;
  /** English / ASCII name: "Hanoi", "Bac Ninh". */
  nameEn: string;
  /** URL-safe ASCII: "ha-noi". */
  slug: string;
  /** `thanh-pho`: thành phố trực thuộc trung ương; `tinh`: tỉnh. */
  kind: ProvinceKind;
  region: CountryRegionId;
  /** Codes of the pre-2025 provinces merged into this one (itself included when it kept its code). */
  formerCodes: readonly string[];
  /** Other names people use, besides the former provinces' names. */
  aliases: readonly string[];
}

type ProvinceRow = [
  code: string,
  name: string,
  nameEn: string,
  kind: ProvinceKind,
  region: CountryRegionId,
  formerCodes: string[],
  aliases?: string[],
];

const PROVINCE_ROWS: ProvinceRow[] = [
  ['01', 'Hà Nội', 'Hanoi', 'thanh-pho', 'dong-bang-song-hong', ['01'], ['HN', 'Hanoi', 'Hà Tây']],
  ['04', 'Cao Bằng', 'Cao Bang', 'tinh', 'trung-du-mien-nui-phia-bac', ['04']],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'tinh', 'trung-du-mien-nui-phia-bac', ['08', '02']],
  ['11', 'Điện Biên', 'Dien Bien', 'tinh', 'trung-du-mien-nui-phia-bac', ['11']],
  ['12', 'Lai Châu', 'Lai Chau', 'tinh', 'trung-du-mien-nui-phia-bac', ['12']],
  ['14', 'Sơn La', 'Son La', 'tinh', 'trung-du-mien-nui-phia-bac', ['14']],
  ['15', 'Lào Cai', 'Lao Cai', 'tinh', 'trung-du-mien-nui-phia-bac', ['10', '15']],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'tinh', 'trung-du-mien-nui-phia-bac', ['19', '06']],
  ['20', 'Lạng Sơn', 'Lang Son', 'tinh', 'trung-du-mien-nui-phia-bac', ['20']],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'tinh', 'dong-bang-song-hong', ['22']],
  ['24', 'Bắc Ninh', 'Bac Ninh', 'tinh', 'dong-bang-song-hong', ['27', '24']],
  ['25', 'Phú Thọ', 'Phu Tho', 'tinh', 'trung-du-mien-nui-phia-bac', ['25', '26', '17']],
  ['31', 'Hải Phòng', 'Hai Phong', 'thanh-pho', 'dong-bang-song-hong', ['31', '30']],
  ['33', 'Hưng Yên', 'Hung Yen', 'tinh', 'dong-bang-song-hong', ['33', '34']],
  ['37', 'Ninh Bình', 'Ninh Binh', 'tinh', 'dong-bang-song-hong', ['37', '35', '36']],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['38'], ['Thanh Hoá']],
  ['40', 'Nghệ An', 'Nghe An', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['40']],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['42']],
  ['44', 'Quảng Trị', 'Quang Tri', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['45', '44']],
  [
    '46',
    'Huế',
    'Hue',
    'thanh-pho',
    'bac-trung-bo-duyen-hai-mien-trung',
    ['46'],
    ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT Huế', 'TT-Huế'],
  ],
  ['48', 'Đà Nẵng', 'Da Nang', 'thanh-pho', 'bac-trung-bo-duyen-hai-mien-trung', ['48', '49'], ['Danang']],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['51', '62']],
  ['52', 'Gia Lai', 'Gia Lai', 'tinh', 'tay-nguyen', ['64', '52']],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'tinh', 'bac-trung-bo-duyen-hai-mien-trung', ['56', '58'], ['Khánh Hoà']],
  ['66', 'Đắk Lắk', 'Dak Lak', 'tinh', 'tay-nguyen', ['66', '54'], ['Daklak', 'Đắc Lắc']],
  ['68', 'Lâm Đồng', 'Lam Dong', 'tinh', 'tay-nguyen', ['68', '67', '60']],
  ['75', 'Đồng Nai', 'Dong Nai', 'tinh', 'dong-nam-bo', ['75', '70']],
  [
    '79',
    'Hồ Chí Minh',
    'Ho Chi Minh City',
    'thanh-pho',
    'dong-nam-bo',
    ['79', '74', '77'],
    ['HCM', 'TPHCM', 'TP.HCM', 'HCMC', 'Sài Gòn', 'Saigon', 'Thành phố Hồ Chí Minh'],
  ],
  ['80', 'Tây Ninh', 'Tay Ninh', 'tinh', 'dong-nam-bo', ['72', '80']],
  ['82', 'Đồng Tháp', 'Dong Thap', 'tinh', 'dong-bang-song-cuu-long', ['87', '82']],
  ['86', 'Vĩnh Long', 'Vinh Long', 'tinh', 'dong-bang-song-cuu-long', ['86', '83', '84']],
  ['91', 'An Giang', 'An Giang', 'tinh', 'dong-bang-song-cuu-long', ['89', '91']],
  ['92', 'Cần Thơ', 'Can Tho', 'thanh-pho', 'dong-bang-song-cuu-long', ['92', '94', '93']],
  ['96', 'Cà Mau', 'Ca Mau', 'tinh', 'dong-bang-song-cuu-long', ['96', '95']],
];

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map(
  ([code, name, nameEn, kind, region, formerCodes, aliases = []]) => ({
    code,
    name,
    fullName: `${kind === 'thanh-pho' ? 'Thành phố' : 'Tỉnh'} ${name}`,
    nameEn,
    slug: foldedKey(name).replace(/ /g, '-'),
    kind,
    region,
    formerCodes,
    aliases,
  }),
);

export interface FormerProvince {
  /** Two digits, the pre-2025 list (Decision 124/2004/QĐ-TTg and its amendments). */
  code: string;
  name: string;
  /** The province it belongs to since 1 July 2025. */
  currentCode: string;
}

/**
 * The 63 provincial units before 1 July 2025. The first three digits of a CCCD number are one of these
 * codes with a leading zero (the place the birth was registered).
 */
export const FORMER_PROVINCES: readonly FormerProvince[] = (
  [
    ['01', 'Hà Nội', '01'],
    ['02', 'Hà Giang', '08'],
    ['04', 'Cao Bằng', '04'],
    ['06', 'Bắc Kạn', '19'],
    ['08', 'Tuyên Quang', '08'],
    ['10', 'Lào Cai', '15'],
    ['11', 'Điện Biên', '11'],
    ['12', 'Lai Châu', '12'],
    ['14', 'Sơn La', '14'],
    ['15', 'Yên Bái', '15'],
    ['17', 'Hòa Bình', '25'],
    ['19', 'Thái Nguyên', '19'],
    ['20', 'Lạng Sơn', '20'],
    ['22', 'Quảng Ninh', '22'],
    ['24', 'Bắc Giang', '24'],
    ['25', 'Phú Thọ', '25'],
    ['26', 'Vĩnh Phúc', '25'],
    ['27', 'Bắc Ninh', '24'],
    ['30', 'Hải Dương', '31'],
    ['31', 'Hải Phòng', '31'],
    ['33', 'Hưng Yên', '33'],
    ['34', 'Thái Bình', '33'],
    ['35', 'Hà Nam', '37'],
    ['36', 'Nam Định', '37'],
    ['37', 'Ninh Bình', '37'],
    ['38', 'Thanh Hóa', '38'],
    ['40', 'Nghệ An', '40'],
    ['42', 'Hà Tĩnh', '42'],
    ['44', 'Quảng Bình', '44'],
    ['45', 'Quảng Trị', '44'],
    ['46', 'Thừa Thiên Huế', '46'],
    ['48', 'Đà Nẵng', '48'],
    ['49', 'Quảng Nam', '48'],
    ['51', 'Quảng Ngãi', '51'],
    ['52', 'Bình Định', '52'],
    ['54', 'Phú Yên', '66'],
    ['56', 'Khánh Hòa', '56'],
    ['58', 'Ninh Thuận', '56'],
    ['60', 'Bình Thuận', '68'],
    ['62', 'Kon Tum', '51'],
    ['64', 'Gia Lai', '52'],
    ['66', 'Đắk Lắk', '66'],
    ['67', 'Đắk Nông', '68'],
    ['68', 'Lâm Đồng', '68'],
    ['70', 'Bình Phước', '75'],
    ['72', 'Tây Ninh', '80'],
    ['74', 'Bình Dương', '79'],
    ['75', 'Đồng Nai', '75'],
    ['77', 'Bà Rịa - Vũng Tàu', '79'],
    ['79', 'Hồ Chí Minh', '79'],
    ['80', 'Long An', '80'],
    ['82', 'Tiền Giang', '82'],
    ['83', 'Bến Tre', '86'],
    ['84', 'Trà Vinh', '86'],
    ['86', 'Vĩnh Long', '86'],
    ['87', 'Đồng Tháp', '82'],
    ['89', 'An Giang', '91'],
    ['91', 'Kiên Giang', '91'],
    ['92', 'Cần Thơ', '92'],
    ['93', 'Hậu Giang', '92'],
    ['94', 'Sóc Trăng', '92'],
    ['95', 'Bạc Liêu', '96'],
    ['96', 'Cà Mau', '96'],
  ] as const
).map(([code, name, currentCode]) => ({ code, name, currentCode }));

/** Extra spellings of former provinces that people write. */
const FORMER_ALIASES: Record<string, readonly string[]> = {
  '77': ['Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'],
  '17': ['Hoà Bình'],
  '56': ['Khánh Hoà'],
};

/** Words that may precede a province name and carry no meaning for the lookup. */
const PROVINCE_PREFIXES = ['thanh pho', 'tp', 't p', 'tinh'];

function stripProvincePrefix(key: string): string {
  for (const prefix of PROVINCE_PREFIXES) {
    if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1);
  }
  return key;
}

function lookupKeys(text: string): string[] {
  const key = foldedKey(text);
  const stripped = stripProvincePrefix(key);
  // "TP.HCM", "tphcm", "Tp Hồ Chí Minh": compare both with and without spaces so glued forms match too.
  return [...new Set([key, stripped, key.replace(/ /g, ''), stripped.replace(/ /g, '')])].filter(Boolean);
}

let byCode: Map<string, Province> | undefined;
let currentNames: Map<string, Province> | undefined;
let formerNames: Map<string, FormerProvince> | undefined;
let formerByCode: Map<string, FormerProvince> | undefined;

function indexes() {
  if (!byCode || !currentNames || !formerNames || !formerByCode) {
    byCode = new Map(PROVINCES.map((province) => [province.code, province]));
    currentNames = new Map();
    for (const province of PROVINCES) {
      for (const text of [province.name, province.fullName, province.nameEn, ...province.aliases]) {
        for (const key of lookupKeys(text)) currentNames.set(key, province);
      }
    }
    formerByCode = new Map(FORMER_PROVINCES.map((former) => [former.code, former]));
    formerNames = new Map();
    for (const former of FORMER_PROVINCES) {
      for (const text of [former.name, ...(FORMER_ALIASES[former.code] ?? [])]) {
        for (const key of lookupKeys(text)) formerNames.set(key, former);
      }
    }
  }
  return { byCode, currentNames, formerNames, formerByCode };
}

/** Codes are two digits; accept "1" or 1 for "01" since forms and spreadsheets drop the zero. */
function normalizeCode(code: string | number): string | undefined {
  const text = String(code).trim();
  return /^\d{1,2}$/.test(text) ? text.padStart(2, '0') : undefined;
}

/** The current province with this Decision 19/2025 code, or undefined. */
export function provinceByCode(code: string | number): Province | undefined {
  const normalized = normalizeCode(code);
  return normalized ? indexes().byCode.get(normalized) : undefined;
}

/**
 * The current province for a code or a name typed by a person: "01", "ha noi", "TP Hồ Chí Minh", "tp hcm",
 * "Thừa Thiên Huế", "dak lak". A pre-2025 province name resolves to the province it merged into
 * ("Bình Dương" → Hồ Chí Minh); a bare code is always read as a current code.
 */
export function findProvince(codeOrName: string): Province | undefined {
  const text = codeOrName.trim();
  if (!text) return undefined;
  if (/^\d{1,2}$/.test(text)) return provinceByCode(text);
  const { currentNames, formerNames } = indexes();
  const keys = lookupKeys(text);
  for (const key of keys) {
    const province = currentNames.get(key);
    if (province) return province;
  }
  for (const key of keys) {
    const former = formerNames.get(key);
    if (former) return provinceByCode(former.currentCode);
  }
  return undefined;
}

/** A pre-2025 province by its old code ("74" → Bình Dương, now part of Hồ Chí Minh). */
export function formerProvinceByCode(code: string | number): FormerProvince | undefined {
  const normalized = normalizeCode(code);
  return normalized ? indexes().formerByCode.get(normalized) : undefined;
}

/** A pre-2025 province by name ("Bình Dương", "vung tau"). */
export function findFormerProvince(name: string): FormerProvince | undefined {
  const { formerNames } = indexes();
  for (const key of lookupKeys(name)) {
    const former = formerNames.get(key);
    if (former) return former;
  }
  return undefined;
}

export function countryRegion(id: CountryRegionId): CountryRegion {
  return COUNTRY_REGIONS.find((region) => region.id === id)!;
}
