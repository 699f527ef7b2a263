/**
 * Per-attribute value columns of the embedded engine: filters, facet counts and sorts read them by
 * document slot instead of touching the documents.
 */
import type { FieldFilter, Scalar, SearchFilter } from './engine';

/** A slot's value ids: one id, several (array field), NO_VALUE (present but null/empty) or absent. */
type SlotValues = number | number[] | undefined;
const NO_VALUE = -1;
/** In the typed column: no value at all (attribute missing), and several values (see `values`). */
const ABSENT = -2;
const MANY = -3;

function valueKey(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/** Dictionary-encoded values of one filterable attribute. */
export class FilterColumn {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  /** Numeric value of each value id, NaN for text. */
  private readonly numbers: number[] = [];
  /** Slots holding each value, ascending; dead slots stay until the index is compacted. */
  readonly slotsOf: number[][] = [];
  readonly values: SlotValues[] = [];
  /**
   * The same as `values` in a typed array while no slot holds several values (ABSENT when undefined): the
   * hot loops (facet counts over every match, equality filters) read it without touching JS arrays of
   * mixed numbers and arrays.
   */
  single = new Int32Array(1024).fill(ABSENT);
  /** Some document has an array here, so a slot can hold several values. */
  multiValued = false;

  constructor(readonly attribute: string) {}

  /**
   * For columns with at most 31 distinct values (benefits, shifts…): each slot's values as a bit set, so
   * that multi-valued facet counts and `has` stay in typed arrays too. Dropped past 31 values.
   */
  bits: Int32Array | undefined = new Int32Array(1024);

  private setBits(slot: number, ids: number[]): void {
    if (!this.bits) return;
    if (this.keys.length > 31) {
      this.bits = undefined;
      return;
    }
    if (slot >= this.bits.length) {
      const grown = new Int32Array(Math.max(this.bits.length * 2, slot + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    let mask = 0;
    for (const id of ids) if (id >= 0) mask |= 1 << id;
    this.bits[slot] = mask;
  }

  private setSingle(slot: number, value: number): void {
    if (slot >= this.single.length) {
      const grown = new Int32Array(Math.max(this.single.length * 2, slot + 1)).fill(ABSENT);
      grown.set(this.single);
      this.single = grown;
    }
    this.single[slot] = value;
  }

  idOf(value: Scalar): number | undefined {
    const key = valueKey(value);
    return key === undefined ? undefined : this.ids.get(key);
  }

  set(slot: number, raw: unknown): void {
    if (raw === undefined) {
      this.setSingle(slot, ABSENT);
      this.setBits(slot, []);
      return;
    }
    if (Array.isArray(raw)) {
      const ids = [...new Set(raw.map((item) => this.intern(item, slot)).filter((id) => id >= 0))];
      this.values[slot] = ids.length === 0 ? NO_VALUE : ids.length === 1 ? ids[0] : ids;
      if (ids.length > 1) this.multiValued = true;
      this.setSingle(slot, ids.length === 0 ? NO_VALUE : ids.length === 1 ? ids[0]! : MANY);
      this.setBits(slot, ids);
      return;
    }
    const id = this.intern(raw, slot);
    this.values[slot] = id;
    this.setSingle(slot, id);
    this.setBits(slot, [id]);
  }

  private intern(value: unknown, slot: number): number {
    const key = valueKey(value);
    if (key === undefined) return NO_VALUE;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.numbers.push(typeof value === 'number' ? value : Number.NaN);
      this.slotsOf.push([]);
    }
    const slots = this.slotsOf[id]!;
    if (slots[slots.length - 1] !== slot) slots.push(slot);
    return id;
  }

  has(slot: number, id: number): boolean {
    if (!this.multiValued) return this.single[slot] === id;
    if (this.bits) return ((this.bits[slot]! >>> id) & 1) === 1;
    const value = this.values[slot];
    return value === id || (Array.isArray(value) && value.includes(id));
  }

  inRange(slot: number, low: number, lowInclusive: boolean, high: number, highInclusive: boolean): boolean {
    const value = this.values[slot];
    if (value === undefined) return false;
    if (typeof value === 'number')
      return value >= 0 && this.numberInRange(value, low, lowInclusive, high, highInclusive);
    for (const id of value) if (this.numberInRange(id, low, lowInclusive, high, highInclusive)) return true;
    return false;
  }

  private numberInRange(
    id: number,
    low: number,
    lowInclusive: boolean,
    high: number,
    highInclusive: boolean,
  ) {
    const number = this.numbers[id]!;
    // NaN (a text value) fails every comparison.
    return (lowInclusive ? number >= low : number > low) && (highInclusive ? number <= high : number < high);
  }

  /** Adds this attribute's value counts over `slots[0..count)` to a facet distribution. */
  countInto(slots: Int32Array, count: number): Record<string, number> {
    const counts = new Int32Array(this.keys.length);
    if (!this.multiValued) {
      const single = this.single;
      for (let i = 0; i < count; i++) {
        const value = single[slots[i]!]!;
        if (value >= 0) counts[value]! += 1;
      }
    } else if (this.bits) {
      const bits = this.bits;
      for (let i = 0; i < count; i++) {
        let mask = bits[slots[i]!]!;
        while (mask !== 0) {
          const lowest = mask & -mask;
          counts[31 - Math.clz32(lowest)]! += 1;
          mask ^= lowest;
        }
      }
    } else
      for (let i = 0; i < count; i++) {
        const value = this.values[slots[i]!];
        if (typeof value === 'number') {
          if (value >= 0) counts[value]! += 1;
        } else if (value !== undefined) {
          for (const id of value) counts[id]! += 1;
        }
      }
    return this.distribution(counts);
  }

  /** Value → count, most frequent first (ties by value). */
  distribution(counts: Int32Array): Record<string, number> {
    const order: number[] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) order.push(id);
    order.sort((a, b) => counts[b]! - counts[a]! || (this.keys[a]! < this.keys[b]! ? -1 : 1));
    const distribution: Record<string, number> = {};
    for (const id of order) distribution[this.keys[id]!] = counts[id]!;
    return distribution;
  }
}

export interface CompiledFilter {
  /** Some condition can match nothing (e.g. a value no document has): the result is empty. */
  impossible: boolean;
  /** Every condition, checked per slot. */
  accepts: (slot: number) => boolean;
  /**
   * Slot lists whose union contains every match (from the most selective equality or `in` condition), so
   * a query without text need not scan every document; undefined when no condition narrows it down.
   */
  candidates: number[][] | undefined;
}

const ACCEPT_ALL: CompiledFilter = { impossible: false, accepts: () => true, candidates: undefined };

function isRange(filter: FieldFilter): filter is { gte?: number; lte?: number; gt?: number; lt?: number } {
  return (
    typeof filter === 'object' && ('gte' in filter || 'lte' in filter || 'gt' in filter || 'lt' in filter)
  );
}

export function compileFilter(
  filter: SearchFilter | undefined,
  columnOf: (attribute: string) => FilterColumn,
): CompiledFilter {
  const entries = Object.entries(filter ?? {}).filter(([, condition]) => condition !== undefined);
  if (entries.length === 0) return ACCEPT_ALL;
  const checks: ((slot: number) => boolean)[] = [];
  let candidates: number[][] | undefined;
  let candidateSize = Number.POSITIVE_INFINITY;
  const offerCandidates = (lists: number[][]) => {
    const size = lists.reduce((sum, list) => sum + list.length, 0);
    if (size < candidateSize) {
      candidates = lists;
      candidateSize = size;
    }
  };
  const impossible: CompiledFilter = { impossible: true, accepts: () => false, candidates: [] };

  for (const [attribute, condition] of entries) {
    const column = columnOf(attribute);
    if (typeof condition !== 'object') {
      const id = column.idOf(condition);
      if (id === undefined) return impossible;
      checks.push((slot) => column.has(slot, id));
      offerCandidates([column.slotsOf[id]!]);
    } else if ('in' in condition) {
      const ids = condition.in.map((value) => column.idOf(value)).filter((id) => id !== undefined);
      if (ids.length === 0) return impossible;
      checks.push((slot) => ids.some((id) => column.has(slot, id)));
      offerCandidates(ids.map((id) => column.slotsOf[id]!));
    } else if ('all' in condition) {
      const ids = condition.all.map((value) => column.idOf(value));
      if (ids.some((id) => id === undefined)) return impossible;
      const known = ids as number[];
      checks.push((slot) => known.every((id) => column.has(slot, id)));
      for (const id of known) offerCandidates([column.slotsOf[id]!]);
    } else if ('exists' in condition) {
      const wanted = condition.exists;
      checks.push((slot) => (column.values[slot] !== undefined) === wanted);
    } else if (isRange(condition)) {
      const low = condition.gt ?? condition.gte ?? Number.NEGATIVE_INFINITY;
      const high = condition.lt ?? condition.lte ?? Number.POSITIVE_INFINITY;
      const lowInclusive = condition.gt === undefined;
      const highInclusive = condition.lt === undefined;
      checks.push((slot) => column.inRange(slot, low, lowInclusive, high, highInclusive));
    } else {
      throw new Error(`Unsupported filter on "${attribute}": ${JSON.stringify(condition)}`);
    }
  }
  const accepts =
    checks.length === 1
      ? checks[0]!
      : (slot: number) => {
          for (const check of checks) if (!check(slot)) return false;
          return true;
        };
  return { impossible: false, accepts, candidates };
}

type SortValue = number | string | undefined;

/** Values of one sortable attribute by slot: numbers and strings; anything else sorts as missing. */
export class SortColumn {
  readonly values: SortValue[] = [];
  /** The values as doubles (NaN when missing) while every value is a number: the browse sort's fast path. */
  numbers: Float64Array | undefined = new Float64Array(1024).fill(Number.NaN);

  set(slot: number, raw: unknown): void {
    if (typeof raw === 'number' && Number.isFinite(raw)) this.values[slot] = raw;
    else if (typeof raw === 'string') this.values[slot] = raw;
    if (!this.numbers) return;
    if (typeof raw === 'string') {
      this.numbers = undefined;
      return;
    }
    if (slot >= this.numbers.length) {
      const grown = new Float64Array(Math.max(this.numbers.length * 2, slot + 1)).fill(Number.NaN);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[slot] = typeof raw === 'number' && Number.isFinite(raw) ? raw : Number.NaN;
  }
}

/**
 * The `length` best of `0..count-1` by key — smallest first, or largest with `descending` (ties: lower
 * slot first) — best first. One bounded heap, written out without a closure call per rejected candidate
 * because it runs over every match: browse pages by a sort key, text searches by score.
 */
export function topByKey(
  keys: Float32Array | Float64Array,
  slots: Int32Array,
  count: number,
  length: number,
  descending = false,
): number[] {
  if (length <= 0) return [];
  const sign = descending ? -1 : 1;
  const heap: number[] = [];
  // a ranks after b
  const after = (a: number, b: number) => {
    const ka = sign * keys[a]!;
    const kb = sign * keys[b]!;
    return ka > kb || (ka === kb && slots[a]! > slots[b]!);
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < length) {
      heap.push(i);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!after(heap[child]!, heap[parent]!)) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
      continue;
    }
    // Most candidates rank below the worst kept one: reject them with one comparison.
    const root = heap[0]!;
    const key = sign * keys[i]!;
    const rootKey = sign * keys[root]!;
    if (key > rootKey || (key === rootKey && slots[i]! > slots[root]!)) continue;
    heap[0] = i;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const worst = right < heap.length && after(heap[right]!, heap[left]!) ? right : left;
      if (!after(heap[worst]!, heap[parent]!)) break;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  }
  return heap.sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0));
}

/**
 * Orders two values for `asc`; missing values go last whatever the direction, numbers before strings
 * (as Meilisearch does).
 */
export function compareSortValues(a: SortValue, b: SortValue, descending: boolean): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const aNumber = typeof a === 'number';
  if (aNumber !== (typeof b === 'number')) return aNumber ? -1 : 1;
  const order = a < b ? -1 : 1;
  return descending ? -order : order;
}

/**
 * Facet counts of several columns in one pass over the matches (one read of each slot instead of one per
 * column): the board asks for six facets on every search.
 */
export function countFacets(
  columns: FilterColumn[],
  slots: Int32Array,
  count: number,
): Record<string, number>[] {
  const singles: { single: Int32Array; counts: Int32Array }[] = [];
  const masks: { bits: Int32Array; counts: Int32Array }[] = [];
  const results: (Record<string, number> | Int32Array)[] = [];
  for (const column of columns) {
    const counts = new Int32Array(column.keys.length);
    if (!column.multiValued) singles.push({ single: column.single, counts });
    else if (column.bits) masks.push({ bits: column.bits, counts });
    else {
      results.push(column.countInto(slots, count));
      continue;
    }
    results.push(counts);
  }
  const s = singles.length;
  const b = masks.length;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    for (let c = 0; c < s; c++) {
      const value = singles[c]!.single[slot]!;
      if (value >= 0) singles[c]!.counts[value]! += 1;
    }
    for (let c = 0; c < b; c++) {
      let mask = masks[c]!.bits[slot]!;
      const counts = masks[c]!.counts;
      while (mask !== 0) {
        const lowest = mask & -mask;
        counts[31 - Math.clz32(lowest)]! += 1;
        mask ^= lowest;
      }
    }
  }
  return results.map((result, index) =>
    result instanceof Int32Array ? columns[index]!.distribution(result) : result,
  );
}
