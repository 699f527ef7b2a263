/**
 * One interface for full-text search, two adapters: `embedded` (in-process, the default) and
 * `meilisearch` (when MEILI_URL is set). The database stays the source of truth; indexes are derived data
 * rebuilt by the sync worker and `npm run reindex`. Both adapters pass tests/contract/search-engine.test.ts.
 */

export type Scalar = string | number | boolean;

/** Per-field filter; fields are AND-ed together. */
export type FieldFilter =
  | Scalar
  /** any of these values (the field may itself be an array: matches if any element is in the list) */
  | { in: Scalar[] }
  /** the array field contains every one of these values (e.g. benefits: housing AND meals) */
  | { all: Scalar[] }
  | { gte?: number; lte?: number; gt?: number; lt?: number }
  | { exists: boolean };

export type SearchFilter = Record<string, FieldFilter>;

export interface IndexSettings {
  /** Attributes searched by text, most important first (earlier attributes rank higher). */
  searchableAttributes: string[];
  /** Attributes usable in filters and facets. */
  filterableAttributes: string[];
  sortableAttributes: string[];
  /** Attributes whose matches are returned highlighted with <mark>…</mark>. */
  highlightAttributes?: string[];
  /** Equivalent words, folded, e.g. [["tho may", "cong nhan may"]]. */
  synonyms?: string[][];
}

export interface SearchRequest {
  q?: string;
  filter?: SearchFilter;
  /** Filterable attributes to count values for, over all matches (after filters). */
  facets?: string[];
  /** Default: relevance when q is given, otherwise insertion order. */
  sort?: { field: string; order: 'asc' | 'desc' }[];
  offset?: number;
  limit?: number;
}

export interface SearchHit<T> {
  document: T;
  /** Highlighted copies of highlightAttributes; matched words wrapped in <mark></mark>, text HTML-escaped. */
  highlight: Partial<Record<string, string>>;
}

export interface SearchResponse<T> {
  hits: SearchHit<T>[];
  /** Number of matching documents (exact for embedded, Meilisearch's estimate capped by maxTotalHits). */
  total: number;
  facets: Record<string, Record<string, number>>;
  tookMs: number;
}

export type SearchDocument = { id: string } & Record<string, unknown>;

export interface SearchEngine {
  /** "embedded (FlexSearch 0.8)" or "Meilisearch 1.x at http://…": shown by /api/health. */
  readonly engine: string;
  /**
   * True when the index outlives the process (Meilisearch): the sync worker then persists its progress and
   * resumes from it. False for the embedded engine, whose index lives in memory and is rebuilt from the
   * database at every start.
   */
  readonly durable: boolean;
  /** Creates the index if missing and applies settings idempotently. */
  createIndex(index: string, settings: IndexSettings): Promise<void>;
  /** Inserts or replaces documents by id; searchable when the promise resolves. */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  delete(index: string, ids: string[]): Promise<void>;
  search<T extends SearchDocument>(index: string, request: SearchRequest): Promise<SearchResponse<T>>;
  count(index: string, filter?: SearchFilter): Promise<number>;
  /** Removes the index and its documents. */
  drop(index: string): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}
