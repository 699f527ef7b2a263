/**
 * Vocational qualifications and driving licences, each level with a rank so matching can ask "does what
 * this person holds meet what the posting requires?".
 *
 * - Vocational training (Law on Vocational Education 2014): short courses under 3 months (đào tạo thường
 *   xuyên), sơ cấp, trung cấp, cao đẳng.
 * - National occupational skill certificates bậc 1–5 (Law on Employment; Decree 31/2015/NĐ-CP).
 * - Driving licences (Law 36/2024/QH15 on Road Traffic Order and Safety, art. 57, from 1 January 2025),
 *   plus the pre-2025 classes people still carry (B2, FC, …), which stay valid.
 */
import { foldedKey } from '../text/fold';

export type CertificateKind = 'vocational-training' | 'skill-certificate' | 'driving-licence';

export const CERTIFICATE_KINDS: Record<CertificateKind, { vi: string; en: string }> = {
  'vocational-training': {
    vi: 'Văn bằng, chứng chỉ giáo dục nghề nghiệp',
    en: 'Vocational training qualification',
  },
  'skill-certificate': {
    vi: 'Chứng chỉ kỹ năng nghề quốc gia',
    en: 'National occupational skill certificate',
  },
  'driving-licence': { vi: 'Giấy phép lái xe', en: 'Driving licence' },
};

export interface CertificateLevel {
  id: string;
  kind: CertificateKind;
  /** Order within the kind: higher is more. For licences it only sorts; coverage decides (see `covers`). */
  rank: number;
  nameVi: string;
  nameEn: string;
  /** What people write: "bằng trung cấp", "bậc 2", "B2". */
  synonyms: readonly string[];
  /** Driving licences: the classes this one also allows driving (itself excluded). */
  covers?: readonly string[];
  /** Pre-2025 driving licence class: still valid, compared as the class it corresponds to. */
  legacyOf?: string;
  note?: string;
}

/**
 * One ladder across vocational training and skill certificates, for the approximate equivalence used when
 * a posting asks for one kind and the person holds the other: the training a skill level presupposes
 * (Decree 31/2015: bậc 1 after sơ cấp, bậc 2 after trung cấp, bậc 3 after cao đẳng, each or equivalent
 * experience). Documented as approximate in the README.
 */
const VOCATIONAL_LADDER: Record<string, number> = {
  'dao-tao-thuong-xuyen': 1,
  'so-cap': 2,
  'trung-cap': 3,
  'cao-dang': 4,
  'ky-nang-nghe-bac-1': 2,
  'ky-nang-nghe-bac-2': 3,
  'ky-nang-nghe-bac-3': 4,
  'ky-nang-nghe-bac-4': 5,
  'ky-nang-nghe-bac-5': 6,
};

const VOCATIONAL: CertificateLevel[] = [
  {
    id: 'dao-tao-thuong-xuyen',
    kind: 'vocational-training',
    rank: 1,
    nameVi: 'Chứng chỉ đào tạo ngắn hạn (dưới 3 tháng)',
    nameEn: 'Short course certificate (under 3 months)',
    synonyms: ['đào tạo thường xuyên', 'chứng chỉ nghề ngắn hạn', 'chứng chỉ nghề', 'học nghề ngắn hạn'],
  },
  {
    id: 'so-cap',
    kind: 'vocational-training',
    rank: 2,
    nameVi: 'Chứng chỉ sơ cấp',
    nameEn: 'Elementary vocational certificate (3 to 12 months)',
    synonyms: ['sơ cấp', 'sơ cấp nghề', 'chứng chỉ sơ cấp nghề'],
  },
  {
    id: 'trung-cap',
    kind: 'vocational-training',
    rank: 3,
    nameVi: 'Bằng tốt nghiệp trung cấp',
    nameEn: 'Intermediate vocational diploma',
    synonyms: ['trung cấp', 'trung cấp nghề', 'bằng trung cấp'],
  },
  {
    id: 'cao-dang',
    kind: 'vocational-training',
    rank: 4,
    nameVi: 'Bằng tốt nghiệp cao đẳng',
    nameEn: 'College diploma',
    synonyms: ['cao đẳng', 'cao đẳng nghề', 'bằng cao đẳng'],
  },
  ...[1, 2, 3, 4, 5].map(
    (level): CertificateLevel => ({
      id: `ky-nang-nghe-bac-${level}`,
      kind: 'skill-certificate',
      rank: level,
      nameVi: `Chứng chỉ kỹ năng nghề quốc gia bậc ${level}`,
      nameEn: `National occupational skill certificate, level ${level}`,
      synonyms: [`bậc ${level}`, `kỹ năng nghề bậc ${level}`, `thợ bậc ${level}`],
    }),
  ),
];

type LicenceRow = [code: string, rank: number, nameVi: string, nameEn: string, covers: string[]];

/** Law 36/2024/QH15 art. 57(1): each class and the lighter classes it includes. */
const LICENCE_ROWS: LicenceRow[] = [
  ['A1', 1, 'Xe mô tô đến 125 cm³ (hoặc động cơ điện đến 11 kW)', 'Motorcycles up to 125 cc or 11 kW', []],
  [
    'A',
    2,
    'Xe mô tô trên 125 cm³ (hoặc động cơ điện trên 11 kW)',
    'Motorcycles over 125 cc or 11 kW',
    ['A1'],
  ],
  ['B1', 3, 'Xe mô tô ba bánh', 'Motor tricycles', ['A1']],
  [
    'B',
    4,
    'Ô tô chở người đến 8 chỗ (không kể lái xe), xe tải đến 3.500 kg',
    'Cars up to 8 passenger seats, trucks up to 3,500 kg',
    [],
  ],
  ['C1', 5, 'Xe tải trên 3.500 kg đến 7.500 kg', 'Trucks from 3,500 to 7,500 kg', ['B']],
  ['C', 6, 'Xe tải trên 7.500 kg', 'Trucks over 7,500 kg', ['B', 'C1']],
  ['D1', 7, 'Ô tô chở người trên 8 đến 16 chỗ', 'Passenger vehicles with 9 to 16 seats', ['B', 'C1', 'C']],
  [
    'D2',
    8,
    'Ô tô chở người trên 16 đến 29 chỗ',
    'Passenger vehicles with 17 to 29 seats',
    ['B', 'C1', 'C', 'D1'],
  ],
  [
    'D',
    9,
    'Ô tô chở người trên 29 chỗ, xe giường nằm',
    'Passenger vehicles over 29 seats, sleeper coaches',
    ['B', 'C1', 'C', 'D1', 'D2'],
  ],
  ['BE', 10, 'Xe hạng B kéo rơ moóc trên 750 kg', 'Class B with a trailer over 750 kg', ['B']],
  ['C1E', 11, 'Xe hạng C1 kéo rơ moóc trên 750 kg', 'Class C1 with a trailer over 750 kg', ['B', 'C1', 'BE']],
  [
    'CE',
    12,
    'Xe hạng C kéo rơ moóc trên 750 kg, xe đầu kéo sơ mi rơ moóc',
    'Class C with a trailer, tractor-trailers',
    ['B', 'C1', 'C', 'BE', 'C1E'],
  ],
  [
    'D1E',
    13,
    'Xe hạng D1 kéo rơ moóc trên 750 kg',
    'Class D1 with a trailer over 750 kg',
    ['B', 'C1', 'C', 'D1', 'BE'],
  ],
  [
    'D2E',
    14,
    'Xe hạng D2 kéo rơ moóc trên 750 kg',
    'Class D2 with a trailer over 750 kg',
    ['B', 'C1', 'C', 'D1', 'D2', 'BE', 'D1E'],
  ],
  [
    'DE',
    15,
    'Xe hạng D kéo rơ moóc trên 750 kg, xe khách nối toa',
    'Class D with a trailer, articulated buses',
    ['B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'D1E', 'D2E'],
  ],
];

/**
 * Pre-2025 classes (Circular 12/2017/TT-BGTVT) and the current class each is compared as (Law 36/2024
 * art. 89 keeps them valid and sets how they are exchanged). A1 is the same letter in both systems and is
 * read as the current A1.
 */
const LEGACY_ROWS: [code: string, equivalent: string, note?: string][] = [
  ['A2', 'A'],
  ['A3', 'B1'],
  ['B1', 'B', 'cars up to 9 seats and trucks under 3,500 kg, not for paid driving'],
  ['B1 số tự động', 'B', 'automatic transmission only, not for paid driving'],
  ['B2', 'B'],
  ['E', 'D'],
  ['FB2', 'BE'],
  ['FC', 'CE'],
  ['FD', 'D2E'],
  ['FE', 'DE'],
];

/** Letters that, written alone, more likely mean the pre-2025 class than the current one. */
const PREFER_LEGACY = new Set(['b1']);

const licenceId = (code: string) => `gplx-${foldedKey(code).replace(/ /g, '-')}`;

const LICENCES: CertificateLevel[] = LICENCE_ROWS.map(([code, rank, nameVi, nameEn, covers]) => ({
  id: licenceId(code),
  kind: 'driving-licence',
  rank,
  nameVi: `Giấy phép lái xe hạng ${code}: ${nameVi}`,
  nameEn: `Driving licence class ${code}: ${nameEn}`,
  synonyms: [`hạng ${code}`, `bằng ${code}`, `GPLX ${code}`, `bằng lái ${code}`],
  covers: covers.map(licenceId),
}));

const LEGACY_LICENCES: CertificateLevel[] = LEGACY_ROWS.map(([code, equivalent, note]) => {
  const current = LICENCES.find((licence) => licence.id === licenceId(equivalent))!;
  const level: CertificateLevel = {
    id: licenceId(`cu ${code}`),
    kind: 'driving-licence',
    rank: current.rank,
    nameVi: `Giấy phép lái xe hạng ${code} (cấp trước 2025)`,
    nameEn: `Driving licence class ${code} (issued before 2025)`,
    synonyms: [`hạng ${code}`, `bằng ${code}`, `GPLX ${code}`, `bằng lái ${code}`],
    legacyOf: current.id,
  };
  if (note) level.note = note;
  return level;
});

export const CERTIFICATE_LEVELS: readonly CertificateLevel[] = [
  ...VOCATIONAL,
  ...LICENCES,
  ...LEGACY_LICENCES,
];

let byId: Map<string, CertificateLevel> | undefined;

export function certificateLevelById(id: string): CertificateLevel | undefined {
  byId ??= new Map(CERTIFICATE_LEVELS.map((level) => [level.id, level]));
  return byId.get(id.trim());
}

export function certificateLevelsOfKind(kind: CertificateKind): CertificateLevel[] {
  return CERTIFICATE_LEVELS.filter((level) => level.kind === kind);
}

/**
 * A level from what a person writes: an id, a name or a synonym ("trung cấp nghề", "bậc 2", "B2",
 * "bằng C"). Bare licence letters are read as the current class, except the pre-2025 ones that no longer
 * exist (B2, FC, …) and "B1", which on a card in circulation is nearly always the old car class.
 */
export function findCertificateLevel(text: string): CertificateLevel | undefined {
  const direct = certificateLevelById(text);
  if (direct) return direct;
  const key = foldedKey(text);
  if (!key) return undefined;
  const licenceCode = key
    .replace(/^(gplx|giay phep lai xe|bang lai|bang|hang)\s+/, '')
    .replace(/^hang\s+/, '');
  const current = certificateLevelById(licenceId(licenceCode));
  const legacy = certificateLevelById(licenceId(`cu ${licenceCode}`));
  // "B1" on a card is almost always the pre-2025 car class: the new B1 (motor tricycles) is rarely issued.
  if (legacy && (!current || PREFER_LEGACY.has(licenceCode))) return legacy;
  if (current) return current;
  return CERTIFICATE_LEVELS.find(
    (level) =>
      foldedKey(level.nameVi) === key || level.synonyms.some((synonym) => foldedKey(synonym) === key),
  );
}

/** A held or required certificate: a level id, optionally tied to an occupation (VSCO code). */
export type CertificateClaim = string | { level: string; occupationCode?: string };

function claimOf(claim: CertificateClaim): { level: CertificateLevel | undefined; occupationCode?: string } {
  return typeof claim === 'string'
    ? { level: certificateLevelById(claim) }
    : { level: certificateLevelById(claim.level), occupationCode: claim.occupationCode };
}

/** The current class a licence is compared as (a pre-2025 B2 counts as B). */
function effectiveLicence(level: CertificateLevel): CertificateLevel {
  return level.legacyOf ? certificateLevelById(level.legacyOf)! : level;
}

export interface MeetsRequirementOptions {
  /**
   * Only compare levels of the same kind. Off by default: a posting asking for "trung cấp" is treated as
   * met by skill certificate bậc 2 and the other way round (an approximation, see the README).
   */
  sameKindOnly?: boolean;
}

/**
 * Whether a held certificate satisfies a required one at the needed level. When the requirement names an
 * occupation, the held certificate must be for that occupation or a more specific one (required "721"
 * accepts a welding certificate for "7212"). A driving licence meets a requirement when its class allows
 * driving the required class (C covers B and C1; a pre-2025 B2 counts as B). Unknown ids never match.
 */
export function meetsRequirement(
  held: CertificateClaim,
  required: CertificateClaim,
  options: MeetsRequirementOptions = {},
): boolean {
  const have = claimOf(held);
  const need = claimOf(required);
  if (!have.level || !need.level) return false;
  if (need.occupationCode && !have.occupationCode?.startsWith(need.occupationCode)) return false;

  if (have.level.kind === 'driving-licence' || need.level.kind === 'driving-licence') {
    if (have.level.kind !== need.level.kind) return false;
    const holds = effectiveLicence(have.level);
    const wants = effectiveLicence(need.level);
    return holds.id === wants.id || (holds.covers ?? []).includes(wants.id);
  }

  if (have.level.kind === need.level.kind) return have.level.rank >= need.level.rank;
  if (options.sameKindOnly) return false;
  return (
    (VOCATIONAL_LADDER[have.level.id] ?? 0) >= (VOCATIONAL_LADDER[need.level.id] ?? Number.POSITIVE_INFINITY)
  );
}

/** Whether any of the held certificates meets the requirement. */
export function meetsAnyRequirement(
  held: readonly CertificateClaim[],
  required: CertificateClaim,
  options: MeetsRequirementOptions = {},
): boolean {
  return held.some((claim) => meetsRequirement(claim, required, options));
}
