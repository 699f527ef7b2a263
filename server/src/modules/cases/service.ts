import {
  type CaseRecord,
  type CreateReferralBody,
  computeExpungementDate,
  isValidCccd,
  occupationByCode,
  provinceByCode,
  type SentenceKind,
  type SupplementaryPenalty,
  type UpdateCaseBody,
  type UpdateReferralBody,
  VBSP_LOAN,
  withinVbspLoanWindow,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import { emitChange } from '../../lib/changes';
import { type FieldIssue, NotFoundError, ValidationError } from '../../lib/errors';
import { hasActiveConsent } from '../consents/service';
import { returneeModel } from '../returnees/model';
import { canEditCase, canReadCase } from '../returnees/policy';
import { loadReturneeFor } from '../returnees/service';
import { CASE_FIELDS, type CaseDocRecord, caseModel } from './model';

type LeanCase = CaseDocRecord;

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

function toCaseRecord(returneeId: string, c: LeanCase | null): CaseRecord {
  const penalties: SupplementaryPenalty[] = (c?.supplementaryPenalties ?? []).map((p) => ({
    kind: p.kind as SupplementaryPenalty['kind'],
    occupationCodes: p.occupationCodes?.length ? [...p.occupationCodes] : undefined,
    placeCodes: p.placeCodes?.length ? [...p.placeCodes] : undefined,
    until: day(p.until)!,
    note: p.note ?? undefined,
  }));
  const computed = computeExpungementDate({
    sentenceKind: (c?.sentenceKind ?? undefined) as SentenceKind | undefined,
    sentenceMonths: c?.sentenceMonths ?? undefined,
    mainPenaltyCompletedOn: day(c?.releaseDate),
    supplementaryUntil: penalties.map((p) => p.until),
  });
  const override = day(c?.expungementDateOverride);
  return {
    returneeId,
    cccd: c?.cccd ?? undefined,
    releaseDate: day(c?.releaseDate),
    sentenceCompletionCertificateRef: c?.sentenceCompletionCertificateRef ?? undefined,
    offenceCategory: c?.offenceCategory ?? undefined,
    sentenceKind: (c?.sentenceKind ?? undefined) as CaseRecord['sentenceKind'],
    sentenceMonths: c?.sentenceMonths ?? undefined,
    supplementaryPenalties: penalties,
    expungementComputed: computed
      ? {
          date: computed.date,
          waitingYears: computed.waitingYears,
          countedFrom: computed.countedFrom,
          basis: computed.basis.vi,
        }
      : undefined,
    expungementDateOverride: override,
    expungementDate: override ?? computed?.date,
    riskGroup: (c?.riskGroup ?? undefined) as CaseRecord['riskGroup'],
    notes: (c?.notes ?? []).map((n) => ({
      at: n.at.toISOString(),
      authorName: n.authorName ?? undefined,
      text: n.text,
    })),
    referrals: (c?.referrals ?? []).map((r) => ({
      id: String(r._id),
      kind: r.kind as CaseRecord['referrals'][number]['kind'],
      status: r.status as CaseRecord['referrals'][number]['status'],
      amount: r.amount ?? undefined,
      partner: r.partner ?? undefined,
      note: r.note ?? undefined,
      outcome: r.outcome ?? undefined,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
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

const MESSAGES = {
  cccd: {
    vi: 'Số CCCD không hợp lệ: 3 số đầu là mã tỉnh nơi sinh, số thứ 4 là giới tính và thế kỷ sinh, 2 số tiếp theo là năm sinh.',
    en: 'This CCCD number is not valid: the first 3 digits are the province of birth, the 4th gender and century, the next 2 the year of birth.',
  },
  sentenceMonths: {
    vi: 'Với án phạt tù, hãy ghi thời hạn tù (số tháng) để tính ngày xóa án tích.',
    en: 'For imprisonment, give its length in months so the expungement date can be computed.',
  },
  occupationCodes: {
    vi: 'Ghi ít nhất một mã nghề hợp lệ (VSCO, 1–4 chữ số) bị cấm hành nghề.',
    en: 'Give at least one valid occupation code (VSCO, 1–4 digits) that is banned.',
  },
  placeCodes: {
    vi: 'Ghi ít nhất một mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số).',
    en: 'Give at least one province code (2 digits) or commune code (5 digits).',
  },
  loanAmount: {
    vi: `Khoản vay cho người chấp hành xong án phạt tù tối đa ${VBSP_LOAN.maxAmount.toLocaleString('vi-VN')} đồng (Quyết định 22/2023/QĐ-TTg).`,
    en: `A returnee loan is at most ${VBSP_LOAN.maxAmount.toLocaleString('en-US')} VND (Decision 22/2023/QĐ-TTg).`,
  },
  loanRequired: {
    vi: 'Ghi số tiền đề nghị vay.',
    en: 'Give the amount of the loan.',
  },
  loanWindow: {
    vi: 'Chỉ được vay vốn trong 5 năm kể từ ngày chấp hành xong án phạt tù (Quyết định 22/2023/QĐ-TTg).',
    en: 'VBSP returnee loans are only available within 5 years of release (Decision 22/2023/QĐ-TTg).',
  },
  loanConsent: {
    vi: 'Cần người này đồng ý “Giới thiệu vay vốn Ngân hàng Chính sách xã hội” trước (mục Sự đồng ý).',
    en: 'The person must first agree to “Refer me for a VBSP loan” (Consents section).',
  },
  trainingConsent: {
    vi: 'Cần người này đồng ý “Giới thiệu học nghề” trước (mục Sự đồng ý).',
    en: 'The person must first agree to “Refer me for vocational training” (Consents section).',
  },
};

function penaltyIssues(penalties: SupplementaryPenalty[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  penalties.forEach((p, index) => {
    if (p.kind === 'occupation-ban') {
      const codes = p.occupationCodes ?? [];
      if (codes.length === 0 || codes.some((code) => !occupationByCode(code)))
        issues.push({
          field: `supplementaryPenalties.${index}.occupationCodes`,
          code: 'occupation',
          message: MESSAGES.occupationCodes,
        });
    } else {
      const codes = p.placeCodes ?? [];
      if (codes.length === 0 || codes.some((code) => code.length === 2 && !provinceByCode(code)))
        issues.push({
          field: `supplementaryPenalties.${index}.placeCodes`,
          code: 'place',
          message: MESSAGES.placeCodes,
        });
    }
  });
  return issues;
}

async function touchContact(app: FastifyInstance, returneeId: unknown) {
  await returneeModel(app.db.connection).updateOne(
    { _id: returneeId },
    { $set: { lastContactAt: new Date() } },
  );
}

export async function updateCase(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  body: UpdateCaseBody,
): Promise<CaseRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canEditCase);
  const issues: FieldIssue[] = [];
  if (body.cccd !== undefined && !isValidCccd(body.cccd))
    issues.push({ field: 'cccd', code: 'cccd', message: MESSAGES.cccd });
  if (body.supplementaryPenalties) issues.push(...penaltyIssues(body.supplementaryPenalties));
  if (body.sentenceKind === 'prison' && body.sentenceMonths === null)
    issues.push({ field: 'sentenceMonths', code: 'required', message: MESSAGES.sentenceMonths });
  if (issues.length) throw new ValidationError(issues);

  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  const assign = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null) unset[key] = 1;
    else set[key] = value;
  };
  assign('cccd', body.cccd);
  if (body.releaseDate !== undefined) set.releaseDate = new Date(`${body.releaseDate}T00:00:00Z`);
  assign('sentenceCompletionCertificateRef', body.sentenceCompletionCertificateRef);
  assign('offenceCategory', body.offenceCategory);
  assign('sentenceKind', body.sentenceKind);
  assign('sentenceMonths', body.sentenceMonths);
  assign('riskGroup', body.riskGroup);
  if (body.expungementDateOverride !== undefined)
    assign(
      'expungementDateOverride',
      body.expungementDateOverride === null ? null : new Date(`${body.expungementDateOverride}T00:00:00Z`),
    );
  if (body.supplementaryPenalties)
    set.supplementaryPenalties = body.supplementaryPenalties.map((p) => ({
      kind: p.kind,
      occupationCodes: p.kind === 'occupation-ban' ? p.occupationCodes : undefined,
      placeCodes: p.kind === 'occupation-ban' ? undefined : p.placeCodes,
      until: new Date(`${p.until}T00:00:00Z`),
      note: p.note,
    }));
  const changed = [...Object.keys(set), ...Object.keys(unset)];
  const update: Record<string, unknown> = { $set: { ...set, provinceCode: returnee.provinceCode } };
  if (Object.keys(unset).length) update.$unset = unset;
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
  if (body.addNote) await touchContact(app, returnee._id);
  if (body.supplementaryPenalties) await emitChange(app, 'case', String(returnee._id));
  return toCaseRecord(String(returnee._id), record);
}

export async function addReferral(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  body: CreateReferralBody,
): Promise<CaseRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canEditCase);
  const Case = caseModel(app.db.connection);
  const current = await Case.findOne({ returneeId: returnee._id }, { releaseDate: 1 }).lean();
  const issues: FieldIssue[] = [];
  if (body.kind === 'vbsp-loan') {
    if (body.amount === undefined)
      issues.push({ field: 'amount', code: 'required', message: MESSAGES.loanRequired });
    else if (body.amount > VBSP_LOAN.maxAmount)
      issues.push({ field: 'amount', code: 'max', message: MESSAGES.loanAmount });
    const release = day(current?.releaseDate);
    if (release && !withinVbspLoanWindow(release))
      issues.push({ field: 'kind', code: 'window', message: MESSAGES.loanWindow });
    if (!(await hasActiveConsent(app.db.connection, returnee._id, 'loan-referral')))
      issues.push({ field: 'kind', code: 'consent', message: MESSAGES.loanConsent });
  }
  if (
    body.kind === 'vocational-training' &&
    !(await hasActiveConsent(app.db.connection, returnee._id, 'training-referral'))
  )
    issues.push({ field: 'kind', code: 'consent', message: MESSAGES.trainingConsent });
  if (issues.length) throw new ValidationError(issues);

  const now = new Date();
  await app.audit.record(request, {
    action: 'case.update',
    subjectType: 'case',
    subjectId: String(returnee._id),
    fields: ['referrals', body.kind],
    provinceCode: returnee.provinceCode,
  });
  const record = await Case.findOneAndUpdate(
    { returneeId: returnee._id },
    {
      $set: { provinceCode: returnee.provinceCode },
      $push: {
        referrals: {
          _id: new Types.ObjectId(),
          kind: body.kind,
          status: 'proposed',
          amount: body.amount,
          partner: body.partner,
          note: body.note,
          createdAt: now,
          updatedAt: now,
          createdBy: actor.id,
        },
      },
    },
    { upsert: true, returnDocument: 'after' },
  );
  await touchContact(app, returnee._id);
  return toCaseRecord(String(returnee._id), record);
}

export async function updateReferral(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  referralId: string,
  body: UpdateReferralBody,
): Promise<CaseRecord> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canEditCase);
  const Case = caseModel(app.db.connection);
  const record = await Case.findOne({ returneeId: returnee._id });
  const referral = record?.referrals.find((r) => String(r._id) === referralId);
  if (!record || !referral) throw new NotFoundError();
  if (referral.kind === 'vbsp-loan' && body.amount !== undefined && body.amount > VBSP_LOAN.maxAmount)
    throw new ValidationError([{ field: 'amount', code: 'max', message: MESSAGES.loanAmount }]);
  if (body.status !== undefined) referral.status = body.status;
  if (body.amount !== undefined) referral.amount = body.amount;
  if (body.outcome !== undefined) referral.outcome = body.outcome;
  referral.updatedAt = new Date();
  await app.audit.record(request, {
    action: 'case.update',
    subjectType: 'case',
    subjectId: String(returnee._id),
    fields: ['referrals', ...Object.keys(body)],
    provinceCode: returnee.provinceCode,
  });
  await record.save();
  return toCaseRecord(String(returnee._id), record.toObject() as LeanCase);
}
