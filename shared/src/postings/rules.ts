/**
 * Rules a posting must follow beyond its schema (contracts/postings.ts), as pure functions with their
 * messages, so the API and the employer form say the same sentence: the wage is at least the regional
 * minimum of the work location and the range is in order, the deadline is ahead, the occupation and the
 * place exist in the taxonomies.
 */

import { formatVnd } from '../format/wage';
import type { Bilingual } from '../i18n/locale';
import { communeByCode } from '../taxonomy/communes';
import { type MinimumWage, minimumWageFor } from '../taxonomy/minimum-wages';
import { occupationByCode } from '../taxonomy/occupations';
import { provinceByCode } from '../taxonomy/provinces';

export const POSTING_RULE_MESSAGES = {
  wageBelowMinimum: {
    vi: 'Lương tối thiểu vùng {region} là {amount}/tháng. Mức lương thấp nhất phải từ mức này trở lên.',
    en: 'The region {region} minimum wage is {amount} a month. The lowest wage must be at least that.',
  },
  wageRangeReversed: {
    vi: 'Mức lương cao nhất phải lớn hơn hoặc bằng mức thấp nhất.',
    en: 'The highest wage must be at least the lowest wage.',
  },
  deadlinePast: {
    vi: 'Hạn nộp hồ sơ phải từ hôm nay trở đi.',
    en: 'The application deadline must be today or later.',
  },
  deadlineTooFar: {
    vi: 'Hạn nộp hồ sơ không quá 1 năm kể từ hôm nay.',
    en: 'The application deadline must be within a year from today.',
  },
  unknownOccupation: {
    vi: 'Vui lòng chọn nghề trong danh sách nghề (mã 4 chữ số).',
    en: 'Please choose an occupation from the list (4-digit code).',
  },
  unknownProvince: {
    vi: 'Vui lòng chọn tỉnh/thành phố trong danh sách.',
    en: 'Please choose a province from the list.',
  },
  communeNotInProvince: {
    vi: 'Xã/phường này không thuộc tỉnh/thành phố đã chọn.',
    en: 'This commune is not in the chosen province.',
  },
  unknownCommune: {
    vi: 'Vui lòng chọn xã/phường trong danh sách, hoặc để trống.',
    en: 'Please choose a commune from the list, or leave it empty.',
  },
} satisfies Record<string, Bilingual>;

export interface PostingRuleIssue {
  field: string;
  code: string;
  message: Bilingual;
  params?: Record<string, string | number>;
}

export interface PostingRuleInput {
  occupationCode: string;
  wageMin: number;
  wageMax: number;
  employmentType: string;
  provinceCode: string;
  communeCode?: string;
  deadline: string;
}

/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A deadline date (YYYY-MM-DD) ends at 23:59:59.999 in Vietnam. */
export function deadlineEnd(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

/**
 * The floor for a monthly wage at this place. Full-time and seasonal work is paid at least the monthly
 * regional minimum; part-time work is paid by the hour, so no monthly floor applies to it.
 */
export function wageFloorFor(input: {
  provinceCode: string;
  communeCode?: string;
  employmentType: string;
}): MinimumWage | undefined {
  if (input.employmentType === 'part-time') return undefined;
  return minimumWageFor({ provinceCode: input.provinceCode, communeCode: input.communeCode });
}

export function checkPostingRules(input: PostingRuleInput, now: Date = new Date()): PostingRuleIssue[] {
  const issues: PostingRuleIssue[] = [];
  const M = POSTING_RULE_MESSAGES;
  const occupation = occupationByCode(input.occupationCode);
  if (occupation?.level !== 4)
    issues.push({ field: 'occupationCode', code: 'unknown_occupation', message: M.unknownOccupation });

  const province = provinceByCode(input.provinceCode);
  if (!province) issues.push({ field: 'provinceCode', code: 'unknown_province', message: M.unknownProvince });
  if (input.communeCode) {
    const commune = communeByCode(input.communeCode);
    if (!commune) issues.push({ field: 'communeCode', code: 'unknown_commune', message: M.unknownCommune });
    else if (province && commune.provinceCode !== province.code)
      issues.push({ field: 'communeCode', code: 'commune_not_in_province', message: M.communeNotInProvince });
  }

  if (province) {
    const floor = wageFloorFor(input);
    if (floor && input.wageMin < floor.amount) {
      issues.push({
        field: 'wageMin',
        code: 'wage_below_minimum',
        message: M.wageBelowMinimum,
        params: { region: floor.region, amount: formatVnd(floor.amount) },
      });
    }
  }
  if (input.wageMax < input.wageMin)
    issues.push({ field: 'wageMax', code: 'wage_range_reversed', message: M.wageRangeReversed });

  const today = todayInVietnam(now);
  if (input.deadline < today)
    issues.push({ field: 'deadline', code: 'deadline_past', message: M.deadlinePast });
  else {
    const limit = new Date(`${today}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    if (input.deadline > limit.toISOString().slice(0, 10))
      issues.push({ field: 'deadline', code: 'deadline_too_far', message: M.deadlineTooFar });
  }
  return issues;
}
