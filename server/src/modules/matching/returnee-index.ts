/**
 * People's matching features as typed arrays, for ranking candidates for one posting among many (300k)
 * people (DESIGN.md §9). The posting's requirements become lookup tables over this index's ids (skill
 * weight per skill id, fit per occupation code id, a requirement bitmask per held certificate), then one
 * pass over the columns scores everyone. A profile can be rebuilt from the columns for the few shown, so
 * no per-person object is kept in memory.
 */
import { meetsRequirement, skillById } from '@ctn/shared';
import {
  Interner,
  ListPool,
  PROVINCE_SLOTS,
  postingRequirements,
  postingSkills,
  provinceCodeAt,
  provinceSlot,
} from './features';
import { IdTable } from './id-table';
import type { Ranked, RankOptions } from './posting-index';
import {
  availabilityPoints,
  CERTIFICATE_POINTS,
  dayNumber,
  EMPLOYMENT_TYPE_CODES,
  employmentTypeBit,
  LOCATION,
  OCCUPATION_POINTS,
  occupationFit,
  POINTS_STRIDE,
  SHIFT_CODES,
  SKILL_POINTS,
  shiftBit,
  vietnamToday,
  WEIGHTS,
  wagePoints,
} from './scoring';
import { TopK } from './topk';

/** The most a person can add after occupation and location: skills, certificates, wage, availability, pledge. */
const REST_MAX =
  WEIGHTS.skills + WEIGHTS.certificates + WEIGHTS.wage + WEIGHTS.availability + WEIGHTS.fairChance;

import type { MatchablePosting, MatchBan, MatchProfile } from './types';

/** People who may be suggested to an employer: looking for work or in training. */
const ELIGIBLE_STATUSES = new Set(['seeking', 'training']);
const STATUSES = ['seeking', 'training', 'employed', 'inactive'];
const BAN_OCCUPATION = 1;
const BAN_PROVINCE = 2;
const BAN_COMMUNE = 3;
const ALLOW_PROVINCE = 4;
const ALLOW_COMMUNE = 5;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface CandidateRankOptions extends RankOptions {
  /** Only people with the `matching` consent in force (the employer's view). Default true. */
  consentedOnly?: boolean;
}

export class ReturneeIndex {
  private capacity = 0;
  private high = 0;
  private readonly free: number[] = [];
  private readonly slotOf = new IdTable();
  /** Anonymous codes of 4 ASCII characters packed in one integer (others in `longCodes`). */
  private codes = new Uint32Array(0);
  private readonly longCodes = new Map<number, string>();
  private status = new Uint8Array(0);

  readonly occupations = new Interner();
  readonly skills = new Interner();
  readonly communes = new Interner();
  /** Held certificates: `level|occupationCode|verified`. */
  readonly certificates = new Interner();
  private readonly held: { level: string; occupationCode?: string; verified: boolean }[] = [
    { level: '', verified: false },
  ];
  /** The words of a freely written skill, as first seen (keys are folded). */
  private readonly freeLabels = new Map<string, string>();
  /** Per requirement key: does held certificate id h meet it (1) or not (0)? Extended as ids grow. */
  private readonly meetsCache = new Map<string, Uint8Array>();

  private active = new Uint8Array(0);
  private eligible = new Uint8Array(0);
  private consent = new Uint8Array(0);
  private province = new Uint8Array(0);
  private commune = new Int32Array(0);
  private accLo = new Uint32Array(0);
  private accHi = new Uint32Array(0);
  private relocate = new Uint8Array(0);
  private expected = new Int32Array(0);
  private types = new Uint8Array(0);
  private shifts = new Uint8Array(0);
  private availableFrom = new Int32Array(0);
  private occOff = new Uint32Array(0);
  private occDesired = new Uint8Array(0);
  private occExperience = new Uint8Array(0);
  private skillOff = new Uint32Array(0);
  private skillLen = new Uint8Array(0);
  private certOff = new Uint32Array(0);
  private certLen = new Uint8Array(0);
  private banOff = new Uint32Array(0);
  private banLen = new Uint8Array(0);
  private readonly occPool = new ListPool();
  private readonly skillPool = new ListPool();
  private readonly certPool = new ListPool();
  /** Triples: kind, id, until (day number). */
  private readonly banPool = new ListPool();

  get size(): number {
    return this.slotOf.count;
  }

  has(id: string): boolean {
    return this.slotOf.get(id) !== undefined;
  }

  private grow(min: number): void {
    if (min <= this.capacity) return;
    const capacity = Math.max(1024, Math.ceil(this.capacity * 1.5), min);
    const g = <T extends Uint8Array | Int32Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.active = g(this.active);
    this.codes = g(this.codes);
    this.status = g(this.status);
    this.eligible = g(this.eligible);
    this.consent = g(this.consent);
    this.province = g(this.province);
    this.commune = g(this.commune);
    this.accLo = g(this.accLo);
    this.accHi = g(this.accHi);
    this.relocate = g(this.relocate);
    this.expected = g(this.expected);
    this.types = g(this.types);
    this.shifts = g(this.shifts);
    this.availableFrom = g(this.availableFrom);
    this.occOff = g(this.occOff);
    this.occDesired = g(this.occDesired);
    this.occExperience = g(this.occExperience);
    this.skillOff = g(this.skillOff);
    this.skillLen = g(this.skillLen);
    this.certOff = g(this.certOff);
    this.certLen = g(this.certLen);
    this.banOff = g(this.banOff);
    this.banLen = g(this.banLen);
    this.capacity = capacity;
  }

  upsert(profiles: Iterable<MatchProfile>): void {
    for (const profile of profiles) this.put(profile);
    this.compactIfNeeded();
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      this.release(slot);
      this.slotOf.delete(id);
      this.longCodes.delete(slot);
      this.active[slot] = 0;
      this.free.push(slot);
    }
  }

  /** Consent `matching` granted or revoked: only this column changes. */
  setConsent(id: string, consented: boolean): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.consent[slot] = consented ? 1 : 0;
  }

  /** Consents as a whole (start-up, sync): everyone not in the set has none. */
  setConsents(consented: ReadonlySet<string>): void {
    this.consent.fill(0);
    for (const id of consented) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) this.consent[slot] = 1;
    }
  }

  private release(slot: number): void {
    this.occPool.release(this.occDesired[slot]! + this.occExperience[slot]!);
    this.skillPool.release(this.skillLen[slot]!);
    this.certPool.release(this.certLen[slot]!);
    this.banPool.release(this.banLen[slot]! * 3);
  }

  private put(profile: MatchProfile): void {
    let slot = this.slotOf.get(profile.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.high++;
      this.grow(slot + 1);
      this.slotOf.reserve(this.capacity);
      this.slotOf.set(profile.id, slot);
    } else this.release(slot);
    this.setCode(slot, profile.anonymousCode);
    this.status[slot] = Math.max(0, STATUSES.indexOf(profile.status));
    this.eligible[slot] = ELIGIBLE_STATUSES.has(profile.status) ? 1 : 0;
    this.consent[slot] = profile.matchingConsent ? 1 : 0;
    this.province[slot] = provinceSlot(profile.provinceCode);
    this.commune[slot] = profile.communeCode ? this.communes.intern(profile.communeCode) : 0;
    let lo = 0;
    let hi = 0;
    for (const code of profile.acceptableProvinces) {
      const bit = provinceSlot(code);
      if (bit === 0) continue;
      if (bit < 32) lo |= 1 << bit;
      else hi |= 1 << (bit - 32);
    }
    this.accLo[slot] = lo >>> 0;
    this.accHi[slot] = hi >>> 0;
    this.relocate[slot] = profile.willingToRelocate ? 1 : 0;
    this.expected[slot] = profile.expectedWage ?? 0;
    let types = 0;
    for (const type of profile.employmentTypes) types |= employmentTypeBit(type);
    let shifts = 0;
    for (const shift of profile.shifts) shifts |= shiftBit(shift);
    this.types[slot] = types;
    this.shifts[slot] = shifts;
    this.availableFrom[slot] = profile.availableFrom ? dayNumber(profile.availableFrom) : -1;

    const desired = [...new Set(profile.desiredOccupations)].map((code) => this.occupations.intern(code));
    const experience = [...new Set(profile.experienceOccupations)].map((code) =>
      this.occupations.intern(code),
    );
    this.occOff[slot] = this.occPool.append([...desired, ...experience]);
    this.occDesired[slot] = desired.length;
    this.occExperience[slot] = experience.length;

    const skills = [...new Set(profile.skills.map((skill) => skill.key))].map((key) =>
      this.skills.intern(key),
    );
    for (const skill of profile.skills)
      if (skill.key.startsWith('free:') && !this.freeLabels.has(skill.key))
        this.freeLabels.set(skill.key, skill.label);
    this.skillOff[slot] = this.skillPool.append(skills);
    this.skillLen[slot] = Math.min(255, skills.length);

    const certificates = profile.certificates.map((held) => {
      const key = `${held.level}|${held.occupationCode ?? ''}|${held.verified ? 1 : 0}`;
      const id = this.certificates.intern(key);
      if (id === this.held.length)
        this.held.push({ level: held.level, occupationCode: held.occupationCode, verified: held.verified });
      return id;
    });
    this.certOff[slot] = this.certPool.append(certificates);
    this.certLen[slot] = Math.min(255, certificates.length);

    const bans: number[] = [];
    for (const ban of profile.bans) {
      const until = dayNumber(ban.until);
      if (ban.kind === 'occupation-ban')
        for (const code of ban.occupationCodes ?? [])
          bans.push(BAN_OCCUPATION, this.occupations.intern(code), until);
      else
        for (const code of ban.placeCodes ?? []) {
          const supervised = ban.kind === 'supervised-residence';
          if (code.length === 2)
            bans.push(supervised ? ALLOW_PROVINCE : BAN_PROVINCE, provinceSlot(code), until);
          else bans.push(supervised ? ALLOW_COMMUNE : BAN_COMMUNE, this.communes.intern(code), until);
        }
    }
    this.banOff[slot] = this.banPool.append(bans);
    this.banLen[slot] = Math.min(255, bans.length / 3);
    this.active[slot] = 1;
  }

  private compactIfNeeded(): void {
    const pools: [ListPool, Uint32Array, (slot: number) => number][] = [
      [this.occPool, this.occOff, (s) => this.occDesired[s]! + this.occExperience[s]!],
      [this.skillPool, this.skillOff, (s) => this.skillLen[s]!],
      [this.certPool, this.certOff, (s) => this.certLen[s]!],
      [this.banPool, this.banOff, (s) => this.banLen[s]! * 3],
    ];
    for (const [pool, off, length] of pools) {
      if (!pool.needsCompaction) continue;
      const old = pool.data;
      const fresh = new ListPool();
      for (let slot = 0; slot < this.high; slot++) {
        if (!this.active[slot]) continue;
        const start = off[slot]!;
        off[slot] = fresh.append(Array.from(old.subarray(start, start + length(slot))));
      }
      pool.data = fresh.data;
      pool.length = fresh.length;
      pool.garbage = 0;
    }
  }

  private setCode(slot: number, code: string): void {
    this.longCodes.delete(slot);
    if (/^[\x21-\x7e]{4}$/.test(code)) {
      this.codes[slot] =
        ((code.charCodeAt(0) << 24) |
          (code.charCodeAt(1) << 16) |
          (code.charCodeAt(2) << 8) |
          code.charCodeAt(3)) >>>
        0;
    } else {
      this.codes[slot] = 0;
      this.longCodes.set(slot, code);
    }
  }

  private codeAt(slot: number): string {
    const packed = this.codes[slot]!;
    if (packed === 0) return this.longCodes.get(slot) ?? '';
    return String.fromCharCode(packed >>> 24, (packed >>> 16) & 0xff, (packed >>> 8) & 0xff, packed & 0xff);
  }

  /** Rebuilds the person's matching profile from the columns (for explaining the few shown). */
  profileAt(slot: number): MatchProfile | undefined {
    if (!this.active[slot]) return undefined;
    const id = this.slotOf.idAt(slot);
    const occ = this.occPool.data;
    const occStart = this.occOff[slot]!;
    const desired = this.occDesired[slot]!;
    const experience = this.occExperience[slot]!;
    const list = (pool: ListPool, start: number, length: number) =>
      Array.from(pool.data.subarray(start, start + length));
    const acceptable: string[] = [];
    for (let bit = 1; bit < PROVINCE_SLOTS; bit++) {
      const set = bit < 32 ? (this.accLo[slot]! >>> bit) & 1 : (this.accHi[slot]! >>> (bit - 32)) & 1;
      if (set) acceptable.push(provinceCodeAt(bit)!);
    }
    const from = this.availableFrom[slot]!;
    const bans: MatchBan[] = [];
    const banData = list(this.banPool, this.banOff[slot]!, this.banLen[slot]! * 3);
    for (let i = 0; i < banData.length; i += 3) {
      const [kind, ref, until] = [banData[i]!, banData[i + 1]!, banData[i + 2]!];
      const date = new Date(until * 86_400_000).toISOString().slice(0, 10);
      if (kind === BAN_OCCUPATION)
        bans.push({ kind: 'occupation-ban', occupationCodes: [this.occupations.keys[ref]!], until: date });
      else {
        const code =
          kind === BAN_PROVINCE || kind === ALLOW_PROVINCE ? provinceCodeAt(ref)! : this.communes.keys[ref]!;
        bans.push({
          kind: kind <= BAN_COMMUNE ? 'place-ban' : 'supervised-residence',
          placeCodes: [code],
          until: date,
        });
      }
    }
    return {
      id,
      anonymousCode: this.codeAt(slot),
      status: STATUSES[this.status[slot]!]!,
      provinceCode: provinceCodeAt(this.province[slot]!) ?? '',
      communeCode: this.commune[slot] ? this.communes.keys[this.commune[slot]!] : undefined,
      desiredOccupations: Array.from(
        occ.subarray(occStart, occStart + desired),
        (i) => this.occupations.keys[i]!,
      ),
      experienceOccupations: Array.from(
        occ.subarray(occStart + desired, occStart + desired + experience),
        (i) => this.occupations.keys[i]!,
      ),
      skills: list(this.skillPool, this.skillOff[slot]!, this.skillLen[slot]!).map((i) => {
        const key = this.skills.keys[i]!;
        return { key, label: skillById(key)?.nameVi ?? this.freeLabels.get(key) ?? key.slice(5) };
      }),
      certificates: list(this.certPool, this.certOff[slot]!, this.certLen[slot]!).map((i) => ({
        ...this.held[i]!,
      })),
      acceptableProvinces: acceptable,
      willingToRelocate: this.relocate[slot] === 1,
      expectedWage: this.expected[slot] || undefined,
      availableFrom: from >= 0 ? new Date(from * 86_400_000).toISOString().slice(0, 10) : undefined,
      shifts: SHIFT_CODES.filter((_, bit) => (this.shifts[slot]! >> bit) & 1),
      employmentTypes: EMPLOYMENT_TYPE_CODES.filter((_, bit) => (this.types[slot]! >> bit) & 1),
      bans,
      matchingConsent: this.consent[slot] === 1,
    };
  }

  idAt(slot: number): string | undefined {
    return this.active[slot] ? this.slotOf.idAt(slot) : undefined;
  }

  profile(id: string): MatchProfile | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.profileAt(slot);
  }

  private meets(requirement: { key: string; level: string; occupationCode?: string }): Uint8Array {
    let table = this.meetsCache.get(requirement.key);
    const size = this.held.length;
    if (table && table.length >= size) return table;
    const fresh = new Uint8Array(Math.max(size, 16));
    const from = table ? table.length : 1;
    if (table) fresh.set(table);
    for (let id = from; id < size; id++) fresh[id] = meetsRequirement(this.held[id]!, requirement) ? 1 : 0;
    // Entries past `size` are computed when ids reach them (the table's length marks what is known).
    table = fresh.subarray(0, size);
    this.meetsCache.set(requirement.key, table);
    return table;
  }

  /** The best candidates for a posting. Bans exclude silently. */
  rankForPosting(posting: MatchablePosting, options: CandidateRankOptions = {}): Ranked {
    const now = options.now ?? Date.now();
    const consentedOnly = options.consentedOnly ?? true;
    const top = new TopK(options.limit ?? 20);
    const today = vietnamToday(now);

    const code = posting.occupationCode;
    const fitOf = new Uint8Array(this.occupations.size);
    for (let id = 1; id < this.occupations.size; id++)
      fitOf[id] = occupationFit(this.occupations.keys[id]!, code);
    const postingOcc = new Int32Array(4);
    for (let length = 1; length <= 4; length++)
      postingOcc[length - 1] = code.length >= length ? this.occupations.find(code.slice(0, length)) : 0;

    const weight = new Uint8Array(this.skills.size);
    let skillDen = 0;
    for (const skill of postingSkills(posting)) {
      const w = skill.required ? 2 : 1;
      skillDen += w;
      weight[this.skills.find(skill.key)] = w;
    }
    weight[0] = 0;

    const requirements = postingRequirements(posting);
    const heldMask = new Uint32Array(this.held.length);
    let requiredMask = 0;
    let certDen = 0;
    requirements.forEach((requirement, bit) => {
      certDen += requirement.required ? 2 : 1;
      if (requirement.required) requiredMask |= 1 << bit;
      const table = this.meets(requirement);
      for (let id = 1; id < table.length; id++) if (table[id]) heldMask[id]! |= 1 << bit;
    });
    const preferredMask = ((1 << requirements.length) - 1) & ~requiredMask;

    const postingProvince = provinceSlot(posting.provinceCode);
    const postingCommune = this.communes.find(posting.communeCode);
    const accWord = postingProvince < 32 ? this.accLo : this.accHi;
    const accBit = postingProvince < 32 ? 1 << postingProvince : 1 << (postingProvince - 32);
    const housing = posting.benefits.includes('housing');
    const wageTop = Math.max(posting.wageMax || 0, posting.wageMin || 0);
    const typeBit = employmentTypeBit(posting.employmentType);
    const postingShift = shiftBit(posting.shift);
    const pledge = posting.fairChancePledge ? WEIGHTS.fairChance : 0;
    const skillRow = skillDen * POINTS_STRIDE;
    const certRow = certDen * POINTS_STRIDE;
    const availability = new Uint8Array(64);
    for (let types = 0; types < 8; types++)
      for (let shifts = 0; shifts < 8; shifts++)
        availability[types * 8 + shifts] = availabilityPoints(types, typeBit, shifts, postingShift);

    const { active, eligible, consent, province, commune, relocate, expected, types, shifts } = this;
    const occPool = this.occPool.data;
    const skillPool = this.skillPool.data;
    const certPool = this.certPool.data;
    const banPool = this.banPool.data;
    const high = this.high;
    let considered = 0;
    for (let slot = 0; slot < high; slot++) {
      if (!active[slot] || !eligible[slot] || (consentedOnly && !consent[slot])) continue;
      const p = province[slot]!;
      const c = commune[slot]!;
      const bans = this.banLen[slot]!;
      if (bans) {
        let excluded = false;
        let supervised = false;
        let allowed = false;
        let off = this.banOff[slot]!;
        for (let i = 0; i < bans; i++, off += 3) {
          if (banPool[off + 2]! < today) continue;
          const kind = banPool[off]!;
          const ref = banPool[off + 1]!;
          if (kind === BAN_OCCUPATION)
            excluded =
              ref === postingOcc[0] ||
              ref === postingOcc[1] ||
              ref === postingOcc[2] ||
              ref === postingOcc[3];
          else if (kind === BAN_PROVINCE) excluded = ref === postingProvince;
          else if (kind === BAN_COMMUNE) excluded = ref !== 0 && ref === postingCommune;
          else {
            supervised = true;
            if (kind === ALLOW_PROVINCE ? ref === postingProvince : ref !== 0 && ref === postingCommune)
              allowed = true;
          }
          if (excluded) break;
        }
        if (excluded || (supervised && !allowed)) continue;
      }
      considered++;

      let off = this.occOff[slot]!;
      const occCount = this.occDesired[slot]! + this.occExperience[slot]!;
      let fit = 0;
      for (let i = 0; i < occCount; i++) {
        const f = fitOf[occPool[off + i]!]!;
        if (f > fit) fit = f;
      }
      let score = OCCUPATION_POINTS[fit]!;

      let location: number = LOCATION.none;
      if (c !== 0 && c === postingCommune) location = LOCATION.commune;
      else if (p === postingProvince && p !== 0) location = LOCATION.province;
      else if (postingProvince !== 0 && accWord[slot]! & accBit) location = LOCATION.acceptable;
      else if (relocate[slot]) location = housing ? LOCATION.relocateWithHousing : LOCATION.relocate;
      score += location;
      // Cannot reach the top any more, whatever the skills and conditions: skip the rest.
      if (score + REST_MAX <= top.threshold) continue;

      off = this.skillOff[slot]!;
      const skillCount = this.skillLen[slot]!;
      let num = 0;
      for (let i = 0; i < skillCount; i++) num += weight[skillPool[off + i]!]!;
      score += SKILL_POINTS[skillRow + num]!;

      off = this.certOff[slot]!;
      const certCount = this.certLen[slot]!;
      let mask = 0;
      for (let i = 0; i < certCount; i++) mask |= heldMask[certPool[off + i]!]!;
      score +=
        CERTIFICATE_POINTS[certRow + 2 * popcount(mask & requiredMask) + popcount(mask & preferredMask)]!;

      score += wagePoints(expected[slot]!, wageTop);
      score += availability[types[slot]! * 8 + shifts[slot]!]!;
      score += pledge;
      if (score > top.threshold) top.push(score, slot);
    }
    return { items: top.entries(), considered };
  }
}
