import { type Static, Type } from 'typebox';
import type { Bilingual } from '../i18n/locale';
import { IsoDateTime, ObjectIdString, PageQuery, StringEnum } from './common';
import { AnonymousCandidate, MatchedPosting } from './matching';

/** DESIGN.md §3: the employer moves forward; the person (or their counselor) may withdraw. */
export const APPLICATION_STATUSES = [
  'submitted',
  'viewed',
  'interview',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const EMPLOYER_PIPELINE = ['submitted', 'viewed', 'interview', 'offered', 'hired'] as const;
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['hired', 'rejected', 'withdrawn'];

/**
 * Why an employer did not go ahead: a fixed list, so reports can count them and nobody writes a reason
 * that discloses or asks about a record (Law 107/2025).
 */
export const REJECTION_REASONS = [
  'skills-mismatch',
  'certificate-missing',
  'position-filled',
  'schedule-mismatch',
  'location-mismatch',
  'no-show',
  'candidate-declined',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_TEXT: Record<RejectionReason, Bilingual> = {
  'skills-mismatch': { vi: 'Kỹ năng chưa phù hợp', en: 'Skills do not fit yet' },
  'certificate-missing': { vi: 'Thiếu chứng chỉ cần thiết', en: 'A required certificate is missing' },
  'position-filled': { vi: 'Đã tuyển đủ người', en: 'The position has been filled' },
  'schedule-mismatch': { vi: 'Thời gian làm việc không phù hợp', en: 'Working hours do not fit' },
  'location-mismatch': { vi: 'Nơi làm việc quá xa', en: 'The workplace is too far' },
  'no-show': { vi: 'Không đến phỏng vấn', en: 'Did not come to the interview' },
  'candidate-declined': { vi: 'Ứng viên không nhận việc', en: 'The candidate declined' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};

/** Plain words for each status, for people who read little (the person's own page). */
export const APPLICATION_STATUS_TEXT: Record<ApplicationStatus, Bilingual> = {
  submitted: { vi: 'Đã gửi, đang chờ doanh nghiệp xem', en: 'Sent, waiting for the employer' },
  viewed: { vi: 'Doanh nghiệp đã xem hồ sơ', en: 'The employer has seen it' },
  interview: { vi: 'Được mời phỏng vấn', en: 'Invited to an interview' },
  offered: { vi: 'Được nhận, chờ bạn đồng ý', en: 'Job offered to you' },
  hired: { vi: 'Đã có việc', en: 'Hired' },
  rejected: { vi: 'Chưa phù hợp lần này', en: 'Not this time' },
  withdrawn: { vi: 'Đã rút đơn', en: 'Withdrawn' },
};

export const CreateApplicationBody = Type.Object(
  {
    returneeId: ObjectIdString,
    postingId: Type.String({ minLength: 1, maxLength: 64 }),
    /**
     * "Share my name and phone with <employer>": a consent for this employer (purpose
     * `share-with-employer:<id>`). Never pre-ticked: the person ticks it, beside their counselor or alone.
     */
    shareContact: Type.Boolean(),
    /** Required with shareContact: the person (or the counselor, with the person present) confirms. */
    confirmed: Type.Optional(Type.Literal(true)),
    message: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CreateApplicationBody = Static<typeof CreateApplicationBody>;

export const ApplicationHistoryEntry = Type.Object({
  at: IsoDateTime,
  status: StringEnum(APPLICATION_STATUSES),
  by: StringEnum(['returnee', 'counselor', 'employer', 'admin', 'system']),
  reason: Type.Optional(StringEnum(REJECTION_REASONS)),
  note: Type.Optional(Type.String()),
});

/** An application as the person and their counselor see it. */
export const ApplicationView = Type.Object({
  id: ObjectIdString,
  returneeId: ObjectIdString,
  returneeName: Type.String(),
  posting: MatchedPosting,
  status: StringEnum(APPLICATION_STATUSES),
  /** `fair`: recorded by booth staff at a job fair for someone who had not applied. */
  createdBy: StringEnum(['returnee', 'counselor', 'fair']),
  /** Whether the employer may see name and phone right now (consent in force). */
  contactShared: Type.Boolean(),
  consentId: Type.Optional(ObjectIdString),
  message: Type.Optional(Type.String()),
  history: Type.Array(ApplicationHistoryEntry),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ApplicationView = Static<typeof ApplicationView>;

/**
 * An application as the employer sees it: the anonymous candidate, plus name and phone only while the
 * person's consent for this employer is in force. Never case data.
 */
export const EmployerApplicationView = Type.Object({
  id: ObjectIdString,
  postingId: Type.String(),
  postingTitle: Type.String(),
  status: StringEnum(APPLICATION_STATUSES),
  candidate: AnonymousCandidate,
  contact: Type.Optional(Type.Object({ displayName: Type.String(), phone: Type.Optional(Type.String()) })),
  message: Type.Optional(Type.String()),
  history: Type.Array(ApplicationHistoryEntry),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type EmployerApplicationView = Static<typeof EmployerApplicationView>;

export const ApplicationListQuery = Type.Object({
  ...PageQuery.properties,
  returneeId: Type.Optional(ObjectIdString),
  postingId: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(StringEnum(APPLICATION_STATUSES)),
});
export type ApplicationListQuery = Static<typeof ApplicationListQuery>;

export const ChangeApplicationStatusBody = Type.Object(
  {
    status: StringEnum(APPLICATION_STATUSES),
    reason: Type.Optional(StringEnum(REJECTION_REASONS)),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ChangeApplicationStatusBody = Static<typeof ChangeApplicationStatusBody>;

export const ShareContactBody = Type.Object(
  { confirmed: Type.Literal(true) },
  { additionalProperties: false },
);
