/**
 * The Meilisearch adapter (used when MEILI_URL is set). Meilisearch folds diacritics itself (and đ → d),
 * tolerates typos with Damerau distance and handles prefixes; this adapter maps our settings onto it, waits
 * for every task so that writes are searchable when they resolve, and gives the same response shape as
 * the embedded engine.
 */
import {
  type EnqueuedTaskPromise,
  Meilisearch,
  type SearchParams,
  type Settings,
  type Task,
} from 'meilisearch';
import type {
  IndexSettings,
  SearchDocument,
  SearchEngine,
  SearchFilter,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from './engine';
import { escapeHtml } from './highlight';
import { toMeilisearchFilter } from './meilisearch-filter';

export interface MeilisearchConfig {
  url: string;
  key: string | undefined;
  indexPrefix: string;
}

const DEFAULT_LIMIT = 20;
/** Documents per addDocuments call: large payloads are split so no single request grows unbounded. */
const UPSERT_BATCH = 10_000;
/**
 * Highlight tags Meilisearch inserts: control characters that cannot come from our documents' text, so
 * that the text can be HTML-escaped first and the marks put in afterwards.
 */
const PRE_TAG = '\u0002';
const POST_TAG = '\u0003';

/** Meilisearch settings for our index settings; equal inputs give equal settings (idempotent). */
export function toMeilisearchSettings(settings: IndexSettings): Settings {
  const synonyms: Record<string, string[]> = {};
  for (const group of settings.synonyms ?? []) {
    for (const phrase of group) {
      const others = group.filter((other) => other !== phrase);
      synonyms[phrase] = [...new Set([...(synonyms[phrase] ?? []), ...others])];
    }
  }
  return {
    searchableAttributes: settings.searchableAttributes,
    filterableAttributes: settings.filterableAttributes,
    sortableAttributes: settings.sortableAttributes,
    displayedAttributes: ['*'],
    synonyms,
    // Vietnamese syllables are short: one typo from 3 letters, two from 8 (the embedded engine's rule).
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 } },
    // "sort" right after "words" so that an explicit sort wins over the finer relevance rules.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
    searchCutoffMs: 200,
    pagination: { maxTotalHits: 5000 },
    faceting: { maxValuesPerFacet: 500 },
  };
}

/** Settings whose list order matters; the other lists are sets. */
const ORDERED_SETTINGS = new Set<keyof Settings>(['searchableAttributes', 'rankingRules']);

/**
 * Whether the server's setting already holds what we want: every key we set has our value (the server
 * adds defaults for the keys we leave out, and returns set-like lists in its own order).
 */
function covers(current: unknown, wanted: unknown, ordered: boolean): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false;
    const normalise = (list: unknown[]) =>
      (ordered ? list : [...list].sort()).map((item) => JSON.stringify(item));
    return JSON.stringify(normalise(current)) === JSON.stringify(normalise(wanted));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (current === null || typeof current !== 'object') return false;
    return Object.entries(wanted).every(([key, value]) =>
      covers((current as Record<string, unknown>)[key], value, ordered),
    );
  }
  return current === wanted;
}

/** Whether the server's settings already are the ones we want (so that createIndex is idempotent). */
export function settingsMatch(current: Settings, wanted: Settings): boolean {
  const sameSynonymKeys =
    Object.keys(current.synonyms ?? {}).length === Object.keys(wanted.synonyms ?? {}).length;
  return (
    sameSynonymKeys &&
    (Object.keys(wanted) as (keyof Settings)[]).every((key) =>
      covers(current[key], wanted[key], ORDERED_SETTINGS.has(key)),
    )
  );
}

function wordCount(query: string): number {
  return query.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean).length;
}

function formattedText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const texts = value.map(formattedText).filter((text) => text !== undefined);
    return texts.length > 0 ? texts.join(', ') : undefined;
  }
  return undefined;
}

export class MeilisearchEngine implements SearchEngine {
  readonly engine: string;
  readonly durable = true;
  private readonly client: Meilisearch;
  private readonly settingsByIndex = new Map<string, IndexSettings>();

  constructor(
    private readonly config: MeilisearchConfig,
    version?: string,
  ) {
    this.client = new Meilisearch({ host: config.url, apiKey: config.key, timeout: 30_000 });
    this.engine = `Meilisearch ${version ?? ''} at ${config.url}`.replace('  ', ' ');
  }

  /** Builds the adapter, naming the server's version when it answers. */
  static async connect(config: MeilisearchConfig): Promise<MeilisearchEngine> {
    const probe = new Meilisearch({ host: config.url, apiKey: config.key, timeout: 5000 });
    const version = await probe.getVersion().then(
      (answer) => answer.pkgVersion,
      () => undefined,
    );
    return new MeilisearchEngine(config, version);
  }

  private uid(index: string): string {
    return `${this.config.indexPrefix}${index}`;
  }

  /** Waits for a task and throws its error when it failed; `allowed` error codes count as success. */
  private async settle(task: EnqueuedTaskPromise, timeoutMs = 30_000, allowed: string[] = []): Promise<Task> {
    const done = await task.waitTask({ timeout: timeoutMs, interval: 25 });
    if (done.status === 'failed' && !(done.error && allowed.includes(done.error.code))) {
      throw new Error(
        `Meilisearch task ${done.uid} (${done.type}) failed: ${done.error?.message ?? done.status}`,
      );
    }
    return done;
  }

  async createIndex(index: string, settings: IndexSettings): Promise<void> {
    const uid = this.uid(index);
    await this.settle(this.client.createIndex(uid, { primaryKey: 'id' }), 30_000, ['index_already_exists']);
    const wanted = toMeilisearchSettings(settings);
    const current = await this.client.index(uid).getSettings();
    // Settings changes re-index everything: only send them when they differ.
    if (!settingsMatch(current, wanted))
      await this.settle(this.client.index(uid).updateSettings(wanted), 120_000);
    this.settingsByIndex.set(index, settings);
  }

  private async settingsOf(index: string): Promise<IndexSettings | undefined> {
    const known = this.settingsByIndex.get(index);
    if (known) return known;
    // Another instance created the index: read what it set, for highlighting.
    const current = await this.client.index(this.uid(index)).getSettings();
    const settings: IndexSettings = {
      searchableAttributes: (current.searchableAttributes ?? []) as string[],
      filterableAttributes: (current.filterableAttributes ?? []) as string[],
      sortableAttributes: current.sortableAttributes ?? [],
      highlightAttributes: [],
    };
    this.settingsByIndex.set(index, settings);
    return settings;
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const target = this.client.index(this.uid(index));
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      const batch = documents.slice(start, start + UPSERT_BATCH);
      await this.settle(target.addDocuments(batch, { primaryKey: 'id' }), 60_000 + batch.length * 5);
    }
  }

  async delete(index: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle(this.client.index(this.uid(index)).deleteDocuments(ids));
  }

  async search<T extends SearchDocument>(index: string, request: SearchRequest): Promise<SearchResponse<T>> {
    const started = performance.now();
    const settings = await this.settingsOf(index);
    const highlightAttributes = settings?.highlightAttributes ?? [];
    const query = request.q?.trim() ?? '';
    const params: SearchParams = {
      filter: toMeilisearchFilter(request.filter),
      facets: request.facets,
      sort: request.sort?.map(({ field, order }) => `${field}:${order}`),
      offset: Math.max(0, Math.floor(request.offset ?? 0)),
      limit: Math.max(0, Math.floor(request.limit ?? DEFAULT_LIMIT)),
      attributesToHighlight: highlightAttributes.length > 0 ? highlightAttributes : undefined,
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
      matchingStrategy: 'all',
    };
    const target = this.client.index<T>(this.uid(index));
    let response = await target.search<T>(query, params);
    // Every word must match when possible; otherwise drop words from the end, as the embedded engine does.
    if ((response.estimatedTotalHits ?? 0) === 0 && wordCount(query) > 1) {
      response = await target.search<T>(query, { ...params, matchingStrategy: 'last' });
    }

    const hits: SearchHit<T>[] = response.hits.map((hit) => {
      const { _formatted, _matchesPosition, _rankingScore, _rankingScoreDetails, _federation, ...document } =
        hit;
      const highlight: Record<string, string> = {};
      for (const attribute of highlightAttributes) {
        const text = formattedText(
          _formatted?.[attribute as keyof T] ?? document[attribute as keyof typeof document],
        );
        if (text === undefined) continue;
        highlight[attribute] = escapeHtml(text).replaceAll(PRE_TAG, '<mark>').replaceAll(POST_TAG, '</mark>');
      }
      return { document: document as unknown as T, highlight };
    });
    const facets: Record<string, Record<string, number>> = {};
    for (const facet of request.facets ?? []) facets[facet] = response.facetDistribution?.[facet] ?? {};
    return {
      hits,
      total: response.estimatedTotalHits ?? hits.length,
      facets,
      tookMs: performance.now() - started,
    };
  }

  async count(index: string, filter?: SearchFilter): Promise<number> {
    // The documents route counts exactly, unlike a search's estimate capped by maxTotalHits.
    const page = await this.client.index(this.uid(index)).getDocuments({
      filter: toMeilisearchFilter(filter),
      fields: ['id'],
      limit: 1,
    });
    return page.total;
  }

  async drop(index: string): Promise<void> {
    await this.settle(this.client.deleteIndex(this.uid(index)), 60_000, ['index_not_found']);
    this.settingsByIndex.delete(index);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      const answer = await this.client.health();
      return { ok: answer.status === 'available', detail: `${this.engine}: ${answer.status}` };
    } catch (error) {
      return { ok: false, detail: `${this.engine}: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    // The client holds no connections of its own (it uses fetch).
  }
}
