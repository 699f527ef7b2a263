import { AuditEntry, AuditQuery, ErrorEnvelope, Page } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toCsv } from '../../lib/csv';
import * as audit from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope };

/**
 * Read-only: there is no route that edits or deletes an audit entry, and the model refuses updates
 * and deletes even from our own code.
 */
const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { roles: ['admin'] as const };

  app.get(
    '/admin/audit',
    {
      config,
      schema: {
        tags: ['admin', 'audit'],
        summary: 'Audit log of my provinces',
        querystring: AuditQuery,
        response: { 200: Page(AuditEntry), ...errors },
      },
    },
    async (request) => audit.listAudit(app, request.requireActor(), request.query),
  );

  app.get(
    '/admin/audit.csv',
    {
      config,
      schema: {
        tags: ['admin', 'audit'],
        summary: 'CSV export (itself audit-logged)',
        querystring: AuditQuery,
        response: { 200: Type.String(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const rows = await audit.exportAudit(app, actor, request.query);
      await app.audit.record(request, {
        action: 'export.download',
        subjectType: 'audit_log',
        fields: Object.keys(request.query),
        provinceCode: actor.provinceCodes[0],
      });
      const csv = toCsv(
        [
          'at',
          'actorId',
          'actorName',
          'actorRoles',
          'action',
          'subjectType',
          'subjectId',
          'fields',
          'provinceCode',
          'requestId',
          'ip',
        ],
        rows.map((e) => [
          e.at,
          e.actorId,
          e.actorName,
          e.actorRoles.join(' '),
          e.action,
          e.subjectType,
          e.subjectId,
          e.fields.join(' '),
          e.provinceCode,
          e.requestId,
          e.ip,
        ]),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="nhat-ky-truy-cap-${new Date().toISOString().slice(0, 10)}.csv"`,
        )
        .send(csv);
    },
  );
};

export default auditRoutes;
