/**
 * Deterministic data for the matching benchmark: the shared generator's postings as matching reads them
 * (with certificate requirements on welding, driving, electrical and CNC jobs), and people with
 * profiles drawn from the same occupations, skills and places. Used by scripts/bench/match.ts and by the
 * app it starts (lib/match-api-server.ts), which must hold the same data.
 */
import { Types } from 'mongoose';
import { skillKey } from '../../../server/src/modules/matching/scoring';
import type { MatchablePosting, MatchProfile } from '../../../server/src/modules/matching/types';
import {
  createRandom,
  type GeneratedPosting,
  generatePostings,
  OCCUPATIONS,
  PROVINCES,
} from './postings-generator';

export const MATCH_SEED = 20260101;
const DAY = 86_400_000;

export function matchPostings(count: number, seed = MATCH_SEED, now = Date.now()) {
  const random = createRandom(seed + 2);
  const chance = (p: number) => random() < p;
  const far = now + 365 * DAY;
  const deadline = new Date(far).toISOString().slice(0, 10);
  function requirementsFor(
    code: string,
  ): Pick<MatchablePosting, 'requiredCertificates' | 'preferredCertificates'> {
    const none = { requiredCertificates: [], preferredCertificates: [] };
    if (code === '7212' && chance(0.5))
      return {
        ...none,
        requiredCertificates: [
          { level: 'ky-nang-nghe-bac-2', occupationCode: '7212', name: 'Chứng chỉ hàn bậc 2' },
        ],
      };
    if (code === '8332')
      return { ...none, requiredCertificates: [{ level: 'gplx-c', name: 'Giấy phép lái xe hạng C' }] };
    if (code === '8322')
      return { ...none, requiredCertificates: [{ level: 'gplx-b', name: 'Giấy phép lái xe hạng B' }] };
    if ((code === '7411' || code === '7223') && chance(0.4))
      return {
        ...none,
        preferredCertificates: [{ level: 'trung-cap', occupationCode: code, name: 'Trung cấp nghề' }],
      };
    return none;
  }
  const generated = generatePostings(count, seed);
  const postings: (MatchablePosting & { vacancies: number })[] = generated.map((p: GeneratedPosting) => ({
    id: p.id,
    employerId: p.employerId,
    employerName: p.employerName,
    fairChancePledge: p.fairChancePledge,
    title: p.title,
    occupationCode: p.occupationCode,
    requiredSkills: p.skills.slice(0, 2).map((name) => ({ name })),
    preferredSkills: p.skills.slice(2).map((name) => ({ name })),
    ...requirementsFor(p.occupationCode),
    wageMin: p.wageMin,
    wageMax: p.wageMax,
    employmentType: p.employmentType,
    shift: p.shift,
    benefits: p.benefits,
    provinceCode: p.provinceCode,
    communeCode: p.communeCode,
    deadline,
    deadlineAt: far,
    vacancies: p.vacancies,
  }));
  const communesByProvince = new Map<string, string[]>();
  for (const p of generated) {
    const list = communesByProvince.get(p.provinceCode) ?? [];
    if (list.length < 200 && !list.includes(p.communeCode)) list.push(p.communeCode);
    communesByProvince.set(p.provinceCode, list);
  }
  return { postings, communesByProvince };
}

const WEIGHT: Record<string, number> = { '01': 8, '79': 10, '24': 4, '75': 4, '31': 3, '48': 2 };
const PROVINCE_WEIGHTED = PROVINCES.flatMap(([code]) => Array<string>(WEIGHT[code] ?? 1).fill(code));
const LEVELS_FOR: Record<string, string[]> = {
  '7212': ['ky-nang-nghe-bac-1', 'ky-nang-nghe-bac-2', 'ky-nang-nghe-bac-3', 'so-cap'],
  '8332': ['gplx-c', 'gplx-cu-fc', 'gplx-b'],
  '8322': ['gplx-b', 'gplx-cu-b2'],
};

/** A generator of people: call it n times for n profiles (same seed, same people). */
export function peopleGenerator(communesByProvince: Map<string, string[]>, seed = MATCH_SEED) {
  const random = createRandom(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const hex = (n: number) => n.toString(16).padStart(24, '0');
  return (n: number): MatchProfile => {
    const occupation = pick(OCCUPATIONS);
    const provinceCode = pick(PROVINCE_WEIGHTED);
    const communes = communesByProvince.get(provinceCode) ?? [];
    const skills = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(occupation.skills))),
    ];
    const levels = LEVELS_FOR[occupation.code] ?? ['so-cap', 'dao-tao-thuong-xuyen'];
    const licence = levels[0]!.startsWith('gplx');
    const certificates = chance(0.35)
      ? [
          {
            level: pick(levels),
            ...(licence ? {} : { occupationCode: occupation.code }),
            verified: chance(0.5),
          },
        ]
      : [];
    const profile: MatchProfile = {
      id: new Types.ObjectId(hex(0x6600000000 + n)).toHexString(),
      anonymousCode: n.toString(36).toUpperCase().padStart(4, '0').slice(-4),
      status: chance(0.9) ? 'seeking' : pick(['training', 'employed', 'inactive']),
      provinceCode,
      desiredOccupations: chance(0.85) ? [occupation.code] : [],
      experienceOccupations: chance(0.3) ? [pick(OCCUPATIONS).code] : [],
      skills: skills.map((label) => ({ key: skillKey({ label }), label })),
      certificates,
      acceptableProvinces: chance(0.4) ? [pick(PROVINCE_WEIGHTED)] : [],
      willingToRelocate: chance(0.3),
      shifts: chance(0.6) ? [pick(['day', 'night', 'rotating'])] : [],
      employmentTypes: chance(0.6) ? ['full-time'] : [],
      bans: chance(0.03)
        ? [
            {
              kind: 'occupation-ban',
              occupationCodes: [pick(OCCUPATIONS).code.slice(0, 3)],
              until: '2099-01-01',
            },
          ]
        : [],
      matchingConsent: chance(0.7),
    };
    if (communes.length && chance(0.8)) profile.communeCode = pick(communes);
    if (chance(0.7)) profile.expectedWage = Math.round((5 + random() * 10) * 10) * 100_000;
    return profile;
  };
}
