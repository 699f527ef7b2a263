import { ErrorEnvelope, IdParams, StringEnum } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import * as privacy from './service';

const errors = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
};
const DeletionRequest = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  returneeId: Type.Optional(Type.String()),
  displayName: Type.String(),
  reason: Type.Optional(Type.String()),
  status: Type.String(),
  requestedAt: Type.String(),
  decidedAt: Type.Optional(Type.String()),
  decisionNote: Type.Optional(Type.String()),
});

const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/data',
    // The response is the person's own data in full: no schema on purpose, every module adds its section.
    { schema: { tags: ['privacy'], summary: 'Download all my data (JSON)' } },
    async (request, reply) => {
      const data = await privacy.exportMyData(app, request);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="du-lieu-cua-toi-${new Date().toISOString().slice(0, 10)}.json"`,
        )
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.post(
    '/me/deletion-request',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Ask for my data to be deleted (an admin of my province decides)',
        body: Type.Object(
          { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.String(), status: Type.String(), requestedAt: Type.String() }),
          ...errors,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await privacy.requestDeletion(app, request.requireActor(), request.body.reason)),
  );

  app.get(
    '/me/deletion-request',
    {
      schema: {
        tags: ['privacy'],
        summary: 'My latest deletion request, if any',
        response: {
          200: Type.Union([
            Type.Object({
              id: Type.String(),
              status: Type.String(),
              requestedAt: Type.String(),
              decidedAt: Type.Optional(Type.String()),
            }),
            Type.Null(),
          ]),
          ...errors,
        },
      },
    },
    async (request) => privacy.myDeletionRequest(app, request.requireActor()),
  );

  app.get(
    '/admin/deletion-requests',
    {
      config: { roles: ['admin'] },
      schema: {
        tags: ['admin', 'privacy'],
        querystring: Type.Object({ status: Type.Optional(StringEnum(['pending', 'completed', 'rejected'])) }),
        response: { 200: Type.Array(DeletionRequest), ...errors },
      },
    },
    async (request) => privacy.listDeletionRequests(app, request.requireActor(), request.query.status),
  );

  app.post(
    '/admin/deletion-requests/:id/:decision',
    {
      config: { roles: ['admin'] },
      schema: {
        tags: ['admin', 'privacy'],
        summary: 'Complete (erase) or reject a deletion request',
        params: Type.Object({ id: IdParams.properties.id, decision: StringEnum(['complete', 'reject']) }),
        body: Type.Object(
          { note: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Type.String(), status: Type.String() }), ...errors },
      },
    },
    async (request) =>
      privacy.decideDeletion(app, request, request.params.id, request.params.decision, request.body.note),
  );
};

export default privacyRoutes;
