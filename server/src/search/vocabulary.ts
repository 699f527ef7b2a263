/**
 * The folded words of one index with their document frequencies, plus the two look-ups query planning
 * needs: typo corrections (SymSpell-style: pre-computed deletes, verified by Damerau distance) and prefix
 * completions. Vietnamese syllables are short (2–7 letters), so even a 3-letter word gets one typo; words
 * of 8 letters or more (brand names, loanwords) get two.
 */

export interface Correction {
  term: string;
  distance: number;
  /** Documents containing the term. */
  frequency: number;
}

/** Typos allowed in a query word of this length: none below 3 letters, 2 from 8 letters. */
export function maxTyposFor(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a transposition of neighbours counts as
 * one edit), or `max + 1` as soon as the distance is known to exceed `max`.
 */
export function damerauDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // Three rows are enough for transpositions: the one before the previous, the previous and the current.
  let older = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, older[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [older, previous, current] = [previous, current, older];
  }
  return previous[b.length]!;
}

/** Every string reachable from `word` by deleting up to `distance` characters (the word itself included). */
function deletesOf(word: string, distance: number, into: Set<string> = new Set()): Set<string> {
  into.add(word);
  if (distance === 0 || word.length <= 1) return into;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) deletesOf(shorter, distance - 1, into);
  }
  return into;
}

const DIGITS = /^\d+$/;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private frequencies = new Int32Array(1024);
  /** delete variant → ids of the terms it was derived from (a number for the common single-term case). */
  private readonly deletes = new Map<string, number | number[]>();
  private sorted: string[] | undefined;
  private readonly completionCache = new Map<string, Correction[]>();

  get size(): number {
    return this.terms.length;
  }

  /** Id of a term, registering it (with its deletes) the first time it is seen. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.frequencies.length) {
      const grown = new Int32Array(this.frequencies.length * 2);
      grown.set(this.frequencies);
      this.frequencies = grown;
    }
    this.indexDeletes(term, id);
    this.sorted = undefined;
    return id;
  }

  /** Adjust a term's document frequency (+1 when a document containing it arrives, −1 when it leaves). */
  count(id: number, delta: number): void {
    const before = this.frequencies[id]!;
    this.frequencies[id] = before + delta;
    if (before === 0 || before + delta === 0) this.completionCache.clear();
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  frequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.frequencies[id]!;
  }

  has(term: string): boolean {
    return this.frequency(term) > 0;
  }

  /**
   * Known words closest to an unknown `word`: all at the smallest distance found, most frequent first.
   * A word that is itself in the vocabulary is never corrected.
   */
  corrections(word: string, limit = 5): Correction[] {
    const allowed = maxTyposFor(word.length);
    if (allowed === 0 || DIGITS.test(word) || this.has(word)) return [];
    const seen = new Set<number>();
    let best = allowed + 1;
    let found: Correction[] = [];
    const consider = (id: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      const frequency = this.frequencies[id]!;
      if (frequency === 0) return;
      const term = this.terms[id]!;
      const distance = damerauDistance(word, term, Math.min(allowed, best));
      if (distance > allowed || distance > best) return;
      if (distance < best) {
        best = distance;
        found = [];
      }
      found.push({ term, distance, frequency });
    };
    for (const variant of deletesOf(word, allowed)) {
      const direct = this.ids.get(variant);
      if (direct !== undefined) consider(direct);
      const derived = this.deletes.get(variant);
      if (derived === undefined) continue;
      if (typeof derived === 'number') consider(derived);
      else for (const id of derived) consider(id);
    }
    return found.sort((a, b) => b.frequency - a.frequency || (a.term < b.term ? -1 : 1)).slice(0, limit);
  }

  /** Known words that start with `prefix` and are longer than it, most frequent first. */
  completions(prefix: string, limit = 30): Correction[] {
    const key = `${limit}:${prefix}`;
    const cached = this.completionCache.get(key);
    if (cached) return cached;
    this.sorted ??= [...this.terms].sort();
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: Correction[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      const term = sorted[i]!;
      const frequency = this.frequency(term);
      if (term !== prefix && frequency > 0) found.push({ term, distance: 0, frequency });
    }
    const result = found.sort((a, b) => b.frequency - a.frequency).slice(0, limit);
    if (this.completionCache.size > 2000) this.completionCache.clear();
    this.completionCache.set(key, result);
    return result;
  }

  /**
   * Deletes stored per term, chosen so that every pair (query word, term) within the allowed distance
   * shares a variant: 1 delete for terms of 3+ letters (2-letter terms are reached by deleting from the
   * query), 2 deletes only for terms of 8+ letters (the only ones a two-typo query can need them for).
   */
  private indexDeletes(term: string, id: number): void {
    // Internal terms (synonym groups, "\u0001…") are never typed, so never a correction.
    if (term.length < 3 || DIGITS.test(term) || term.charCodeAt(0) < 32) return;
    const variants = deletesOf(term, term.length >= 8 ? 2 : 1);
    variants.delete(term);
    for (const variant of variants) {
      const existing = this.deletes.get(variant);
      if (existing === undefined) this.deletes.set(variant, id);
      else if (typeof existing === 'number') this.deletes.set(variant, [existing, id]);
      else existing.push(id);
    }
  }
}
