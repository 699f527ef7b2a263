import {
  AssignReturneeBody,
  CaseRecord,
  CreateReferralBody,
  CreateReturneeAccountBody,
  CreateReturneeBody,
  ErrorEnvelope,
  IdParams,
  Page,
  ReferralParams,
  ReturneeAccountResponse,
  ReturneeListQuery,
  ReturneeProfile,
  ReturneeSummary,
  UpdateCaseBody,
  UpdateReferralBody,
  UpdateReturneeProfileBody,
  VerifyCertificateBody,
  VerifyCertificateParams,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as cases from '../cases/service';
import { canReadReturnee } from './policy';
import * as returnees from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

const returneeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const staff = { roles: ['admin', 'counselor'] as const };

  app.post(
    '/returnees',
    {
      config: staff,
      schema: {
        tags: ['returnees'],
        summary: 'Start a profile (joins my caseload)',
        body: CreateReturneeBody,
        response: { 201: ReturneeSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await returnees.createReturnee(app, request, request.body)),
  );

  app.get(
    '/returnees',
    {
      config: staff,
      schema: {
        tags: ['returnees'],
        summary: 'My caseload (counselor) or my provinces (admin)',
        querystring: ReturneeListQuery,
        response: { 200: Page(ReturneeSummary), ...errors },
      },
    },
    async (request) => returnees.listReturnees(app, request.requireActor(), request.query),
  );

  app.get(
    '/returnees/:id',
    { schema: { tags: ['returnees'], params: IdParams, response: { 200: ReturneeSummary, ...errors } } },
    async (request) =>
      returnees.toReturneeSummary(
        await returnees.loadReturneeFor(app, request.requireActor(), request.params.id, canReadReturnee),
      ),
  );

  app.get(
    '/returnees/:id/profile',
    {
      schema: {
        tags: ['returnees'],
        summary: 'The matching profile (assigned counselor, province admin, the person)',
        params: IdParams,
        response: { 200: ReturneeProfile, ...errors },
      },
    },
    async (request) =>
      returnees.toReturneeProfile(
        await returnees.loadReturneeFor(app, request.requireActor(), request.params.id, canReadReturnee),
      ),
  );

  app.patch(
    '/returnees/:id/profile',
    {
      schema: {
        tags: ['returnees'],
        summary: 'Save one or more sections of the profile',
        params: IdParams,
        body: UpdateReturneeProfileBody,
        response: { 200: ReturneeProfile, ...errors },
      },
    },
    async (request) => returnees.updateProfile(app, request, request.params.id, request.body),
  );

  app.post(
    '/returnees/:id/certificates/:certificateId/verify',
    {
      config: staff,
      schema: {
        tags: ['returnees'],
        summary: 'Mark a certificate verified after seeing the paper (or take it back)',
        params: VerifyCertificateParams,
        body: VerifyCertificateBody,
        response: { 200: ReturneeProfile, ...errors },
      },
    },
    async (request) =>
      returnees.verifyCertificate(
        app,
        request,
        request.params.id,
        request.params.certificateId,
        request.body.verified,
      ),
  );

  app.post(
    '/returnees/:id/assign',
    {
      config: staff,
      schema: {
        tags: ['returnees'],
        summary: 'Take into my caseload, or (admin) assign to a counselor',
        params: IdParams,
        body: AssignReturneeBody,
        response: { 200: ReturneeSummary, ...errors },
      },
    },
    async (request) => returnees.assignReturnee(app, request, request.params.id, request.body.counselorId),
  );

  app.post(
    '/returnees/:id/account',
    {
      config: staff,
      schema: {
        tags: ['returnees'],
        summary: 'Open a sign-in account and get a one-time activation code',
        params: IdParams,
        body: CreateReturneeAccountBody,
        response: { 201: ReturneeAccountResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await returnees.createReturneeAccount(app, request, request.params.id, request.body)),
  );

  app.get(
    '/returnees/:id/case',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        summary: 'Case record (audit-logged read)',
        params: IdParams,
        response: { 200: CaseRecord, ...errors },
      },
    },
    async (request) => cases.readCase(app, request, request.params.id),
  );

  app.patch(
    '/returnees/:id/case',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        summary: 'Update the case record (audit-logged)',
        params: IdParams,
        body: UpdateCaseBody,
        response: { 200: CaseRecord, ...errors },
      },
    },
    async (request) => cases.updateCase(app, request, request.params.id, request.body),
  );

  app.post(
    '/returnees/:id/case/referrals',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        summary: 'Refer to a VBSP loan, vocational training or ID papers (audit-logged)',
        params: IdParams,
        body: CreateReferralBody,
        response: { 201: CaseRecord, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await cases.addReferral(app, request, request.params.id, request.body)),
  );

  app.patch(
    '/returnees/:id/case/referrals/:referralId',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        summary: 'Record the progress or outcome of a referral (audit-logged)',
        params: ReferralParams,
        body: UpdateReferralBody,
        response: { 200: CaseRecord, ...errors },
      },
    },
    async (request) =>
      cases.updateReferral(app, request, request.params.id, request.params.referralId, request.body),
  );
};

export default returneeRoutes;
