import type { CaseRecord, UpdateCaseBody } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canEditCase, canReadCase } from '../returnees/policy';
import { loadReturneeFor } from '../returnees/service';
import { CASE_FIELDS, type CaseDocRecord, caseModel } from './model';

type LeanCase = CaseDocRecord;

function toCaseRecord(returneeId: string, c: LeanCase | null): CaseRecord {
  return {
    returneeId,
    cccd: c?.cccd ?? undefined,
    releaseDate: c?.releaseDate?.toISOString().slice(0, 10),
    sentenceCompletionCertificateRef: c?.sentenceCompletionCertificateRef ?? undefined,
    offenceCategory: c?.offenceCategory ?? undefined,
    notes: (c?.notes ?? []).map((n) => ({
      at: n.at.toISOString(),
      authorName: n.authorName ?? undefined,
      text: n.text,
    })),
    updatedAt: c?.updatedAt?.toISOString(),
  };
}

/**
 * The one way to read a case record: policy check (404 for anyone else), then exactly one audit entry,
 * then the data. If the audit entry cannot be written, nothing is returned.
 */
export async function readCase(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
): Promise<CaseRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canReadCase);
  await app.audit.record(request, {
    action: 'case.read',
    subjectType: 'case',
    subjectId: String(returnee._id),
    fields: [...CASE_FIELDS],
    provinceCode: returnee.provinceCode,
  });
  const record = await caseModel(app.db.connection).findOne({ returneeId: returnee._id });
  return toCaseRecord(String(returnee._id), record);
}

export async function updateCase(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  body: UpdateCaseBody,
): Promise<CaseRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canEditCase);
  const set: Record<string, unknown> = {};
  const changed: string[] = [];
  if (body.cccd !== undefined) set.cccd = body.cccd;
  if (body.releaseDate !== undefined) set.releaseDate = new Date(`${body.releaseDate}T00:00:00Z`);
  if (body.sentenceCompletionCertificateRef !== undefined)
    set.sentenceCompletionCertificateRef = body.sentenceCompletionCertificateRef;
  if (body.offenceCategory !== undefined) set.offenceCategory = body.offenceCategory;
  changed.push(...Object.keys(set));
  const update: Record<string, unknown> = { $set: { ...set, provinceCode: returnee.provinceCode } };
  if (body.addNote) {
    update.$push = {
      notes: { at: new Date(), authorId: actor.id, authorName: actor.displayName, text: body.addNote },
    };
    changed.push('notes');
  }
  await app.audit.record(request, {
    action: 'case.update',
    subjectType: 'case',
    subjectId: String(returnee._id),
    fields: changed,
    provinceCode: returnee.provinceCode,
  });
  const record = await caseModel(app.db.connection).findOneAndUpdate({ returneeId: returnee._id }, update, {
    upsert: true,
    returnDocument: 'after',
  });
  return toCaseRecord(String(returnee._id), record);
}
