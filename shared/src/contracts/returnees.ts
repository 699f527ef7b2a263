import { type Static, Type } from 'typebox';
import { SENTENCE_KINDS } from '../rules/expungement';
import { IsoDate, IsoDateTime, ObjectIdString, PageQuery, StringEnum } from './common';

export const RETURNEE_STATUSES = ['seeking', 'training', 'employed', 'inactive'] as const;
export type ReturneeStatus = (typeof RETURNEE_STATUSES)[number];

/** Work conditions, shared by returnee availability and postings. */
export const SHIFTS = ['day', 'night', 'rotating'] as const;
export type Shift = (typeof SHIFTS)[number];
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'seasonal'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
/** Support a person needs besides a job (DESIGN.md §3). */
export const NEEDS = ['training', 'loan', 'housing', 'id-papers'] as const;
export type Need = (typeof NEEDS)[number];
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational',
  'college',
  'university',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The minimum to start a profile at a first visit; the rest can be completed over later visits. */
export const CreateReturneeBody = Type.Object(
  {
    displayName: Type.String({ minLength: 2, maxLength: 100 }),
    birthYear: Type.Optional(Type.Integer({ minimum: 1940, maximum: 2012 })),
    gender: Type.Optional(StringEnum(['female', 'male', 'other'])),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    provinceCode: Type.String({ pattern: '^\\d{2}$' }),
    communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  },
  { additionalProperties: false },
);
export type CreateReturneeBody = Static<typeof CreateReturneeBody>;

/** What staff with access see in lists; never case data. */
export const ReturneeSummary = Type.Object({
  id: ObjectIdString,
  displayName: Type.String(),
  anonymousCode: Type.String(),
  birthYear: Type.Optional(Type.Integer()),
  gender: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  provinceCode: Type.String(),
  communeCode: Type.Optional(Type.String()),
  status: StringEnum(RETURNEE_STATUSES),
  counselorId: Type.Optional(Type.String()),
  hasAccount: Type.Boolean(),
  lastContactAt: Type.Optional(IsoDateTime),
  createdAt: IsoDateTime,
});
export type ReturneeSummary = Static<typeof ReturneeSummary>;

export const ReturneeListQuery = Type.Object({
  ...PageQuery.properties,
  q: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(StringEnum(RETURNEE_STATUSES)),
  /** Admins and counselors: people in my provinces with no counselor yet. */
  unassigned: Type.Optional(Type.Boolean()),
  /** Only people who need this kind of support. */
  need: Type.Optional(StringEnum(NEEDS)),
  /** Only people not contacted for at least this many days. */
  noContactDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  /**
   * Named filters other modules add (`registerCaseloadFilter`), e.g. `fair:<id>` for the people registered
   * for an upcoming fair.
   */
  filter: Type.Optional(Type.String({ maxLength: 80, pattern: '^[a-z-]+(:[a-zA-Z0-9-]+)?$' })),
});
export type ReturneeListQuery = Static<typeof ReturneeListQuery>;

export const AssignReturneeBody = Type.Object(
  { counselorId: Type.Optional(ObjectIdString) },
  { additionalProperties: false },
);

/** A counselor opens an account for someone; the answer carries a one-time code to hand over on paper. */
export const CreateReturneeAccountBody = Type.Object(
  {
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  },
  { additionalProperties: false },
);
export const ReturneeAccountResponse = Type.Object({
  userId: ObjectIdString,
  /** Shown once; only its hash is stored. */
  activationCode: Type.String(),
  expiresInDays: Type.Integer(),
  signInWith: Type.String(),
});

/** A skill: a taxonomy id (shared/src/taxonomy/skills.ts) with its name, or free text as the person said it. */
export const ProfileSkill = Type.Object(
  {
    skillId: Type.Optional(Type.String({ maxLength: 60 })),
    label: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);
export type ProfileSkill = Static<typeof ProfileSkill>;

/** A vocational certificate or licence the person holds; `verified` once a counselor has seen the paper. */
export const ProfileCertificate = Type.Object({
  id: ObjectIdString,
  level: Type.String(),
  occupationCode: Type.Optional(Type.String()),
  issuer: Type.Optional(Type.String()),
  year: Type.Optional(Type.Integer()),
  verified: Type.Boolean(),
  verifiedAt: Type.Optional(IsoDateTime),
});
export type ProfileCertificate = Static<typeof ProfileCertificate>;

export const CertificateInput = Type.Object(
  {
    /** Keep the id of an existing certificate to keep its verification (changing its facts clears it). */
    id: Type.Optional(ObjectIdString),
    level: Type.String({
      minLength: 1,
      maxLength: 60,
      'x-message': { vi: 'Chọn loại và cấp chứng chỉ.', en: 'Choose the kind and level of certificate.' },
    }),
    occupationCode: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
    issuer: Type.Optional(Type.String({ maxLength: 200 })),
    year: Type.Optional(Type.Integer({ minimum: 1960, maximum: 2100 })),
  },
  { additionalProperties: false },
);
export type CertificateInput = Static<typeof CertificateInput>;

export const WorkHistoryEntry = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 120 }),
    occupationCode: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
    employer: Type.Optional(Type.String({ maxLength: 200 })),
    fromYear: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2100 })),
    toYear: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2100 })),
  },
  { additionalProperties: false },
);
export type WorkHistoryEntry = Static<typeof WorkHistoryEntry>;

export const Availability = Type.Object(
  {
    from: Type.Optional(IsoDate),
    shifts: Type.Array(StringEnum(SHIFTS), { uniqueItems: true }),
    employmentTypes: Type.Array(StringEnum(EMPLOYMENT_TYPES), { uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type Availability = Static<typeof Availability>;

/** The matching profile (never case data): what staff with access and the person themselves see. */
export const ReturneeProfile = Type.Object({
  ...ReturneeSummary.properties,
  skills: Type.Array(ProfileSkill),
  certificates: Type.Array(ProfileCertificate),
  workHistory: Type.Array(WorkHistoryEntry),
  educationLevel: Type.Optional(StringEnum(EDUCATION_LEVELS)),
  educationNote: Type.Optional(Type.String()),
  desiredOccupations: Type.Array(Type.String()),
  acceptableProvinces: Type.Array(Type.String()),
  willingToRelocate: Type.Boolean(),
  expectedWage: Type.Optional(Type.Integer()),
  availability: Availability,
  needs: Type.Array(StringEnum(NEEDS)),
  updatedAt: Type.Optional(IsoDateTime),
});
export type ReturneeProfile = Static<typeof ReturneeProfile>;

/**
 * Saves one or more sections of the profile; fields left out stay as they are. A profile is completed over
 * several visits, so nothing here is required.
 */
export const UpdateReturneeProfileBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
    birthYear: Type.Optional(Type.Union([Type.Integer({ minimum: 1940, maximum: 2012 }), Type.Null()])),
    gender: Type.Optional(Type.Union([StringEnum(['female', 'male', 'other']), Type.Null()])),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
    communeCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{5}$' }), Type.Null()])),
    status: Type.Optional(StringEnum(RETURNEE_STATUSES)),
    skills: Type.Optional(Type.Array(ProfileSkill, { maxItems: 40 })),
    certificates: Type.Optional(Type.Array(CertificateInput, { maxItems: 20 })),
    workHistory: Type.Optional(Type.Array(WorkHistoryEntry, { maxItems: 20 })),
    educationLevel: Type.Optional(Type.Union([StringEnum(EDUCATION_LEVELS), Type.Null()])),
    educationNote: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    desiredOccupations: Type.Optional(
      Type.Array(Type.String({ pattern: '^\\d{1,4}$' }), { maxItems: 5, uniqueItems: true }),
    ),
    acceptableProvinces: Type.Optional(
      Type.Array(Type.String({ pattern: '^\\d{2}$' }), { maxItems: 34, uniqueItems: true }),
    ),
    willingToRelocate: Type.Optional(Type.Boolean()),
    expectedWage: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 500_000_000 }), Type.Null()]),
    ),
    availability: Type.Optional(Availability),
    needs: Type.Optional(Type.Array(StringEnum(NEEDS), { uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type UpdateReturneeProfileBody = Static<typeof UpdateReturneeProfileBody>;

export const VerifyCertificateParams = Type.Object({ id: ObjectIdString, certificateId: ObjectIdString });
export const VerifyCertificateBody = Type.Object(
  { verified: Type.Boolean() },
  { additionalProperties: false },
);

/** Supplementary penalties (Penal Code art. 41–43) that limit which jobs may be suggested. */
export const PENALTY_KINDS = ['occupation-ban', 'place-ban', 'supervised-residence'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const SupplementaryPenalty = Type.Object(
  {
    kind: StringEnum(PENALTY_KINDS),
    /** occupation-ban: VSCO codes (1–4 digits); a shorter code bans the whole group. */
    occupationCodes: Type.Optional(
      Type.Array(Type.String({ pattern: '^\\d{1,4}$' }), { maxItems: 20, uniqueItems: true }),
    ),
    /** place-ban: where the person may not live or work; supervised-residence: where they must stay. */
    placeCodes: Type.Optional(
      Type.Array(Type.String({ pattern: '^(\\d{2}|\\d{5})$' }), { maxItems: 20, uniqueItems: true }),
    ),
    until: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type SupplementaryPenalty = Static<typeof SupplementaryPenalty>;

export const REFERRAL_KINDS = ['vbsp-loan', 'vocational-training', 'id-papers'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const REFERRAL_STATUSES = [
  'proposed',
  'submitted',
  'approved',
  'rejected',
  'completed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const RISK_GROUPS = ['low', 'medium', 'high'] as const;

export const Referral = Type.Object({
  id: ObjectIdString,
  kind: StringEnum(REFERRAL_KINDS),
  status: StringEnum(REFERRAL_STATUSES),
  /** VBSP loans: VND. */
  amount: Type.Optional(Type.Integer()),
  /** Training centre, bank branch, police office… */
  partner: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
  outcome: Type.Optional(Type.String()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Referral = Static<typeof Referral>;

export const CreateReferralBody = Type.Object(
  {
    kind: StringEnum(REFERRAL_KINDS),
    amount: Type.Optional(Type.Integer({ minimum: 1 })),
    partner: Type.Optional(Type.String({ maxLength: 200 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CreateReferralBody = Static<typeof CreateReferralBody>;

export const UpdateReferralBody = Type.Object(
  {
    status: Type.Optional(StringEnum(REFERRAL_STATUSES)),
    amount: Type.Optional(Type.Integer({ minimum: 1 })),
    outcome: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type UpdateReferralBody = Static<typeof UpdateReferralBody>;
export const ReferralParams = Type.Object({ id: ObjectIdString, referralId: ObjectIdString });

export const CaseNote = Type.Object({
  at: IsoDateTime,
  authorName: Type.Optional(Type.String()),
  text: Type.String(),
});

/** Sensitive: only the assigned counselor and the province's admins; every read is audit-logged. */
export const CaseRecord = Type.Object({
  returneeId: ObjectIdString,
  cccd: Type.Optional(Type.String()),
  releaseDate: Type.Optional(IsoDate),
  sentenceCompletionCertificateRef: Type.Optional(Type.String()),
  offenceCategory: Type.Optional(Type.String()),
  sentenceKind: Type.Optional(StringEnum(SENTENCE_KINDS)),
  sentenceMonths: Type.Optional(Type.Integer()),
  supplementaryPenalties: Type.Array(SupplementaryPenalty),
  /** What the rules of Penal Code art. 70 give, from the fields above (undefined when they are missing). */
  expungementComputed: Type.Optional(
    Type.Object({
      date: IsoDate,
      waitingYears: Type.Integer(),
      countedFrom: IsoDate,
      basis: Type.String(),
    }),
  ),
  /** Set by the counselor (e.g. from the Department of Justice's certificate); wins over the computed date. */
  expungementDateOverride: Type.Optional(IsoDate),
  /** The date in force: the override, else the computed one. */
  expungementDate: Type.Optional(IsoDate),
  riskGroup: Type.Optional(StringEnum(RISK_GROUPS)),
  notes: Type.Array(CaseNote),
  referrals: Type.Array(Referral),
  updatedAt: Type.Optional(IsoDateTime),
});
export type CaseRecord = Static<typeof CaseRecord>;

export const UpdateCaseBody = Type.Object(
  {
    cccd: Type.Optional(
      Type.String({
        pattern: '^\\d{12}$',
        'x-message': {
          vi: 'Số CCCD gồm đúng 12 chữ số.',
          en: 'A citizen ID (CCCD) number has exactly 12 digits.',
        },
      }),
    ),
    releaseDate: Type.Optional(IsoDate),
    sentenceCompletionCertificateRef: Type.Optional(Type.String({ maxLength: 100 })),
    offenceCategory: Type.Optional(Type.String({ maxLength: 100 })),
    sentenceKind: Type.Optional(StringEnum(SENTENCE_KINDS)),
    sentenceMonths: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 600 }), Type.Null()])),
    /** Replaces the whole list. */
    supplementaryPenalties: Type.Optional(Type.Array(SupplementaryPenalty, { maxItems: 10 })),
    /** null clears the override (back to the computed date). */
    expungementDateOverride: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    riskGroup: Type.Optional(Type.Union([StringEnum(RISK_GROUPS), Type.Null()])),
    addNote: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type UpdateCaseBody = Static<typeof UpdateCaseBody>;
