import type { Config } from '../config';
import { EmbeddedSearchEngine } from './embedded';
import type { SearchEngine } from './engine';
import { MeilisearchEngine } from './meilisearch';

/** Meilisearch when MEILI_URL is set, otherwise the embedded in-process engine. */
export async function createSearchEngine(config: Pick<Config, 'meili'>): Promise<SearchEngine> {
  if (config.meili) return MeilisearchEngine.connect(config.meili);
  return new EmbeddedSearchEngine();
}
