// PLACEHOLDER — replaced by the search engine work (embedded + Meilisearch adapters).
import type { Config } from '../config';
import type { SearchEngine } from './engine';

export async function createSearchEngine(_config: Config): Promise<SearchEngine> {
  return {
    engine: 'placeholder',
    createIndex: async () => {},
    upsert: async () => {},
    delete: async () => {},
    search: async () => ({ hits: [], total: 0, facets: {}, tookMs: 0 }),
    count: async () => 0,
    drop: async () => {},
    health: async () => ({ ok: true }),
    close: async () => {},
  };
}
