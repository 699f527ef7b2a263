/**
 * The in-process search engine. FlexSearch holds the text index (folded word → documents, bucketed by
 * the best attribute the word occurs in); this file adds what FlexSearch lacks for a job board: typo
 * correction against the index vocabulary, prefix completion of the word being typed, synonyms, AND
 * semantics with attribute-weighted ranking and a proximity bonus, filters, exact facet counts, sorts,
 * exact totals and highlighting.
 *
 * Documents live in numbered slots. Replacing or deleting a document empties its slot (a tombstone)
 * instead of editing FlexSearch's posting arrays, which is slow; the index is rebuilt from the live
 * documents once a quarter of the slots are tombstones.
 */
import { foldedWords } from '@ctn/shared';
import { Index as FlexIndex } from 'flexsearch';
import { compareSortValues, compileFilter, countFacets, FilterColumn, SortColumn, topByKey } from './columns';
import type {
  IndexSettings,
  SearchDocument,
  SearchEngine,
  SearchFilter,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from './engine';
import { highlightText } from './highlight';
import { type Clause, planQuery, SynonymTable, type WordMatch } from './query-plan';
import { Vocabulary } from './vocabulary';

const DEFAULT_LIMIT = 20;
/** Candidates (best by word scores) that get the proximity bonus; pages within it are consistent. */
const PROXIMITY_WINDOW = 200;
/** Attributes whose word order feeds the proximity bonus (title, occupation, skills for postings). */
const PROXIMITY_ATTRIBUTES = 3;
const PROXIMITY_BONUS = 0.5;
/** Term ids stay below this, so that a pair of them packs into one number key. */
const TERM_ID_RANGE = 2 ** 24;
/**
 * Starts each text in the proximity word lists: −1 − attribute, so words across it are never neighbours
 * and the scan knows which attribute it is in.
 */
const textStart = (attribute: number) => -1 - attribute;
const COMPACT_MIN_TOMBSTONES = 2048;
const COMPACT_TOMBSTONE_SHARE = 0.25;
/** Large upserts yield to the event loop this often so that searches keep being answered meanwhile. */
const UPSERT_CHUNK = 5000;

/** Growable list of slots. */
class SlotList {
  data = new Int32Array(1024);
  length = 0;

  push(slot: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = slot;
  }

  /** Makes room for `more` pushes, so that hot loops can write to `data` directly. */
  reserve(more: number): Int32Array {
    if (this.length + more > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.length + more));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    return this.data;
  }
}

/**
 * The `length` best of `0..count-1` by `before` (true when a ranks before b), best first. A bounded heap
 * keeps the cost near `count` comparisons for the small pages a search asks for.
 */
function topK(count: number, length: number, before: (a: number, b: number) => boolean): number[] {
  if (length <= 0) return [];
  const heap: number[] = [];
  // The root is the worst kept candidate: every parent ranks after its children.
  const siftDown = (from: number) => {
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      let worst = left;
      if (right < heap.length && before(heap[left]!, heap[right]!)) worst = right;
      if (!before(heap[parent]!, heap[worst]!)) return;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < length) {
      heap.push(i);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!before(heap[parent]!, heap[child]!)) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
    } else if (before(i, heap[0]!)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

function textOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textOf);
  return [];
}

/** The index term of synonym group `group`: starts with a control character, so no typed word equals it. */
const groupTerm = (group: number) => `\u0001${group}`;

/** Which attribute each word handed to FlexSearch's add() came from (its `score` hook reads it). */
let attributeOfWord: number[] = [];
const splitWords = (content: string) => content.split(' ');

class EmbeddedIndex {
  private readonly searchable: string[];
  /** Attribute weights, earlier attributes heavier: title > occupation > skills > … */
  private readonly weights: number[];
  private readonly synonyms: SynonymTable;
  private text!: FlexIndex;
  private vocabulary!: Vocabulary;
  private documents: (SearchDocument | undefined)[] = [];
  /** 1 for slots holding a live document (cheaper to test in hot loops than `documents`). */
  private alive = new Uint8Array(1024);
  /**
   * Term ids of the first attributes' words per slot (each text after a `textStart` marker), for the
   * proximity bonus:
   * slot s owns headPool[headStart[s] .. headStart[s + 1]).
   */
  private headPool = new Int32Array(0);
  private headStart = new Int32Array(0);
  private headLength = 0;
  private slotOf = new Map<string, number>();
  private tombstones = 0;
  /**
   * Folded words of short texts seen during one upsert batch: titles, skills, employer and place names
   * repeat across postings, and folding is the most expensive part of indexing.
   */
  private foldCache = new Map<string, string[]>();
  private filterColumns = new Map<string, FilterColumn>();
  private sortColumns = new Map<string, SortColumn>();
  /** Term id → the visit that last saw it, so a document counts each word once in the frequencies. */
  private lastVisit = new Int32Array(1024);
  private visit = 0;

  // Per-search scratch space indexed by slot; always left zeroed.
  private clauseBest = new Float32Array(0);
  private wordBest = new Float32Array(0);
  private phraseSum = new Float32Array(0);
  private phraseWords = new Int32Array(0);
  private total = new Float32Array(0);
  private stage = new Int32Array(0);
  private epoch = 0;
  private seen = new Uint8Array(0);
  private readonly lists = {
    candidates: new SlotList(),
    clauseTouched: new SlotList(),
    phraseTouched: new SlotList(),
    wordTouched: new SlotList(),
  };

  /** Synonym phrases by their last word, for tagging documents with their groups' terms. */
  private readonly phrasesByLastWord = new Map<string, { words: string[]; group: number }[]>();

  constructor(readonly settings: IndexSettings) {
    this.searchable = settings.searchableAttributes;
    this.weights = this.searchable.map((_, rank) => this.searchable.length - rank);
    this.synonyms = new SynonymTable(settings.synonyms);
    this.synonyms.groups.forEach((phrases, group) => {
      for (const words of phrases) {
        const last = words[words.length - 1]!;
        const list = this.phrasesByLastWord.get(last) ?? [];
        list.push({ words, group });
        this.phrasesByLastWord.set(last, list);
      }
    });
    this.reset();
  }

  /**
   * The synonym groups a document belongs to, each as one index term: a document has a group when it
   * has every word of one of the group's phrases (in any of its searchable attributes), which is what the
   * query side asks of a synonym clause. The term goes in the bucket of the phrase's mean attribute
   * weight, as a query-time expansion would have scored it. Looking up one term per group instead of
   * every word of every phrase keeps synonym queries as cheap as one-word ones (a taxonomy group has up
   * to a dozen phrases of common words: "thợ", "công nhân", "máy").
   */
  private groupTermsOf(words: string[], attributes: number[]): { term: string; attribute: number }[] {
    if (this.phrasesByLastWord.size === 0) return [];
    const attributeOf = new Map<string, number>();
    for (let i = 0; i < words.length; i++) attributeOf.set(words[i]!, attributes[i]!);
    const best = new Map<number, number>();
    for (const word of words) {
      for (const { words: phrase, group } of this.phrasesByLastWord.get(word) ?? []) {
        let sum = 0;
        let all = true;
        for (const part of phrase) {
          const attribute = attributeOf.get(part);
          if (attribute === undefined) {
            all = false;
            break;
          }
          sum += this.weights[attribute]!;
        }
        if (!all) continue;
        const score = sum / phrase.length;
        if (score > (best.get(group) ?? 0)) best.set(group, score);
      }
    }
    const n = this.searchable.length;
    return [...best].map(([group, score]) => ({
      term: groupTerm(group),
      attribute: Math.min(n - 1, Math.max(0, n - Math.round(score))),
    }));
  }

  get size(): number {
    return this.slotOf.size;
  }

  private reset(): void {
    this.text = new FlexIndex({
      tokenize: 'strict',
      // One bucket per searchable attribute: a word's postings come grouped by the best attribute it
      // occurs in, which is what ranking needs.
      resolution: Math.max(1, this.searchable.length),
      encode: splitWords,
      score: (_content, _term, position) => attributeOfWord[position] ?? 0,
      cache: false,
    });
    this.vocabulary = new Vocabulary();
    this.documents = [];
    this.alive = new Uint8Array(1024);
    this.headPool = new Int32Array(1 << 16);
    this.headStart = new Int32Array(1024);
    this.headLength = 0;
    this.slotOf = new Map();
    this.tombstones = 0;
    this.filterColumns = new Map(
      this.settings.filterableAttributes.map((name) => [name, new FilterColumn(name)]),
    );
    this.sortColumns = new Map(this.settings.sortableAttributes.map((name) => [name, new SortColumn()]));
    this.lastVisit = new Int32Array(1024);
    this.visit = 0;
  }

  // ── writing ──────────────────────────────────────────────────────────────────────────────────────

  upsertOne(document: SearchDocument): void {
    if (typeof document?.id !== 'string' || document.id === '') {
      throw new Error(`Search documents need a non-empty string id, got ${JSON.stringify(document?.id)}`);
    }
    this.remove(document.id);
    const slot = this.documents.length;
    this.documents.push(document);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotOf.set(document.id, slot);

    const words: string[] = [];
    const attributes: number[] = [];
    const head: number[] = [];
    this.forEachDistinctWord(
      document,
      (word, attribute, termId) => {
        words.push(word);
        attributes.push(attribute);
        this.vocabulary.count(termId, 1);
      },
      (attribute, folded) => {
        if (attribute >= PROXIMITY_ATTRIBUTES) return;
        head.push(textStart(attribute));
        for (const word of folded) head.push(this.vocabulary.intern(word));
      },
    );
    for (const { term, attribute } of this.groupTermsOf(words, attributes)) {
      words.push(term);
      attributes.push(attribute);
      this.vocabulary.count(this.internTerm(term), 1);
    }
    attributeOfWord = attributes;
    if (words.length > 0) this.text.add(slot, words.join(' '));
    attributeOfWord = [];
    this.storeHead(slot, head);
    for (const [name, column] of this.filterColumns) column.set(slot, document[name]);
    for (const [name, column] of this.sortColumns) column.set(slot, document[name]);
  }

  /** Empties the document's slot; true when there was one. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const document = this.documents[slot]!;
    const words: string[] = [];
    const attributes: number[] = [];
    this.forEachDistinctWord(document, (word, attribute, termId) => {
      this.vocabulary.count(termId, -1);
      words.push(word);
      attributes.push(attribute);
    });
    for (const { term } of this.groupTermsOf(words, attributes))
      this.vocabulary.count(this.internTerm(term), -1);
    this.documents[slot] = undefined;
    this.alive[slot] = 0;
    this.slotOf.delete(id);
    this.tombstones += 1;
    return true;
  }

  /** Rebuilds without tombstones when they pile up (see the file comment). */
  private compactIfNeeded(): void {
    if (
      this.tombstones < COMPACT_MIN_TOMBSTONES ||
      this.tombstones < this.documents.length * COMPACT_TOMBSTONE_SHARE
    ) {
      return;
    }
    const live = this.documentsInOrder();
    this.reset();
    for (const document of live) this.upsertOne(document);
    this.foldCache.clear();
  }

  /** Calls `visit` once per distinct folded word of the document, with the best attribute it is in. */
  private forEachDistinctWord(
    document: SearchDocument,
    visit: (word: string, attribute: number, termId: number) => void,
    visitText?: (attribute: number, folded: string[]) => void,
  ): void {
    this.visit += 1;
    for (let attribute = 0; attribute < this.searchable.length; attribute++) {
      for (const text of textOf(document[this.searchable[attribute]!])) {
        const folded = this.fold(text);
        visitText?.(attribute, folded);
        for (const word of folded) {
          const termId = this.vocabulary.intern(word);
          if (termId >= this.lastVisit.length) {
            const grown = new Int32Array(this.lastVisit.length * 2);
            grown.set(this.lastVisit);
            this.lastVisit = grown;
          }
          if (this.lastVisit[termId] === this.visit) continue;
          this.lastVisit[termId] = this.visit;
          visit(word, attribute, termId);
        }
      }
    }
  }

  private internTerm(term: string): number {
    const termId = this.vocabulary.intern(term);
    if (termId >= this.lastVisit.length) {
      const grown = new Int32Array(Math.max(this.lastVisit.length * 2, termId + 1));
      grown.set(this.lastVisit);
      this.lastVisit = grown;
    }
    return termId;
  }

  private storeHead(slot: number, head: number[]): void {
    if (this.headLength + head.length > this.headPool.length) {
      const grown = new Int32Array(Math.max(this.headPool.length * 2, this.headLength + head.length));
      grown.set(this.headPool.subarray(0, this.headLength));
      this.headPool = grown;
    }
    if (slot + 2 > this.headStart.length) {
      const grown = new Int32Array(this.headStart.length * 2);
      grown.set(this.headStart);
      this.headStart = grown;
    }
    this.headStart[slot] = this.headLength;
    this.headPool.set(head, this.headLength);
    this.headLength += head.length;
    this.headStart[slot + 1] = this.headLength;
  }

  private fold(text: string): string[] {
    if (text.length > 80) return foldedWords(text);
    let words = this.foldCache.get(text);
    if (!words) {
      if (this.foldCache.size >= 100_000) this.foldCache.clear();
      words = foldedWords(text);
      this.foldCache.set(text, words);
    }
    return words;
  }

  /** Called after each write batch: the fold cache only pays off within a batch. */
  finishBatch(): void {
    this.foldCache.clear();
    this.compactIfNeeded();
  }

  documentsInOrder(): SearchDocument[] {
    return this.documents.filter((document) => document !== undefined);
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────────────

  private filterColumn(attribute: string): FilterColumn {
    const column = this.filterColumns.get(attribute);
    if (!column) throw new Error(`"${attribute}" is not a filterable attribute of this index`);
    return column;
  }

  count(filter: SearchFilter | undefined): number {
    if (!filter || Object.keys(filter).length === 0) return this.size;
    return this.matchWithoutText(filter).count;
  }

  search<T extends SearchDocument>(request: SearchRequest): SearchResponse<T> {
    const started = performance.now();
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const limit = Math.max(0, Math.floor(request.limit ?? DEFAULT_LIMIT));
    const sort = request.sort ?? [];
    const sortColumns = sort.map(({ field }) => {
      const column = this.sortColumns.get(field);
      if (!column) throw new Error(`"${field}" is not a sortable attribute of this index`);
      return column;
    });
    const facetColumns = (request.facets ?? []).map((name) => this.filterColumn(name));

    const plan =
      request.q && request.q.trim() !== ''
        ? planQuery(request.q, this.vocabulary, this.synonyms, groupTerm)
        : undefined;
    const textual = plan !== undefined && plan.clauses.length > 0;
    const { slots, scores, count, clauses } = textual
      ? this.matchText(plan.clauses, request.filter)
      : { ...this.matchWithoutText(request.filter), scores: undefined, clauses: [] as Clause[] };

    const facets: Record<string, Record<string, number>> = {};
    const counted = countFacets(facetColumns, slots, count);
    facetColumns.forEach((column, index) => {
      facets[column.attribute] = counted[index]!;
    });

    const wanted = Math.min(count, offset + limit);
    let page: number[];
    const numbers = sortColumns.length === 1 ? sortColumns[0]!.numbers : undefined;
    if (numbers && !scores) {
      // Browsing (no text) sorted by one numeric attribute: keys in a typed array, missing values last.
      const descending = sort[0]!.order === 'desc';
      const keys = new Float64Array(count);
      for (let i = 0; i < count; i++) {
        const value = numbers[slots[i]!]!;
        keys[i] = Number.isNaN(value) ? Number.POSITIVE_INFINITY : descending ? -value : value;
      }
      page = topByKey(keys, slots, count, wanted);
    } else if (sortColumns.length > 0) {
      page = topK(count, wanted, (a, b) => {
        for (let k = 0; k < sortColumns.length; k++) {
          const values = sortColumns[k]!.values;
          const order = compareSortValues(values[slots[a]!], values[slots[b]!], sort[k]!.order === 'desc');
          if (order !== 0) return order < 0;
        }
        if (scores && scores[a] !== scores[b]) return scores[a]! > scores[b]!;
        return slots[a]! < slots[b]!;
      });
    } else if (scores) {
      const byScore = (a: number, b: number) =>
        scores[a] !== scores[b] ? scores[a]! > scores[b]! : slots[a]! < slots[b]!;
      const window = topByKey(
        scores,
        slots,
        count,
        Math.max(wanted, Math.min(count, PROXIMITY_WINDOW)),
        true,
      );
      // The proximity bonus looks at the words of synonym phrases, not at their group's term.
      const spelledOut = plan!.expanded.slice(0, clauses.length);
      if (spelledOut.length > 1 || spelledOut[0]!.some((phrase) => phrase.length > 1)) {
        this.addProximityBonus(window, slots, scores, spelledOut);
      }
      page = window.sort((a, b) => (byScore(a, b) ? -1 : byScore(b, a) ? 1 : 0)).slice(0, wanted);
    } else {
      // Matches without text come in slot order, which is insertion order.
      page = Array.from({ length: wanted }, (_, i) => i);
    }

    const highlightTerms = plan?.terms ?? new Set<string>();
    const matchesTerm = (word: string) => highlightTerms.has(word);
    const hits: SearchHit<T>[] = page.slice(offset).map((index) => {
      const document = this.documents[slots[index]!]!;
      const highlight: Record<string, string> = {};
      for (const attribute of this.settings.highlightAttributes ?? []) {
        const texts = textOf(document[attribute]);
        if (texts.length > 0) highlight[attribute] = highlightText(texts.join(', '), matchesTerm);
      }
      return { document: { ...document } as T, highlight };
    });
    return { hits, total: count, facets, tookMs: performance.now() - started };
  }

  /** Documents passing the filter, in slot order. */
  private matchWithoutText(filter: SearchFilter | undefined): { slots: Int32Array; count: number } {
    const compiled = compileFilter(filter, (name) => this.filterColumn(name));
    const found = new SlotList();
    if (compiled.impossible) return { slots: found.data, count: 0 };
    const alive = this.alive;
    const size = this.documents.length;
    if (compiled.candidates && (compiled.candidates.length > 1 || this.anyMultiValued(filter))) {
      // Several lists may hold the same slot and are not in slot order together: mark, then sweep.
      this.ensureScratch();
      const seen = this.seen;
      let low = size;
      let high = -1;
      for (const list of compiled.candidates) {
        for (const slot of list) {
          seen[slot] = 1;
          if (slot < low) low = slot;
          if (slot > high) high = slot;
        }
      }
      for (let slot = low; slot <= high; slot++) {
        if (seen[slot] === 0) continue;
        seen[slot] = 0;
        if (alive[slot] === 1 && compiled.accepts(slot)) found.push(slot);
      }
    } else if (compiled.candidates) {
      for (const slot of compiled.candidates[0]!) {
        if (alive[slot] === 1 && compiled.accepts(slot)) found.push(slot);
      }
    } else {
      for (let slot = 0; slot < size; slot++) {
        if (alive[slot] === 1 && compiled.accepts(slot)) found.push(slot);
      }
    }
    return { slots: found.data, count: found.length };
  }

  private anyMultiValued(filter: SearchFilter | undefined): boolean {
    return Object.keys(filter ?? {}).some((name) => this.filterColumns.get(name)?.multiValued);
  }

  /**
   * Documents matching every clause and the filter, with their word scores. When nothing matches every
   * clause, the last clauses are dropped one by one (all words must match "when possible", like
   * Meilisearch's `last` matching strategy).
   */
  private matchText(
    clauses: Clause[],
    filter: SearchFilter | undefined,
  ): { slots: Int32Array; scores: Float32Array; count: number; clauses: Clause[] } {
    const compiled = compileFilter(filter, (name) => this.filterColumn(name));
    if (compiled.impossible)
      return { slots: new Int32Array(0), scores: new Float32Array(0), count: 0, clauses };
    this.ensureScratch();
    for (let kept = clauses.length; kept >= 1; kept--) {
      const used = clauses.slice(0, kept);
      const result = this.evaluate(
        used,
        filter && Object.keys(filter).length > 0 ? compiled.accepts : undefined,
      );
      if (result.count > 0 || kept === 1) return { ...result, clauses: used };
    }
    throw new Error('unreachable');
  }

  private ensureScratch(): void {
    const size = this.documents.length;
    if (this.total.length >= size) return;
    const capacity = Math.max(1024, Math.ceil(size * 1.25));
    this.clauseBest = new Float32Array(capacity);
    this.wordBest = new Float32Array(capacity);
    this.phraseSum = new Float32Array(capacity);
    this.phraseWords = new Int32Array(capacity);
    this.total = new Float32Array(capacity);
    this.stage = new Int32Array(capacity);
    this.epoch = 0;
    this.seen = new Uint8Array(capacity);
  }

  /** FlexSearch's postings of a term: slot lists (ascending) per attribute bucket. Read-only. */
  private postings(term: string): readonly (readonly unknown[] | undefined)[] {
    return this.text.search(term, { resolve: false }).result;
  }

  /**
   * Keeps, per slot, the best weight × quality of any term of `word` into `best`, listing slots that
   * got their first score in `touched`. With a `gate`, only slots whose gate value is `open` count:
   * those that matched every clause evaluated so far.
   */
  private scoreWord(
    word: WordMatch,
    best: Float32Array,
    touched: SlotList,
    gate: Int32Array | undefined,
    open: number,
  ): void {
    for (const choice of word) {
      const buckets = this.postings(choice.term);
      for (let attribute = 0; attribute < buckets.length; attribute++) {
        const slots = buckets[attribute];
        if (!slots) continue;
        const score = this.weights[attribute]! * choice.quality;
        const data = touched.reserve(slots.length);
        let length = touched.length;
        if (gate === undefined) {
          for (let i = 0; i < slots.length; i++) {
            const slot = slots[i] as number;
            const previous = best[slot]!;
            if (score > previous) {
              if (previous === 0) data[length++] = slot;
              best[slot] = score;
            }
          }
        } else {
          for (let i = 0; i < slots.length; i++) {
            const slot = slots[i] as number;
            if (gate[slot] !== open) continue;
            const previous = best[slot]!;
            if (score > previous) {
              if (previous === 0) data[length++] = slot;
              best[slot] = score;
            }
          }
        }
        touched.length = length;
      }
    }
  }

  /** Postings a clause reads, to evaluate the cheapest clauses first. */
  private volume(clause: Clause): number {
    let volume = 0;
    for (const phrase of clause) for (const word of phrase) volume += this.wordVolume(word);
    return volume;
  }

  private wordVolume(word: WordMatch): number {
    let volume = 0;
    for (const choice of word) for (const slots of this.postings(choice.term)) volume += slots?.length ?? 0;
    return volume;
  }

  private evaluate(
    clauses: Clause[],
    accepts: ((slot: number) => boolean) | undefined,
  ): { slots: Int32Array; scores: Float32Array; count: number } {
    const { clauseBest, wordBest, phraseSum, phraseWords, total, stage, alive } = this;
    const { clauseTouched, phraseTouched, wordTouched } = this.lists;
    // stage[slot] = base + number of clauses matched so far; a new base per evaluation spares resetting it.
    if (this.epoch >= 0x3ffffff) {
      stage.fill(0);
      this.epoch = 0;
    }
    const base = ++this.epoch * 32;
    // Cheapest clause first: every later clause only scores the documents still in the running.
    const ordered = clauses
      .map((clause) => ({ clause, volume: this.volume(clause) }))
      .sort((a, b) => a.volume - b.volume)
      .map(({ clause }) => clause);
    const last = ordered.length - 1;
    let slots = new Int32Array(0);
    let scores = new Float32Array(0);
    let count = 0;
    for (let c = 0; c <= last; c++) {
      const gate = c === 0 ? undefined : stage;
      const open = base + c;
      clauseTouched.length = 0;
      for (const phrase of ordered[c]!) {
        if (phrase.length === 1) {
          this.scoreWord(phrase[0]!, clauseBest, clauseTouched, gate, open);
          continue;
        }
        // A phrase scores the mean of its words, so synonym phrases of different lengths compare fairly.
        phraseTouched.length = 0;
        const words = [...phrase].sort((a, b) => this.wordVolume(a) - this.wordVolume(b));
        for (let w = 0; w < words.length; w++) {
          wordTouched.length = 0;
          // After its first word, a phrase only scores documents that have all its previous words.
          if (w === 0) this.scoreWord(words[w]!, wordBest, wordTouched, gate, open);
          else this.scoreWord(words[w]!, wordBest, wordTouched, phraseWords, w);
          for (let i = 0; i < wordTouched.length; i++) {
            const slot = wordTouched.data[i]!;
            if (phraseWords[slot] === w) {
              if (w === 0) phraseTouched.push(slot);
              phraseWords[slot] = w + 1;
              phraseSum[slot]! += wordBest[slot]!;
            }
            wordBest[slot] = 0;
          }
        }
        for (let i = 0; i < phraseTouched.length; i++) {
          const slot = phraseTouched.data[i]!;
          if (phraseWords[slot] === phrase.length) {
            const score = phraseSum[slot]! / phrase.length;
            if (score > clauseBest[slot]!) {
              if (clauseBest[slot] === 0) clauseTouched.push(slot);
              clauseBest[slot] = score;
            }
          }
          phraseWords[slot] = 0;
          phraseSum[slot] = 0;
        }
      }
      const touched = clauseTouched.data;
      const touchedCount = clauseTouched.length;
      if (c < last) {
        for (let i = 0; i < touchedCount; i++) {
          const slot = touched[i]!;
          if (c === 0 || stage[slot] === open) {
            stage[slot] = open + 1;
            total[slot] = c === 0 ? clauseBest[slot]! : total[slot]! + clauseBest[slot]!;
          }
          clauseBest[slot] = 0;
        }
        continue;
      }
      // The last clause: whoever it touched (through the gate) matched every clause.
      slots = new Int32Array(touchedCount);
      scores = new Float32Array(touchedCount);
      for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i]!;
        if (alive[slot] === 1 && (accepts === undefined || accepts(slot))) {
          slots[count] = slot;
          scores[count] = c === 0 ? clauseBest[slot]! : total[slot]! + clauseBest[slot]!;
          count += 1;
        }
        clauseBest[slot] = 0;
      }
    }
    return { slots, scores, count };
  }

  /**
   * Rewards documents where consecutive query words stand next to each other in one of the first
   * attributes: "cong nhan may" prefers "Công nhân may" over "Công nhân vận hành máy". Each pair of
   * neighbouring query words (inside a synonym phrase or across clauses) is a link, rewarded once.
   */
  private addProximityBonus(
    window: number[],
    slots: Int32Array,
    scores: Float32Array,
    clauses: Clause[],
  ): void {
    const { links, shares, starts } = this.proximityLinks(clauses);
    if (links.size === 0) return;
    const pool = this.headPool;
    const rewarded = new Set<number>();
    for (const index of window) {
      const slot = slots[index]!;
      const end = this.headStart[slot + 1]!;
      let attribute = 0;
      let bonus = 0;
      rewarded.clear();
      for (let i = this.headStart[slot]!; i + 1 < end; i++) {
        const here = pool[i]!;
        if (here < 0) {
          attribute = -1 - here;
          continue;
        }
        // Most words start no link: a small-integer set answers that faster than the pair map.
        if (!starts.has(here)) continue;
        const next = pool[i + 1]!;
        if (next < 0) continue;
        const link = links.get(here * TERM_ID_RANGE + next);
        if (link === undefined || rewarded.has(link)) continue;
        rewarded.add(link);
        bonus += this.weights[attribute]! * PROXIMITY_BONUS * shares[link]!;
      }
      scores[index]! += bonus;
    }
  }

  /**
   * (term id × TERM_ID_RANGE + next term id) → link number, and each link's share of a full bonus: the
   * links inside a phrase share one bonus, so a synonym phrase of three words counts like one of two.
   */
  private proximityLinks(clauses: Clause[]): {
    links: Map<number, number>;
    shares: number[];
    starts: Set<number>;
  } {
    const links = new Map<number, number>();
    const shares: number[] = [];
    const starts = new Set<number>();
    const ids = (word: WordMatch) =>
      word.map((choice) => this.vocabulary.idOf(choice.term)).filter((id) => id !== undefined);
    const link = (from: WordMatch, to: WordMatch, share: number) => {
      const number = shares.length;
      shares.push(share);
      for (const a of ids(from)) {
        starts.add(a);
        for (const b of ids(to)) links.set(a * TERM_ID_RANGE + b, number);
      }
    };
    clauses.forEach((clause, c) => {
      for (const phrase of clause) {
        for (let w = 0; w + 1 < phrase.length; w++) link(phrase[w]!, phrase[w + 1]!, 1 / (phrase.length - 1));
        const following = clauses[c + 1];
        if (!following) continue;
        for (const next of following) link(phrase[phrase.length - 1]!, next[0]!, 1);
      }
    });
    return { links, shares, starts };
  }
}

/**
 * Keeps the documents it is given (no copy, to save memory): callers hand over fresh objects and do not
 * change them afterwards. Hits are shallow copies.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded (FlexSearch 0.8)';
  readonly durable = false;
  private readonly indexes = new Map<string, EmbeddedIndex>();

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`Search index "${name}" does not exist: call createIndex first`);
    return index;
  }

  async createIndex(name: string, settings: IndexSettings): Promise<void> {
    const existing = this.indexes.get(name);
    if (existing && JSON.stringify(existing.settings) === JSON.stringify(settings)) return;
    const index = new EmbeddedIndex(structuredClone(settings));
    this.indexes.set(name, index);
    // New settings re-index the documents already there, as Meilisearch does.
    if (existing) await this.upsert(name, existing.documentsInOrder());
  }

  async upsert(name: string, documents: SearchDocument[]): Promise<void> {
    const index = this.index(name);
    try {
      for (let i = 0; i < documents.length; i++) {
        index.upsertOne(documents[i]!);
        if ((i + 1) % UPSERT_CHUNK === 0 && i + 1 < documents.length) {
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      index.finishBatch();
    }
  }

  async delete(name: string, ids: string[]): Promise<void> {
    const index = this.index(name);
    for (const id of ids) index.remove(id);
    index.finishBatch();
  }

  async search<T extends SearchDocument>(name: string, request: SearchRequest): Promise<SearchResponse<T>> {
    return this.index(name).search<T>(request);
  }

  async count(name: string, filter?: SearchFilter): Promise<number> {
    return this.index(name).count(filter);
  }

  async drop(name: string): Promise<void> {
    this.indexes.delete(name);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    const documents = [...this.indexes.values()].reduce((sum, index) => sum + index.size, 0);
    return { ok: true, detail: `${this.indexes.size} indexes, ${documents} documents in memory` };
  }

  async close(): Promise<void> {
    this.indexes.clear();
  }
}
