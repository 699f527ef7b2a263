import { describe, expect, it } from 'vitest';
import { explainMatch, isExcluded, naiveScore } from './explain';
import { PostingIndex } from './posting-index';
import { ReturneeIndex } from './returnee-index';
import type { MatchablePosting, MatchProfile } from './types';

const NOW = Date.parse('2026-03-01T03:00:00Z');
const KINH_BAC = '09187';
const VO_CUONG = '09190';

function posting(overrides: Partial<MatchablePosting> & { id: string }): MatchablePosting {
  return {
    employerId: 'e1',
    employerName: 'Công ty Cơ khí',
    fairChancePledge: false,
    title: 'Thợ hàn',
    occupationCode: '7212',
    requiredSkills: [],
    preferredSkills: [],
    requiredCertificates: [],
    preferredCertificates: [],
    wageMin: 8_000_000,
    wageMax: 12_000_000,
    employmentType: 'full-time',
    shift: 'day',
    benefits: [],
    provinceCode: '24',
    communeCode: KINH_BAC,
    deadline: '2026-04-30',
    deadlineAt: Date.parse('2026-04-30T16:59:59Z'),
    ...overrides,
  };
}

function person(overrides: Partial<MatchProfile> & { id: string }): MatchProfile {
  return {
    anonymousCode: overrides.id.toUpperCase().slice(0, 4),
    status: 'seeking',
    provinceCode: '24',
    communeCode: KINH_BAC,
    desiredOccupations: [],
    experienceOccupations: [],
    skills: [],
    certificates: [],
    acceptableProvinces: [],
    willingToRelocate: false,
    shifts: [],
    employmentTypes: [],
    bans: [],
    matchingConsent: true,
    ...overrides,
  };
}

const weldingJob = posting({
  id: 'weld',
  title: 'Thợ hàn điện bậc 2',
  requiredSkills: [{ id: 'han-que', name: 'Hàn que' }],
  preferredSkills: [{ id: 'han-mig', name: 'Hàn MIG/MAG' }],
  requiredCertificates: [
    { level: 'ky-nang-nghe-bac-2', occupationCode: '7212', name: 'Chứng chỉ Hàn điện bậc 2' },
  ],
});
const sewingJob = posting({
  id: 'sew',
  title: 'Công nhân may',
  occupationCode: '7533',
  employerName: 'May Sông Hồng',
});
const guardJob = posting({ id: 'guard', title: 'Bảo vệ ca đêm', occupationCode: '5414', shift: 'night' });

const certifiedWelder = person({
  id: 'certified',
  desiredOccupations: ['7212'],
  skills: [{ key: 'han-que', label: 'Hàn que' }],
  certificates: [{ level: 'ky-nang-nghe-bac-2', occupationCode: '7212', verified: true }],
});
const uncertifiedWelder = person({
  id: 'uncertified',
  provinceCode: '01',
  communeCode: '00070',
  acceptableProvinces: ['24'],
  desiredOccupations: ['7212'],
  skills: [{ key: 'han-que', label: 'Hàn que' }],
});

function indexOf(postings: MatchablePosting[]) {
  const index = new PostingIndex();
  index.upsert(postings);
  return index;
}
function rankedIds(index: PostingIndex, profile: MatchProfile) {
  return index.rankForReturnee(profile, { now: NOW, limit: 50 }).items.map(({ slot }) => index.at(slot)!.id);
}

describe('ranking postings for a person', () => {
  it('puts the welding job first for a certified welder, with reasons in both languages', () => {
    const index = indexOf([sewingJob, guardJob, weldingJob]);
    const ranked = index.rankForReturnee(certifiedWelder, { now: NOW });
    expect(index.at(ranked.items[0]!.slot)!.id).toBe('weld');
    const explained = explainMatch(certifiedWelder, weldingJob, { now: NOW });
    expect(explained.score).toBe(ranked.items[0]!.score);
    const vi = explained.reasons.map((r) => r.vi);
    expect(vi).toContain('Cùng xã');
    expect(vi).toContain('Có chứng chỉ Hàn điện bậc 2 (đã xác minh)');
    expect(vi.some((text) => text.startsWith('Đúng nghề mong muốn'))).toBe(true);
    expect(explained.reasons.map((r) => r.en)).toContain('Same commune');
    expect(explained.gaps).toEqual([]);
  });

  it('never offers a posting in a banned occupation, until the ban has expired', () => {
    const index = indexOf([weldingJob, guardJob, sewingJob]);
    const banned = person({
      ...certifiedWelder,
      id: 'banned',
      bans: [{ kind: 'occupation-ban', occupationCodes: ['72'], until: '2027-01-01' }],
    });
    expect(rankedIds(index, banned)).not.toContain('weld');
    expect(rankedIds(index, banned)).toEqual(expect.arrayContaining(['guard', 'sew']));
    expect(isExcluded(banned, weldingJob, NOW)).toBe(true);

    const expired = {
      ...banned,
      bans: [{ kind: 'occupation-ban' as const, occupationCodes: ['72'], until: '2026-02-28' }],
    };
    expect(rankedIds(index, expired)[0]).toBe('weld');
    // The last day of the ban still counts (Vietnam's date).
    const lastDay = {
      ...banned,
      bans: [{ kind: 'occupation-ban' as const, occupationCodes: ['7212'], until: '2026-03-01' }],
    };
    expect(rankedIds(index, lastDay)).not.toContain('weld');
  });

  it('keeps out banned places and places outside supervised residence, silently', () => {
    const hanoiJob = posting({ id: 'hanoi', provinceCode: '01', communeCode: '00070' });
    const index = indexOf([weldingJob, hanoiJob]);
    const placeBan = person({
      ...certifiedWelder,
      id: 'placeban',
      willingToRelocate: true,
      bans: [{ kind: 'place-ban', placeCodes: ['01'], until: '2028-01-01' }],
    });
    expect(rankedIds(index, placeBan)).toEqual(['weld']);
    const supervised = person({
      ...certifiedWelder,
      id: 'supervised',
      willingToRelocate: true,
      bans: [{ kind: 'supervised-residence', placeCodes: [VO_CUONG], until: '2028-01-01' }],
    });
    expect(rankedIds(index, supervised)).toEqual([]);
    const supervisedProvince = { ...supervised, bans: [{ ...supervised.bans[0]!, placeCodes: ['24'] }] };
    expect(rankedIds(index, supervisedProvince)).toEqual(['weld']);
    for (const text of explainMatch(placeBan, weldingJob, { now: NOW }).reasons.map((r) => r.vi))
      expect(text).not.toMatch(/cấm|án|quản chế/i);
  });

  it('shows a missing required certificate as a gap with a way to get it, not as an exclusion', () => {
    const index = indexOf([weldingJob]);
    const noCert = person({ ...certifiedWelder, id: 'nocert', certificates: [] });
    expect(rankedIds(index, noCert)).toEqual(['weld']);
    const explained = explainMatch(noCert, weldingJob, { now: NOW });
    const gap = explained.gaps.find((g) => g.factor === 'certificates');
    expect(gap?.vi).toBe('Chưa có chứng chỉ Hàn điện bậc 2');
    expect(gap?.suggestion?.vi).toMatch(/đánh giá kỹ năng nghề/);
    expect(explained.score).toBeLessThan(explainMatch(certifiedWelder, weldingJob, { now: NOW }).score);
    // Employers see the gap, not the advice meant for the person.
    expect(
      explainMatch(noCert, weldingJob, { now: NOW, audience: 'employer' }).gaps[0]?.suggestion,
    ).toBeUndefined();
  });

  it('meets a requirement with a higher level, and an occupation group with a specific certificate', () => {
    const groupJob = posting({
      id: 'group',
      requiredCertificates: [
        { level: 'ky-nang-nghe-bac-1', occupationCode: '721', name: 'Bậc 1 nghề kim loại' },
      ],
    });
    expect(explainMatch(certifiedWelder, groupJob, { now: NOW }).points.certificates).toBe(15);
  });

  it('ranks same commune > same province > acceptable province > relocation with housing', () => {
    const base = { occupationCode: '9329', requiredSkills: [], wageMin: 0, wageMax: 0 };
    const jobs = [
      posting({
        id: 'relocate-housing',
        ...base,
        provinceCode: '79',
        communeCode: undefined,
        benefits: ['housing'],
      }),
      posting({ id: 'acceptable', ...base, provinceCode: '01', communeCode: undefined }),
      posting({ id: 'province', ...base, communeCode: VO_CUONG }),
      posting({ id: 'commune', ...base }),
      posting({ id: 'relocate', ...base, provinceCode: '48', communeCode: undefined }),
    ];
    const mover = person({ id: 'mover', acceptableProvinces: ['01'], willingToRelocate: true });
    expect(rankedIds(indexOf(jobs), mover)).toEqual([
      'commune',
      'province',
      'acceptable',
      'relocate-housing',
      'relocate',
    ]);
  });

  it('excludes postings past their deadline and follows upserts and removals', () => {
    const index = indexOf([weldingJob, sewingJob]);
    index.upsert([{ ...sewingJob, deadlineAt: NOW - 1 }]);
    expect(rankedIds(index, certifiedWelder)).toEqual(['weld']);
    index.remove(['weld']);
    expect(rankedIds(index, certifiedWelder)).toEqual([]);
    index.upsert([weldingJob, guardJob]);
    expect(rankedIds(index, certifiedWelder)).toEqual(['weld', 'guard']);
    expect(index.size).toBe(3);
  });

  it('talks about wage figures only to the person', () => {
    const picky = person({ ...certifiedWelder, id: 'picky', expectedWage: 15_000_000 });
    const forPerson = explainMatch(picky, weldingJob, { now: NOW });
    expect(forPerson.gaps.find((g) => g.factor === 'wage')?.vi).toMatch(/15\.000\.000/);
    const forEmployer = explainMatch(picky, weldingJob, { now: NOW, audience: 'employer' });
    expect(JSON.stringify(forEmployer)).not.toMatch(/15[.,]000[.,]000/);
  });
});

describe('ranking candidates for a posting', () => {
  it('puts the certified welder of the same commune above an uncertified one from another province', () => {
    const index = new ReturneeIndex();
    const stranger = person({ id: 'stranger', desiredOccupations: ['5223'] });
    index.upsert([stranger, uncertifiedWelder, certifiedWelder]);
    const ranked = index.rankForPosting(weldingJob, { now: NOW });
    expect(ranked.items.map(({ slot }) => index.idAt(slot))).toEqual([
      'certified',
      'uncertified',
      'stranger',
    ]);
    expect(ranked.items[0]!.score).toBe(explainMatch(certifiedWelder, weldingJob, { now: NOW }).score);
    expect(ranked.items[1]!.score).toBe(explainMatch(uncertifiedWelder, weldingJob, { now: NOW }).score);
  });

  it('suggests only people who consented and are looking, and never someone banned from the job', () => {
    const index = new ReturneeIndex();
    index.upsert([
      certifiedWelder,
      person({ ...uncertifiedWelder, id: 'noconsent', matchingConsent: false }),
      person({ ...certifiedWelder, id: 'employed', status: 'employed' }),
      person({
        ...certifiedWelder,
        id: 'banned',
        bans: [{ kind: 'occupation-ban', occupationCodes: ['7212'], until: '2030-01-01' }],
      }),
      person({
        ...certifiedWelder,
        id: 'expired',
        bans: [{ kind: 'occupation-ban', occupationCodes: ['7212'], until: '2025-01-01' }],
      }),
    ]);
    const ids = index.rankForPosting(weldingJob, { now: NOW }).items.map(({ slot }) => index.idAt(slot));
    expect(ids.sort()).toEqual(['certified', 'expired']);
    index.setConsent('noconsent', true);
    expect(
      index.rankForPosting(weldingJob, { now: NOW }).items.map(({ slot }) => index.idAt(slot)),
    ).toContain('noconsent');
    // Staff views may include people without the consent (never employers).
    expect(index.rankForPosting(weldingJob, { now: NOW, consentedOnly: false }).considered).toBe(3);
  });

  it('rebuilds the profile it was given from the columns', () => {
    const index = new ReturneeIndex();
    const full = person({
      id: 'full',
      desiredOccupations: ['7212', '72'],
      experienceOccupations: ['7233'],
      skills: [
        { key: 'han-que', label: 'Hàn que (hàn hồ quang tay)' },
        { key: 'free:lam vuon', label: 'làm vườn' },
      ],
      certificates: [{ level: 'gplx-c', verified: false }],
      acceptableProvinces: ['01', '96'],
      willingToRelocate: true,
      expectedWage: 9_000_000,
      availableFrom: '2026-03-15',
      shifts: ['night'],
      employmentTypes: ['full-time', 'seasonal'],
      bans: [{ kind: 'place-ban', placeCodes: ['79'], until: '2027-05-01' }],
    });
    index.upsert([full]);
    expect(index.profile('full')).toEqual(full);
  });
});

describe('the fast paths agree with the explanation', () => {
  it('on random people and postings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const some = <T>(items: readonly T[], n: number) => [
      ...new Set(Array.from({ length: n }, () => pick(items))),
    ];
    const occupations = ['7212', '7213', '7233', '7533', '5414', '8332', '9329', '72', '7'];
    const skills = ['han-que', 'han-mig', 'han-tig', 'free:cham chi', 'free:lam vuon'];
    const levels = [
      'ky-nang-nghe-bac-1',
      'ky-nang-nghe-bac-2',
      'ky-nang-nghe-bac-3',
      'so-cap',
      'trung-cap',
      'gplx-b',
      'gplx-c',
    ];
    const provinces = ['24', '01', '79', '48'];
    const communes = [KINH_BAC, VO_CUONG, '00070', undefined];
    const postings = Array.from({ length: 60 }, (_, i) =>
      posting({
        id: `p${i}`,
        occupationCode: pick(occupations.filter((c) => c.length === 4)),
        requiredSkills: some(skills, 2).map((id) =>
          id.startsWith('free:') ? { name: id.slice(5) } : { id, name: id },
        ),
        preferredSkills: some(skills, 2).map((id) =>
          id.startsWith('free:') ? { name: id.slice(5) } : { id, name: id },
        ),
        requiredCertificates:
          random() < 0.5
            ? [{ level: pick(levels), occupationCode: random() < 0.5 ? '7212' : undefined, name: 'x' }]
            : [],
        preferredCertificates: random() < 0.3 ? [{ level: pick(levels), name: 'y' }] : [],
        provinceCode: pick(provinces),
        communeCode: pick(communes),
        benefits: random() < 0.5 ? ['housing'] : [],
        wageMax: Math.floor(random() * 20) * 1_000_000,
        wageMin: 0,
        shift: pick(['day', 'night', 'rotating']),
        employmentType: pick(['full-time', 'part-time', 'seasonal']),
        fairChancePledge: random() < 0.5,
      }),
    );
    const people = Array.from({ length: 40 }, (_, i) =>
      person({
        id: `r${i}`,
        provinceCode: pick(provinces),
        communeCode: pick(communes),
        desiredOccupations: some(occupations, 2),
        experienceOccupations: random() < 0.5 ? [pick(occupations)] : [],
        skills: some(skills, 3).map((key) => ({ key, label: key })),
        certificates: some(levels, 2).map((level) => ({
          level,
          occupationCode: random() < 0.5 ? '7212' : undefined,
          verified: random() < 0.5,
        })),
        acceptableProvinces: some(provinces, 2),
        willingToRelocate: random() < 0.5,
        expectedWage: random() < 0.7 ? Math.floor(random() * 15) * 1_000_000 : undefined,
        shifts: some(['day', 'night', 'rotating'], Math.floor(random() * 3)),
        employmentTypes: some(['full-time', 'part-time', 'seasonal'], Math.floor(random() * 3)),
        bans:
          random() < 0.3
            ? [
                {
                  kind: 'occupation-ban',
                  occupationCodes: [pick(occupations)],
                  until: pick(['2025-01-01', '2027-01-01']),
                },
              ]
            : [],
      }),
    );
    const postingIndex = indexOf(postings);
    const returneeIndex = new ReturneeIndex();
    returneeIndex.upsert(people);
    for (const profile of people) {
      const ranked = postingIndex.rankForReturnee(profile, { now: NOW, limit: 100 });
      const expected = postings
        .map((p) => ({ id: p.id, score: naiveScore(profile, p, NOW) }))
        .filter((e) => e.score !== undefined);
      expect(ranked.considered).toBe(expected.length);
      for (const { slot, score } of ranked.items) {
        const p = postingIndex.at(slot)!;
        expect(score, `${profile.id} × ${p.id}`).toBe(explainMatch(profile, p, { now: NOW }).score);
        expect(score).toBe(naiveScore(profile, p, NOW));
      }
    }
    // With a small top, pruning (skipping what cannot make it) keeps exactly the best scores.
    for (const profile of people) {
      const best = postings
        .map((p) => naiveScore(profile, p, NOW))
        .filter((score): score is number => score !== undefined)
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(postingIndex.rankForReturnee(profile, { now: NOW, limit: 5 }).items.map((i) => i.score)).toEqual(
        best,
      );
    }
    for (const p of postings) {
      const best = people
        .filter((r) => r.matchingConsent)
        .map((r) => naiveScore(r, p, NOW))
        .filter((score): score is number => score !== undefined)
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(returneeIndex.rankForPosting(p, { now: NOW, limit: 5 }).items.map((i) => i.score)).toEqual(best);
    }
    for (const p of postings) {
      const ranked = returneeIndex.rankForPosting(p, { now: NOW, limit: 100 });
      for (const { slot, score } of ranked.items) {
        const profile = people.find((r) => r.id === returneeIndex.idAt(slot))!;
        expect(score, `${profile.id} × ${p.id}`).toBe(naiveScore(profile, p, NOW));
      }
      expect(ranked.considered).toBe(people.filter((r) => naiveScore(r, p, NOW) !== undefined).length);
    }
  });
});

describe('the id table', () => {
  it('finds, forgets and finds again thousands of ObjectIds, and rebuilds them from the words', async () => {
    const { IdTable } = await import('./id-table');
    const table = new IdTable();
    const ids = Array.from({ length: 5000 }, (_, i) =>
      (0x65c0000000 + i * 7919).toString(16).padStart(24, 'a'),
    );
    table.reserve(ids.length);
    ids.forEach((id, slot) => {
      table.set(id, slot);
    });
    expect(table.count).toBe(5000);
    expect(ids.every((id, slot) => table.get(id) === slot && table.idAt(slot) === id)).toBe(true);
    for (const id of ids.slice(0, 2500)) table.delete(id);
    expect(table.get(ids[0]!)).toBeUndefined();
    expect(table.get(ids[4999]!)).toBe(4999);
    ids.slice(0, 2500).forEach((id, slot) => {
      table.set(id, slot);
    });
    expect(table.count).toBe(5000);
    expect(ids.every((id, slot) => table.get(id) === slot)).toBe(true);
    table.set('not-an-object-id', 5000);
    expect(table.get('not-an-object-id')).toBe(5000);
    expect(table.idAt(5000)).toBe('not-an-object-id');
  });
});
