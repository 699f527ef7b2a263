import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { onChange } from '../../lib/changes';
import { MatchingStore } from './store';

declare module 'fastify' {
  interface FastifyInstance {
    /** Matching's in-memory indexes (modules/matching/store.ts). */
    matching: MatchingStore;
  }
}

/** One store per app instance: tests run several instances in one process, each with its own. */
const stores = new WeakMap<object, MatchingStore>();
export function matchingStoreOf(app: FastifyInstance): MatchingStore | undefined {
  return stores.get(app.db.connection);
}

// This instance's writes reach its store at once; other instances' arrive with the sync job.
onChange('returnee', (app, id) => matchingStoreOf(app)?.refreshReturnees([id]));
onChange('case', (app, id) => matchingStoreOf(app)?.refreshCases([id]));
onChange('consent', (app) => matchingStoreOf(app)?.refreshConsents());
onChange('application', (app, id) => matchingStoreOf(app)?.refreshApplication(id));

/**
 * Registered in modules/index.ts before the matching and applications routes: decorates the store,
 * follows the open postings, loads people when the app is ready and keeps them in sync.
 */
export default fp(
  async (app) => {
    const store = new MatchingStore(app);
    stores.set(app.db.connection, store);
    app.decorate('matching', store);
    store.follow(app.openPostings);
    app.addHook('onReady', async () => {
      const { returnees, ms } = await store.load();
      app.log.info({ returnees, ms: Math.round(ms) }, 'matching profiles loaded');
    });
    app.addHook('onClose', async () => store.close());
    // Every sync query is a full scan on FerretDB: every 30 s there, 5 s on MongoDB (indexed).
    app.jobs.every('matching.sync', app.db.isMongoDB ? 5_000 : 30_000, () => store.sync());
  },
  { name: 'matching-store' },
);
