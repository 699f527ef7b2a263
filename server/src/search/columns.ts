/**
 * Per-attribute value columns of the embedded engine: filters, facet counts and sorts read them by
 * document slot instead of touching the documents.
 */
import type { FieldFilter, Scalar, SearchFilter } from './engine';

/** A slot's value ids: one id, several (array field), NO_VALUE (present but null/empty) or absent. */
type SlotValues = number | number[] | undefined;
const NO_VALUE = -1;

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
  /** Some document has an array here, so a slot can hold several values. */
  multiValued = false;

  constructor(readonly attribute: string) {}

  idOf(value: Scalar): number | undefined {
    const key = valueKey(value);
    return key === undefined ? undefined : this.ids.get(key);
  }

  set(slot: number, raw: unknown): void {
    if (raw === undefined) return;
    if (Array.isArray(raw)) {
      const ids = [...new Set(raw.map((item) => this.intern(item, slot)).filter((id) => id >= 0))];
      this.values[slot] = ids.length === 0 ? NO_VALUE : ids.length === 1 ? ids[0] : ids;
      if (ids.length > 1) this.multiValued = true;
      return;
    }
    this.values[slot] = this.intern(raw, slot);
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
    for (let i = 0; i < count; i++) {
      const value = this.values[slots[i]!];
      if (typeof value === 'number') {
        if (value >= 0) counts[value]! += 1;
      } else if (value !== undefined) {
        for (const id of value) counts[id]! += 1;
      }
    }
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

  set(slot: number, raw: unknown): void {
    if (typeof raw === 'number' && Number.isFinite(raw)) this.values[slot] = raw;
    else if (typeof raw === 'string') this.values[slot] = raw;
  }
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
