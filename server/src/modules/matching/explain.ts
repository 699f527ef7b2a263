/**
 * The readable side of matching: for one person × posting, the score with its reasons and gaps in
 * Vietnamese and English. Object-based and straightforward (taxonomy lookups on every call): it runs for
 * the few results shown, while ranking runs over typed arrays (posting-index.ts, returnee-index.ts). It is
 * also the naive baseline of the benchmark.
 *
 * Penalties only exclude (isExcluded); no reason or gap ever mentions them, for any audience.
 */
import {
  type Bilingual,
  certificateLevelById,
  communeByCode,
  findCertificateLevel,
  formatVnd,
  type MatchGap,
  type MatchReason,
  meetsRequirement,
  occupationByCode,
  provinceByCode,
  skillById,
} from '@ctn/shared';
import { certificateMeeting, postingRequirements, postingSkills } from './features';
import {
  availabilityPoints,
  certificatePoints,
  DAY_MS,
  dayNumber,
  employmentTypeBit,
  LOCATION,
  OCCUPATION_POINTS,
  occupationFit,
  shiftBit,
  skillPoints,
  vietnamToday,
  WEIGHTS,
  wagePoints,
} from './scoring';
import type { Audience, MatchablePosting, MatchProfile } from './types';

export interface MatchExplanation {
  score: number;
  points: {
    occupation: number;
    skills: number;
    certificates: number;
    location: number;
    wage: number;
    availability: number;
    fairChance: number;
  };
  reasons: MatchReason[];
  gaps: MatchGap[];
}

/** Postings a person must not be offered: past the deadline, or in a banned occupation or place. */
export function isExcluded(
  profile: Pick<MatchProfile, 'bans'>,
  posting: MatchablePosting,
  now: number,
): boolean {
  if (posting.deadlineAt !== undefined && posting.deadlineAt < now) return true;
  const today = vietnamToday(now);
  let supervised: string[] | undefined;
  for (const ban of profile.bans) {
    if (dayNumber(ban.until) < today) continue;
    if (ban.kind === 'occupation-ban') {
      if ((ban.occupationCodes ?? []).some((code) => posting.occupationCode.startsWith(code))) return true;
    } else if (ban.kind === 'place-ban') {
      if ((ban.placeCodes ?? []).some((code) => inPlace(posting, code))) return true;
    } else {
      supervised = [...(supervised ?? []), ...(ban.placeCodes ?? [])];
    }
  }
  return supervised !== undefined && !supervised.some((code) => inPlace(posting, code));
}

function inPlace(posting: MatchablePosting, code: string): boolean {
  return code.length === 2 ? posting.provinceCode === code : posting.communeCode === code;
}

const reason = (factor: MatchReason['factor'], text: Bilingual): MatchReason => ({ factor, ...text });
const gap = (factor: MatchGap['factor'], text: Bilingual, suggestion?: Bilingual): MatchGap =>
  suggestion ? { factor, ...text, suggestion } : { factor, ...text };

const occupationName = (code: string): Bilingual => {
  const occupation = occupationByCode(code);
  return occupation ? { vi: occupation.nameVi, en: occupation.nameEn } : { vi: code, en: code };
};
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const millions = (amount: number, locale: 'vi' | 'en') => formatVnd(amount, locale);
const shortDate = (date: string) => date.split('-').reverse().join('/');

function placeName(posting: MatchablePosting): Bilingual {
  const province = provinceByCode(posting.provinceCode);
  return province
    ? { vi: province.name, en: province.nameEn }
    : { vi: posting.provinceCode, en: posting.provinceCode };
}

function certificateName(held: { level: string; occupationCode?: string }): Bilingual {
  const level = certificateLevelById(held.level);
  const occupation = held.occupationCode ? occupationByCode(held.occupationCode) : undefined;
  const vi = [level?.nameVi ?? held.level, occupation ? `nghề ${lowerFirst(occupation.nameVi)}` : ''];
  const en = [level?.nameEn ?? held.level, occupation ? `(${lowerFirst(occupation.nameEn)})` : ''];
  return { vi: vi.filter(Boolean).join(' '), en: en.filter(Boolean).join(' ') };
}

/** Where to get a missing certificate: the way differs by kind (course, skill assessment, licence test). */
function trainingSuggestion(requirement: {
  level: string;
  occupationCode?: string;
  name: string;
}): Bilingual {
  const level = findCertificateLevel(requirement.level);
  const occupation = requirement.occupationCode ? occupationName(requirement.occupationCode) : undefined;
  const forOccupation = occupation
    ? { vi: ` nghề ${lowerFirst(occupation.vi)}`, en: ` in ${lowerFirst(occupation.en)}` }
    : { vi: '', en: '' };
  if (level?.kind === 'driving-licence')
    return {
      vi: `Học và thi ${lowerFirst(level.nameVi)} tại một cơ sở đào tạo lái xe; cán bộ hỗ trợ có thể giới thiệu vay vốn học nghề.`,
      en: `Train and sit the test for a ${lowerFirst(level.nameEn)} at a driving school; your counselor can refer you for a training loan.`,
    };
  if (level?.kind === 'skill-certificate')
    return {
      vi: `Đăng ký thi đánh giá ${lowerFirst(level.nameVi)}${forOccupation.vi} tại tổ chức đánh giá kỹ năng nghề; nếu cần, học thêm một khóa ngắn hạn trước.`,
      en: `Register for the ${lowerFirst(level.nameEn)}${forOccupation.en} assessment at a skills assessment centre, after a short course if needed.`,
    };
  return {
    vi: `Học ${lowerFirst(level?.nameVi ?? requirement.name)}${forOccupation.vi} tại trung tâm giáo dục nghề nghiệp; cán bộ hỗ trợ có thể giới thiệu học nghề và vay vốn học nghề.`,
    en: `Take the ${lowerFirst(level?.nameEn ?? requirement.name)}${forOccupation.en} at a vocational training centre; your counselor can refer you for training and a training loan.`,
  };
}

const SHIFT_TEXT: Record<string, Bilingual> = {
  day: { vi: 'ca ngày', en: 'day shift' },
  night: { vi: 'ca đêm', en: 'night shift' },
  rotating: { vi: 'xoay ca', en: 'rotating shifts' },
};
const TYPE_TEXT: Record<string, Bilingual> = {
  'full-time': { vi: 'toàn thời gian', en: 'full-time' },
  'part-time': { vi: 'bán thời gian', en: 'part-time' },
  seasonal: { vi: 'thời vụ', en: 'seasonal' },
};

/**
 * Score, reasons and gaps of one person × posting. `audience: 'employer'` leaves out what the person did
 * not agree to show (their wage expectation in figures) and the advice meant for them.
 */
export function explainMatch(
  profile: MatchProfile,
  posting: MatchablePosting,
  options: { audience?: Audience; now?: number } = {},
): MatchExplanation {
  const audience = options.audience ?? 'person';
  const now = options.now ?? Date.now();
  const reasons: MatchReason[] = [];
  const gaps: MatchGap[] = [];

  // Occupation: the closest of the wanted ones, or of past work and certificates.
  let desiredFit = 0;
  for (const code of profile.desiredOccupations)
    desiredFit = Math.max(desiredFit, occupationFit(code, posting.occupationCode));
  let experienceFit = 0;
  for (const code of profile.experienceOccupations)
    experienceFit = Math.max(experienceFit, occupationFit(code, posting.occupationCode));
  const fit = Math.max(desiredFit, experienceFit);
  const occupation = OCCUPATION_POINTS[fit]!;
  const jobName = occupationName(posting.occupationCode);
  if (fit === 4 && desiredFit === 4)
    reasons.push(
      reason('occupation', {
        vi: `Đúng nghề mong muốn: ${lowerFirst(jobName.vi)}`,
        en: `The occupation wanted: ${lowerFirst(jobName.en)}`,
      }),
    );
  else if (fit === 4)
    reasons.push(
      reason('occupation', {
        vi: `Đã có kinh nghiệm nghề ${lowerFirst(jobName.vi)}`,
        en: `Experience as ${lowerFirst(jobName.en)}`,
      }),
    );
  else if (fit >= 2)
    reasons.push(
      reason('occupation', { vi: 'Nghề gần với nghề mong muốn', en: 'Close to the occupation wanted' }),
    );
  else if (profile.desiredOccupations.length > 0)
    gaps.push(gap('occupation', { vi: 'Khác nghề mong muốn', en: 'Not the occupation wanted' }));

  // Skills: required ones count twice.
  const has = new Set(profile.skills.map((skill) => skill.key));
  let num = 0;
  let den = 0;
  const matched: string[] = [];
  const missingRequired: string[] = [];
  for (const skill of postingSkills(posting)) {
    const weight = skill.required ? 2 : 1;
    den += weight;
    const label = skillById(skill.key)?.nameVi ?? skill.name;
    if (has.has(skill.key)) {
      num += weight;
      matched.push(label);
    } else if (skill.required) missingRequired.push(label);
  }
  const skills = skillPoints(num, den);
  if (matched.length)
    reasons.push(
      reason('skills', { vi: `Có kỹ năng: ${matched.join(', ')}`, en: `Has skills: ${matched.join(', ')}` }),
    );
  if (missingRequired.length)
    gaps.push(
      gap('skills', {
        vi: `Chưa có kỹ năng cần: ${missingRequired.join(', ')}`,
        en: `Missing required skills: ${missingRequired.join(', ')}`,
      }),
    );

  // Certificates at the level needed; a missing required one is a gap with a way to get it.
  let certNum = 0;
  let certDen = 0;
  for (const requirement of postingRequirements(posting)) {
    const weight = requirement.required ? 2 : 1;
    certDen += weight;
    const held = certificateMeeting(profile, requirement);
    if (held) {
      certNum += weight;
      const name = requirement.name || certificateName(held).vi;
      const verified = held.verified ? { vi: ' (đã xác minh)', en: ' (verified)' } : { vi: '', en: '' };
      reasons.push(
        reason('certificates', {
          vi: `Có ${lowerFirst(name)}${verified.vi}`,
          en: `Holds ${lowerFirst(certificateName(held).en)}${verified.en}`,
        }),
      );
    } else if (requirement.required) {
      gaps.push(
        gap(
          'certificates',
          {
            vi: `Chưa có ${lowerFirst(requirement.name)}`,
            en: `No ${lowerFirst(certificateName(requirement).en)} yet`,
          },
          audience === 'person' ? trainingSuggestion(requirement) : undefined,
        ),
      );
    }
  }
  const certificates = certificatePoints(certNum, certDen);

  // Location: same commune > same province > a province the person accepts > moving, with housing.
  const housing = posting.benefits.includes('housing');
  let location: number;
  if (posting.communeCode && posting.communeCode === profile.communeCode) {
    location = LOCATION.commune;
    reasons.push(reason('location', { vi: 'Cùng xã', en: 'Same commune' }));
  } else if (posting.provinceCode === profile.provinceCode) {
    location = LOCATION.province;
    reasons.push(reason('location', { vi: 'Cùng tỉnh, thành phố', en: 'Same province' }));
  } else if (profile.acceptableProvinces.includes(posting.provinceCode)) {
    location = LOCATION.acceptable;
    const place = placeName(posting);
    reasons.push(
      reason('location', { vi: `Có thể đi làm ở ${place.vi}`, en: `Willing to work in ${place.en}` }),
    );
  } else if (profile.willingToRelocate) {
    location = housing ? LOCATION.relocateWithHousing : LOCATION.relocate;
    if (housing)
      reasons.push(
        reason('location', {
          vi: 'Sẵn sàng chuyển nơi ở; có chỗ ở',
          en: 'Willing to move; housing provided',
        }),
      );
    else gaps.push(gap('location', { vi: 'Xa nơi ở, không có chỗ ở', en: 'Far from home, no housing' }));
  } else {
    location = LOCATION.none;
    gaps.push(gap('location', { vi: 'Xa nơi ở', en: 'Far from home' }));
  }

  // Conditions.
  const expected = profile.expectedWage ?? 0;
  const top = Math.max(posting.wageMax || 0, posting.wageMin || 0);
  const wage = wagePoints(expected, top);
  if (expected > 0 && top > 0) {
    if (top >= expected)
      reasons.push(
        reason(
          'wage',
          audience === 'person'
            ? {
                vi: `Lương đến ${millions(top, 'vi')}, đạt mong muốn`,
                en: `Pays up to ${millions(top, 'en')}, as hoped`,
              }
            : { vi: 'Mức lương phù hợp mong muốn', en: 'The wage fits what is hoped for' },
        ),
      );
    else
      gaps.push(
        gap(
          'wage',
          audience === 'person'
            ? {
                vi: `Lương thấp hơn mong muốn (${millions(expected, 'vi')})`,
                en: `Pays less than hoped (${millions(expected, 'en')})`,
              }
            : { vi: 'Lương thấp hơn mong muốn', en: 'Pays less than hoped for' },
        ),
      );
  }

  const personTypes = profile.employmentTypes.reduce((mask, type) => mask | employmentTypeBit(type), 0);
  const personShifts = profile.shifts.reduce((mask, shift) => mask | shiftBit(shift), 0);
  const postingType = employmentTypeBit(posting.employmentType);
  const postingShift = shiftBit(posting.shift);
  const availability = availabilityPoints(personTypes, postingType, personShifts, postingShift);
  const shiftText = SHIFT_TEXT[posting.shift];
  const typeText = TYPE_TEXT[posting.employmentType];
  if (personShifts !== 0 && shiftText) {
    if (personShifts & postingShift)
      reasons.push(
        reason('availability', { vi: `Làm được ${shiftText.vi}`, en: `Can work ${shiftText.en}` }),
      );
    else
      gaps.push(
        gap('availability', { vi: `Không làm được ${shiftText.vi}`, en: `Cannot work ${shiftText.en}` }),
      );
  }
  if (personTypes !== 0 && typeText && !(personTypes & postingType))
    gaps.push(
      gap('availability', { vi: `Không tìm việc ${typeText.vi}`, en: `Not looking for ${typeText.en} work` }),
    );
  if (profile.availableFrom && posting.deadline && profile.availableFrom > posting.deadline)
    gaps.push(
      gap('availability', {
        vi: `Có thể đi làm từ ${shortDate(profile.availableFrom)}, sau hạn nộp`,
        en: `Available from ${shortDate(profile.availableFrom)}, after the deadline`,
      }),
    );
  else if (profile.availableFrom && dayNumber(profile.availableFrom) <= Math.floor(now / DAY_MS))
    reasons.push(reason('availability', { vi: 'Có thể đi làm ngay', en: 'Can start now' }));

  const fairChance = posting.fairChancePledge ? WEIGHTS.fairChance : 0;
  if (fairChance)
    reasons.push(
      reason('fair-chance', { vi: 'Doanh nghiệp cam kết tuyển dụng công bằng', en: 'Fair-chance employer' }),
    );

  const points = { occupation, skills, certificates, location, wage, availability, fairChance };
  const score = occupation + skills + certificates + location + wage + availability + fairChance;
  return { score, points, reasons, gaps };
}

/** Only the score, object-based: what a matcher without precomputation does for every pair (the baseline). */
export function naiveScore(
  profile: MatchProfile,
  posting: MatchablePosting,
  now: number,
): number | undefined {
  if (isExcluded(profile, posting, now)) return undefined;
  let fit = 0;
  for (const code of [...profile.desiredOccupations, ...profile.experienceOccupations])
    fit = Math.max(fit, occupationFit(code, posting.occupationCode));
  const has = new Set(profile.skills.map((skill) => skill.key));
  let num = 0;
  let den = 0;
  for (const skill of postingSkills(posting)) {
    den += skill.required ? 2 : 1;
    if (has.has(skill.key)) num += skill.required ? 2 : 1;
  }
  let certNum = 0;
  let certDen = 0;
  for (const requirement of postingRequirements(posting)) {
    certDen += requirement.required ? 2 : 1;
    if (profile.certificates.some((held) => meetsRequirement(held, requirement)))
      certNum += requirement.required ? 2 : 1;
  }
  let location: number = LOCATION.none;
  if (posting.communeCode && posting.communeCode === profile.communeCode) location = LOCATION.commune;
  else if (posting.provinceCode === profile.provinceCode) location = LOCATION.province;
  else if (profile.acceptableProvinces.includes(posting.provinceCode)) location = LOCATION.acceptable;
  else if (profile.willingToRelocate)
    location = posting.benefits.includes('housing') ? LOCATION.relocateWithHousing : LOCATION.relocate;
  const personTypes = profile.employmentTypes.reduce((mask, type) => mask | employmentTypeBit(type), 0);
  const personShifts = profile.shifts.reduce((mask, shift) => mask | shiftBit(shift), 0);
  return (
    OCCUPATION_POINTS[fit]! +
    skillPoints(num, den) +
    certificatePoints(certNum, certDen) +
    location +
    wagePoints(profile.expectedWage ?? 0, Math.max(posting.wageMax || 0, posting.wageMin || 0)) +
    availabilityPoints(
      personTypes,
      employmentTypeBit(posting.employmentType),
      personShifts,
      shiftBit(posting.shift),
    ) +
    (posting.fairChancePledge ? WEIGHTS.fairChance : 0)
  );
}

/** A commune's name for reasons shown with a candidate (unused codes fall back to the code). */
export function communeLabel(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return communeByCode(code)?.fullName ?? code;
}
