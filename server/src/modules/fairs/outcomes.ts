/**
 * What a booth outcome changes outside the fair (DESIGN.md §3): the application for the booth's posting,
 * the person's status, and the counselor's follow-up tasks 30 and 90 days after a hire.
 *
 * Applications: a fair outcome is recorded by booth staff for a person who may never have applied. The
 * applications module plugs in here with `registerFairOutcomeSink` (applications/fair-outcomes.ts) and
 * creates or moves the application for the booth's posting; the fair's own 30/90-day follow-ups below are
 * the only follow-ups of a hire made at a fair. Without a sink the outcome still counts in the fair's
 * records and report, and the status and tasks below still happen.
 */
import type { Bilingual, FairOutcome } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setReturneeStatus } from '../returnees/service';
import { addDays, createTask } from '../tasks/service';

export interface FairOutcomeFacts {
  fairId: string;
  /** YYYY-MM-DD */
  fairDate: string;
  fairName: string;
  provinceCode: string;
  boothId: string;
  employerId: string;
  employerName: string;
  postingId?: string;
  postingTitle?: string;
  registrationId: string;
  returneeId?: string;
  counselorId?: string;
  outcome: FairOutcome;
  reason?: string;
  byUserId: string;
}

/** Creates or moves the application for the booth's posting; returns its id. Must be idempotent. */
export type FairOutcomeSink = (
  app: FastifyInstance,
  request: FastifyRequest,
  facts: FairOutcomeFacts,
) => Promise<string | undefined>;

let sink: FairOutcomeSink | undefined;

/** Called once by the applications module: from then on every booth outcome reaches an application. */
export function registerFairOutcomeSink(fn: FairOutcomeSink): void {
  sink = fn;
}

const FOLLOW_UPS: { days: 30 | 90; title: (f: FairOutcomeFacts) => Bilingual }[] = [
  {
    days: 30,
    title: (f) => ({
      vi: `Hỏi thăm sau 30 ngày: còn làm việc tại ${f.employerName}?`,
      en: `30-day check: still working at ${f.employerName}?`,
    }),
  },
  {
    days: 90,
    title: (f) => ({
      vi: `Hỏi thăm sau 90 ngày: còn làm việc tại ${f.employerName}?`,
      en: `90-day check: still working at ${f.employerName}?`,
    }),
  },
];

/**
 * Applies an outcome's effects. Each is idempotent (a retried outcome changes nothing twice) and a failure
 * of one is logged, never undoes the outcome: the booth has already told the person.
 */
export async function applyOutcomeEffects(
  app: FastifyInstance,
  request: FastifyRequest,
  facts: FairOutcomeFacts,
  outcomeId: string,
): Promise<{ applicationId?: string }> {
  let applicationId: string | undefined;
  if (sink && facts.returneeId && facts.postingId) {
    try {
      applicationId = await sink(app, request, facts);
    } catch (err) {
      app.log.error({ err, outcomeId }, 'fairs: the application for a booth outcome was not updated');
    }
  }
  if (!facts.returneeId) return { applicationId };
  try {
    if (facts.outcome === 'hired') await setReturneeStatus(app, facts.returneeId, 'employed');
    else if (facts.outcome === 'training') await setReturneeStatus(app, facts.returneeId, 'training');
  } catch (err) {
    app.log.error({ err, outcomeId }, "fairs: the person's status was not updated");
  }
  if (facts.outcome === 'hired' && facts.counselorId) {
    const from = new Date(`${facts.fairDate}T00:00:00Z`);
    for (const followUp of FOLLOW_UPS) {
      try {
        await createTask(app, {
          key: `fair-follow-up-${followUp.days}:${outcomeId}`,
          kind: `fair-follow-up-${followUp.days}`,
          counselorId: facts.counselorId,
          returneeId: facts.returneeId,
          provinceCode: facts.provinceCode,
          title: followUp.title(facts),
          dueOn: addDays(from, followUp.days),
          source: { type: 'fair', id: facts.fairId },
        });
      } catch (err) {
        app.log.error({ err, outcomeId }, 'fairs: follow-up task not created');
      }
    }
  }
  return { applicationId };
}
