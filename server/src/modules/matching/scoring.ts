/**
 * The scoring rules (DESIGN.md §5), shared by the fast ranking over typed arrays (posting-index.ts,
 * returnee-index.ts) and the object-based explanation (explain.ts). Both add the same integer points,
 * so the score a person sees next to a posting is exactly the one it was ranked by (a unit test checks).
 *
 *   occupation 30 · skills 25 · certificates 15 · location 15 · wage 6 · availability 4 · fair chance 5
 */
import { findCertificateLevel, foldedKey, occupationDistance, SKILLS, skillById } from '@ctn/shared';

export const WEIGHTS = {
  occupation: 30,
  skills: 25,
  certificates: 15,
  location: 15,
  wage: 6,
  availability: 4,
  fairChance: 5,
} as const;

/** By occupation fit level: 4 = same unit group (or inside the wanted group), 3..1 = shared prefix. */
export const OCCUPATION_POINTS = [0, 8, 15, 22, 30] as const;
/** A posting that asks for no skills (or no certificates) neither helps nor hurts much. */
export const SKILLS_NEUTRAL = 10;
export const CERTIFICATES_NEUTRAL = 10;

export const LOCATION = {
  commune: 15,
  province: 12,
  acceptable: 9,
  relocateWithHousing: 6,
  relocate: 3,
  none: 0,
} as const;

export const SHIFT_CODES = ['day', 'night', 'rotating'] as const;
export const EMPLOYMENT_TYPE_CODES = ['full-time', 'part-time', 'seasonal'] as const;

/**
 * How well a person's occupation code fits a posting's: the shared prefix length (0–4), or 4 when the
 * posting lies inside the group the person named ("72" wants any metal trade).
 */
export function occupationFit(personCode: string, postingCode: string): number {
  const shared = occupationDistance(personCode, postingCode);
  return shared >= personCode.length ? 4 : shared;
}

/** Points for skills: required ones count twice. `den` = 2·required + preferred. */
export function skillPoints(num: number, den: number): number {
  return den === 0 ? SKILLS_NEUTRAL : Math.round((WEIGHTS.skills * num) / den);
}

export function certificatePoints(num: number, den: number): number {
  return den === 0 ? CERTIFICATES_NEUTRAL : Math.round((WEIGHTS.certificates * num) / den);
}

/**
 * `skillPoints`/`certificatePoints` as lookup tables for the ranking loops: `table[den * stride + num]`,
 * the same integers without a division per posting.
 */
export const POINTS_STRIDE = 64;
function pointsTable(points: (num: number, den: number) => number): Uint8Array {
  const table = new Uint8Array(POINTS_STRIDE * POINTS_STRIDE);
  for (let den = 0; den < POINTS_STRIDE; den++)
    for (let num = 0; num <= den; num++) table[den * POINTS_STRIDE + num] = points(num, den);
  return table;
}
export const SKILL_POINTS = pointsTable(skillPoints);
export const CERTIFICATE_POINTS = pointsTable(certificatePoints);

/** Wage: the posting's best wage against the person's expectation (VND per month). */
export function wagePoints(expected: number, top: number): number {
  if (!(expected > 0)) return 4;
  if (!(top > 0)) return 3;
  if (top >= expected) return 6;
  if (top * 100 >= expected * 85) return 3;
  return 0;
}

/** Bit of a shift or employment type in a mask (0 = unknown). */
export function shiftBit(shift: string | undefined): number {
  const index = (SHIFT_CODES as readonly string[]).indexOf(shift ?? '');
  return index < 0 ? 0 : 1 << index;
}
export function employmentTypeBit(type: string | undefined): number {
  const index = (EMPLOYMENT_TYPE_CODES as readonly string[]).indexOf(type ?? '');
  return index < 0 ? 0 : 1 << index;
}

/** Availability: 2 for the employment type, 2 for the shift (a person who named none takes any). */
export function availabilityPoints(
  personTypes: number,
  postingType: number,
  personShifts: number,
  postingShift: number,
) {
  return (
    (personTypes === 0 || (personTypes & postingType) !== 0 ? 2 : 0) +
    (personShifts === 0 || (personShifts & postingShift) !== 0 ? 2 : 0)
  );
}

/** The skill a label names exactly (name or synonym, with or without accents), if any. */
let skillByFolded: Map<string, string> | undefined;
export function skillIdForLabel(label: string): string | undefined {
  if (!skillByFolded) {
    skillByFolded = new Map();
    for (const skill of SKILLS) {
      for (const text of [skill.nameVi, ...skill.synonyms]) {
        const key = foldedKey(text);
        if (!skillByFolded.has(key)) skillByFolded.set(key, skill.id);
      }
    }
  }
  return skillByFolded.get(foldedKey(label));
}

/** The key two skills are compared by: the taxonomy id, or the folded free text. */
export function skillKey(skill: {
  id?: string | null;
  skillId?: string | null;
  name?: string | null;
  label?: string | null;
}): string {
  const id = skill.id ?? skill.skillId;
  if (id && skillById(id)) return id;
  const text = skill.name ?? skill.label ?? '';
  return skillIdForLabel(text) ?? `free:${foldedKey(text)}`;
}

/**
 * The level a freely written requirement names: the whole text ("trung cấp", "B2"), else a level phrase
 * inside it ("Chứng chỉ hàn điện bậc 2" → bậc 2, "bằng lái hạng C" → C).
 */
function levelInText(text: string) {
  const whole = findCertificateLevel(text);
  if (whole) return whole;
  const folded = foldedKey(text);
  const phrase =
    /\bbac [1-5]\b/.exec(folded)?.[0] ??
    /\b(so cap|trung cap|cao dang)\b/.exec(folded)?.[0] ??
    /\bhang [a-f][0-9e]?e?\b/.exec(folded)?.[0];
  return phrase ? findCertificateLevel(phrase) : undefined;
}

/** A certificate requirement as a comparable claim, or undefined when its level cannot be read. */
export function requirementClaim(requirement: {
  level?: string;
  occupationCode?: string;
  name?: string;
}): { level: string; occupationCode?: string } | undefined {
  const level = requirement.level
    ? findCertificateLevel(requirement.level)
    : requirement.name
      ? levelInText(requirement.name)
      : undefined;
  if (!level) return undefined;
  return requirement.occupationCode
    ? { level: level.id, occupationCode: requirement.occupationCode }
    : { level: level.id };
}

/** Day numbers (days since 1970-01-01) for dates, and "today" in Vietnam (UTC+7). */
export const DAY_MS = 86_400_000;
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
export function vietnamToday(now: number): number {
  return Math.floor((now + 7 * 3_600_000) / DAY_MS);
}
