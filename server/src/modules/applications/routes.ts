import {
  ApplicationListQuery,
  ApplicationView,
  ChangeApplicationStatusBody,
  CreateApplicationBody,
  EmployerApplicationView,
  ErrorEnvelope,
  IdParams,
  Page,
  ShareContactBody,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trusted } from 'mongoose';
import { registerDataSection, registerEraser } from '../privacy/service';
// Booth outcomes at job fairs reach applications (registers itself with the fairs module).
import './fair-outcomes';
import { applicationModel } from './model';
import * as applications from './service';

const errors = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
};

// A person's export has their applications; erasing them withdraws what is still open and forgets the
// message they wrote (the employer's pipeline keeps an anonymous line, which holds nothing about them).
registerDataSection('applications', async (app, { returneeId }) =>
  returneeId
    ? applicationModel(app.db.connection)
        .find({ returneeId }, { returneeId: 0 })
        .sort({ createdAt: 1 })
        .lean()
    : undefined,
);
registerEraser('applications', async (app, { returneeId }) => {
  if (!returneeId) return;
  const Application = applicationModel(app.db.connection);
  await Application.updateMany(
    { returneeId, status: trusted({ $in: ['submitted', 'viewed', 'interview', 'offered'] }) },
    {
      $set: { status: 'withdrawn' },
      $push: { history: { at: new Date(), status: 'withdrawn', by: 'system' } },
    },
  );
  await Application.updateMany({ returneeId }, { $unset: { message: 1 } });
});

const applicationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ── the person's side: themselves, their counselor, province admins ──
  app.post(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Apply to an open posting (the person, or their counselor with them); idempotent',
        body: CreateApplicationBody,
        response: { 200: ApplicationView, 201: ApplicationView, ...errors },
      },
    },
    async (request, reply) => {
      const { view, created } = await applications.apply(app, request, request.body);
      return reply.code(created ? 201 : 200).send(view);
    },
  );

  app.get(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'My applications, my caseload’s, or one person’s',
        querystring: ApplicationListQuery,
        response: { 200: Page(ApplicationView), ...errors },
      },
    },
    async (request) => applications.listForPerson(app, request.requireActor(), request.query),
  );

  app.get(
    '/applications/:id',
    { schema: { tags: ['applications'], params: IdParams, response: { 200: ApplicationView, ...errors } } },
    async (request) => applications.getForPerson(app, request.requireActor(), request.params.id),
  );

  app.post(
    '/applications/:id/withdraw',
    {
      schema: {
        tags: ['applications'],
        summary: 'Withdraw (the person or their counselor)',
        params: IdParams,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (request) => applications.withdraw(app, request, request.params.id),
  );

  app.post(
    '/applications/:id/share-contact',
    {
      schema: {
        tags: ['applications'],
        summary: 'Agree to share name and phone with this employer (consent)',
        params: IdParams,
        body: ShareContactBody,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (request) => applications.shareContact(app, request, request.params.id),
  );

  // ── the employer's side: anonymous until the person agrees ──
  const employerSide = { roles: ['employer', 'admin'] as const };
  app.get(
    '/employer/applications',
    {
      config: employerSide,
      schema: {
        tags: ['applications'],
        summary: 'Applications to my postings (anonymous candidates; names only with consent)',
        querystring: ApplicationListQuery,
        response: { 200: Page(EmployerApplicationView), ...errors },
      },
    },
    async (request) => applications.listForEmployer(app, request.requireActor(), request.query),
  );

  app.get(
    '/employer/applications/:id',
    {
      config: employerSide,
      schema: {
        tags: ['applications'],
        summary: 'One application (the first look by the employer marks it viewed)',
        params: IdParams,
        response: { 200: EmployerApplicationView, ...errors },
      },
    },
    async (request) => applications.getForEmployer(app, request, request.params.id),
  );

  app.post(
    '/employer/applications/:id/status',
    {
      config: employerSide,
      schema: {
        tags: ['applications'],
        summary: 'Move along the pipeline, or turn down with a reason from the list',
        params: IdParams,
        body: ChangeApplicationStatusBody,
        response: { 200: EmployerApplicationView, ...errors },
      },
    },
    async (request) => applications.changeStatusAsEmployer(app, request, request.params.id, request.body),
  );
};

export default applicationRoutes;
