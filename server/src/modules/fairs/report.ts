/**
 * After the fair: totals, per booth, per occupation, outcomes and reasons, registrations against
 * attendance, the hiring target against the result, and the 30/90-day follow-ups. Computed from the
 * fair's records (registrations, check-ins, outcomes), not from the live state, and frozen when the fair
 * is marked reported (follow-ups keep being read: they come in for months). Aggregates only: no names, no
 * numbers of people, so viewers may read it.
 */
import {
  FAIR_OUTCOME_TEXT,
  FAIR_OUTCOMES,
  type FairComparisonRow,
  type FairOutcome,
  type FairReport,
  type FairStatus,
  occupationByCode,
  REJECTION_REASON_TEXT,
  type RejectionReason,
} from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { trusted } from 'mongoose';
import { type Actor, hasRole } from '../../auth/actor';
import { toCsv } from '../../lib/csv';
import { NotFoundError } from '../../lib/errors';
import { taskModel } from '../tasks/model';
import { fairRuntime } from './live';
import { FAIR_MESSAGES } from './messages';
import { boothModel, checkinModel, fairModel, outcomeModel, registrationModel, reportModel } from './model';
import { canViewFairReport } from './policy';
import { type LeanFair, loadFairFor, toFairSummary } from './service';

const zero = (): Record<FairOutcome, number> =>
  Object.fromEntries(FAIR_OUTCOMES.map((o) => [o, 0])) as Record<FairOutcome, number>;

interface TaskRow {
  kind: string;
  status: string;
  result?: string | null;
  sourceId?: string | null;
}

function followUpCounts(tasks: TaskRow[], days: 30 | 90) {
  const mine = tasks.filter((t) => t.kind === `fair-follow-up-${days}`);
  const done = mine.filter((t) => t.status === 'done');
  return {
    due: mine.length,
    done: done.length,
    stillWorking: done.filter((t) => t.result === 'still-working').length,
    leftJob: done.filter((t) => t.result === 'left-job').length,
    other: done.filter((t) => t.result !== 'still-working' && t.result !== 'left-job').length,
  };
}

async function followUpsOf(app: FastifyInstance, fairIds: string[]): Promise<TaskRow[]> {
  if (!fairIds.length) return [];
  return taskModel(app.db.connection)
    .find(
      { sourceType: 'fair', sourceId: trusted({ $in: fairIds }) },
      { kind: 1, status: 1, result: 1, sourceId: 1 },
    )
    .lean<TaskRow[]>();
}

export async function computeReport(app: FastifyInstance, fair: LeanFair): Promise<FairReport> {
  const fairId = String(fair._id);
  const connection = app.db.connection;
  const [registrations, checkins, outcomes, booths, tasks, runtime] = await Promise.all([
    registrationModel(connection).find({ fairId, status: 'registered' }, { walkIn: 1, ticketCode: 1 }).lean(),
    checkinModel(connection).find({ fairId }, { registrationId: 1 }).lean(),
    outcomeModel(connection)
      .find({ fairId }, { boothId: 1, outcome: 1, reason: 1, occupationCode: 1, number: 1, waitedMs: 1 })
      .lean(),
    boothModel(connection).find({ fairId, status: 'approved' }, { number: 1, employerName: 1 }).lean(),
    followUpsOf(app, [fairId]),
    fairRuntime(app, fairId),
  ]);
  const walkIns = new Set(registrations.filter((r) => r.walkIn).map((r) => String(r._id)));
  const attended = new Set(checkins.map((c) => String(c.registrationId)));
  const outcomeTotals = zero();
  for (const o of outcomes) outcomeTotals[o.outcome as FairOutcome] += 1;
  const hired = outcomeTotals.hired;

  const boothRows = booths
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
    .map((b) => {
      const mine = outcomes.filter((o) => String(o.boothId) === String(b._id));
      const counts = zero();
      for (const o of mine) counts[o.outcome as FairOutcome] += 1;
      const live = runtime.state.booths[String(b._id)];
      return {
        boothId: String(b._id),
        number: b.number ?? 0,
        employerName: b.employerName,
        interviews: mine.length,
        outcomes: counts,
        averageWaitMinutes: live?.waits ? Math.round(live.waitMsTotal / live.waits / 60_000) : 0,
      };
    });

  const byOccupation = new Map<string, { interviews: number; outcomes: Record<FairOutcome, number> }>();
  for (const o of outcomes) {
    const code = o.occupationCode ?? '';
    const row = byOccupation.get(code) ?? { interviews: 0, outcomes: zero() };
    row.interviews += 1;
    row.outcomes[o.outcome as FairOutcome] += 1;
    byOccupation.set(code, row);
  }
  const reasons = new Map<string, number>();
  for (const o of outcomes) if (o.reason) reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
  const queueJoins = Object.values(runtime.state.people).reduce(
    (sum, p) => sum + Object.values(p.joins).reduce((a, b) => a + b, 0),
    0,
  );

  return {
    fair: toFairSummary(fair, booths.length),
    generatedAt: new Date().toISOString(),
    final: false,
    totals: {
      registered: registrations.length,
      preRegistered: registrations.length - walkIns.size,
      walkIns: walkIns.size,
      attended: attended.size,
      attendedPreRegistered: [...attended].filter((id) => !walkIns.has(id)).length,
      noShows: registrations.filter((r) => !r.walkIn && !attended.has(String(r._id))).length,
      queueJoins,
      interviews: outcomes.length,
      peopleInterviewed: new Set(outcomes.map((o) => o.number)).size,
      hired,
      peopleHired: new Set(outcomes.filter((o) => o.outcome === 'hired').map((o) => o.number)).size,
      hiringTarget: fair.hiringTarget,
      targetPercent: fair.hiringTarget > 0 ? Math.round((hired / fair.hiringTarget) * 100) : 0,
      booths: booths.length,
      outcomes: outcomeTotals,
    },
    booths: boothRows,
    occupations: [...byOccupation.entries()]
      .map(([occupationCode, row]) => ({ occupationCode, ...row }))
      .sort((a, b) => b.interviews - a.interviews),
    reasons: [...reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
    followUps: { days30: followUpCounts(tasks, 30), days90: followUpCounts(tasks, 90) },
  };
}

/** Stores the report as it stands when the fair is marked reported. */
export async function freezeReport(app: FastifyInstance, fair: LeanFair): Promise<void> {
  const report = await computeReport(app, fair);
  await reportModel(app.db.connection).collection.updateOne(
    { _id: String(fair._id) as never },
    { $set: { report: { ...report, final: true }, at: new Date() } },
    { upsert: true },
  );
}

export async function getReport(app: FastifyInstance, actor: Actor, fairId: string): Promise<FairReport> {
  const fair = await loadFairFor(app, actor, fairId, canViewFairReport);
  if (fair.status === 'reported') {
    const stored = await reportModel(app.db.connection).findById(fairId).lean();
    if (stored) {
      const report = stored.report as FairReport;
      const tasks = await followUpsOf(app, [fairId]);
      return {
        ...report,
        fair: toFairSummary(fair, report.fair.boothCount),
        followUps: { days30: followUpCounts(tasks, 30), days90: followUpCounts(tasks, 90) },
      };
    }
  }
  return computeReport(app, fair);
}

const outcomeHeader = (locale: 'vi' | 'en') => FAIR_OUTCOMES.map((o) => FAIR_OUTCOME_TEXT[o][locale]);

/** The report as one CSV table (Excel-friendly): totals, each booth, each occupation, each reason. */
export function reportCsv(report: FairReport, locale: 'vi' | 'en'): string {
  const vi = locale === 'vi';
  const header = [
    vi ? 'Mục' : 'Section',
    vi ? 'Gian / nghề / lý do' : 'Booth / occupation / reason',
    vi ? 'Doanh nghiệp' : 'Employer',
    vi ? 'Phỏng vấn' : 'Interviews',
    ...outcomeHeader(locale),
    vi ? 'Chờ trung bình (phút)' : 'Average wait (min)',
  ];
  const t = report.totals;
  const rows: (string | number)[][] = [
    [vi ? 'Tổng' : 'Total', '', '', t.interviews, ...FAIR_OUTCOMES.map((o) => t.outcomes[o]), ''],
    ...report.booths.map((b) => [
      vi ? 'Gian hàng' : 'Booth',
      b.number,
      b.employerName,
      b.interviews,
      ...FAIR_OUTCOMES.map((o) => b.outcomes[o]),
      b.averageWaitMinutes,
    ]),
    ...report.occupations.map((o) => {
      const occupation = occupationByCode(o.occupationCode);
      return [
        vi ? 'Nghề' : 'Occupation',
        `${o.occupationCode} ${(vi ? occupation?.nameVi : occupation?.nameEn) ?? ''}`.trim(),
        '',
        o.interviews,
        ...FAIR_OUTCOMES.map((x) => o.outcomes[x]),
        '',
      ];
    }),
    ...report.reasons.map((r) => [
      vi ? 'Lý do chưa phù hợp' : 'Not-suitable reason',
      REJECTION_REASON_TEXT[r.reason as RejectionReason]?.[locale] ?? r.reason,
      '',
      r.count,
      ...FAIR_OUTCOMES.map(() => ''),
      '',
    ]),
  ];
  const summary: (string | number)[][] = [
    [vi ? 'Chỉ số' : 'Figure', vi ? 'Giá trị' : 'Value'],
    [vi ? 'Đăng ký' : 'Registered', t.registered],
    [vi ? 'Đăng ký trước' : 'Pre-registered', t.preRegistered],
    [vi ? 'Đến trực tiếp' : 'Walk-ins', t.walkIns],
    [vi ? 'Tham dự' : 'Attended', t.attended],
    [vi ? 'Đăng ký nhưng không đến' : 'Registered, did not come', t.noShows],
    [vi ? 'Lượt phỏng vấn' : 'Interviews', t.interviews],
    [vi ? 'Nhận việc' : 'Hired', t.hired],
    [vi ? 'Chỉ tiêu tuyển dụng' : 'Hiring target', t.hiringTarget],
    [vi ? 'Đạt chỉ tiêu (%)' : 'Target reached (%)', t.targetPercent],
    [vi ? 'Còn làm việc sau 30 ngày' : 'Still working after 30 days', report.followUps.days30.stillWorking],
    [vi ? 'Còn làm việc sau 90 ngày' : 'Still working after 90 days', report.followUps.days90.stillWorking],
  ];
  const top = toCsv(summary[0] as string[], summary.slice(1));
  // One file, two tables separated by an empty line (Excel shows both).
  return `${top}\r\n${toCsv(header, rows).replace(/^\uFEFF/, '')}`;
}

/** Every fair of a province that has happened, side by side. */
export async function compareFairs(app: FastifyInstance, actor: Actor, provinceCode?: string) {
  const provinces = provinceCode ? [provinceCode] : actor.provinceCodes;
  if (
    !hasRole(actor, 'admin', 'viewer', 'organizer') ||
    !provinces.every((p) => actor.provinceCodes.includes(p))
  )
    throw new NotFoundError('FAIR_NOT_FOUND', FAIR_MESSAGES.notFound);
  const fairs = await fairModel(app.db.connection)
    .find({
      provinceCode: trusted({ $in: provinces }),
      status: trusted({ $in: ['live', 'closed', 'reported'] satisfies FairStatus[] }),
    })
    .sort({ date: -1 })
    .limit(100)
    .lean<LeanFair[]>();
  const visible = fairs.filter((f) => canViewFairReport(actor, f));
  const ids = visible.map((f) => String(f._id));
  if (!ids.length) return [];
  const [registrations, checkins, outcomes, booths, tasks] = await Promise.all([
    registrationModel(app.db.connection)
      .find({ fairId: trusted({ $in: ids }), status: 'registered' }, { fairId: 1 })
      .lean(),
    checkinModel(app.db.connection)
      .find({ fairId: trusted({ $in: ids }) }, { fairId: 1 })
      .lean(),
    outcomeModel(app.db.connection)
      .find({ fairId: trusted({ $in: ids }) }, { fairId: 1, outcome: 1 })
      .lean(),
    boothModel(app.db.connection)
      .find({ fairId: trusted({ $in: ids }), status: 'approved' }, { fairId: 1 })
      .lean(),
    followUpsOf(app, ids),
  ]);
  const count = <T extends { fairId: unknown }>(
    rows: T[],
    id: string,
    where: (row: T) => boolean = () => true,
  ) => rows.filter((r) => String(r.fairId) === id && where(r)).length;
  return visible.map((fair): FairComparisonRow => {
    const id = String(fair._id);
    const hired = count(outcomes, id, (o) => o.outcome === 'hired');
    return {
      fair: toFairSummary(fair, count(booths, id)),
      registered: count(registrations, id),
      attended: count(checkins, id),
      interviews: count(outcomes, id),
      hired,
      targetPercent: fair.hiringTarget > 0 ? Math.round((hired / fair.hiringTarget) * 100) : 0,
      stillWorking30: tasks.filter(
        (t) => t.sourceId === id && t.kind === 'fair-follow-up-30' && t.result === 'still-working',
      ).length,
    };
  });
}
