import type { Role } from '@ctn/shared';
import fp from 'fastify-plugin';
import type { Actor } from '../auth/actor';
import { ForbiddenError, UnauthenticatedError } from '../lib/errors';
import { userModel } from '../modules/accounts/model';
import {
  deleteSession,
  resolveSession,
  SESSION_COOKIE,
  sweepExpiredSessions,
} from '../modules/accounts/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Routes use `request.requireActor()`. */
    actor: Actor | null;
    requireActor(): Actor;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Everything else under /api requires a session. */
    public?: boolean;
    /** Route-level role gate (403). Object-level rules live in each module's policy (404 for others' objects). */
    roles?: readonly Role[];
  }
}

/**
 * Sessions from the `ctn_session` cookie: resolves the actor on every /api request, then enforces
 * "signed in unless declared public" and the route's role list. Expired sessions are swept hourly.
 */
export default fp(
  async (app) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('requireActor', function requireActor(this: { actor: Actor | null }) {
      if (!this.actor) throw new UnauthenticatedError();
      return this.actor;
    });

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await resolveSession(app.db.connection, token);
      const user = session ? await userModel(app.db.connection).findById(session.userId).lean() : null;
      if (!session || !user || user.status !== 'active') {
        if (session) await deleteSession(app.db.connection, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return;
      }
      request.actor = {
        id: String(user._id),
        displayName: user.displayName,
        roles: user.roles as Role[],
        provinceCodes: user.provinceCodes,
        employerId: user.employerId ? String(user.employerId) : undefined,
        returneeId: user.returneeId ? String(user.returneeId) : undefined,
        locale: user.locale === 'en' ? 'en' : 'vi',
        sessionId: session._id,
      };
      // A signed-in person's own language wins over the browser's, unless they switched it on this device.
      if (!request.cookies.lang) request.locale = request.actor.locale;
    });

    app.addHook('preHandler', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const config = request.routeOptions.config;
      if (config.public) return;
      const actor = request.requireActor();
      if (config.roles && !config.roles.some((role) => actor.roles.includes(role)))
        throw new ForbiddenError();
    });

    app.jobs.every('sessions.sweep', 60 * 60 * 1000, () => sweepExpiredSessions(app.db.connection));
  },
  { name: 'auth', dependencies: ['db', 'jobs', 'i18n', 'errors'] },
);
