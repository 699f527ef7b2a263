/**
 * Turns a typed query into what the embedded engine evaluates: clauses that must all match, each an OR of
 * phrases (a synonym group gives several), each phrase an AND of words, each word an OR of index terms
 * (the word itself, its completions when it is being typed, or its typo corrections).
 */
import { foldedWords } from '@ctn/shared';
import type { Vocabulary } from './vocabulary';

export interface TermChoice {
  term: string;
  /** 1 for the word as typed; less for completions and corrections, so exact words rank first. */
  quality: number;
}

/** One query word: any of these index terms. */
export type WordMatch = TermChoice[];
/** Words that must all match. */
export type Phrase = WordMatch[];
/** Phrases of which one must match: a single word, or every phrase of a synonym group. */
export type Clause = Phrase[];

export interface QueryPlan {
  clauses: Clause[];
  /**
   * The same clauses with every synonym group spelled out as its phrases (for the proximity bonus); equal
   * to `clauses` unless `groupTerm` was given.
   */
  expanded: Clause[];
  /** Every index term the plan can match, for highlighting. */
  terms: Set<string>;
}

export const MATCH_QUALITY = {
  exact: 1,
  prefix: 0.8,
  oneTypo: 0.55,
  twoTypos: 0.45,
  /** Taken off per rank for the less frequent of several corrections ("prefer frequent words"). */
  rankPenalty: 0.02,
} as const;

/** Like Meilisearch: words after the tenth are ignored. */
export const MAX_QUERY_WORDS = 10;
const MAX_COMPLETIONS = 30;
const MAX_CORRECTIONS = 5;

/** Synonym groups as folded word sequences, looked up by their first word. */
export class SynonymTable {
  private readonly byFirstWord = new Map<string, { words: string[]; group: string[][]; index: number }[]>();
  /** Every group's phrases, by group number (groups with fewer than two phrases are left out). */
  readonly groups: string[][][] = [];

  constructor(groups: string[][] = []) {
    for (const group of groups) {
      const phrases = group.map((phrase) => foldedWords(phrase)).filter((words) => words.length > 0);
      if (phrases.length < 2) continue;
      const index = this.groups.length;
      this.groups.push(phrases);
      for (const words of phrases) {
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, group: phrases, index });
        // Longest phrases first, so "cong nhan may" wins over a shorter "cong nhan".
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(words[0]!, list);
      }
    }
  }

  /** The longest synonym phrase starting at `words[start]`, with all the phrases of its group. */
  match(words: string[], start: number): { length: number; phrases: string[][]; group: number } | undefined {
    for (const { words: phrase, group, index } of this.byFirstWord.get(words[start]!) ?? []) {
      if (start + phrase.length > words.length) continue;
      if (phrase.every((word, i) => words[start + i] === word))
        return { length: phrase.length, phrases: group, group: index };
    }
    return undefined;
  }
}

/** The last word is still being typed unless the query ends with a space or punctuation. */
function endsInWord(query: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(query);
}

function wordChoices(word: string, isPrefix: boolean, vocabulary: Vocabulary): WordMatch {
  const known = vocabulary.has(word);
  const choices: WordMatch = known ? [{ term: word, quality: MATCH_QUALITY.exact }] : [];
  if (isPrefix) {
    for (const completion of vocabulary.completions(word, MAX_COMPLETIONS)) {
      choices.push({ term: completion.term, quality: MATCH_QUALITY.prefix });
    }
  }
  if (choices.length > 0) return choices;
  return vocabulary.corrections(word, MAX_CORRECTIONS).map((correction, rank) => ({
    term: correction.term,
    quality:
      (correction.distance === 1 ? MATCH_QUALITY.oneTypo : MATCH_QUALITY.twoTypos) -
      rank * MATCH_QUALITY.rankPenalty,
  }));
}

/**
 * `groupTerm`, when given, names the index term that a synonym group's documents carry (the embedded
 * engine adds it at index time): the group is then one term to look up instead of every word of every
 * phrase.
 */
export function planQuery(
  query: string,
  vocabulary: Vocabulary,
  synonyms: SynonymTable,
  groupTerm?: (group: number) => string,
): QueryPlan {
  const words = foldedWords(query).slice(0, MAX_QUERY_WORDS);
  const prefixAt = endsInWord(query) ? words.length - 1 : -1;
  const clauses: Clause[] = [];
  const expanded: Clause[] = [];
  const terms = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const synonym = synonyms.match(words, i);
    if (synonym) {
      // Every phrase of the group is an equal alternative, whichever one was typed, so "tho may" and
      // "cong nhan may" give the same clause and therefore the same results.
      const spelledOut = synonym.phrases.map((phrase) =>
        phrase.map((term) => [{ term, quality: MATCH_QUALITY.exact }]),
      );
      expanded.push(spelledOut);
      clauses.push(
        groupTerm ? [[[{ term: groupTerm(synonym.group), quality: MATCH_QUALITY.exact }]]] : spelledOut,
      );
      for (const phrase of synonym.phrases) for (const term of phrase) terms.add(term);
      i += synonym.length;
      continue;
    }
    const choices = wordChoices(words[i]!, i === prefixAt, vocabulary);
    clauses.push([[choices]]);
    expanded.push([[choices]]);
    for (const choice of choices) terms.add(choice.term);
    i += 1;
  }
  return { clauses, expanded, terms };
}
