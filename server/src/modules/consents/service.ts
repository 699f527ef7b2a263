import { CONSENT_TEXT, type ConsentRecord, consentKindOf } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Connection } from 'mongoose';
import { type Actor, hasRole, sameId } from '../../auth/actor';
import { emitChange } from '../../lib/changes';
import { NotFoundError, ValidationError } from '../../lib/errors';
import type { Id } from '../../lib/model';
import { employerModel } from '../employers/model';
import { canActForReturnee, canReadReturnee } from '../returnees/policy';
import { loadReturneeFor } from '../returnees/service';
import { type ConsentDocRecord, consentModel } from './model';

type LeanConsent = ConsentDocRecord;

/** Checks that the target of a purpose exists (`share-with-employer:<id>` → that employer). */
type TargetCheck = (app: FastifyInstance, id: string) => Promise<boolean>;
const targetChecks = new Map<string, TargetCheck>([
  ['share-with-employer', async (app, id) => !!(await employerModel(app.db.connection).exists({ _id: id }))],
]);

/** Other modules (fairs) register how to check their targets. */
export function registerConsentTarget(kind: string, check: TargetCheck): void {
  targetChecks.set(kind, check);
}

function toRecord(c: LeanConsent): ConsentRecord {
  return {
    id: String(c._id),
    returneeId: String(c.returneeId),
    purpose: c.purpose,
    kind: c.kind as ConsentRecord['kind'],
    text: c.text,
    grantedBy: c.grantedBy,
    grantedByUserId: String(c.grantedByUserId),
    grantedAt: c.grantedAt.toISOString(),
    revokedAt: c.revokedAt?.toISOString(),
    active: c.active,
  };
}

/**
 * Whether a person's consent for a purpose is in force right now. Every module that shares or uses
 * personal data asks this at the moment of use, so a revocation takes effect on the next read.
 */
export async function hasActiveConsent(
  connection: Connection,
  returneeId: Id,
  purpose: string,
): Promise<boolean> {
  return !!(await consentModel(connection).exists({ returneeId, purpose, active: true }));
}

/** Returnee ids (from the given ones) with an active consent for the purpose — for bulk checks. */
export async function returneesWithConsent(connection: Connection, purpose: string): Promise<Set<string>> {
  const rows = await consentModel(connection).find({ purpose, active: true }, { returneeId: 1 }).lean();
  return new Set(rows.map((row) => String(row.returneeId)));
}

/** The person themselves, or their assigned counselor with them present; nobody else grants or revokes. */
function grantMode(actor: Actor, returnee: { _id: unknown; provinceCode: string; counselorId?: unknown }) {
  if (sameId(actor.returneeId, returnee._id)) return 'self' as const;
  if (hasRole(actor, 'counselor') && sameId(returnee.counselorId, actor.id))
    return 'counselor-assisted' as const;
  return undefined;
}

export async function listConsents(
  app: FastifyInstance,
  actor: Actor,
  returneeId: string,
): Promise<ConsentRecord[]> {
  const returnee = await loadReturneeFor(app, actor, returneeId, canReadReturnee);
  const rows = await consentModel(app.db.connection)
    .find({ returneeId: returnee._id })
    .sort({ grantedAt: -1 })
    .lean();
  return rows.map((row) => toRecord(row as LeanConsent));
}

export async function grantConsent(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  purpose: string,
): Promise<ConsentRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, (a, r) => !!grantMode(a, r));
  const mode = grantMode(actor, returnee)!;
  const kind = consentKindOf(purpose)!;
  const [, target] = purpose.split(':');
  const check = targetChecks.get(kind);
  if (target && check && !(await check(app, target))) {
    throw new ValidationError([
      {
        field: 'purpose',
        code: 'unknown_target',
        message: {
          vi: 'Không tìm thấy đối tượng của sự đồng ý này.',
          en: 'The target of this consent was not found.',
        },
      },
    ]);
  }
  const Consent = consentModel(app.db.connection);
  // Granting what is already granted changes nothing (a retried request, a double tap).
  const existing = await Consent.findOne({ returneeId: returnee._id, purpose, active: true }).lean();
  if (existing) return toRecord(existing as LeanConsent);
  const consent = await Consent.create({
    returneeId: returnee._id,
    purpose,
    kind,
    text: CONSENT_TEXT[kind].text.vi,
    grantedBy: mode,
    grantedByUserId: actor.id,
    grantedAt: new Date(),
    active: true,
    provinceCode: returnee.provinceCode,
  });
  await app.audit.record(request, {
    action: 'consent.grant',
    subjectType: 'consent',
    subjectId: String(consent._id),
    fields: [purpose, mode],
    provinceCode: returnee.provinceCode,
  });
  await emitChange(app, 'consent', String(returnee._id));
  return toRecord(consent.toObject() as LeanConsent);
}

export async function revokeConsent(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  consentId: string,
): Promise<ConsentRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(
    app,
    actor,
    returneeId,
    (a, r) => !!grantMode(a, r) || canActForReturnee(a, r),
  );
  if (!grantMode(actor, returnee)) throw new NotFoundError();
  const Consent = consentModel(app.db.connection);
  const consent = await Consent.findOne({ _id: consentId, returneeId: returnee._id });
  if (!consent) throw new NotFoundError();
  if (consent.active) {
    // Revoke every active grant of this purpose: concurrent grants must not leave one behind.
    await Consent.updateMany(
      { returneeId: returnee._id, purpose: consent.purpose, active: true },
      { $set: { active: false, revokedAt: new Date(), revokedByUserId: actor.id } },
    );
    await app.audit.record(request, {
      action: 'consent.revoke',
      subjectType: 'consent',
      subjectId: String(consent._id),
      fields: [consent.purpose],
      provinceCode: returnee.provinceCode,
    });
    await emitChange(app, 'consent', String(returnee._id));
  }
  const updated = await Consent.findById(consent._id).lean();
  return toRecord(updated as LeanConsent);
}
