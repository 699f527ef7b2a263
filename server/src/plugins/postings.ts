import fp from 'fastify-plugin';
import { PostingIndex } from '../modules/postings/index-sync';
import { OpenPostingsRegistry } from '../modules/postings/registry';
import { closeExpiredPostings } from '../modules/postings/service';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every live posting of the job board, in memory; see modules/postings/registry.ts. */
    openPostings: OpenPostingsRegistry;
    /** Search index + registry maintenance (start-up load, local writes, sync, reindex). */
    postingIndex: PostingIndex;
  }
}

/**
 * The job board's in-memory side: loads the open postings at start (before the server listens), applies
 * this instance's writes at once, and follows other instances' writes with the `postings.search-sync` job.
 * `postings.expire` closes postings whose deadline has passed.
 */
export default fp(
  async (app) => {
    const registry = new OpenPostingsRegistry((err) =>
      app.log.error({ err }, 'open-postings listener failed'),
    );
    const index = new PostingIndex(app.db.connection, app.searchEngine, registry, app.log);
    app.decorate('openPostings', registry);
    app.decorate('postingIndex', index);

    app.addHook('onReady', async () => {
      const { postings, ms } = await index.start();
      app.log.info({ postings, ms: Math.round(ms) }, 'job board loaded');
    });
    // Every sync query is a full scan on FerretDB: every 30 s there, 5 s on MongoDB (indexed).
    app.jobs.every('postings.search-sync', app.db.isMongoDB ? 5_000 : 30_000, () => index.sync());
    app.jobs.every('postings.expire', 10 * 60_000, () => closeExpiredPostings(app));
  },
  { name: 'postings', dependencies: ['db', 'search', 'jobs', 'mail', 'audit'] },
);
