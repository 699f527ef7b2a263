import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, ObjectIdString, PageQuery, StringEnum } from './common';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SHIFTS } from './returnees';

/**
 * Job postings as employers write them and province admins moderate them (DESIGN.md §3):
 * `draft → pending → open → closed | filled`. The public job board uses the smaller shapes in jobs.ts.
 *
 * The work-condition lists are the returnee profile's own (contracts/returnees.ts), so matching compares
 * them directly.
 */
export const POSTING_STATUSES = ['draft', 'pending', 'open', 'closed', 'filled'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const POSTING_EMPLOYMENT_TYPES = EMPLOYMENT_TYPES;
export type PostingEmploymentType = (typeof POSTING_EMPLOYMENT_TYPES)[number];
export const POSTING_SHIFTS = SHIFTS;
export type PostingShift = (typeof POSTING_SHIFTS)[number];
export const BENEFITS = ['meals', 'housing', 'insurance', 'transport'] as const;
export type Benefit = (typeof BENEFITS)[number];
export const POSTING_EDUCATION_LEVELS = EDUCATION_LEVELS;
export type PostingEducationLevel = (typeof POSTING_EDUCATION_LEVELS)[number];

/** A skill from the taxonomy (`id`, shared/src/taxonomy/skills.ts) or written freely (`name` only). */
export const SkillRef = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$' })),
    name: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type SkillRef = Static<typeof SkillRef>;

/**
 * A certificate: a level from the taxonomy (`level`, e.g. "ky-nang-nghe-bac-2", "gplx-c"), optionally for an
 * occupation ("7212"), or free text (`name` only).
 */
export const CertificateRef = Type.Object(
  {
    level: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$' })),
    occupationCode: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
    name: Type.String({ minLength: 1, maxLength: 120 }),
  },
  { additionalProperties: false },
);
export type CertificateRef = Static<typeof CertificateRef>;

const wage = Type.Integer({
  minimum: 0,
  maximum: 1_000_000_000,
  description: 'VND per month',
  'x-message': {
    vi: 'Nhập số tiền VND mỗi tháng, chỉ gồm chữ số (ví dụ 6500000).',
    en: 'Enter VND per month as digits only (e.g. 6500000).',
  },
});

/** Everything an employer writes. Rules beyond the schema (minimum wage, deadline…) are in postings/rules.ts. */
export const PostingInput = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 120 }),
    occupationCode: Type.String({
      pattern: '^\\d{4}$',
      'x-message': {
        vi: 'Vui lòng chọn nghề trong danh sách.',
        en: 'Please choose an occupation from the list.',
      },
    }),
    description: Type.String({ minLength: 10, maxLength: 5000 }),
    requiredSkills: Type.Array(SkillRef, { maxItems: 20 }),
    preferredSkills: Type.Array(SkillRef, { maxItems: 20 }),
    requiredCertificates: Type.Array(CertificateRef, { maxItems: 10 }),
    preferredCertificates: Type.Array(CertificateRef, { maxItems: 10 }),
    education: Type.Optional(StringEnum(POSTING_EDUCATION_LEVELS)),
    vacancies: Type.Integer({ minimum: 1, maximum: 10_000 }),
    wageMin: wage,
    wageMax: wage,
    employmentType: StringEnum(POSTING_EMPLOYMENT_TYPES),
    shift: StringEnum(POSTING_SHIFTS),
    benefits: Type.Array(StringEnum(BENEFITS), { uniqueItems: true }),
    provinceCode: Type.String({ pattern: '^\\d{2}$' }),
    communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    deadline: IsoDate,
  },
  { additionalProperties: false },
);
export type PostingInput = Static<typeof PostingInput>;

export const ModerationNote = Type.Object({
  at: IsoDateTime,
  action: StringEnum(['submit', 'approve', 'send-back', 'close', 'fill', 'expire', 'reopen-review']),
  byName: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
});
export type ModerationNote = Static<typeof ModerationNote>;

/** A posting as its employer's members and the admins of its province see it. */
export const PostingDetail = Type.Object({
  id: ObjectIdString,
  employerId: ObjectIdString,
  employerName: Type.String(),
  status: StringEnum(POSTING_STATUSES),
  ...PostingInput.properties,
  deadline: IsoDate,
  occupationName: Type.String(),
  provinceName: Type.String(),
  communeName: Type.Optional(Type.String()),
  moderationNotes: Type.Array(ModerationNote),
  /** The last send-back reason while the posting waits for corrections. */
  sentBackReason: Type.Optional(Type.String()),
  version: Type.Integer(),
  publishedAt: Type.Optional(IsoDateTime),
  closedAt: Type.Optional(IsoDateTime),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type PostingDetail = Static<typeof PostingDetail>;

/** One line of the employer's and the moderators' lists. */
export const PostingSummary = Type.Object({
  id: ObjectIdString,
  employerId: ObjectIdString,
  employerName: Type.String(),
  title: Type.String(),
  status: StringEnum(POSTING_STATUSES),
  occupationCode: Type.String(),
  occupationName: Type.String(),
  provinceCode: Type.String(),
  provinceName: Type.String(),
  communeName: Type.Optional(Type.String()),
  wageMin: Type.Integer(),
  wageMax: Type.Integer(),
  vacancies: Type.Integer(),
  deadline: IsoDate,
  sentBackReason: Type.Optional(Type.String()),
  submittedAt: Type.Optional(IsoDateTime),
  updatedAt: IsoDateTime,
});
export type PostingSummary = Static<typeof PostingSummary>;

export const PostingListQuery = Type.Object({
  ...PageQuery.properties,
  status: Type.Optional(StringEnum(POSTING_STATUSES)),
});
export type PostingListQuery = Static<typeof PostingListQuery>;

/** The employer's postings, with how many are in each status (tabs). */
export const MyPostingsResponse = Type.Object({
  items: Type.Array(PostingSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  employerVerified: Type.Boolean(),
});
export type MyPostingsResponse = Static<typeof MyPostingsResponse>;

export const ModerationQueueQuery = Type.Object({
  ...PageQuery.properties,
  status: Type.Optional(StringEnum(['pending', 'open'])),
  provinceCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
});
export type ModerationQueueQuery = Static<typeof ModerationQueueQuery>;

export const SendBackBody = Type.Object(
  { reason: Type.String({ minLength: 5, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type SendBackBody = Static<typeof SendBackBody>;

export const ClosePostingBody = Type.Object(
  { outcome: Type.Optional(StringEnum(['closed', 'filled'])) },
  { additionalProperties: false },
);
export type ClosePostingBody = Static<typeof ClosePostingBody>;

/** Bulk import: a successful import (nothing is imported when any row is wrong: a 400 lists the rows). */
export const ImportResult = Type.Object({
  imported: Type.Integer(),
  status: StringEnum(['draft', 'pending']),
  ids: Type.Array(ObjectIdString),
});
export type ImportResult = Static<typeof ImportResult>;

export const ImportQuery = Type.Object({
  /** Send every imported posting for review at once (verified employers). Default: keep them as drafts. */
  submit: Type.Optional(Type.Boolean()),
  /**
   * Import rows this employer imported before once more. Without it the same rows are imported once:
   * a repeat gets 409 IMPORT_DUPLICATE (when, and how many of those postings are left).
   */
  again: Type.Optional(Type.Boolean()),
});
