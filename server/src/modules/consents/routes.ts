import {
  CONSENT_KINDS,
  CONSENT_TEXT,
  ConsentRecord,
  ErrorEnvelope,
  GrantConsentBody,
  IdParams,
  ObjectIdString,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import * as consents from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };
const Bilingual = Type.Object({ vi: Type.String(), en: Type.String() });

const consentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/consents/purposes',
    {
      config: { public: true },
      schema: {
        tags: ['consents'],
        summary: 'What each consent means, in plain words',
        response: {
          200: Type.Array(Type.Object({ kind: Type.String(), title: Bilingual, text: Bilingual })),
        },
      },
    },
    async () => CONSENT_KINDS.map((kind) => ({ kind, ...CONSENT_TEXT[kind] })),
  );

  app.get(
    '/returnees/:id/consents',
    {
      schema: {
        tags: ['consents'],
        params: IdParams,
        response: { 200: Type.Array(ConsentRecord), ...errors },
      },
    },
    async (request) => consents.listConsents(app, request.requireActor(), request.params.id),
  );

  app.post(
    '/returnees/:id/consents',
    {
      schema: {
        tags: ['consents'],
        summary: 'Grant a consent (the person, or their counselor with them present)',
        params: IdParams,
        body: GrantConsentBody,
        response: { 201: ConsentRecord, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await consents.grantConsent(app, request, request.params.id, request.body.purpose)),
  );

  app.post(
    '/returnees/:id/consents/:consentId/revoke',
    {
      schema: {
        tags: ['consents'],
        summary: 'Revoke a consent; takes effect on the next use everywhere',
        params: Type.Object({ id: ObjectIdString, consentId: ObjectIdString }),
        response: { 200: ConsentRecord, ...errors },
      },
    },
    async (request) => consents.revokeConsent(app, request, request.params.id, request.params.consentId),
  );
};

export default consentRoutes;
