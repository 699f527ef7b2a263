import type { PostingInput } from '@ctn/shared';
import { todayInVietnam } from '@ctn/shared';

/** A date `days` from today in Vietnam (YYYY-MM-DD). */
export function daysFromNow(days: number): string {
  const date = new Date(`${todayInVietnam()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A valid posting for Bắc Ninh (region III by default, region I in Kinh Bắc ward) unless overridden. */
export function postingInput(overrides: Partial<PostingInput> = {}): PostingInput {
  return {
    title: 'Thợ hàn điện',
    occupationCode: '7212',
    description: 'Hàn kết cấu thép tại xưởng; người chưa có kinh nghiệm được đào tạo.',
    requiredSkills: [{ name: 'Hàn que' }, { name: 'Hàn mái vòm cong' }],
    preferredSkills: [],
    requiredCertificates: [],
    preferredCertificates: [{ name: 'bậc 2' }],
    vacancies: 3,
    wageMin: 8_000_000,
    wageMax: 12_000_000,
    employmentType: 'full-time',
    shift: 'day',
    benefits: ['meals', 'housing'],
    provinceCode: '24',
    communeCode: '09193',
    deadline: daysFromNow(30),
    ...overrides,
  };
}
