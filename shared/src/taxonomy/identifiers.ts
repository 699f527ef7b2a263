/**
 * Vietnamese mobile numbers, tax codes (mã số thuế) and citizen identity numbers (CCCD): normalisation and
 * the checks that can be done offline.
 */
import { FORMER_PROVINCES } from './provinces';

/** Second digit after the trunk 0 of a mobile number (03x, 05x, 07x, 08x, 09x since 2018). */
const MOBILE_FIRST_DIGITS = new Set(['3', '5', '7', '8', '9']);

/**
 * The 11-digit mobile prefixes retired in 2018 and their 10-digit replacements. Someone who went to prison
 * before the change may still write the old form of a number that works today.
 */
const RETIRED_PREFIXES: Record<string, string> = {
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

/**
 * A Vietnamese mobile number in E.164 form ("+84912345678") from the ways people write it: "0912 345 678",
 * "0912.345.678", "+84 912 345 678", "84912345678", "(+84) 0912345678", or a pre-2018 11-digit number.
 * Undefined for landlines (02x), short or long numbers, and anything that is not a number.
 */
export function normalizeVietnamesePhone(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed || /[^\d\s().+-]/.test(trimmed)) return undefined;
  const plus = trimmed.includes('+');
  if (plus && !/^\(?\+/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');

  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (digits.startsWith('84') && (plus || digits.length >= 11)) digits = digits.slice(2);
  else if (plus) return undefined; // another country's code
  // National form: a leading trunk 0 (also kept by people who write "+84 0912…").
  if (!digits.startsWith('0')) digits = `0${digits}`;

  if (digits.length === 11) {
    const replacement = RETIRED_PREFIXES[digits.slice(0, 4)];
    if (!replacement) return undefined;
    digits = replacement + digits.slice(4);
  }
  if (digits.length !== 10 || !MOBILE_FIRST_DIGITS.has(digits[1]!)) return undefined;
  return `+84${digits.slice(1)}`;
}

/** "+84912345678" → "0912 345 678", the way Vietnamese people read a number back. */
export function formatVietnamesePhone(e164: string): string {
  const national = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : national;
}

/** Weights of the first nine digits in the tax code check digit (the General Department of Taxation's rule). */
const TAX_CODE_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The tenth digit a 9-digit tax code prefix must have, or undefined when no digit fits (never issued). */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * TAX_CODE_WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

/**
 * A tax code in its canonical form: 10 digits, or 10 digits, a hyphen and a 3-digit branch number
 * ("0100109106-001"); spaces, dots and a missing hyphen are tolerated. Undefined when malformed.
 */
export function normalizeTaxCode(input: string): string | undefined {
  const compact = input.trim().replace(/[\s.]/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match) return undefined;
  const [, main, branch] = match;
  return branch ? `${main}-${branch}` : main;
}

export interface TaxCodeOptions {
  /**
   * Also accept a 12-digit personal identification number: since 1 July 2025 individuals and household
   * businesses (hộ kinh doanh) use their CCCD number as tax code (Circular 86/2024/TT-BTC).
   */
  allowPersonal?: boolean;
}

/**
 * Whether a mã số thuế is well formed and its check digit (10th digit) is right: 10 digits, or 13 written
 * as 10 + "-" + 3 (a branch or dependent unit, 001–999) or as 13 plain digits.
 */
export function isValidTaxCode(input: string, options: TaxCodeOptions = {}): boolean {
  const compact = input.trim().replace(/[\s.]/g, '');
  if (options.allowPersonal && /^\d{12}$/.test(compact)) return isValidCccd(compact);
  const normalized = normalizeTaxCode(compact);
  if (!normalized) return false;
  const [main, branch] = normalized.split('-') as [string, string | undefined];
  if (branch === '000') return false;
  return taxCodeCheckDigit(main.slice(0, 9)) === Number(main[9]);
}

let provinceOfBirthCodes: Set<string> | undefined;

export type CccdGender = 'male' | 'female';

export interface CccdInfo {
  /** Three digits: the place the birth was registered, from the pre-2025 list of 63 provinces. */
  provinceCode: string;
  /** Name of that pre-2025 province. */
  provinceName: string;
  gender: CccdGender;
  birthYear: number;
}

/**
 * Reads the structure of a 12-digit personal identification number (Decree 137/2015/NĐ-CP, Circular
 * 59/2021/TT-BCA): digits 1–3 the province where the birth was registered (001–096, the 63-province list),
 * digit 4 gender and century (0/1 male/female born 1900–1999, 2/3 born 2000–2099), digits 5–6 the last two
 * digits of the year of birth, then a 6-digit random number. Undefined when the structure is impossible,
 * including a year of birth after `now`. There is no check digit, so a well-formed number can still be
 * someone else's or nobody's.
 */
export function parseCccd(input: string, now: Date = new Date()): CccdInfo | undefined {
  const digits = input.trim().replace(/\s/g, '');
  if (!/^\d{12}$/.test(digits)) return undefined;
  provinceOfBirthCodes ??= new Set(FORMER_PROVINCES.map((province) => `0${province.code}`));
  const provinceCode = digits.slice(0, 3);
  if (!provinceOfBirthCodes.has(provinceCode)) return undefined;
  const genderCentury = Number(digits[3]);
  // 4–9 encode births in the 22nd to 24th centuries: not yet possible.
  if (genderCentury > 3) return undefined;
  const birthYear = (genderCentury < 2 ? 1900 : 2000) + Number(digits.slice(4, 6));
  if (birthYear > now.getFullYear()) return undefined;
  const former = FORMER_PROVINCES.find((province) => `0${province.code}` === provinceCode)!;
  return {
    provinceCode,
    provinceName: former.name,
    gender: genderCentury % 2 === 0 ? 'male' : 'female',
    birthYear,
  };
}

/** Whether a CCCD number is structurally possible (see parseCccd). */
export function isValidCccd(input: string, now: Date = new Date()): boolean {
  return parseCccd(input, now) !== undefined;
}
