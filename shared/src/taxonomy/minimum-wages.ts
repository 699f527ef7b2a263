/**
 * Regional minimum wages from 1 January 2026 (Decree 293/2025/NĐ-CP, replacing Decree 74/2024/NĐ-CP).
 *
 * The decree assigns a region to every commune in its appendix. We do not have that appendix as data, so
 * this module is an approximation (see README): a default region per province, the highest region found in
 * the province, and explicit regions for the communes listed in communes.ts, derived from the region their
 * former district had under Decree 74/2024. Every answer says how sure it is, so a posting form can refuse
 * a wage below a floor it is sure of and only warn below one it is not.
 */

export type WageRegion = 'I' | 'II' | 'III' | 'IV';

export const WAGE_REGIONS: readonly WageRegion[] = ['I', 'II', 'III', 'IV'];

/** VND. Monthly: DESIGN.md §10; hourly: the same decree, for part-time work (III and IV unchecked, see README). */
export const MINIMUM_WAGES_2026: Record<WageRegion, { monthly: number; hourly: number }> = {
  I: { monthly: 5_310_000, hourly: 25_500 },
  II: { monthly: 4_730_000, hourly: 22_700 },
  III: { monthly: 4_140_000, hourly: 20_000 },
  IV: { monthly: 3_700_000, hourly: 17_800 },
};

export const MINIMUM_WAGE_SOURCE = 'Decree 293/2025/NĐ-CP, in force from 1 January 2026';

/**
 * `high`: an urban or industrial core that has been in this region for years (inner Hà Nội, inner Hồ Chí
 * Minh City, Biên Hòa…); `low`: our best reading, to be checked against the decree's appendix.
 */
export type WageRegionConfidence = 'high' | 'low';

interface ProvinceWageRegions {
  /** The region of most of the province's communes. */
  default: WageRegion;
  /** The highest region any of its communes has, as far as we know. */
  highest: WageRegion;
}

/** Per province: most communes' region, and the highest region present (e.g. a provincial capital). */
const PROVINCE_REGIONS: Record<string, ProvinceWageRegions> = {
  '01': { default: 'I', highest: 'I' },
  '04': { default: 'IV', highest: 'III' },
  '08': { default: 'IV', highest: 'III' },
  '11': { default: 'IV', highest: 'III' },
  '12': { default: 'IV', highest: 'III' },
  '14': { default: 'IV', highest: 'III' },
  '15': { default: 'IV', highest: 'II' },
  '19': { default: 'III', highest: 'II' },
  '20': { default: 'IV', highest: 'III' },
  '22': { default: 'III', highest: 'II' },
  '24': { default: 'III', highest: 'I' },
  '25': { default: 'III', highest: 'II' },
  '31': { default: 'II', highest: 'I' },
  '33': { default: 'III', highest: 'II' },
  '37': { default: 'III', highest: 'II' },
  '38': { default: 'III', highest: 'II' },
  '40': { default: 'III', highest: 'II' },
  '42': { default: 'III', highest: 'II' },
  '44': { default: 'IV', highest: 'III' },
  '46': { default: 'III', highest: 'II' },
  '48': { default: 'III', highest: 'II' },
  '51': { default: 'IV', highest: 'II' },
  '52': { default: 'IV', highest: 'II' },
  '56': { default: 'III', highest: 'II' },
  '66': { default: 'IV', highest: 'II' },
  '68': { default: 'IV', highest: 'II' },
  '75': { default: 'II', highest: 'I' },
  '79': { default: 'I', highest: 'I' },
  '80': { default: 'III', highest: 'II' },
  '82': { default: 'IV', highest: 'II' },
  '86': { default: 'IV', highest: 'III' },
  '91': { default: 'IV', highest: 'II' },
  '92': { default: 'III', highest: 'II' },
  '96': { default: 'IV', highest: 'III' },
};

type CommuneWageRow = [region: WageRegion, confidence: WageRegionConfidence, note?: string];

/** Regions of the communes in communes.ts, by province then commune code. */
const COMMUNE_REGIONS: Record<string, Record<string, CommuneWageRow>> = {
  // Hà Nội: region I except the former districts Decree 74/2024 put in region II.
  '01': {
    '00070': ['I', 'high'],
    '00004': ['I', 'high'],
    '00166': ['I', 'high'],
    '00235': ['I', 'high'],
    '00145': ['I', 'high'],
    '09556': ['I', 'high'],
    '00592': ['I', 'high'],
    '09574': ['I', 'high'],
    '00454': ['I', 'high'],
    '00565': ['I', 'high'],
    '00376': ['I', 'high'],
    '08974': ['I', 'high'],
    '09988': ['I', 'high'],
    '09700': ['II', 'low', 'former Ba Vì district was region II under Decree 74/2024'],
    '10441': ['II', 'low', 'former Mỹ Đức district was region II under Decree 74/2024'],
  },
  // Bắc Ninh: the industrial cores (Samsung, Canon, Foxconn suppliers) are read as region I for 2026; they
  // were region II in 2024. Rounded up on purpose: an unlawful floor harms workers more than a strict one.
  '24': {
    '09187': ['I', 'low', 'former Bắc Ninh city: region II in 2024, read as region I from 2026'],
    '09190': ['I', 'low', 'former Bắc Ninh city: region II in 2024, read as region I from 2026'],
    '09169': ['I', 'low', 'former Bắc Ninh city: region II in 2024, read as region I from 2026'],
    '09367': ['I', 'low', 'former Từ Sơn: region II in 2024, read as region I from 2026'],
    '09193': ['I', 'low', 'former Yên Phong: region II in 2024, read as region I from 2026'],
    '09247': ['I', 'low', 'former Quế Võ: region II in 2024, read as region I from 2026'],
    '09319': ['I', 'low', 'former Tiên Du: region II in 2024, read as region I from 2026'],
    '09400': ['I', 'low', 'former Thuận Thành: region II in 2024, read as region I from 2026'],
    '07210': ['I', 'low', 'former Bắc Giang city: region II in 2024, read as region I from 2026'],
    '07777': ['I', 'low', 'former Việt Yên: region II in 2024, read as region I from 2026'],
    '07795': ['I', 'low', 'former Việt Yên: region II in 2024, read as region I from 2026'],
    '09454': ['II', 'low', 'former Gia Bình: region III in 2024'],
    '09496': ['II', 'low', 'former Lương Tài: region III in 2024'],
    '07840': ['II', 'low', 'former Hiệp Hòa: region III in 2024'],
    '07582': ['III', 'low', 'former Lục Ngạn'],
  },
  // Hải Phòng: the former city's districts were region I; former Hải Dương province region II–III.
  '31': {
    '11311': ['I', 'high'],
    '11329': ['I', 'high'],
    '11383': ['I', 'high'],
    '11413': ['I', 'high'],
    '11443': ['I', 'high'],
    '11455': ['I', 'high'],
    '11560': ['I', 'high'],
    '11581': ['I', 'high'],
    '11629': ['I', 'high'],
    '11824': ['I', 'high'],
    '11914': ['I', 'low', 'Cát Hải district was region I under Decree 74/2024'],
    '10525': ['II', 'low', 'former Hải Dương city: region II in 2024'],
    '10546': ['II', 'low', 'former Chí Linh: region III in 2024, rounded up'],
    '10675': ['II', 'low', 'former Kinh Môn: region III in 2024, rounded up'],
    '10903': ['II', 'low', 'former Cẩm Giàng: region III in 2024, rounded up'],
  },
  // Hồ Chí Minh: region I, with Bình Dương's cities and Vũng Tàu, Phú Mỹ; Cần Giờ and Côn Đảo lower.
  '79': {
    '26740': ['I', 'high'],
    '26824': ['I', 'high'],
    '27004': ['I', 'high'],
    '27442': ['I', 'high'],
    '27478': ['I', 'high'],
    '27553': ['I', 'high'],
    '27559': ['I', 'high'],
    '27637': ['I', 'high'],
    '27664': ['II', 'low', 'Cần Giờ district was region II under Decree 74/2024'],
    '25747': ['I', 'high'],
    '25942': ['I', 'high'],
    '25978': ['I', 'high'],
    '26506': ['I', 'high'],
    '26704': ['I', 'high'],
    '26732': ['II', 'low', 'Côn Đảo: region II or III'],
  },
  // Đồng Nai: Biên Hòa, Long Khánh, Trảng Bom, Long Thành, Nhơn Trạch, Thống Nhất region I; Bình Phước lower.
  '75': {
    '26068': ['I', 'high'],
    '26041': ['I', 'high'],
    '26005': ['I', 'high'],
    '26020': ['I', 'high'],
    '26374': ['I', 'high'],
    '26080': ['I', 'high'],
    '26248': ['I', 'high'],
    '26368': ['I', 'high'],
    '26485': ['I', 'high'],
    '26299': ['I', 'low', 'former Thống Nhất district'],
    '26425': ['II', 'low', 'former Xuân Lộc district'],
    '26206': ['II', 'low', 'former Định Quán district'],
    '25210': ['II', 'low', 'former Đồng Xoài city (Bình Phước)'],
    '25432': ['II', 'low', 'former Chơn Thành (Bình Phước)'],
    '25270': ['III', 'low', 'former Lộc Ninh district (Bình Phước)'],
  },
  // Thanh Hóa
  '38': {
    '14797': ['II', 'low', 'former Thanh Hóa city'],
    '14758': ['II', 'low', 'former Thanh Hóa city'],
    '14812': ['III', 'low'],
    '16531': ['III', 'low'],
    '16654': ['II', 'low', 'former Nghi Sơn town'],
    '16561': ['II', 'low', 'former Nghi Sơn town'],
    '15499': ['III', 'low'],
    '15469': ['III', 'low'],
    '15664': ['III', 'low'],
    '15865': ['III', 'low'],
    '16012': ['III', 'low'],
    '16093': ['III', 'low'],
    '15061': ['IV', 'low'],
    '14845': ['IV', 'low'],
  },
  // Nghệ An
  '40': {
    '16681': ['II', 'low', 'former Vinh city'],
    '16690': ['II', 'low', 'former Vinh city'],
    '17920': ['II', 'low', 'former Vinh city area'],
    '16732': ['II', 'low', 'former Cửa Lò town'],
    '17110': ['III', 'low'],
    '16939': ['III', 'low'],
    '17827': ['II', 'low', 'former Nghi Lộc district'],
    '18001': ['II', 'low', 'former Hưng Nguyên district'],
    '17464': ['III', 'low'],
    '17506': ['III', 'low'],
    '17179': ['III', 'low'],
    '17662': ['III', 'low'],
    '17935': ['III', 'low'],
    '16876': ['IV', 'low'],
  },
  // Đà Nẵng: the former city was region II throughout; former Quảng Nam province lower.
  '48': {
    '20242': ['II', 'low'],
    '20209': ['II', 'low'],
    '20263': ['II', 'low'],
    '20285': ['II', 'low'],
    '20197': ['II', 'low'],
    '20200': ['II', 'low'],
    '20260': ['II', 'low'],
    '20320': ['II', 'low'],
    '20341': ['III', 'low', 'former Tam Kỳ city'],
    '20410': ['III', 'low', 'former Hội An city'],
    '20551': ['III', 'low', 'former Điện Bàn town'],
    '20965': ['III', 'low', 'former Núi Thành district'],
    '20623': ['III', 'low', 'former Duy Xuyên district'],
    '20900': ['IV', 'low', 'former Bắc Trà My district'],
  },
};

export interface MinimumWage {
  region: WageRegion;
  /** VND per month. */
  amount: number;
  /** VND per hour. */
  hourly: number;
  /** `commune`: the commune's own region; `province`: the province's default or highest (commune unknown to us). */
  basis: 'commune' | 'province';
  confidence: WageRegionConfidence;
  note?: string;
  source: string;
}

export interface MinimumWageQuery {
  provinceCode: string;
  communeCode?: string;
}

export interface MinimumWageOptions {
  /**
   * When the commune is not in our table: `default` (most communes' region) or `highest` (the strictest
   * floor anywhere in the province, for checks that must not let an unlawful wage through).
   */
  whenCommuneUnknown?: 'default' | 'highest';
}

function wage(
  region: WageRegion,
  rest: Omit<MinimumWage, 'region' | 'amount' | 'hourly' | 'source'>,
): MinimumWage {
  const amounts = MINIMUM_WAGES_2026[region];
  return { region, amount: amounts.monthly, hourly: amounts.hourly, ...rest, source: MINIMUM_WAGE_SOURCE };
}

/**
 * The regional minimum wage for a workplace. A commune code of another province is ignored (the province
 * decides). Undefined for an unknown province code.
 */
export function minimumWageFor(
  query: MinimumWageQuery,
  options: MinimumWageOptions = {},
): MinimumWage | undefined {
  const provinceCode = query.provinceCode.trim().padStart(2, '0');
  const province = PROVINCE_REGIONS[provinceCode];
  if (!province) return undefined;
  const commune = query.communeCode ? COMMUNE_REGIONS[provinceCode]?.[query.communeCode.trim()] : undefined;
  if (commune) {
    const [region, confidence, note] = commune;
    return wage(region, note ? { basis: 'commune', confidence, note } : { basis: 'commune', confidence });
  }
  const region = options.whenCommuneUnknown === 'highest' ? province.highest : province.default;
  // Even Hà Nội and Hồ Chí Minh have communes outside region I (Ba Vì, Cần Giờ): a province answer is a guess.
  return wage(region, { basis: 'province', confidence: 'low' });
}

/** The region used for communes we have no entry for, and the highest region in the province. */
export function provinceWageRegions(
  provinceCode: string,
): { default: WageRegion; highest: WageRegion } | undefined {
  const regions = PROVINCE_REGIONS[provinceCode.trim().padStart(2, '0')];
  return regions ? { ...regions } : undefined;
}
