import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, ObjectIdString, PageQuery, StringEnum } from './common';

export const RETURNEE_STATUSES = ['seeking', 'training', 'employed', 'inactive'] as const;
export type ReturneeStatus = (typeof RETURNEE_STATUSES)[number];

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
  notes: Type.Array(CaseNote),
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
    addNote: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type UpdateCaseBody = Static<typeof UpdateCaseBody>;
