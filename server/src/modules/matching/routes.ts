import { CandidatesResponse, ErrorEnvelope, IdParams, MatchesQuery, MatchesResponse } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as matching from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

const matchingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/returnees/:id/matches',
    {
      schema: {
        tags: ['matching'],
        summary:
          'Best open postings for a person, with reasons and gaps (the person, their counselor, admins)',
        params: IdParams,
        querystring: MatchesQuery,
        response: { 200: MatchesResponse, ...errors },
      },
    },
    async (request) => matching.matchesForReturnee(app, request, request.params.id, request.query.limit),
  );

  app.get(
    '/postings/:id/candidates',
    {
      config: { roles: ['employer', 'admin'] as const },
      schema: {
        tags: ['matching'],
        summary: 'Anonymous suggested candidates who agreed to be suggested (the employer, admins)',
        params: IdParams,
        querystring: MatchesQuery,
        response: { 200: CandidatesResponse, ...errors },
      },
    },
    async (request) => matching.candidatesForPosting(app, request, request.params.id, request.query.limit),
  );
};

export default matchingRoutes;
