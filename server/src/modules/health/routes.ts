import { HealthResponse } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const startedAt = Date.now();

async function timed<T>(
  check: () => Promise<T>,
): Promise<{ ok: boolean; latencyMs: number; detail?: string }> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      detail: (error as Error).message,
    };
  }
}

/** GET /api/health — each dependency with the engine that serves it; 503 when one is down. */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Health of the API and its dependencies',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const [db, search, mail] = await Promise.all([
        timed(() => app.db.ping()),
        timed(async () => {
          const result = await app.searchEngine.health();
          if (!result.ok) throw new Error(result.detail ?? 'search unavailable');
        }),
        timed(async () => {
          const result = await app.mail.health();
          if (!result.ok) throw new Error(result.detail ?? 'mail unavailable');
        }),
      ]);
      const body = {
        ok: db.ok && search.ok && mail.ok,
        version: '0.1.0',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        dependencies: {
          db: { ...db, engine: app.db.engine },
          search: { ...search, engine: app.searchEngine.engine },
          mail: { ...mail, engine: app.mail.transportName },
        },
      };
      return reply.code(body.ok ? 200 : 503).send(body);
    },
  );
};

export default healthRoutes;
