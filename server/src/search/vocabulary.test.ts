import { describe, expect, it } from 'vitest';
import { damerauDistance, maxTyposFor, Vocabulary } from './vocabulary';

/** A vocabulary where each word occurs in as many documents as given. */
function vocabularyOf(frequencies: Record<string, number>): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const [word, frequency] of Object.entries(frequencies)) {
    vocabulary.count(vocabulary.intern(word), frequency);
  }
  return vocabulary;
}

describe('damerauDistance', () => {
  it('counts substitutions, insertions, deletions and transpositions of neighbours as one edit', () => {
    expect(damerauDistance('han', 'han', 2)).toBe(0);
    expect(damerauDistance('hna', 'han', 2)).toBe(1);
    expect(damerauDistance('hon', 'han', 2)).toBe(1);
    expect(damerauDistance('ha', 'han', 2)).toBe(1);
    expect(damerauDistance('hann', 'han', 2)).toBe(1);
    expect(damerauDistance('nha', 'han', 2)).toBe(2);
    expect(damerauDistance('vinatexx', 'vinatex', 2)).toBe(1);
  });

  it('stops early above the limit', () => {
    expect(damerauDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(damerauDistance('a', 'abcd', 1)).toBe(2);
  });
});

describe('maxTyposFor', () => {
  it('allows no typo below 3 letters, one from 3 and two from 8', () => {
    expect([1, 2, 3, 7, 8, 12].map(maxTyposFor)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('Vocabulary.corrections (typo corrector)', () => {
  const vocabulary = vocabularyOf({
    han: 40,
    hang: 300,
    hanh: 120,
    hoa: 80,
    tho: 500,
    nha: 200,
    ha: 900,
    vinatex: 12,
  });

  it('corrects a transposition in a 3-letter syllable: "hna" → "han"', () => {
    expect(vocabulary.corrections('hna').map((c) => c.term)).toContain('han');
  });

  it('keeps only the smallest distance and prefers frequent words', () => {
    const corrections = vocabulary.corrections('hanq');
    expect(corrections.map((c) => c.term)).toEqual(['hang', 'hanh', 'han']);
    expect(corrections.every((c) => c.distance === 1)).toBe(true);
  });

  it('never corrects a word the index knows', () => {
    expect(vocabulary.corrections('han')).toEqual([]);
    expect(vocabulary.corrections('tho')).toEqual([]);
  });

  it('allows two typos from 8 letters only', () => {
    expect(vocabulary.corrections('vinateks').map((c) => c.term)).toEqual(['vinatex']);
    expect(vocabulary.corrections('vinatexss').map((c) => c.term)).toEqual(['vinatex']);
    expect(vocabulary.corrections('vnatek')).toEqual([]);
    expect(vocabularyOf({ thanh: 5 }).corrections('thnah')).toEqual([
      { term: 'thanh', distance: 1, frequency: 5 },
    ]);
    expect(vocabularyOf({ thanh: 5 }).corrections('tnahx')).toEqual([]);
  });

  it('leaves short words and numbers alone', () => {
    expect(vocabulary.corrections('hx')).toEqual([]);
    expect(vocabularyOf({ '2025': 3 }).corrections('2026')).toEqual([]);
  });

  it('forgets words no document contains any more', () => {
    const changing = vocabularyOf({ han: 1 });
    expect(changing.corrections('hna').map((c) => c.term)).toEqual(['han']);
    changing.count(changing.intern('han'), -1);
    expect(changing.has('han')).toBe(false);
    expect(changing.corrections('hna')).toEqual([]);
  });
});

describe('Vocabulary.completions', () => {
  it('lists longer known words with the prefix, most frequent first', () => {
    const vocabulary = vocabularyOf({ han: 40, hang: 300, hanh: 120, ha: 900, hoa: 80 });
    expect(vocabulary.completions('ha').map((c) => c.term)).toEqual(['hang', 'hanh', 'han']);
    expect(vocabulary.completions('han', 1).map((c) => c.term)).toEqual(['hang']);
    expect(vocabulary.completions('x')).toEqual([]);
  });

  it('sees words added after an earlier lookup', () => {
    const vocabulary = vocabularyOf({ han: 1 });
    expect(vocabulary.completions('ha').map((c) => c.term)).toEqual(['han']);
    vocabulary.count(vocabulary.intern('hat'), 2);
    expect(vocabulary.completions('ha').map((c) => c.term)).toEqual(['hat', 'han']);
  });
});
