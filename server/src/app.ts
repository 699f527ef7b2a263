import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config';
import { heapReport } from './lib/heap';
import modules from './modules';
import auditPlugin from './plugins/audit';
import authPlugin from './plugins/auth';
import configPlugin from './plugins/config';
import dbPlugin, { type Database } from './plugins/db';
import errorsPlugin from './plugins/errors';
import i18nPlugin from './plugins/i18n';
import jobsPlugin from './plugins/jobs';
import mailPlugin from './plugins/mail';
import openapiPlugin from './plugins/openapi';
import postingsPlugin from './plugins/postings';
import realtimePlugin from './plugins/realtime';
import searchPlugin from './plugins/search';
import securityPlugin from './plugins/security';
import webPlugin from './plugins/web';
import type { SearchEngine } from './search/engine';

export interface AppOverrides {
  /** Reuse a connected database (tests, scripts). */
  database?: Database;
  /** Reuse a search engine (tests share one embedded engine between two instances). */
  search?: SearchEngine;
  logger?: FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[\w.-]{8,64}$/;

/**
 * Builds the Fastify app: external plugins, then our plugins (one concern each), then the domain modules
 * under /api, then the web app for everything else. It does not listen; server.ts and tests do.
 */
export async function buildApp(config: Config, overrides: AppOverrides = {}) {
  const app = Fastify({
    logger: overrides.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    // Behind our own SvelteKit (loopback) or a configured reverse proxy, X-Forwarded-* carry the client's address.
    trustProxy: config.trustProxy ? true : ['127.0.0.1', '::1'],
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    ajv: {
      customOptions: { allErrors: true, verbose: true, keywords: ['x-message'] },
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Start-up loads the open postings into memory (plugins/postings.ts): on FerretDB that reads ~2,500
    // documents a second, so 100k postings need about 40 s before the server may answer searches.
    pluginTimeout: 300_000,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(configPlugin, { config });
  await app.register(cookie);
  await app.register(i18nPlugin);
  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(openapiPlugin);
  await app.register(jobsPlugin);
  await app.register(dbPlugin, { database: overrides.database });
  await app.register(searchPlugin, { search: overrides.search });
  await app.register(mailPlugin);
  await app.register(realtimePlugin);
  await app.register(auditPlugin);
  await app.register(authPlugin);
  await app.register(postingsPlugin);
  await app.register(modules, { prefix: '/api' });
  await app.register(webPlugin);
  // Last of the onReady hooks: the start-up loads are done.
  app.addHook('onReady', async () => {
    const heap = heapReport();
    if (heap.nearLimit) {
      app.log.warn(
        heap,
        `The data loaded at start-up takes ${heap.usedMb} MB of the ${heap.limitMb} MB heap limit: raise it (NODE_OPTIONS=--max-old-space-size=<MB>, see docs/development.md) before the server runs out of memory.`,
      );
    } else app.log.info(heap, 'memory after start-up');
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
