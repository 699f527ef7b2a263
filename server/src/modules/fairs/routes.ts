import {
  BoothApplyBody,
  BoothDecisionBody,
  BoothLiveView,
  BoothView,
  CallNextResponse,
  CheckinBody,
  CheckinResponse,
  CreateFairBody,
  DashboardSnapshot,
  ErrorEnvelope,
  FairBoothParams,
  FairComparisonQuery,
  FairComparisonRow,
  FairDetail,
  FairListQuery,
  FairOrganizersBody,
  FairReport,
  FairStaffView,
  FairStatusBody,
  FairSummary,
  IdParams,
  ItineraryItem,
  NoShowBody,
  OrganizerOption,
  OutcomeBody,
  QueueJoinBody,
  QueueJoinResponse,
  RegisterBody,
  RegistrationParams,
  RegistrationView,
  Roster,
  ScreenQuery,
  StaffQueueJoinBody,
  TicketParams,
  TicketView,
  UpdateFairBody,
  WalkInBody,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError, TooManyRequestsError } from '../../lib/errors';
import { registerConsentTarget } from '../consents/service';
import { registerDataSection, registerEraser } from '../privacy/service';
import { registerCaseloadFilter } from '../returnees/service';
import * as day from './day';
import { closeRuntimes, evictIdleRuntimes } from './live';
import { registrationModel } from './model';
import * as registrations from './registrations';
import * as report from './report';
import * as fairs from './service';

const errors = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
};

/** Ticket codes are keys: guessing them is slowed down per address. */
const perIp = (max: number) => ({
  max,
  timeWindow: 60_000,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    new TooManyRequestsError(context.ttl / 1000),
});

// ── hooks into other modules ─────────────────────────────────────────────────────────────────────────────

registerConsentTarget('fair', async (app, id) => !!(await fairs.findFair(app, id)));

// `?filter=fair:<id>` on the caseload: my people registered for that fair.
registerCaseloadFilter('fair', async (app, actor, fairId) => {
  if (!fairId) return [];
  const rows = await registrationModel(app.db.connection)
    .find({ fairId, status: 'registered', counselorId: actor.id }, { returneeId: 1 })
    .lean();
  return rows.filter((r) => r.returneeId).map((r) => String(r.returneeId));
});

registerDataSection('fairRegistrations', async (app, { returneeId }) =>
  returneeId
    ? registrationModel(app.db.connection)
        .find(
          { returneeId },
          {
            fairId: 1,
            number: 1,
            ticketCode: 1,
            displayName: 1,
            status: 1,
            registeredAt: 1,
            registeredBy: 1,
          },
        )
        .lean()
    : undefined,
);
// Registrations stay as counts in past reports; nothing in them points to the person any more.
registerEraser('fairRegistrations', async (app, { returneeId }) => {
  if (!returneeId) return;
  await registrationModel(app.db.connection).updateMany(
    { returneeId },
    {
      $set: { displayName: 'Người dùng đã xóa', searchKey: '' },
      $unset: { phone: 1, returneeId: 1, counselorId: 1 },
    },
  );
});

const fairRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Who may follow `fair:<id>` live: the fair's staff, its booths' companies, and the hall screen's key.
  app.realtime.registerStream('fair', {
    async authorize(request, id) {
      const fair = await fairs.findFair(app, id);
      const key = (request.query as { key?: unknown }).key;
      if (fair && typeof key === 'string' && key === fair.screenKey) return true;
      const actor = request.requireActor();
      if (!fair || !(await day.canListen(app, actor, fair))) throw new NotFoundError();
      return true;
    },
  });
  app.jobs.every('fairs.evict-idle', 60_000, () => evictIdleRuntimes(app));
  app.addHook('onClose', async () => closeRuntimes(app));

  const admin = { roles: ['admin'] as const };
  const staff = { roles: ['admin', 'organizer'] as const };

  // ── fairs ──
  app.get(
    '/fairs',
    {
      config: { public: true },
      schema: {
        tags: ['fairs'],
        summary: 'Job fairs, newest first (drafts only for their planners)',
        querystring: FairListQuery,
        response: { 200: Type.Array(FairSummary), ...errors },
      },
    },
    async (request) => fairs.listFairs(app, request.actor, request.query),
  );

  app.post(
    '/fairs',
    {
      config: admin,
      schema: {
        tags: ['fairs'],
        summary: 'Plan a fair (admin)',
        body: CreateFairBody,
        response: { 201: FairStaffView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await fairs.createFair(app, request, request.body)),
  );

  app.get(
    '/fairs/:id',
    {
      config: { public: true },
      schema: {
        tags: ['fairs'],
        summary: 'A fair with its booths',
        params: IdParams,
        response: { 200: FairDetail, ...errors },
      },
    },
    async (request) => fairs.getFairDetail(app, request.actor, request.params.id),
  );

  app.get(
    '/fairs/:id/staff',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'The fair as its admins and organizers see it (all booths, organizers, screen key)',
        params: IdParams,
        response: { 200: FairStaffView, ...errors },
      },
    },
    async (request) => fairs.getStaffView(app, request.requireActor(), request.params.id),
  );

  app.patch(
    '/fairs/:id',
    {
      config: admin,
      schema: {
        tags: ['fairs'],
        params: IdParams,
        body: UpdateFairBody,
        response: { 200: FairStaffView, ...errors },
      },
    },
    async (request) => fairs.updateFair(app, request, request.params.id, request.body),
  );

  app.post(
    '/fairs/:id/status',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'Move the fair on: registration, live, closed, reported',
        params: IdParams,
        body: FairStatusBody,
        response: { 200: FairStaffView, ...errors },
      },
    },
    async (request) => fairs.changeStatus(app, request, request.params.id, request.body.status),
  );

  app.put(
    '/fairs/:id/organizers',
    {
      config: admin,
      schema: {
        tags: ['fairs'],
        params: IdParams,
        body: FairOrganizersBody,
        response: { 200: FairStaffView, ...errors },
      },
    },
    async (request) => fairs.setOrganizers(app, request, request.params.id, request.body.organizerIds),
  );

  app.get(
    '/fairs/:id/organizer-options',
    {
      config: admin,
      schema: {
        tags: ['fairs'],
        params: IdParams,
        response: { 200: Type.Array(OrganizerOption), ...errors },
      },
    },
    async (request) => fairs.organizerOptions(app, request.requireActor(), request.params.id),
  );

  // ── booths ──
  app.post(
    '/fairs/:id/booths',
    {
      config: { roles: ['employer'] as const },
      schema: {
        tags: ['fairs'],
        summary: 'Ask for a booth with some open postings (verified employers)',
        params: IdParams,
        body: BoothApplyBody,
        response: { 200: BoothView, ...errors },
      },
    },
    async (request) => fairs.applyForBooth(app, request, request.params.id, request.body),
  );

  app.post(
    '/fairs/:id/booths/:boothId/decision',
    {
      config: admin,
      schema: {
        tags: ['fairs'],
        summary: 'Approve (with a booth number) or reject a booth',
        params: FairBoothParams,
        body: BoothDecisionBody,
        response: { 200: BoothView, ...errors },
      },
    },
    async (request) =>
      fairs.decideBooth(app, request, request.params.id, request.params.boothId, request.body),
  );

  app.get(
    '/employer/booths',
    {
      config: { roles: ['employer'] as const },
      schema: {
        tags: ['fairs'],
        summary: "My company's booths",
        response: { 200: Type.Array(Type.Object({ booth: BoothView, fair: FairSummary })), ...errors },
      },
    },
    async (request) => fairs.myBooths(app, request.requireActor()),
  );

  app.get(
    '/booths/:id',
    {
      schema: {
        tags: ['fairs'],
        summary: 'The booth screen: who is being talked to (number, anonymous profile) and the queue',
        params: IdParams,
        response: { 200: BoothLiveView, ...errors },
      },
    },
    async (request) => day.boothView(app, request.requireActor(), request.params.id),
  );

  app.post(
    '/booths/:id/call-next',
    {
      schema: { tags: ['fairs'], params: IdParams, response: { 200: CallNextResponse, ...errors } },
    },
    async (request) => day.callNext(app, request, request.params.id),
  );

  app.post(
    '/booths/:id/outcome',
    {
      schema: {
        tags: ['fairs'],
        summary: 'Record the outcome of the current call (one tap)',
        params: IdParams,
        body: OutcomeBody,
        response: { 200: BoothLiveView, ...errors },
      },
    },
    async (request) => day.recordOutcome(app, request, request.params.id, request.body),
  );

  app.post(
    '/booths/:id/no-show',
    {
      schema: {
        tags: ['fairs'],
        params: IdParams,
        body: NoShowBody,
        response: { 200: BoothLiveView, ...errors },
      },
    },
    async (request) => day.noShow(app, request, request.params.id, request.body.k),
  );

  // ── registrations and tickets ──
  app.post(
    '/fairs/:id/registrations',
    {
      config: { roles: ['counselor', 'returnee'] as const },
      schema: {
        tags: ['fairs'],
        summary: 'Register a person of my caseload (or myself); records the fair consent and issues a ticket',
        params: IdParams,
        body: RegisterBody,
        response: { 200: RegistrationView, 201: RegistrationView, ...errors },
      },
    },
    async (request, reply) => {
      const { view, created } = await registrations.registerReturnee(
        app,
        request,
        request.params.id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(view);
    },
  );

  app.get(
    '/fairs/:id/registrations',
    {
      config: { roles: ['admin', 'organizer', 'counselor'] as const },
      schema: {
        tags: ['fairs'],
        summary: 'Registrations: my caseload (counselor) or everyone (admin, organizer)',
        params: IdParams,
        response: { 200: Type.Array(RegistrationView), ...errors },
      },
    },
    async (request) => registrations.listRegistrations(app, request.requireActor(), request.params.id),
  );

  app.delete(
    '/fairs/:id/registrations/:registrationId',
    {
      schema: {
        tags: ['fairs'],
        summary: 'Cancel before check-in',
        params: RegistrationParams,
        response: { 200: RegistrationView, ...errors },
      },
    },
    async (request) =>
      registrations.cancelRegistration(app, request, request.params.id, request.params.registrationId),
  );

  app.get(
    '/fairs/:id/registrations/:registrationId/itinerary',
    {
      schema: {
        tags: ['fairs'],
        summary: 'Suggested booths for a registered person, with reasons',
        params: RegistrationParams,
        response: { 200: Type.Array(ItineraryItem), ...errors },
      },
    },
    async (request) =>
      registrations.registrationItinerary(
        app,
        request.requireActor(),
        request.params.id,
        request.params.registrationId,
      ),
  );

  app.post(
    '/fairs/:id/walk-ins',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'Register (and check in) someone at the door',
        params: IdParams,
        body: WalkInBody,
        response: { 201: RegistrationView, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registrations.registerWalkIn(app, request, request.params.id, request.body)),
  );

  app.get(
    '/fairs/:id/roster',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'The door list for the check-in screen (kept on the device for offline use)',
        params: IdParams,
        response: { 200: Roster, ...errors },
      },
    },
    async (request) => registrations.roster(app, request.requireActor(), request.params.id),
  );

  app.post(
    '/fairs/:id/checkins',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'Check tickets in (idempotent per ticket; offline queues send many at once)',
        params: IdParams,
        body: CheckinBody,
        response: { 200: CheckinResponse, ...errors },
      },
    },
    async (request) => day.checkIn(app, request, request.params.id, request.body),
  );

  app.post(
    '/fairs/:id/queue',
    {
      config: staff,
      schema: {
        tags: ['fairs'],
        summary: 'Put a checked-in person in booth queues (door, kiosk)',
        params: IdParams,
        body: StaffQueueJoinBody,
        response: { 200: QueueJoinResponse, ...errors },
      },
    },
    async (request) =>
      day.staffJoinQueues(
        app,
        request.requireActor(),
        request.params.id,
        request.body.code,
        request.body.boothIds,
      ),
  );

  app.get(
    '/tickets/:code',
    {
      config: { public: true, rateLimit: perIp(120) },
      schema: {
        tags: ['fairs'],
        summary: 'A ticket by its code: QR, queues with position and expected wait, suggested booths',
        params: TicketParams,
        response: { 200: TicketView, ...errors, 429: ErrorEnvelope },
      },
    },
    async (request) => registrations.ticketView(app, request.params.code),
  );

  app.post(
    '/tickets/:code/queues',
    {
      config: { public: true, rateLimit: perIp(60) },
      schema: {
        tags: ['fairs'],
        summary: 'Join booth queues from my phone (after check-in)',
        params: TicketParams,
        body: QueueJoinBody,
        response: { 200: QueueJoinResponse, ...errors, 429: ErrorEnvelope },
      },
    },
    async (request) => day.ticketQueue(app, request.params.code, request.body.boothIds),
  );

  app.delete(
    '/tickets/:code/queues/:boothId',
    {
      config: { public: true, rateLimit: perIp(60) },
      schema: {
        tags: ['fairs'],
        summary: 'Leave a booth queue',
        params: Type.Object({
          ...TicketParams.properties,
          boothId: Type.String({ pattern: '^[a-f0-9]{24}$' }),
        }),
        response: { 200: QueueJoinResponse, ...errors, 429: ErrorEnvelope },
      },
    },
    async (request) => day.ticketQueue(app, request.params.code, [request.params.boothId], true),
  );

  // ── dashboards and reports ──
  app.get(
    '/fairs/:id/dashboard',
    {
      config: { public: true },
      schema: {
        tags: ['fairs'],
        summary: 'Live state (counts, queues, ticker; numbers, never names), then follow /api/live/fair:<id>',
        params: IdParams,
        querystring: ScreenQuery,
        response: { 200: DashboardSnapshot, ...errors },
      },
    },
    async (request) => day.dashboardSnapshot(app, request.actor, request.params.id, request.query.key),
  );

  app.get(
    '/fairs/:id/report',
    {
      schema: {
        tags: ['fairs'],
        summary: 'The fair report (aggregates only)',
        params: IdParams,
        response: { 200: FairReport, ...errors },
      },
    },
    async (request) => report.getReport(app, request.requireActor(), request.params.id),
  );

  app.get(
    '/fairs/:id/report.csv',
    {
      schema: {
        tags: ['fairs'],
        summary: 'The fair report as CSV (Excel)',
        params: IdParams,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const data = await report.getReport(app, request.requireActor(), request.params.id);
      const name = `bao-cao-phien-cho-${data.fair.date}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(report.reportCsv(data, request.requireActor().locale));
    },
  );

  app.get(
    '/reports/fairs',
    {
      config: { roles: ['admin', 'viewer', 'organizer'] as const },
      schema: {
        tags: ['fairs'],
        summary: "The province's fairs side by side",
        querystring: FairComparisonQuery,
        response: { 200: Type.Array(FairComparisonRow), ...errors },
      },
    },
    async (request) => report.compareFairs(app, request.requireActor(), request.query.provinceCode),
  );
};

export default fairRoutes;
