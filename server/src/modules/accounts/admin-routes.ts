import {
  ErrorEnvelope,
  IdParams,
  InviteStaffBody,
  Page,
  UpdateUserBody,
  UserListQuery,
  UserSummary,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as admin from './admin';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

/** /api/admin/users — province admins manage the accounts of their province. */
const adminUserRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { roles: ['admin'] as const };

  app.get(
    '/admin/users',
    {
      config,
      schema: {
        tags: ['admin'],
        summary: 'Users of my provinces',
        querystring: UserListQuery,
        response: { 200: Page(UserSummary), ...errors },
      },
    },
    async (request) => admin.listUsers(app, request.requireActor(), request.query),
  );

  app.post(
    '/admin/users/invite',
    {
      config,
      schema: {
        tags: ['admin'],
        summary: 'Invite a staff member by email',
        body: InviteStaffBody,
        response: { 201: UserSummary, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await admin.inviteStaff(app, request, request.body)),
  );

  app.patch(
    '/admin/users/:id',
    {
      config,
      schema: {
        tags: ['admin'],
        summary: 'Change roles, provinces or status',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSummary, ...errors },
      },
    },
    async (request) => admin.updateUser(app, request, request.params.id, request.body),
  );

  app.post(
    '/admin/users/:id/resend-invitation',
    {
      config,
      schema: {
        tags: ['admin'],
        summary: 'Email a new invitation link to an invited staff member',
        params: IdParams,
        response: { 200: UserSummary, ...errors },
      },
    },
    async (request) => admin.resendInvitation(app, request, request.params.id),
  );
};

export default adminUserRoutes;
