import fp from 'fastify-plugin';
import { createSearchEngine } from '../search';
import type { SearchEngine } from '../search/engine';

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: SearchEngine;
  }
}

/** `app.searchEngine`: Meilisearch when MEILI_URL is set, otherwise the embedded in-process engine. */
export default fp<{ search?: SearchEngine }>(
  async (app, options) => {
    const engine = options.search ?? (await createSearchEngine(app.config));
    app.decorate('searchEngine', engine);
    app.addHook('onClose', async () => engine.close());
  },
  { name: 'search', dependencies: ['config'] },
);
