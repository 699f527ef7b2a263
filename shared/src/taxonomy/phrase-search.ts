/**
 * Ranking of short folded phrases (names and synonyms) against what a person is typing, shared by the
 * occupation and skill lookups. Typeahead-friendly: "tho ha" already finds "thợ hàn".
 */
import { foldedKey } from '../text/fold';

export interface Phrase {
  /** Folded with foldedKey. */
  text: string;
  /** Added to the match score so an official or colloquial Vietnamese name beats an English one. */
  bonus: number;
}

export const EXACT = 100;
const PREFIX = 90;
const WORD_PREFIX = 75;
const ALL_WORDS = 60;

/** How well one folded phrase answers a folded query; 0 when it does not. */
export function phraseScore(phrase: string, query: string, queryWords: readonly string[]): number {
  if (phrase === query) return EXACT;
  if (phrase.startsWith(query)) return PREFIX;
  if (phrase.includes(` ${query}`)) return WORD_PREFIX;
  const words = phrase.split(' ');
  // Every typed word starts some word of the phrase, in any order: "may cong nghiep" ↔ "công nhân may công nghiệp".
  if (queryWords.length > 1 && queryWords.every((typed) => words.some((word) => word.startsWith(typed)))) {
    return ALL_WORDS;
  }
  return 0;
}

export function bestScore(phrases: readonly Phrase[], query: string, queryWords: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) {
    const score = phraseScore(phrase.text, query, queryWords);
    if (score > 0 && score + phrase.bonus > best) best = score + phrase.bonus;
  }
  return best;
}

export function foldedQuery(query: string): { key: string; words: string[] } {
  const key = foldedKey(query);
  return { key, words: key ? key.split(' ') : [] };
}
