import {
  EmployerAdminQuery,
  EmployerDetail,
  ErrorEnvelope,
  IdParams,
  Page,
  UpdateEmployerProfileBody,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as employers from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

const employerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admin = { roles: ['admin'] as const };

  app.get(
    '/admin/employers',
    {
      config: admin,
      schema: {
        tags: ['admin', 'employers'],
        querystring: EmployerAdminQuery,
        response: { 200: Page(EmployerDetail), ...errors },
      },
    },
    async (request) => employers.listEmployersForAdmin(app, request.requireActor(), request.query),
  );

  app.post(
    '/admin/employers/:id/verify',
    {
      config: admin,
      schema: {
        tags: ['admin', 'employers'],
        summary: 'Mark a company verified (it may then publish)',
        params: IdParams,
        response: { 200: EmployerDetail, ...errors },
      },
    },
    async (request) => employers.setEmployerVerified(app, request, request.params.id, true),
  );

  app.get(
    '/employers/:id',
    {
      config: { roles: ['employer', 'admin'] as const },
      schema: {
        tags: ['employers'],
        summary: 'The company as its members and province admins see it',
        params: IdParams,
        response: { 200: EmployerDetail, ...errors },
      },
    },
    async (request) => employers.getEmployerForMember(app, request.requireActor(), request.params.id),
  );

  app.patch(
    '/employers/:id',
    {
      config: { roles: ['employer', 'admin'] as const },
      schema: {
        tags: ['employers'],
        summary: 'Edit the public company profile (description, website, address, commune, industry)',
        params: IdParams,
        body: UpdateEmployerProfileBody,
        response: { 200: EmployerDetail, ...errors },
      },
    },
    async (request) => employers.updateEmployerProfile(app, request, request.params.id, request.body),
  );

  app.post(
    '/admin/employers/:id/unverify',
    {
      config: admin,
      schema: {
        tags: ['admin', 'employers'],
        params: IdParams,
        response: { 200: EmployerDetail, ...errors },
      },
    },
    async (request) => employers.setEmployerVerified(app, request, request.params.id, false),
  );
};

export default employerRoutes;
