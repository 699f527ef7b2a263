import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fp from 'fastify-plugin';
import { NotFoundError } from '../lib/errors';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Header through which the web app learns where to call the API in-process; never trusted from clients. */
export const INTERNAL_API_HEADER = 'x-ctn-internal-api';

/**
 * Serves the SvelteKit app (adapter-node build) on the same port as the API: everything outside /api goes
 * to SvelteKit before Fastify parses the body, so form posts reach SvelteKit's actions untouched.
 */
export default fp(
  async (app) => {
    // Unknown API paths answer with the JSON envelope, never with an HTML page.
    app.all('/api/*', { config: { public: true }, schema: { hide: true } }, async () => {
      throw new NotFoundError();
    });

    const dir = app.config.webBuildDir;
    if (!dir) return;
    const handlerFile = path.join(dir, 'handler.js');
    if (!existsSync(handlerFile)) {
      app.log.warn(
        `web app not built (${handlerFile} is missing): run \`npm run build\`; serving the API only`,
      );
      app.get('/', { schema: { hide: true } }, async (_request, reply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send(
            'Giao diện web chưa được build. Chạy `npm run build` rồi khởi động lại.\nThe web app is not built: run `npm run build` and restart.',
          ),
      );
      return;
    }
    // Tells the web app it runs inside this process, so it may trust INTERNAL_API_HEADER (set below on every
    // request, overwriting anything a client sent).
    (globalThis as Record<symbol, unknown>)[Symbol.for('ctn.web.embedded')] = true;
    // adapter-node reads these at import: it takes protocol, host and client address from headers that we
    // set on every request from Fastify's view (which honours TRUST_PROXY), never from the client.
    process.env.PROTOCOL_HEADER = 'x-ctn-proto';
    process.env.HOST_HEADER = 'x-ctn-host';
    process.env.ADDRESS_HEADER = 'x-ctn-client-ip';
    process.env.XFF_DEPTH = '1';
    const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: NodeHandler };

    app.route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      url: '/*',
      schema: { hide: true },
      onRequest: (request, reply, done) => {
        const socket = request.raw.socket;
        const host = socket.localAddress?.includes(':') ? `[${socket.localAddress}]` : socket.localAddress;
        const headers = request.raw.headers;
        headers[INTERNAL_API_HEADER] = `http://${host}:${socket.localPort}`;
        headers['x-ctn-proto'] = request.protocol;
        headers['x-ctn-host'] = request.host;
        headers['x-ctn-client-ip'] = request.ip;
        reply.hijack();
        handler(request.raw, reply.raw, () => {
          reply.raw.statusCode = 404;
          reply.raw.end('Not found');
        });
        done();
      },
      handler: async () => undefined,
    });
  },
  { name: 'web', dependencies: ['config', 'errors'] },
);
