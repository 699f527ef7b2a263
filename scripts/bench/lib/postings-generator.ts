/**
 * Realistic Vietnamese job postings for benchmarks, generated in-process from a fixed seed so that every
 * run indexes the same documents. Occupation codes are real VSCO unit groups (names from the taxonomy),
 * communes are the taxonomy's where it lists the province's communes. Shared by scripts/bench/search-engine.ts (engine only) and the full
 * scripts/bench/search.ts (database baseline, HTTP load test).
 */
import { communesInProvince } from '@ctn/shared/taxonomy/communes';
import { occupationByCode } from '@ctn/shared/taxonomy/occupations';
import type { IndexSettings } from '../../../server/src/search/engine';

export interface GeneratedPosting {
  [field: string]: unknown;
  id: string;
  title: string;
  occupationCode: string;
  occupationName: string;
  skills: string[];
  employerId: string;
  employerName: string;
  fairChancePledge: boolean;
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  description: string;
  wageMin: number;
  wageMax: number;
  employmentType: 'full-time' | 'part-time' | 'seasonal';
  shift: 'day' | 'night' | 'rotating';
  benefits: string[];
  vacancies: number;
  /** Milliseconds since the epoch. */
  publishedAt: number;
}

/**
 * Settings of the engine micro-benchmark (scripts/bench/search-engine.ts). The job board's own settings are
 * `jobIndexSettings()` in server/src/modules/postings/search.ts, which scripts/bench/search.ts uses.
 */
export const POSTING_INDEX_SETTINGS: IndexSettings = {
  searchableAttributes: [
    'title',
    'occupationName',
    'skills',
    'employerName',
    'provinceName',
    'communeName',
    'description',
  ],
  filterableAttributes: [
    'provinceCode',
    'communeCode',
    'occupationCode',
    'employerId',
    'employmentType',
    'shift',
    'benefits',
    'wageMin',
    'wageMax',
    'fairChancePledge',
  ],
  sortableAttributes: ['publishedAt', 'wageMax', 'wageMin'],
  highlightAttributes: ['title', 'employerName'],
  synonyms: [
    ['tho may', 'cong nhan may'],
    ['lai xe', 'tai xe'],
    ['bao ve', 've si'],
    ['phu bep', 'tap vu bep'],
  ],
};

/** Deterministic PRNG (mulberry32): the same seed always gives the same postings. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** Decision 19/2025/QĐ-TTg: the 34 provinces. */
export const PROVINCES: readonly (readonly [code: string, name: string])[] = [
  ['01', 'Hà Nội'],
  ['04', 'Cao Bằng'],
  ['08', 'Tuyên Quang'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Lào Cai'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Ninh'],
  ['25', 'Phú Thọ'],
  ['31', 'Hải Phòng'],
  ['33', 'Hưng Yên'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Trị'],
  ['46', 'Huế'],
  ['48', 'Đà Nẵng'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Gia Lai'],
  ['56', 'Khánh Hòa'],
  ['66', 'Đắk Lắk'],
  ['68', 'Lâm Đồng'],
  ['75', 'Đồng Nai'],
  ['79', 'Hồ Chí Minh'],
  ['80', 'Tây Ninh'],
  ['82', 'Đồng Tháp'],
  ['86', 'Vĩnh Long'],
  ['91', 'An Giang'],
  ['92', 'Cần Thơ'],
  ['96', 'Cà Mau'],
];

/** Industrial provinces get more postings, as they do in real life. */
const PROVINCE_WEIGHT: Record<string, number> = { '01': 8, '79': 10, '24': 4, '75': 4, '31': 3, '48': 2 };

interface Occupation {
  code: string;
  name: string;
  titles: string[];
  skills: string[];
  wage: [min: number, max: number];
}

/** VSCO-like occupations (Decision 34/2020/QĐ-TTg codes) with the titles employers actually write. */
export const OCCUPATIONS: readonly Occupation[] = [
  {
    code: '7212',
    name: 'Thợ hàn và thợ cắt kim loại',
    titles: ['Thợ hàn điện', 'Thợ hàn điện bậc 2', 'Thợ hàn CO2', 'Thợ hàn TIG inox', 'Thợ cắt kim loại'],
    skills: ['Hàn điện', 'Hàn MIG/MAG', 'Hàn TIG', 'Đọc bản vẽ kỹ thuật', 'Cắt plasma', 'An toàn lao động'],
    wage: [8_000_000, 18_000_000],
  },
  {
    code: '8153',
    name: 'Thợ may',
    titles: ['Công nhân may công nghiệp', 'Thợ may', 'Công nhân may mẫu', 'Thợ may đo', 'Công nhân cắt may'],
    skills: ['May công nghiệp', 'Vận hành máy may', 'Cắt vải', 'Là ủi', 'Kiểm hàng may mặc'],
    wage: [6_000_000, 12_000_000],
  },
  {
    code: '8332',
    name: 'Lái xe tải và xe hạng nặng',
    titles: [
      'Lái xe tải hạng C',
      'Tài xế xe tải',
      'Lái xe giao hàng',
      'Lái xe container hạng FC',
      'Phụ xe tải',
    ],
    skills: ['Bằng lái hạng C', 'Lái xe an toàn', 'Bảo dưỡng xe', 'Giao nhận hàng hóa', 'Đọc bản đồ'],
    wage: [9_000_000, 20_000_000],
  },
  {
    code: '9412',
    name: 'Phụ bếp',
    titles: ['Phụ bếp nhà hàng', 'Phụ bếp ca sáng', 'Phụ bếp bếp ăn công nghiệp', 'Tạp vụ bếp'],
    skills: ['Sơ chế thực phẩm', 'Vệ sinh an toàn thực phẩm', 'Rửa bát', 'Nấu ăn cơ bản'],
    wage: [5_000_000, 9_000_000],
  },
  {
    code: '5414',
    name: 'Bảo vệ',
    titles: ['Bảo vệ ca đêm', 'Nhân viên bảo vệ', 'Bảo vệ tòa nhà', 'Bảo vệ nhà xưởng', 'Vệ sĩ'],
    skills: ['Tuần tra canh gác', 'Phòng cháy chữa cháy', 'Sơ cứu', 'Giám sát camera'],
    wage: [5_500_000, 10_000_000],
  },
  {
    code: '7411',
    name: 'Thợ điện',
    titles: ['Thợ điện công trình', 'Thợ điện dân dụng', 'Kỹ thuật viên điện', 'Thợ điện nước'],
    skills: ['Lắp đặt điện dân dụng', 'Đấu nối tủ điện', 'Đọc bản vẽ điện', 'An toàn điện'],
    wage: [7_000_000, 15_000_000],
  },
  {
    code: '7522',
    name: 'Thợ mộc',
    titles: ['Thợ mộc', 'Thợ mộc nội thất', 'Công nhân chế biến gỗ', 'Thợ sơn gỗ'],
    skills: ['Chế biến gỗ', 'Vận hành máy cưa', 'Lắp ráp nội thất', 'Sơn PU'],
    wage: [7_000_000, 14_000_000],
  },
  {
    code: '7112',
    name: 'Thợ xây',
    titles: ['Thợ xây', 'Thợ hồ', 'Phụ hồ công trình', 'Thợ ốp lát', 'Thợ sơn nước'],
    skills: ['Xây trát', 'Ốp lát gạch', 'Đổ bê tông', 'Sơn bả', 'An toàn lao động'],
    wage: [6_500_000, 15_000_000],
  },
  {
    code: '8212',
    name: 'Công nhân lắp ráp cơ khí',
    titles: [
      'Công nhân lắp ráp linh kiện điện tử',
      'Công nhân lắp ráp',
      'Công nhân sản xuất',
      'Công nhân đóng gói',
    ],
    skills: ['Lắp ráp linh kiện', 'Kiểm tra chất lượng', 'Đóng gói sản phẩm', 'Làm việc theo ca'],
    wage: [6_000_000, 11_000_000],
  },
  {
    code: '7231',
    name: 'Thợ sửa chữa ô tô',
    titles: ['Thợ sửa chữa ô tô', 'Thợ máy ô tô', 'Thợ sửa xe máy', 'Kỹ thuật viên gầm máy'],
    skills: ['Sửa chữa động cơ', 'Bảo dưỡng xe', 'Chẩn đoán lỗi', 'Sửa xe máy'],
    wage: [7_000_000, 16_000_000],
  },
  {
    code: '9329',
    name: 'Lao động phổ thông trong sản xuất',
    titles: ['Lao động phổ thông', 'Công nhân kho', 'Bốc xếp hàng hóa', 'Nhân viên kho'],
    skills: ['Bốc xếp', 'Sắp xếp kho', 'Kiểm đếm hàng', 'Lái xe nâng'],
    wage: [5_000_000, 9_000_000],
  },
  {
    code: '5131',
    name: 'Phục vụ bàn',
    titles: ['Nhân viên phục vụ nhà hàng', 'Phục vụ quán cà phê', 'Nhân viên pha chế', 'Nhân viên chạy bàn'],
    skills: ['Phục vụ khách hàng', 'Pha chế đồ uống', 'Giao tiếp', 'Thu ngân'],
    wage: [4_500_000, 8_000_000],
  },
  {
    code: '5120',
    name: 'Đầu bếp',
    titles: ['Đầu bếp món Việt', 'Bếp chính nhà hàng', 'Đầu bếp bếp ăn tập thể'],
    skills: ['Nấu ăn', 'Lên thực đơn', 'Vệ sinh an toàn thực phẩm', 'Quản lý bếp'],
    wage: [8_000_000, 18_000_000],
  },
  {
    code: '9112',
    name: 'Nhân viên vệ sinh',
    titles: ['Nhân viên vệ sinh công nghiệp', 'Tạp vụ văn phòng', 'Nhân viên vệ sinh bệnh viện'],
    skills: ['Vệ sinh công nghiệp', 'Sử dụng máy chà sàn', 'Phân loại rác'],
    wage: [4_500_000, 7_500_000],
  },
  {
    code: '6111',
    name: 'Lao động trồng trọt',
    titles: ['Công nhân nông nghiệp', 'Công nhân trồng rau sạch', 'Công nhân chăm sóc cây cà phê'],
    skills: ['Trồng rau', 'Chăm sóc cây trồng', 'Tưới tiêu', 'Thu hoạch'],
    wage: [4_500_000, 8_000_000],
  },
  {
    code: '8322',
    name: 'Lái xe ô tô con và xe tắc xi',
    titles: ['Tài xế công nghệ', 'Lái xe taxi', 'Lái xe hạng B2', 'Tài xế riêng'],
    skills: ['Bằng lái hạng B2', 'Lái xe an toàn', 'Giao tiếp khách hàng'],
    wage: [8_000_000, 16_000_000],
  },
  {
    code: '5223',
    name: 'Nhân viên bán hàng',
    titles: ['Nhân viên bán hàng', 'Nhân viên bán hàng siêu thị', 'Nhân viên thu ngân', 'Tư vấn bán hàng'],
    skills: ['Bán hàng', 'Thu ngân', 'Giao tiếp', 'Sắp xếp hàng hóa'],
    wage: [5_000_000, 10_000_000],
  },
  {
    code: '9621',
    name: 'Nhân viên giao hàng',
    titles: ['Nhân viên giao hàng', 'Shipper giao hàng nhanh', 'Giao hàng xe máy'],
    skills: ['Giao nhận hàng hóa', 'Đọc bản đồ', 'Sử dụng điện thoại thông minh'],
    wage: [6_000_000, 12_000_000],
  },
  {
    code: '7223',
    name: 'Thợ vận hành máy công cụ',
    titles: ['Thợ tiện CNC', 'Thợ phay', 'Công nhân vận hành máy CNC', 'Thợ cơ khí'],
    skills: ['Vận hành máy CNC', 'Tiện phay', 'Đọc bản vẽ kỹ thuật', 'Đo kiểm'],
    wage: [8_000_000, 17_000_000],
  },
  {
    code: '7126',
    name: 'Thợ ống nước',
    titles: ['Thợ sửa ống nước', 'Thợ lắp đặt đường ống', 'Thợ điện nước'],
    skills: ['Lắp đặt đường ống', 'Hàn ống nhiệt', 'Sửa chữa thiết bị vệ sinh'],
    wage: [7_000_000, 14_000_000],
  },
  {
    code: '7512',
    name: 'Thợ làm bánh',
    titles: ['Thợ làm bánh', 'Phụ việc tiệm bánh', 'Công nhân sản xuất bánh kẹo'],
    skills: ['Làm bánh mì', 'Nướng bánh', 'Vệ sinh an toàn thực phẩm'],
    wage: [5_000_000, 10_000_000],
  },
  {
    code: '6221',
    name: 'Lao động nuôi trồng thủy sản',
    titles: ['Công nhân nuôi tôm', 'Công nhân chế biến thủy sản', 'Công nhân phi lê cá'],
    skills: ['Nuôi tôm', 'Chế biến thủy sản', 'Phi lê cá', 'Vận hành máy sục khí'],
    wage: [5_500_000, 10_000_000],
  },
  {
    code: '4321',
    name: 'Nhân viên kho',
    titles: ['Thủ kho', 'Nhân viên kho vận', 'Nhân viên nhập liệu kho'],
    skills: ['Quản lý kho', 'Nhập liệu', 'Tin học văn phòng', 'Kiểm đếm hàng'],
    wage: [6_500_000, 12_000_000],
  },
  {
    code: '7132',
    name: 'Thợ sơn và thợ làm sạch bề mặt',
    titles: ['Thợ sơn tĩnh điện', 'Thợ sơn công nghiệp', 'Thợ phun cát'],
    skills: ['Sơn tĩnh điện', 'Phun sơn', 'Pha màu sơn', 'An toàn lao động'],
    wage: [7_000_000, 13_000_000],
  },
];

const BRAND_SYLLABLES = [
  'Minh',
  'Phát',
  'Thành',
  'Công',
  'Hoàng',
  'Long',
  'An',
  'Phú',
  'Tân',
  'Việt',
  'Hưng',
  'Thịnh',
  'Đại',
  'Nam',
  'Bắc',
  'Sao',
  'Mai',
  'Hòa',
  'Bình',
  'Trường',
  'Sơn',
  'Hải',
  'Đức',
  'Tiến',
  'Quang',
  'Lộc',
  'Kim',
  'Ngọc',
  'Vĩnh',
  'Gia',
];
const BRAND_WORDS = ['Vinatex', 'Hoa Sen', 'Sông Hồng', 'Tân Cảng', 'Lotus', 'Sunrise', 'Golden', 'Mekong'];
const COMPANY_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Hợp tác xã', 'Hộ kinh doanh'];
const INDUSTRY_WORDS = [
  'May mặc',
  'Cơ khí',
  'Xây dựng',
  'Vận tải',
  'Thực phẩm',
  'Điện tử',
  'Nội thất',
  'Dịch vụ',
  'Thương mại',
  'Logistics',
  'Thủy sản',
  'Nông sản',
];
const COMMUNE_FIRST = [
  'Tân',
  'Phú',
  'Bình',
  'An',
  'Hòa',
  'Long',
  'Thạnh',
  'Vĩnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
];
const COMMUNE_SECOND = [
  'Lợi',
  'Hưng',
  'Phước',
  'Thuận',
  'Mỹ',
  'Xuân',
  'Sơn',
  'Hà',
  'Thành',
  'Khánh',
  'Lâm',
  'Hải',
  'Điền',
  'Trung',
  'Nghĩa',
];
const BENEFITS = ['meals', 'housing', 'insurance', 'transport'];
const BENEFIT_TEXT: Record<string, string> = {
  meals: 'bữa ăn ca',
  housing: 'chỗ ở miễn phí',
  insurance: 'bảo hiểm xã hội đầy đủ',
  transport: 'xe đưa đón',
};
const SHIFT_TEXT = { day: 'ca ngày', night: 'ca đêm', rotating: 'xoay ca' } as const;

interface Employer {
  id: string;
  name: string;
  provinceIndex: number;
  fairChancePledge: boolean;
}

function makeEmployers(random: Random, count: number, provinceIndexes: number[]): Employer[] {
  const employers: Employer[] = [];
  for (let i = 0; i < count; i++) {
    const brand =
      random() < 0.15
        ? pick(random, BRAND_WORDS)
        : `${pick(random, BRAND_SYLLABLES)} ${pick(random, BRAND_SYLLABLES)}`;
    const form = pick(random, COMPANY_FORMS);
    const industry = form.startsWith('Hộ') ? '' : ` ${pick(random, INDUSTRY_WORDS)}`;
    employers.push({
      id: `emp${i.toString(36).padStart(4, '0')}`,
      name: `${form}${industry} ${brand}`,
      provinceIndex: pick(random, provinceIndexes),
      fairChancePledge: random() < 0.4,
    });
  }
  return employers;
}

function makeCommunes(random: Random): { code: string; name: string }[][] {
  // Synthetic codes from 90000 never collide with the real ones (which are below 33000).
  let next = 90_000;
  return PROVINCES.map(([provinceCode]) => {
    const real = communesInProvince(provinceCode);
    if (real.length > 0) return real.map((commune) => ({ code: commune.code, name: commune.fullName }));
    const count = 60 + Math.floor(random() * 80);
    const communes: { code: string; name: string }[] = [];
    for (let i = 0; i < count; i++) {
      const kind = random() < 0.3 ? 'Phường' : 'Xã';
      communes.push({
        code: String(next++).padStart(5, '0'),
        name: `${kind} ${pick(random, COMMUNE_FIRST)} ${pick(random, COMMUNE_SECOND)}`,
      });
    }
    return communes;
  });
}

const roundWage = (value: number) => Math.round(value / 100_000) * 100_000;

/**
 * `count` postings from `seed`. Each posting's strings are its own copies (as when documents are read
 * from the database), so heap figures are not flattered by strings shared between postings.
 */
export function generatePostings(count: number, seed = 20260101): GeneratedPosting[] {
  const random = createRandom(seed);
  const weighted: number[] = [];
  PROVINCES.forEach(([code], index) => {
    for (let i = 0; i < (PROVINCE_WEIGHT[code] ?? 1); i++) weighted.push(index);
  });
  const communes = makeCommunes(random);
  const employers = makeEmployers(random, Math.max(50, Math.round(count / 20)), weighted);
  const start = Date.UTC(2026, 0, 1);
  const postings: GeneratedPosting[] = [];
  for (let i = 0; i < count; i++) {
    const occupation = pick(random, OCCUPATIONS);
    const employer = pick(random, employers);
    const provinceIndex = random() < 0.8 ? employer.provinceIndex : pick(random, weighted);
    const [provinceCode, provinceName] = PROVINCES[provinceIndex]!;
    const commune = pick(random, communes[provinceIndex]!);
    const title = pick(random, occupation.titles);
    const skills = pickSome(random, occupation.skills, 2 + Math.floor(random() * 3));
    const benefits = BENEFITS.filter(() => random() < 0.45);
    const [low, high] = occupation.wage;
    const wageMin = roundWage(low + random() * (high - low) * 0.6);
    const wageMax = roundWage(wageMin + random() * (high - wageMin));
    const shift = pick(random, ['day', 'day', 'night', 'rotating'] as const);
    const vacancies = 1 + Math.floor(random() * 30);
    const description = [
      `${employer.name} cần tuyển ${vacancies} ${title.toLowerCase()} làm việc tại ${commune.name}, ${provinceName}.`,
      `Làm ${SHIFT_TEXT[shift]}, thu nhập từ ${wageMin / 1_000_000} đến ${wageMax / 1_000_000} triệu đồng/tháng.`,
      benefits.length > 0 ? `Hỗ trợ ${benefits.map((b) => BENEFIT_TEXT[b]).join(', ')}.` : '',
      `Ưu tiên người biết ${skills[0]!.toLowerCase()}; chưa có kinh nghiệm sẽ được đào tạo.`,
      employer.fairChancePledge ? 'Doanh nghiệp cam kết tuyển dụng công bằng, không phân biệt quá khứ.' : '',
    ]
      .filter(Boolean)
      .join(' ');
    postings.push({
      id: `p${i.toString(36).padStart(6, '0')}`,
      title,
      occupationCode: occupation.code,
      occupationName: occupationByCode(occupation.code)?.nameVi ?? occupation.name,
      skills,
      employerId: employer.id,
      employerName: employer.name,
      fairChancePledge: employer.fairChancePledge,
      provinceCode,
      provinceName,
      communeCode: commune.code,
      communeName: commune.name,
      description,
      wageMin,
      wageMax,
      employmentType: random() < 0.8 ? 'full-time' : random() < 0.5 ? 'part-time' : 'seasonal',
      shift,
      benefits,
      vacancies,
      publishedAt: start + Math.floor(random() * 300 * 86_400_000),
    });
  }
  // A JSON round trip gives every posting its own strings, like documents loaded from the database.
  return JSON.parse(JSON.stringify(postings)) as GeneratedPosting[];
}

/** A posting as the database stores it (postings/model.ts), for the database baseline and the API benchmark. */
export interface GeneratedRecords {
  employers: Record<string, unknown>[];
  postings: Record<string, unknown>[];
}

const hexId = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(24 - prefix.length, '0')}`;

/**
 * The same `count` postings as `generatePostings(count, seed)`, shaped as database documents with real
 * taxonomy codes: occupation ancestors for filtering at any level, communes kept only where the commune
 * taxonomy knows the code, every posting open until a year from now.
 */
export async function generatePostingRecords(count: number, seed = 20260101): Promise<GeneratedRecords> {
  const { Types } = await import('mongoose');
  const { foldVietnamese, occupationAncestors, communeByCode, todayInVietnam } = await import('@ctn/shared');
  const postings = generatePostings(count, seed);
  const employerIds = new Map<string, number>();
  const employers: Record<string, unknown>[] = [];
  const now = new Date();
  const deadline = `${Number(todayInVietnam(now).slice(0, 4)) + 1}${todayInVietnam(now).slice(4)}`;
  const records = postings.map((posting, index) => {
    let employerNumber = employerIds.get(posting.employerId);
    if (employerNumber === undefined) {
      employerNumber = employerIds.size + 1;
      employerIds.set(posting.employerId, employerNumber);
      employers.push({
        _id: new Types.ObjectId(hexId('65f', employerNumber)),
        legalName: posting.employerName,
        taxCode: String(1_000_000_000 + employerNumber),
        provinceCode: posting.provinceCode,
        verified: true,
        fairChancePledge: posting.fairChancePledge,
        searchKey: foldVietnamese(posting.employerName),
        createdAt: now,
        updatedAt: now,
      });
    }
    const codes = [
      ...occupationAncestors(posting.occupationCode)
        .map((o) => o.code)
        .reverse(),
      posting.occupationCode,
    ];
    const commune = communeByCode(posting.communeCode);
    const record: Record<string, unknown> = {
      _id: new Types.ObjectId(hexId('65e', index + 1)),
      employerId: new Types.ObjectId(hexId('65f', employerNumber)),
      title: posting.title,
      occupationCode: posting.occupationCode,
      occupationCodes: codes,
      description: posting.description,
      requiredSkills: posting.skills.slice(0, 2).map((name) => ({ name })),
      preferredSkills: posting.skills.slice(2).map((name) => ({ name })),
      requiredCertificates: [],
      preferredCertificates: [],
      vacancies: posting.vacancies,
      wageMin: posting.wageMin,
      wageMax: posting.wageMax,
      employmentType: posting.employmentType,
      shift: posting.shift,
      benefits: posting.benefits,
      provinceCode: posting.provinceCode,
      deadline,
      status: 'open',
      version: 1,
      moderationNotes: [],
      fairIds: [],
      publishedAt: new Date(posting.publishedAt),
      searchKey: foldVietnamese(
        [
          posting.title,
          posting.occupationName,
          posting.employerName,
          posting.provinceName,
          posting.communeName,
        ].join(' '),
      ),
      createdAt: new Date(posting.publishedAt),
      updatedAt: now,
    };
    if (commune?.provinceCode === posting.provinceCode) record.communeCode = commune.code;
    return record;
  });
  return { employers, postings: records };
}
