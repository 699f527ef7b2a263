import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, ObjectIdString, StringEnum } from './common';
import { EMPLOYMENT_TYPES, SHIFTS } from './returnees';

/** Why a posting fits a person, in both languages: "Cùng xã", "Có chứng chỉ Hàn điện bậc 2". */
export const MATCH_FACTORS = [
  'occupation',
  'skills',
  'certificates',
  'location',
  'wage',
  'availability',
  'fair-chance',
] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

export const MatchReason = Type.Object({
  factor: StringEnum(MATCH_FACTORS),
  vi: Type.String(),
  en: Type.String(),
});
export type MatchReason = Static<typeof MatchReason>;

/** What is missing, never a reason to exclude: a required certificate comes with a training suggestion. */
export const MatchGap = Type.Object({
  factor: StringEnum(MATCH_FACTORS),
  vi: Type.String(),
  en: Type.String(),
  suggestion: Type.Optional(Type.Object({ vi: Type.String(), en: Type.String() })),
});
export type MatchGap = Static<typeof MatchGap>;

/** The posting side of a match, as the person and their counselor see it. */
export const MatchedPosting = Type.Object({
  id: Type.String(),
  title: Type.String(),
  employerId: Type.String(),
  employerName: Type.String(),
  occupationCode: Type.String(),
  provinceCode: Type.String(),
  communeCode: Type.Optional(Type.String()),
  wageMin: Type.Optional(Type.Integer()),
  wageMax: Type.Optional(Type.Integer()),
  employmentType: Type.Optional(StringEnum(EMPLOYMENT_TYPES)),
  shift: Type.Optional(StringEnum(SHIFTS)),
  housing: Type.Boolean(),
  fairChancePledge: Type.Boolean(),
  deadline: Type.Optional(IsoDate),
});
export type MatchedPosting = Static<typeof MatchedPosting>;

export const PostingMatch = Type.Object({
  posting: MatchedPosting,
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(MatchReason),
  gaps: Type.Array(MatchGap),
  /** The person's application to this posting, if any. */
  application: Type.Optional(Type.Object({ id: ObjectIdString, status: Type.String() })),
});
export type PostingMatch = Static<typeof PostingMatch>;

export const MatchesQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const MatchesResponse = Type.Object({
  items: Type.Array(PostingMatch),
  /** Open postings considered. */
  considered: Type.Integer(),
  computedAt: IsoDateTime,
});
export type MatchesResponse = Static<typeof MatchesResponse>;

/**
 * A suggested candidate for a posting, as an employer may see one (DESIGN.md §4): anonymous code,
 * skills, certificates, commune and availability — never a name, contact, age or anything from a case.
 */
export const AnonymousCandidate = Type.Object({
  anonymousCode: Type.String(),
  skills: Type.Array(Type.String()),
  certificates: Type.Array(
    Type.Object({
      level: Type.String(),
      name: Type.String(),
      occupationCode: Type.Optional(Type.String()),
      verified: Type.Boolean(),
    }),
  ),
  provinceCode: Type.String(),
  communeCode: Type.Optional(Type.String()),
  availability: Type.Object({
    from: Type.Optional(IsoDate),
    shifts: Type.Array(StringEnum(SHIFTS)),
    employmentTypes: Type.Array(StringEnum(EMPLOYMENT_TYPES)),
  }),
});
export type AnonymousCandidate = Static<typeof AnonymousCandidate>;

export const CandidateMatch = Type.Object({
  candidate: AnonymousCandidate,
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(MatchReason),
  gaps: Type.Array(MatchGap),
  /** Set when the candidate has already applied to this posting. */
  applicationId: Type.Optional(ObjectIdString),
});
export type CandidateMatch = Static<typeof CandidateMatch>;

export const CandidatesResponse = Type.Object({
  postingId: Type.String(),
  items: Type.Array(CandidateMatch),
  considered: Type.Integer(),
  computedAt: IsoDateTime,
});
export type CandidatesResponse = Static<typeof CandidatesResponse>;

export const PostingIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
