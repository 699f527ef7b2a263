/**
 * Open postings as typed arrays, for ranking them against one person (DESIGN.md §5, §9): every skill,
 * occupation prefix, commune and certificate requirement is an integer id, each posting a slot in
 * struct-of-arrays columns. Ranking one person against 100k postings is one pass over the columns with
 * the person's features turned into lookup tables first — no objects, strings or database inside.
 */
import { meetsRequirement } from '@ctn/shared';
import {
  Interner,
  ListPool,
  PROVINCE_SLOTS,
  postingRequirements,
  postingSkills,
  provinceSlot,
} from './features';
import {
  availabilityPoints,
  CERTIFICATE_POINTS,
  CERTIFICATES_NEUTRAL,
  dayNumber,
  employmentTypeBit,
  LOCATION,
  OCCUPATION_POINTS,
  occupationFit,
  POINTS_STRIDE,
  SKILL_POINTS,
  shiftBit,
  vietnamToday,
  WEIGHTS,
  wagePoints,
} from './scoring';
import { TopK } from './topk';

/** The most a posting can add after occupation and location: skills, certificates, wage, availability, pledge. */
const REST_MAX =
  WEIGHTS.skills + WEIGHTS.certificates + WEIGHTS.wage + WEIGHTS.availability + WEIGHTS.fairChance;

import type { MatchablePosting, MatchProfile } from './types';

export interface RankOptions {
  limit?: number;
  now?: number;
}

export interface Ranked {
  items: { slot: number; score: number }[];
  /** Postings (or people) that took part: open, not excluded. */
  considered: number;
}

export class PostingIndex {
  private capacity = 0;
  /** Slots in use are < `high`; freed slots are reused. */
  private high = 0;
  private readonly free: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings: (MatchablePosting | undefined)[] = [];

  /** Posting occupation codes (as written, usually 4 digits). */
  readonly occupations = new Interner();
  readonly skills = new Interner();
  readonly communes = new Interner();
  readonly requirements = new Interner();
  private readonly claims: { level: string; occupationCode?: string }[] = [{ level: '' }];

  private active = new Uint8Array(0);
  /** Occupation code id. */
  private occ = new Int32Array(0);
  private province = new Uint8Array(0);
  private commune = new Int32Array(0);
  private housing = new Uint8Array(0);
  private pledge = new Uint8Array(0);
  private wageTop = new Int32Array(0);
  private typeBit = new Uint8Array(0);
  private shiftBit = new Uint8Array(0);
  private deadlineAt = new Float64Array(0);
  private skillOff = new Uint32Array(0);
  private skillReq = new Uint8Array(0);
  private skillPref = new Uint8Array(0);
  private certOff = new Uint32Array(0);
  private certReq = new Uint8Array(0);
  private certPref = new Uint8Array(0);
  private readonly skillPool = new ListPool();
  private readonly certPool = new ListPool();

  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): MatchablePosting | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.postings[slot];
  }

  at(slot: number): MatchablePosting | undefined {
    return this.postings[slot];
  }

  private grow(min: number): void {
    if (min <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, min);
    const grow8 = (a: Uint8Array, n = 1) => {
      const b = new Uint8Array(capacity * n);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array, n = 1) => {
      const b = new Int32Array(capacity * n);
      b.set(a);
      return b;
    };
    const growU32 = (a: Uint32Array) => {
      const b = new Uint32Array(capacity);
      b.set(a);
      return b;
    };
    this.active = grow8(this.active);
    this.occ = grow32(this.occ);
    this.province = grow8(this.province);
    this.commune = grow32(this.commune);
    this.housing = grow8(this.housing);
    this.pledge = grow8(this.pledge);
    this.wageTop = grow32(this.wageTop);
    this.typeBit = grow8(this.typeBit);
    this.shiftBit = grow8(this.shiftBit);
    const deadline = new Float64Array(capacity);
    deadline.set(this.deadlineAt);
    this.deadlineAt = deadline;
    this.skillOff = growU32(this.skillOff);
    this.skillReq = grow8(this.skillReq);
    this.skillPref = grow8(this.skillPref);
    this.certOff = growU32(this.certOff);
    this.certReq = grow8(this.certReq);
    this.certPref = grow8(this.certPref);
    this.capacity = capacity;
  }

  /** Adds or replaces postings (by id). */
  upsert(postings: Iterable<MatchablePosting>): void {
    for (const posting of postings) this.put(posting);
    this.compactIfNeeded();
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      this.release(slot);
      this.slotOf.delete(id);
      this.postings[slot] = undefined;
      this.active[slot] = 0;
      this.free.push(slot);
    }
  }

  /** Replaces everything (start-up load, reindex). */
  reset(postings: Iterable<MatchablePosting>): void {
    for (const id of [...this.slotOf.keys()]) this.remove([id]);
    this.upsert(postings);
  }

  private release(slot: number): void {
    this.skillPool.release(this.skillReq[slot]! + this.skillPref[slot]!);
    this.certPool.release(this.certReq[slot]! + this.certPref[slot]!);
  }

  private put(posting: MatchablePosting): void {
    let slot = this.slotOf.get(posting.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.high++;
      this.grow(slot + 1);
      this.slotOf.set(posting.id, slot);
    } else {
      this.release(slot);
    }
    this.postings[slot] = posting;
    this.occ[slot] = this.occupations.intern(posting.occupationCode);
    this.province[slot] = provinceSlot(posting.provinceCode);
    this.commune[slot] = posting.communeCode ? this.communes.intern(posting.communeCode) : 0;
    this.housing[slot] = posting.benefits.includes('housing') ? 1 : 0;
    this.pledge[slot] = posting.fairChancePledge ? 1 : 0;
    this.wageTop[slot] = Math.max(posting.wageMax || 0, posting.wageMin || 0);
    this.typeBit[slot] = employmentTypeBit(posting.employmentType);
    this.shiftBit[slot] = shiftBit(posting.shift);
    this.deadlineAt[slot] = posting.deadlineAt ?? Number.POSITIVE_INFINITY;

    const skills = postingSkills(posting);
    const required = skills.filter((s) => s.required).map((s) => this.skills.intern(s.key));
    const preferred = skills.filter((s) => !s.required).map((s) => this.skills.intern(s.key));
    this.skillOff[slot] = this.skillPool.append([...required, ...preferred]);
    this.skillReq[slot] = required.length;
    this.skillPref[slot] = preferred.length;

    const requirements = postingRequirements(posting);
    const ids = requirements.map((requirement) => {
      const id = this.requirements.intern(requirement.key);
      if (id === this.claims.length)
        this.claims.push({ level: requirement.level, occupationCode: requirement.occupationCode });
      return id;
    });
    const requiredCerts = ids.filter((_, i) => requirements[i]!.required);
    const preferredCerts = ids.filter((_, i) => !requirements[i]!.required);
    this.certOff[slot] = this.certPool.append([...requiredCerts, ...preferredCerts]);
    this.certReq[slot] = requiredCerts.length;
    this.certPref[slot] = preferredCerts.length;
    this.active[slot] = 1;
  }

  private compactIfNeeded(): void {
    for (const [pool, off, req, pref] of [
      [this.skillPool, this.skillOff, this.skillReq, this.skillPref],
      [this.certPool, this.certOff, this.certReq, this.certPref],
    ] as const) {
      if (!pool.needsCompaction) continue;
      const old = pool.data;
      const fresh = new ListPool();
      for (let slot = 0; slot < this.high; slot++) {
        if (!this.active[slot]) continue;
        const start = off[slot]!;
        off[slot] = fresh.append(Array.from(old.subarray(start, start + req[slot]! + pref[slot]!)));
      }
      pool.data = fresh.data;
      pool.length = fresh.length;
      pool.garbage = 0;
    }
  }

  /**
   * The best postings for a person. Penalties (bans until a date) exclude silently; everything else only
   * moves the score.
   */
  rankForReturnee(profile: MatchProfile, options: RankOptions = {}): Ranked {
    const now = options.now ?? Date.now();
    const top = new TopK(options.limit ?? 20);
    const today = vietnamToday(now);
    const EXCLUDED = 255;

    // Occupation: points per distinct posting code (a few hundred), or EXCLUDED under an occupation ban.
    const personCodes = [...profile.desiredOccupations, ...profile.experienceOccupations];
    const bannedCodes: string[] = [];
    for (const ban of profile.bans)
      if (ban.kind === 'occupation-ban' && dayNumber(ban.until) >= today)
        bannedCodes.push(...(ban.occupationCodes ?? []));
    const occPoints = new Uint8Array(this.occupations.size);
    for (let id = 1; id < this.occupations.size; id++) {
      const code = this.occupations.keys[id]!;
      if (bannedCodes.some((banned) => code.startsWith(banned))) {
        occPoints[id] = EXCLUDED;
        continue;
      }
      let fit = 0;
      for (const personCode of personCodes) fit = Math.max(fit, occupationFit(personCode, code));
      occPoints[id] = OCCUPATION_POINTS[fit]!;
    }

    const skillHas = new Uint8Array(this.skills.size);
    for (const skill of profile.skills) skillHas[this.skills.find(skill.key)] = 1;
    skillHas[0] = 0;
    const reqMet = new Uint8Array(this.requirements.size);
    for (let id = 1; id < this.claims.length; id++) {
      const claim = this.claims[id]!;
      for (const held of profile.certificates) {
        if (meetsRequirement(held, claim)) {
          reqMet[id] = 1;
          break;
        }
      }
    }

    // Location points per province, with and without housing; EXCLUDED for banned provinces, and for
    // provinces outside a supervised residence (where only an allowed commune may still qualify).
    const homeProvince = provinceSlot(profile.provinceCode);
    const homeCommune = this.communes.find(profile.communeCode);
    const acceptable = new Uint8Array(PROVINCE_SLOTS);
    for (const code of profile.acceptableProvinces) acceptable[provinceSlot(code)] = 1;
    let provinceBan: Uint8Array | undefined;
    let communeBan: Uint8Array | undefined;
    let allowedProvince: Uint8Array | undefined;
    let allowedCommune: Uint8Array | undefined;
    for (const ban of profile.bans) {
      if (ban.kind === 'occupation-ban' || dayNumber(ban.until) < today) continue;
      const supervised = ban.kind === 'supervised-residence';
      if (supervised) {
        allowedProvince ??= new Uint8Array(PROVINCE_SLOTS);
        allowedCommune ??= new Uint8Array(this.communes.size);
      } else {
        provinceBan ??= new Uint8Array(PROVINCE_SLOTS);
        communeBan ??= new Uint8Array(this.communes.size);
      }
      const provinces = supervised ? allowedProvince! : provinceBan!;
      const communes = supervised ? allowedCommune! : communeBan!;
      for (const code of ban.placeCodes ?? []) {
        if (code.length === 2) provinces[provinceSlot(code)] = 1;
        else communes[this.communes.find(code)] = 1;
      }
    }
    if (communeBan) communeBan[0] = 0;
    if (allowedCommune) allowedCommune[0] = 0;
    const baseHousing = new Uint8Array(PROVINCE_SLOTS);
    const baseNoHousing = new Uint8Array(PROVINCE_SLOTS);
    const locHousing = new Uint8Array(PROVINCE_SLOTS);
    const locNoHousing = new Uint8Array(PROVINCE_SLOTS);
    for (let p = 0; p < PROVINCE_SLOTS; p++) {
      const same = p !== 0 && p === homeProvince;
      const accepted = p !== 0 && acceptable[p] === 1;
      baseHousing[p] = same
        ? LOCATION.province
        : accepted
          ? LOCATION.acceptable
          : profile.willingToRelocate
            ? LOCATION.relocateWithHousing
            : LOCATION.none;
      baseNoHousing[p] = same
        ? LOCATION.province
        : accepted
          ? LOCATION.acceptable
          : profile.willingToRelocate
            ? LOCATION.relocate
            : LOCATION.none;
      const marker = provinceBan?.[p] ? EXCLUDED : allowedProvince && !allowedProvince[p] ? EXCLUDED - 1 : 0;
      locHousing[p] = marker || baseHousing[p]!;
      locNoHousing[p] = marker || baseNoHousing[p]!;
    }

    const expected = profile.expectedWage ?? 0;
    let personTypes = 0;
    for (const type of profile.employmentTypes) personTypes |= employmentTypeBit(type);
    let personShifts = 0;
    for (const shift of profile.shifts) personShifts |= shiftBit(shift);
    const availability = new Uint8Array(64);
    for (let type = 0; type < 8; type++)
      for (let shift = 0; shift < 8; shift++)
        availability[type * 8 + shift] = availabilityPoints(personTypes, type, personShifts, shift);

    const { active, occ, province, commune, housing, pledge, wageTop, typeBit, deadlineAt } = this;
    const shiftBits = this.shiftBit;
    const skillPool = this.skillPool.data;
    const certPool = this.certPool.data;
    const { skillOff, skillReq, skillPref, certOff, certReq, certPref } = this;
    const high = this.high;
    let considered = 0;
    for (let slot = 0; slot < high; slot++) {
      if (!active[slot] || deadlineAt[slot]! < now) continue;
      const occupation = occPoints[occ[slot]!]!;
      if (occupation === EXCLUDED) continue;
      const p = province[slot]!;
      const c = commune[slot]!;
      const withHousing = housing[slot] === 1;
      let location = withHousing ? locHousing[p]! : locNoHousing[p]!;
      if (location >= EXCLUDED - 1) {
        if (location === EXCLUDED || !allowedCommune![c]) continue;
        location = withHousing ? baseHousing[p]! : baseNoHousing[p]!;
      }
      if (communeBan !== undefined && communeBan[c]) continue;
      if (c !== 0 && c === homeCommune) location = LOCATION.commune;
      considered++;
      // Cannot reach the top any more, whatever its skills and conditions: skip the rest.
      if (occupation + location + REST_MAX <= top.threshold) continue;

      let off = skillOff[slot]!;
      const skillsRequired = skillReq[slot]!;
      const skillsPreferred = skillPref[slot]!;
      let num = 0;
      for (let i = 0; i < skillsRequired; i++) num += skillHas[skillPool[off + i]!]! << 1;
      off += skillsRequired;
      for (let i = 0; i < skillsPreferred; i++) num += skillHas[skillPool[off + i]!]!;
      let score =
        occupation + location + SKILL_POINTS[(2 * skillsRequired + skillsPreferred) * POINTS_STRIDE + num]!;

      const certsRequired = certReq[slot]!;
      const certsPreferred = certPref[slot]!;
      if (certsRequired + certsPreferred === 0) score += CERTIFICATES_NEUTRAL;
      else {
        off = certOff[slot]!;
        num = 0;
        for (let i = 0; i < certsRequired; i++) num += reqMet[certPool[off + i]!]! << 1;
        off += certsRequired;
        for (let i = 0; i < certsPreferred; i++) num += reqMet[certPool[off + i]!]!;
        score += CERTIFICATE_POINTS[(2 * certsRequired + certsPreferred) * POINTS_STRIDE + num]!;
      }

      score += wagePoints(expected, wageTop[slot]!) + availability[typeBit[slot]! * 8 + shiftBits[slot]!]!;
      if (pledge[slot]) score += WEIGHTS.fairChance;
      if (score > top.threshold) top.push(score, slot);
    }
    return { items: top.entries(), considered };
  }
}
