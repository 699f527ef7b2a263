import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Types } from 'mongoose';
import { auditModel } from '../modules/audit/model';

export interface AuditEvent {
  action: string;
  subjectType: string;
  subjectId?: string;
  fields?: string[];
  provinceCode?: string;
}

export interface Audit {
  /** Appends one entry for this request's actor. Awaited: a sensitive read is not served unless logged. */
  record(request: FastifyRequest, event: AuditEvent): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    audit: Audit;
  }
}

/** The append-only audit log of every read and change of sensitive data (DESIGN.md §4). */
export default fp(
  async (app) => {
    const Audit = auditModel(app.db.connection);
    app.decorate('audit', {
      async record(request, event) {
        const actor = request.actor;
        await Audit.collection.insertOne({
          at: new Date(),
          actorId: actor ? Types.ObjectId.createFromHexString(actor.id) : undefined,
          actorName: actor?.displayName,
          actorRoles: actor?.roles ?? [],
          action: event.action,
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          fields: event.fields ?? [],
          provinceCode: event.provinceCode,
          requestId: request.id,
          ip: request.ip,
        });
      },
    } satisfies Audit);
  },
  { name: 'audit', dependencies: ['db'] },
);
