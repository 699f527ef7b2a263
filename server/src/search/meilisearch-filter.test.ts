import { describe, expect, it } from 'vitest';
import { settingsMatch, toMeilisearchSettings } from './meilisearch';
import { meilisearchValue, toMeilisearchFilter } from './meilisearch-filter';

describe('toMeilisearchFilter', () => {
  it('translates every kind of condition and ANDs the fields', () => {
    expect(
      toMeilisearchFilter({
        provinceCode: '79',
        fairChancePledge: true,
        benefits: { all: ['housing', 'meals'] },
        occupationCode: { in: ['7212', 7533] },
        wageMin: { gte: 5_000_000, lt: 9_000_000 },
        certificate: { exists: false },
      }),
    ).toBe(
      '(provinceCode = "79") AND (fairChancePledge = "true") AND (benefits = "housing" AND benefits = "meals") AND ' +
        '(occupationCode IN ["7212", 7533]) AND (wageMin >= 5000000 AND wageMin < 9000000) AND (certificate NOT EXISTS)',
    );
  });

  it('gives no filter for an empty one', () => {
    expect(toMeilisearchFilter(undefined)).toBeUndefined();
    expect(toMeilisearchFilter({})).toBeUndefined();
  });

  it('quotes and escapes values so they cannot change the expression', () => {
    expect(meilisearchValue('x" OR provinceCode = "79')).toBe('"x\\" OR provinceCode = \\"79"');
    expect(meilisearchValue('a\\" b')).toBe('"a\\\\\\" b"');
    expect(meilisearchValue('Nhà hàng Sen')).toBe('"Nhà hàng Sen"');
  });

  it('refuses unsafe attribute names and non-finite numbers', () => {
    expect(() => toMeilisearchFilter({ 'a = 1 OR b': 'x' })).toThrow(/Unsafe attribute/);
    expect(() => toMeilisearchFilter({ wage: { gte: Number.NaN } })).toThrow(/finite/);
  });

  it('matches nothing for an empty `in` list', () => {
    expect(toMeilisearchFilter({ provinceCode: { in: [] } })).toBe(
      '((provinceCode EXISTS AND provinceCode NOT EXISTS))',
    );
  });
});

describe('toMeilisearchSettings', () => {
  it('maps synonyms both ways and sets typo tolerance, search cut-off and attributes', () => {
    const settings = toMeilisearchSettings({
      searchableAttributes: ['title', 'skills'],
      filterableAttributes: ['provinceCode'],
      sortableAttributes: ['publishedAt'],
      synonyms: [['tho may', 'cong nhan may']],
    });
    expect(settings.synonyms).toEqual({ 'tho may': ['cong nhan may'], 'cong nhan may': ['tho may'] });
    expect(settings.searchableAttributes).toEqual(['title', 'skills']);
    expect(settings.searchCutoffMs).toBe(200);
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 },
    });
  });
});

describe('settingsMatch', () => {
  const wanted = toMeilisearchSettings({
    searchableAttributes: ['title', 'skills'],
    filterableAttributes: ['provinceCode', 'benefits'],
    sortableAttributes: ['publishedAt'],
    synonyms: [['tho may', 'cong nhan may']],
  });
  // What a server returns: its own order for set-like lists, and defaults for keys we did not set.
  const current = {
    ...wanted,
    filterableAttributes: ['benefits', 'provinceCode'],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    stopWords: [],
  };

  it('ignores list order for sets and the defaults we do not set', () => {
    expect(settingsMatch(current, wanted)).toBe(true);
  });

  it('notices a changed attribute order, value or synonym', () => {
    expect(settingsMatch({ ...current, searchableAttributes: ['skills', 'title'] }, wanted)).toBe(false);
    expect(settingsMatch({ ...current, searchCutoffMs: 1500 }, wanted)).toBe(false);
    expect(
      settingsMatch({ ...current, synonyms: { ...current.synonyms, 'lai xe': ['tai xe'] } }, wanted),
    ).toBe(false);
  });
});
