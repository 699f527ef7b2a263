import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { ForbiddenError } from '../lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security headers, opt-in rate limiting, and CSRF protection by origin check: a state-changing request
 * that carries cookies must come from our own origin (Origin header), or at least not be marked
 * cross-site by the browser (Sec-Fetch-Site). SameSite=Lax cookies are the second line. CORS stays off:
 * the API answers same-origin pages only.
 */
export default fp(
  async (app) => {
    // The web pages set their own CSP (SvelteKit, with hashes for its inline scripts); API responses get a
    // deny-all policy below.
    const https = app.config.publicUrl.startsWith('https:');
    await app.register(helmet, {
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      // HSTS only makes sense over HTTPS; on a fair-hall laptop served over plain HTTP it would lock people out.
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      // Not `no-referrer`: with it Chromium sends `Origin: null` on our own form posts and the CSRF origin
      // checks refuse them. `same-origin` still sends nothing to other sites.
      referrerPolicy: { policy: 'same-origin' },
    });
    await app.register(rateLimit, { global: false });

    const publicOrigin = new URL(app.config.publicUrl).origin;

    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
        reply.header('cache-control', 'no-store');
      }
      if (SAFE_METHODS.has(request.method) || !request.headers.cookie) return;
      const origin = request.headers.origin;
      if (origin !== undefined) {
        const own = `${request.protocol}://${request.host}`;
        if (origin !== own && origin !== publicOrigin) throw new ForbiddenError('CSRF_REJECTED');
      } else if (request.headers['sec-fetch-site'] === 'cross-site') {
        throw new ForbiddenError('CSRF_REJECTED');
      }
    });
  },
  { name: 'security', dependencies: ['config', 'errors'] },
);
