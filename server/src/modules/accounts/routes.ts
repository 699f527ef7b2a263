import {
  ActivateBody,
  ChangePasswordBody,
  EmployerRegistrationBody,
  ErrorEnvelope,
  OkResponse,
  PasswordResetBody,
  PasswordResetRequestBody,
  SessionResponse,
  SessionUser,
  SignInBody,
  UpdateAccountBody,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TooManyRequestsError } from '../../lib/errors';
import * as accounts from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 429: ErrorEnvelope };

/** Per-IP limits on the doors people knock on without an account (per-identifier locks are in the service). */
function perIp(max: number, minutes: number) {
  return {
    max,
    timeWindow: minutes * 60_000,
    errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
      new TooManyRequestsError(context.ttl / 1000),
  };
}

const AccountResponse = Type.Object({
  ...SessionUser.properties,
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  createdAt: Type.String(),
});

const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/auth/session',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: SessionResponse } },
    },
    async (request) => ({
      user: request.actor ? accounts.toSessionUser({ ...request.actor, _id: request.actor.id }) : null,
    }),
  );

  app.post(
    '/auth/sign-in',
    {
      config: { public: true, rateLimit: perIp(30, 5) },
      schema: {
        tags: ['auth'],
        summary: 'Sign in by email or phone',
        body: SignInBody,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => ({ user: await accounts.signIn(app, request, reply, request.body) }),
  );

  app.post(
    '/auth/sign-out',
    { config: { public: true }, schema: { tags: ['auth'], response: { 200: OkResponse } } },
    async (request, reply) => {
      await accounts.signOut(app, request, reply, false);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      schema: {
        tags: ['auth'],
        summary: 'End every session of this account',
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request, reply) => {
      await accounts.signOut(app, request, reply, true);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/activate',
    {
      config: { public: true, rateLimit: perIp(10, 15) },
      schema: {
        tags: ['auth'],
        summary: 'Set the first password with an activation link or code',
        body: ActivateBody,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => ({ user: await accounts.activate(app, request, reply, request.body) }),
  );

  app.post(
    '/auth/password-reset/request',
    {
      config: { public: true, rateLimit: perIp(5, 15) },
      schema: {
        tags: ['auth'],
        summary: 'Email a reset link (same answer whether or not the account exists)',
        body: PasswordResetRequestBody,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      await accounts.requestPasswordReset(app, request.body.identifier);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { public: true, rateLimit: perIp(10, 15) },
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with a reset link',
        body: PasswordResetBody,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => ({ user: await accounts.resetPassword(app, request, reply, request.body) }),
  );

  app.post(
    '/register/employer',
    {
      config: { public: true, rateLimit: perIp(10, 60) },
      schema: {
        tags: ['auth', 'employers'],
        summary: 'Register a company and its first account (unverified until an admin checks it)',
        body: EmployerRegistrationBody,
        response: { 201: Type.Object({ user: SessionUser, employerId: Type.String() }), ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.registerEmployer(app, request, reply, request.body)),
  );

  app.get(
    '/account',
    { schema: { tags: ['account'], response: { 200: AccountResponse, ...errors } } },
    async (request) => accounts.getAccount(app, request.requireActor().id),
  );

  app.patch(
    '/account',
    { schema: { tags: ['account'], body: UpdateAccountBody, response: { 200: AccountResponse, ...errors } } },
    async (request) => accounts.updateAccount(app, request.requireActor().id, request.body),
  );

  app.post(
    '/account/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change password (ends other sessions)',
        body: ChangePasswordBody,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request, reply) => {
      await accounts.changePassword(app, request, reply, request.body);
      return { ok: true as const };
    },
  );
};

export default accountRoutes;
