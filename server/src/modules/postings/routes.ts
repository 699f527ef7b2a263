import {
  ErrorEnvelope,
  IdParams,
  ModerationQueueQuery,
  MyPostingsResponse,
  OkResponse,
  Page,
  PostingDetail,
  PostingInput,
  PostingListQuery,
  PostingSummary,
  SendBackBody,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { registerImportRoutes } from './import-routes';
import * as postings from './service';

const errors = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
};

/** Employers write postings; province admins moderate them. The public board is in modules/jobs. */
const postingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const employer = { roles: ['employer'] as const };
  const admin = { roles: ['admin'] as const };
  const tags = ['postings'];

  app.get(
    '/postings',
    {
      config: employer,
      schema: {
        tags,
        summary: "My company's postings, with counts per status",
        querystring: PostingListQuery,
        response: { 200: MyPostingsResponse, ...errors },
      },
    },
    async (request) => postings.listMyPostings(app, request.requireActor(), request.query),
  );

  app.post(
    '/postings',
    {
      config: employer,
      schema: {
        tags,
        summary: 'Write a posting (saved as a draft)',
        body: PostingInput,
        response: { 201: PostingDetail, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await postings.createPosting(app, request, request.body)),
  );

  app.get(
    '/postings/:id',
    {
      config: { roles: ['employer', 'admin'] as const },
      schema: { tags, params: IdParams, response: { 200: PostingDetail, ...errors } },
    },
    async (request) => postings.getPosting(app, request.requireActor(), request.params.id),
  );

  app.put(
    '/postings/:id',
    {
      config: employer,
      schema: {
        tags,
        summary:
          'Change a posting (an open one goes back to review unless only vacancies or deadline change)',
        params: IdParams,
        body: PostingInput,
        response: { 200: PostingDetail, ...errors },
      },
    },
    async (request) => postings.updatePosting(app, request, request.params.id, request.body),
  );

  app.delete(
    '/postings/:id',
    {
      config: employer,
      schema: { tags, summary: 'Delete a draft', params: IdParams, response: { 200: OkResponse, ...errors } },
    },
    async (request) => {
      await postings.deletePosting(app, request, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/postings/:id/submit',
    {
      config: employer,
      schema: {
        tags,
        summary: 'Send a draft for review (verified employers only)',
        params: IdParams,
        response: { 200: PostingDetail, ...errors },
      },
    },
    async (request) => postings.submitPosting(app, request, request.params.id),
  );

  for (const outcome of ['closed', 'filled'] as const) {
    app.post(
      outcome === 'closed' ? '/postings/:id/close' : '/postings/:id/fill',
      {
        config: { roles: ['employer', 'admin'] as const },
        schema: {
          tags,
          summary:
            outcome === 'closed'
              ? 'Close a posting (its employer, or a province admin taking it down)'
              : 'Mark a posting filled',
          params: IdParams,
          response: { 200: PostingDetail, ...errors },
        },
      },
      async (request) => postings.closePosting(app, request, request.params.id, outcome),
    );
  }

  app.get(
    '/admin/postings',
    {
      config: admin,
      schema: {
        tags: ['admin', ...tags],
        summary: 'Moderation queue of my provinces (pending, oldest first)',
        querystring: Type.Object({
          ...ModerationQueueQuery.properties,
          q: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Page(PostingSummary), ...errors },
      },
    },
    async (request) => postings.moderationQueue(app, request.requireActor(), request.query),
  );

  app.post(
    '/admin/postings/:id/approve',
    {
      config: admin,
      schema: { tags: ['admin', ...tags], params: IdParams, response: { 200: PostingDetail, ...errors } },
    },
    async (request) => postings.approvePosting(app, request, request.params.id),
  );

  app.post(
    '/admin/postings/:id/send-back',
    {
      config: admin,
      schema: {
        tags: ['admin', ...tags],
        summary: 'Send a posting back to its employer with a reason (emailed)',
        params: IdParams,
        body: SendBackBody,
        response: { 200: PostingDetail, ...errors },
      },
    },
    async (request) => postings.sendBackPosting(app, request, request.params.id, request.body.reason),
  );

  await registerImportRoutes(app);
};

export default postingRoutes;
