import type { AuditEntry, AuditQuery, PageOf } from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { trusted } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { findPage } from '../../lib/pagination';
import { type AuditRecord, auditModel } from './model';

type LeanAudit = AuditRecord;

function toEntry(e: LeanAudit): AuditEntry {
  return {
    id: String(e._id),
    at: e.at.toISOString(),
    actorId: e.actorId ? String(e.actorId) : undefined,
    actorName: e.actorName ?? undefined,
    actorRoles: e.actorRoles,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId ?? undefined,
    fields: e.fields,
    provinceCode: e.provinceCode ?? undefined,
    requestId: e.requestId ?? undefined,
    ip: e.ip ?? undefined,
  };
}

/** Admins review the log of their own provinces (entries without a province are system-wide: not shown). */
function filterFor(actor: Actor, query: AuditQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { provinceCode: trusted({ $in: actor.provinceCodes }) };
  if (query.action) filter.action = query.action;
  if (query.actorId) filter.actorId = query.actorId;
  if (query.subjectId) filter.subjectId = query.subjectId;
  const at: Record<string, Date> = {};
  if (query.from) at.$gte = new Date(`${query.from}T00:00:00+07:00`);
  if (query.to) at.$lt = new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 24 * 3600 * 1000);
  if (Object.keys(at).length) filter.at = trusted(at);
  return filter;
}

export async function listAudit(
  app: FastifyInstance,
  actor: Actor,
  query: AuditQuery,
): Promise<PageOf<AuditEntry>> {
  // Audit pages are longer than other lists: reviewers scan many similar rows.
  return findPage(auditModel(app.db.connection), filterFor(actor, query), query, { at: -1 }, toEntry, 50);
}

/** At most this many rows per export; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export async function exportAudit(
  app: FastifyInstance,
  actor: Actor,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  const rows = await auditModel(app.db.connection)
    .find(filterFor(actor, query))
    .sort({ at: -1 })
    .limit(AUDIT_EXPORT_LIMIT)
    .lean();
  return rows.map((e) => toEntry(e as LeanAudit));
}
