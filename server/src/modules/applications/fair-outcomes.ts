import { REJECTION_REASONS, type RejectionReason } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import { emitChange } from '../../lib/changes';
import { isDuplicateKey, objectIdFor } from '../../lib/ids';
import { type FairOutcomeFacts, registerFairOutcomeSink } from '../fairs/outcomes';
import type { MatchablePosting } from '../matching/types';
import { type ReturneeRecord, returneeModel } from '../returnees/model';
import { type ApplicationRecord, applicationModel } from './model';
import { loadApplication, moveAsEmployer, postingSnapshot } from './service';

/** Where a booth's one-tap outcome leaves the application for the booth's posting. */
const STATUS_FOR_OUTCOME = {
  hired: 'hired',
  shortlisted: 'interview',
  'second-interview': 'interview',
  'not-suitable': 'rejected',
} as const;

/**
 * A booth outcome at a job fair (modules/fairs/outcomes.ts) reaches the application for the booth's
 * posting: created if the person never applied (`createdBy: 'fair'`, anonymous to the employer in the app
 * until the person shares their contact, like any application), then moved to what the booth decided
 * through the same exactly-once pipeline as the employer's own taps. Referrals to training or a loan leave
 * applications alone. A hire made at a fair gets the fair's 30- and 90-day follow-ups, not a second one here.
 */
export async function recordFairOutcome(
  app: FastifyInstance,
  request: FastifyRequest,
  facts: FairOutcomeFacts,
): Promise<string | undefined> {
  if (!facts.returneeId || !facts.postingId) return undefined;
  const target = STATUS_FOR_OUTCOME[facts.outcome as keyof typeof STATUS_FOR_OUTCOME];
  const _id = objectIdFor(`application:${facts.returneeId}:${facts.postingId}`);
  const Application = applicationModel(app.db.connection);
  let existing = (await Application.findById(_id).lean()) as ApplicationRecord | null;
  if (!target) return existing ? String(_id) : undefined;

  if (!existing) {
    const posting = app.openPostings.get(facts.postingId) as
      | (MatchablePosting & { vacancies: number })
      | undefined;
    const returnee = await returneeModel(app.db.connection).findById(facts.returneeId).lean<ReturneeRecord>();
    if (!posting || !returnee) return undefined;
    const now = new Date();
    try {
      await Application.collection.insertOne({
        _id,
        returneeId: returnee._id,
        postingId: new Types.ObjectId(posting.id),
        employerId: new Types.ObjectId(posting.employerId),
        provinceCode: returnee.provinceCode,
        postingProvinceCode: posting.provinceCode,
        createdBy: 'fair',
        createdByUserId: new Types.ObjectId(facts.byUserId),
        message: `${facts.fairName} (${facts.fairDate})`,
        status: 'submitted',
        version: 0,
        history: [{ at: now, status: 'submitted', by: 'fair', byUserId: new Types.ObjectId(facts.byUserId) }],
        posting: postingSnapshot(posting),
        createdAt: now,
        updatedAt: now,
      });
      await emitChange(app, 'application', String(_id));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    existing = await loadApplication(app, String(_id));
  }

  const reason: RejectionReason | undefined =
    target === 'rejected'
      ? (REJECTION_REASONS as readonly string[]).includes(facts.reason ?? '')
        ? (facts.reason as RejectionReason)
        : 'other'
      : undefined;
  // Forward moves only: an application already further along (say, hired online) stays where it is.
  try {
    await moveAsEmployer(
      app,
      request,
      request.requireActor(),
      existing,
      {
        status: target,
        ...(reason ? { reason } : {}),
        note: `${facts.fairName}: ${facts.outcome}${facts.reason ? ` (${facts.reason})` : ''}`,
      },
      { followUp: false },
    );
  } catch (error) {
    if ((error as { code?: string }).code !== 'APPLICATION_WRONG_STATUS') throw error;
  }
  return String(_id);
}

registerFairOutcomeSink(recordFairOutcome);
