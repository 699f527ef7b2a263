import type { FastifyInstance, FastifyRequest } from 'fastify';
import { trusted } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { claimOnce } from '../../lib/claims';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { loginModel, userModel } from '../accounts/model';
import { deleteAllSessions } from '../accounts/sessions';
import { CASE_FIELDS, caseModel } from '../cases/model';
import { consentModel } from '../consents/model';
import { returneeModel } from '../returnees/model';
import { deletionRequestModel } from './model';

export interface DataSubject {
  userId: string;
  returneeId?: string;
}

/** A part of "my data": each module that stores personal data adds one (applications, fair tickets…). */
export type DataSection = (app: FastifyInstance, subject: DataSubject) => Promise<unknown>;
/** How a module erases or anonymises its part when a deletion request is completed. */
export type Eraser = (app: FastifyInstance, subject: DataSubject) => Promise<void>;

const sections = new Map<string, DataSection>();
const erasers = new Map<string, Eraser>();

export function registerDataSection(name: string, section: DataSection): void {
  sections.set(name, section);
}
export function registerEraser(name: string, eraser: Eraser): void {
  erasers.set(name, eraser);
}

registerDataSection('account', async (app, { userId }) => {
  const user = await userModel(app.db.connection).findById(userId, { passwordHash: 0, searchKey: 0 }).lean();
  return user ?? undefined;
});
registerDataSection('profile', async (app, { returneeId }) =>
  returneeId
    ? ((await returneeModel(app.db.connection).findById(returneeId, { searchKey: 0 }).lean()) ?? undefined)
    : undefined,
);
registerDataSection('consents', async (app, { returneeId }) =>
  returneeId ? consentModel(app.db.connection).find({ returneeId }).sort({ grantedAt: 1 }).lean() : undefined,
);
// A person has the right to their own case record (Law 91/2025 art. on access); the export is audit-logged.
registerDataSection('case', async (app, { returneeId }) =>
  returneeId ? ((await caseModel(app.db.connection).findOne({ returneeId }).lean()) ?? undefined) : undefined,
);

registerEraser('profile-and-case', async (app, { returneeId }) => {
  if (!returneeId) return;
  await caseModel(app.db.connection).deleteOne({ returneeId });
  await returneeModel(app.db.connection).updateOne(
    { _id: returneeId },
    {
      $set: { displayName: 'Người dùng đã xóa', status: 'inactive', searchKey: '' },
      $unset: { phone: 1, email: 1, birthYear: 1, gender: 1, communeCode: 1, userId: 1 },
    },
  );
  // Consent records stay as proof of what was agreed, but nothing remains in force.
  await consentModel(app.db.connection).updateMany(
    { returneeId, active: true },
    { $set: { active: false, revokedAt: new Date() } },
  );
});
registerEraser('account', async (app, { userId }) => {
  await deleteAllSessions(app.db.connection, userId);
  await loginModel(app.db.connection).deleteMany({ userId });
  await userModel(app.db.connection).updateOne(
    { _id: userId },
    {
      $set: { status: 'disabled', displayName: 'Người dùng đã xóa', searchKey: '' },
      $unset: { email: 1, phone: 1, passwordHash: 1 },
    },
  );
});

export async function exportMyData(app: FastifyInstance, request: FastifyRequest) {
  const actor = request.requireActor();
  const subject: DataSubject = { userId: actor.id, returneeId: actor.returneeId };
  const data: Record<string, unknown> = {};
  for (const [name, section] of sections) {
    const value = await section(app, subject);
    if (value !== undefined) data[name] = value;
  }
  await app.audit.record(request, {
    action: 'export.download',
    subjectType: 'person',
    subjectId: actor.returneeId ?? actor.id,
    fields: [...Object.keys(data), ...(data.case ? CASE_FIELDS.map((f) => `case.${f}`) : [])],
    provinceCode: actor.provinceCodes[0],
  });
  return { exportedAt: new Date().toISOString(), ...data };
}

export async function requestDeletion(app: FastifyInstance, actor: Actor, reason?: string) {
  const Requests = deletionRequestModel(app.db.connection);
  const pending = await Requests.findOne({ userId: actor.id, status: 'pending' }).lean();
  if (pending)
    return {
      id: String(pending._id),
      status: pending.status,
      requestedAt: pending.requestedAt.toISOString(),
    };
  const created = await Requests.create({
    userId: actor.id,
    returneeId: actor.returneeId,
    displayName: actor.displayName,
    provinceCode: actor.provinceCodes[0],
    reason: reason?.trim() || undefined,
    requestedAt: new Date(),
  });
  return { id: String(created._id), status: created.status, requestedAt: created.requestedAt.toISOString() };
}

/** The person's own latest deletion request, so the account page can say "requested on …". */
export async function myDeletionRequest(app: FastifyInstance, actor: Actor) {
  const latest = await deletionRequestModel(app.db.connection)
    .findOne({ userId: actor.id })
    .sort({ requestedAt: -1 })
    .lean();
  return latest
    ? {
        id: String(latest._id),
        status: latest.status,
        requestedAt: latest.requestedAt.toISOString(),
        decidedAt: latest.decidedAt?.toISOString(),
      }
    : null;
}

export async function listDeletionRequests(app: FastifyInstance, actor: Actor, status?: string) {
  const filter: Record<string, unknown> = { provinceCode: trusted({ $in: actor.provinceCodes }) };
  if (status) filter.status = status;
  const rows = await deletionRequestModel(app.db.connection)
    .find(filter)
    .sort({ requestedAt: -1 })
    .limit(200)
    .lean();
  return rows.map((r) => ({
    id: String(r._id),
    userId: String(r.userId),
    returneeId: r.returneeId ? String(r.returneeId) : undefined,
    displayName: r.displayName ?? '',
    reason: r.reason ?? undefined,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString(),
    decisionNote: r.decisionNote ?? undefined,
  }));
}

export async function decideDeletion(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  decision: 'complete' | 'reject',
  note?: string,
) {
  const actor = request.requireActor();
  const Requests = deletionRequestModel(app.db.connection);
  const found = await Requests.findById(id).lean();
  if (!found || !found.provinceCode || !actor.provinceCodes.includes(found.provinceCode))
    throw new NotFoundError();
  // Exactly one decision, even when two admins click at once (lib/claims.ts).
  if (
    found.status !== 'pending' ||
    !(await claimOnce(app.db.connection, `deletion-decision:${found._id}`, actor.id))
  ) {
    throw new ConflictError();
  }
  const claimed = await Requests.findOneAndUpdate(
    { _id: found._id },
    {
      $set: {
        status: decision === 'complete' ? 'completed' : 'rejected',
        decidedAt: new Date(),
        decidedBy: actor.id,
        decisionNote: note,
      },
    },
    { returnDocument: 'after' },
  ).lean();
  if (!claimed) throw new NotFoundError();
  if (decision === 'complete') {
    const subject = {
      userId: String(found.userId),
      returneeId: found.returneeId ? String(found.returneeId) : undefined,
    };
    for (const eraser of erasers.values()) await eraser(app, subject);
  }
  await app.audit.record(request, {
    action: decision === 'complete' ? 'person.erase' : 'person.erase.reject',
    subjectType: 'person',
    subjectId: found.returneeId ? String(found.returneeId) : String(found.userId),
    fields: [...erasers.keys()],
    provinceCode: found.provinceCode,
  });
  return { id: String(claimed._id), status: claimed.status };
}
