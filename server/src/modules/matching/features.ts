/**
 * What a posting asks for, reduced to comparable keys: skill keys (taxonomy id or folded free text) and
 * certificate requirements as claims. Both the fast indexes and the explanation derive them here, so they
 * agree on duplicates, unreadable certificates and caps.
 */
import { meetsRequirement, PROVINCES, provinceByCode } from '@ctn/shared';
import { requirementClaim, skillKey } from './scoring';
import type { MatchablePosting, MatchProfile } from './types';

export const MAX_REQUIREMENTS = 10;
/** Per list (required, preferred), as postings allow: keeps the ranking tables small and fixed. */
export const MAX_SKILLS = 20;

export interface RequirementClaim {
  /** `level|occupationCode`: two postings asking for the same thing share one key. */
  key: string;
  level: string;
  occupationCode?: string;
  /** What the employer wrote ("Chứng chỉ hàn điện bậc 2"). */
  name: string;
  required: boolean;
}

export interface PostingSkill {
  key: string;
  name: string;
  required: boolean;
}

export function postingSkills(posting: MatchablePosting): PostingSkill[] {
  const seen = new Set<string>();
  const out: PostingSkill[] = [];
  for (const [list, required] of [
    [posting.requiredSkills, true],
    [posting.preferredSkills, false],
  ] as const) {
    let count = 0;
    for (const skill of list) {
      const key = skillKey(skill);
      if (seen.has(key) || count >= MAX_SKILLS) continue;
      count++;
      seen.add(key);
      out.push({ key, name: skill.name, required });
    }
  }
  return out;
}

export function postingRequirements(posting: MatchablePosting): RequirementClaim[] {
  const seen = new Set<string>();
  const out: RequirementClaim[] = [];
  for (const [list, required] of [
    [posting.requiredCertificates, true],
    [posting.preferredCertificates, false],
  ] as const) {
    let count = 0;
    for (const certificate of list) {
      const claim = requirementClaim(certificate);
      if (!claim) continue;
      const key = `${claim.level}|${claim.occupationCode ?? ''}`;
      if (seen.has(key) || count >= MAX_REQUIREMENTS) continue;
      seen.add(key);
      count++;
      out.push({ key, ...claim, name: certificate.name, required });
    }
  }
  return out;
}

/** The held certificate that meets a requirement (a verified one first), if any. */
export function certificateMeeting(
  profile: Pick<MatchProfile, 'certificates'>,
  requirement: { level: string; occupationCode?: string },
) {
  let found: MatchProfile['certificates'][number] | undefined;
  for (const held of profile.certificates) {
    if (!meetsRequirement({ level: held.level, occupationCode: held.occupationCode }, requirement)) continue;
    if (held.verified) return held;
    found ??= held;
  }
  return found;
}

/** Province codes as small integers (1–34; 0 = unknown), for typed arrays. */
const provinceIndex = new Map(PROVINCES.map((province, index) => [province.code, index + 1]));
export const PROVINCE_SLOTS = PROVINCES.length + 1;
export function provinceSlot(code: string | undefined): number {
  return (code && provinceIndex.get(code)) || 0;
}
export function provinceCodeAt(slot: number): string | undefined {
  return PROVINCES[slot - 1]?.code;
}
export { provinceByCode };

/** Strings → small integers; id 0 is reserved for "none", so a zeroed typed array means "no value". */
export class Interner {
  private readonly ids = new Map<string, number>([['', 0]]);
  readonly keys: string[] = [''];

  get size(): number {
    return this.keys.length;
  }

  /** The id, creating it when new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The id, or 0 when nothing was ever interned under this key. */
  find(key: string | undefined): number {
    return key ? (this.ids.get(key) ?? 0) : 0;
  }
}

/** A growable Int32 pool of variable-length lists (skills, codes…), with compaction. */
export class ListPool {
  data = new Int32Array(1024);
  length = 0;
  garbage = 0;

  append(values: readonly number[]): number {
    const offset = this.length;
    if (offset + values.length > this.data.length) {
      let size = this.data.length * 2;
      while (size < offset + values.length) size *= 2;
      const bigger = new Int32Array(size);
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    this.data.set(values, offset);
    this.length += values.length;
    return offset;
  }

  release(count: number): void {
    this.garbage += count;
  }

  get needsCompaction(): boolean {
    return this.garbage > 4096 && this.garbage * 2 > this.length;
  }
}
