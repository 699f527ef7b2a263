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
  certificatePoints,
  dayNumber,
  employmentTypeBit,
  LOCATION,
  OCCUPATION_POINTS,
  shiftBit,
  skillPoints,
  vietnamToday,
  WEIGHTS,
  wagePoints,
} from './scoring';
import { TopK } from './topk';
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

  readonly occupations = new Interner();
  readonly skills = new Interner();
  readonly communes = new Interner();
  readonly requirements = new Interner();
  private readonly claims: { level: string; occupationCode?: string }[] = [{ level: '' }];

  private active = new Uint8Array(0);
  /** Occupation prefix ids of lengths 1–4 (0 = none). */
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
    this.occ = grow32(this.occ, 4);
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
    const code = posting.occupationCode;
    for (let length = 1; length <= 4; length++)
      this.occ[slot * 4 + length - 1] =
        code.length >= length ? this.occupations.intern(code.slice(0, length)) : 0;
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

    // The person's features as lookup tables over this index's ids.
    const occMark = new Uint8Array(this.occupations.size);
    for (const code of [...profile.desiredOccupations, ...profile.experienceOccupations]) {
      for (let length = 1; length < code.length; length++) {
        const id = this.occupations.find(code.slice(0, length));
        if (id && occMark[id]! < length) occMark[id] = length;
      }
      const id = this.occupations.find(code);
      if (id) occMark[id] = 4;
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
    const homeProvince = provinceSlot(profile.provinceCode);
    const homeCommune = this.communes.find(profile.communeCode);
    const acceptable = new Uint8Array(PROVINCE_SLOTS);
    for (const code of profile.acceptableProvinces) acceptable[provinceSlot(code)] = 1;
    acceptable[0] = 0;
    const relocate = profile.willingToRelocate;

    // Penalties in force today.
    const today = vietnamToday(now);
    let occBan: Uint8Array | undefined;
    let provinceBan: Uint8Array | undefined;
    let communeBan: Uint8Array | undefined;
    let allowedProvince: Uint8Array | undefined;
    let allowedCommune: Uint8Array | undefined;
    for (const ban of profile.bans) {
      if (dayNumber(ban.until) < today) continue;
      if (ban.kind === 'occupation-ban') {
        occBan ??= new Uint8Array(this.occupations.size);
        for (const code of ban.occupationCodes ?? []) occBan[this.occupations.find(code)] = 1;
        occBan[0] = 0;
      } else {
        const supervised = ban.kind === 'supervised-residence';
        if (supervised) {
          allowedProvince ??= new Uint8Array(PROVINCE_SLOTS);
          allowedCommune ??= new Uint8Array(this.communes.size);
        } else {
          provinceBan ??= new Uint8Array(PROVINCE_SLOTS);
          communeBan ??= new Uint8Array(this.communes.size);
        }
        for (const code of ban.placeCodes ?? []) {
          if (code.length === 2) (supervised ? allowedProvince! : provinceBan!)[provinceSlot(code)] = 1;
          else (supervised ? allowedCommune! : communeBan!)[this.communes.find(code)] = 1;
        }
        (supervised ? allowedProvince! : provinceBan!)[0] = 0;
        (supervised ? allowedCommune! : communeBan!)[0] = 0;
      }
    }

    const expected = profile.expectedWage ?? 0;
    let personTypes = 0;
    for (const type of profile.employmentTypes) personTypes |= employmentTypeBit(type);
    let personShifts = 0;
    for (const shift of profile.shifts) personShifts |= shiftBit(shift);

    const { active, occ, province, commune, housing, pledge, wageTop, typeBit, deadlineAt } = this;
    const shiftBits = this.shiftBit;
    const skillPool = this.skillPool.data;
    const certPool = this.certPool.data;
    let considered = 0;
    for (let slot = 0; slot < this.high; slot++) {
      if (!active[slot] || deadlineAt[slot]! < now) continue;
      const o = slot * 4;
      const o1 = occ[o]!;
      const o2 = occ[o + 1]!;
      const o3 = occ[o + 2]!;
      const o4 = occ[o + 3]!;
      if (occBan && (occBan[o1] || occBan[o2] || occBan[o3] || occBan[o4])) continue;
      const p = province[slot]!;
      const c = commune[slot]!;
      if (provinceBan && (provinceBan[p] || communeBan![c])) continue;
      if (allowedProvince && !(allowedProvince[p] || allowedCommune![c])) continue;
      considered++;

      let fit = occMark[o1]!;
      if (occMark[o2]! > fit) fit = occMark[o2]!;
      if (occMark[o3]! > fit) fit = occMark[o3]!;
      if (occMark[o4]! > fit) fit = occMark[o4]!;
      let score = OCCUPATION_POINTS[fit]!;

      let off = this.skillOff[slot]!;
      const skillsRequired = this.skillReq[slot]!;
      const skillsPreferred = this.skillPref[slot]!;
      let num = 0;
      for (let i = 0; i < skillsRequired; i++) if (skillHas[skillPool[off + i]!]) num += 2;
      off += skillsRequired;
      for (let i = 0; i < skillsPreferred; i++) if (skillHas[skillPool[off + i]!]) num += 1;
      score += skillPoints(num, 2 * skillsRequired + skillsPreferred);

      off = this.certOff[slot]!;
      const certsRequired = this.certReq[slot]!;
      const certsPreferred = this.certPref[slot]!;
      num = 0;
      for (let i = 0; i < certsRequired; i++) if (reqMet[certPool[off + i]!]) num += 2;
      off += certsRequired;
      for (let i = 0; i < certsPreferred; i++) if (reqMet[certPool[off + i]!]) num += 1;
      score += certificatePoints(num, 2 * certsRequired + certsPreferred);

      if (c !== 0 && c === homeCommune) score += LOCATION.commune;
      else if (p === homeProvince) score += LOCATION.province;
      else if (acceptable[p]) score += LOCATION.acceptable;
      else if (relocate) score += housing[slot] ? LOCATION.relocateWithHousing : LOCATION.relocate;

      score += wagePoints(expected, wageTop[slot]!);
      score += availabilityPoints(personTypes, typeBit[slot]!, personShifts, shiftBits[slot]!);
      if (pledge[slot]) score += WEIGHTS.fairChance;
      if (score > top.threshold) top.push(score, slot);
    }
    return { items: top.entries(), considered };
  }
}
