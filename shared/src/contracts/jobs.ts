import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, ObjectIdString, StringEnum } from './common';
import {
  BENEFITS,
  CertificateRef,
  POSTING_EDUCATION_LEVELS,
  POSTING_EMPLOYMENT_TYPES,
  POSTING_SHIFTS,
  POSTING_STATUSES,
  SkillRef,
} from './postings';

/**
 * The public job board: search over open postings (GET /api/jobs) and a posting's page (GET /api/jobs/:id).
 * Response shapes are allowlists of public fields: nothing about moderation, who wrote the posting, or
 * any person.
 */
export const JOB_SORTS = ['relevance', 'newest', 'wage'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

const csvList = (pattern: string) =>
  Type.String({ maxLength: 200, pattern, description: 'comma-separated list' });

export const JobSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  /** Province codes, comma-separated ("24,01"). */
  province: Type.Optional(csvList('^\\d{2}(,\\d{2})*$')),
  commune: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  /** An occupation group at any level: "7" (crafts), "72", "721" or "7212". */
  occupation: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
  /** Jobs that can pay at least this much (VND/month): the top of the range reaches it. */
  minWage: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
  type: Type.Optional(StringEnum(POSTING_EMPLOYMENT_TYPES)),
  shift: Type.Optional(StringEnum(POSTING_SHIFTS)),
  /** Benefits that must all be offered, comma-separated ("housing,meals"). */
  benefits: Type.Optional(csvList('^[a-z]+(,[a-z]+)*$')),
  /** Only employers who signed the fair-chance hiring pledge. */
  fairChance: Type.Optional(Type.Boolean()),
  /** Postings shown at this job fair. */
  fair: Type.Optional(ObjectIdString),
  employer: Type.Optional(ObjectIdString),
  sort: Type.Optional(StringEnum(JOB_SORTS)),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type JobSearchQuery = Static<typeof JobSearchQuery>;

export const JobEmployer = Type.Object({
  id: ObjectIdString,
  name: Type.String(),
  verified: Type.Boolean(),
  fairChancePledge: Type.Boolean(),
});

/** One search result. `highlight` holds HTML-escaped text with <mark> around matched words. */
export const JobCard = Type.Object({
  id: ObjectIdString,
  title: Type.String(),
  employer: JobEmployer,
  occupationCode: Type.String(),
  occupationName: Type.String(),
  provinceCode: Type.String(),
  provinceName: Type.String(),
  communeCode: Type.Optional(Type.String()),
  communeName: Type.Optional(Type.String()),
  wageMin: Type.Integer(),
  wageMax: Type.Integer(),
  employmentType: StringEnum(POSTING_EMPLOYMENT_TYPES),
  shift: StringEnum(POSTING_SHIFTS),
  benefits: Type.Array(StringEnum(BENEFITS)),
  vacancies: Type.Integer(),
  publishedAt: IsoDateTime,
  deadline: IsoDate,
  highlight: Type.Object({
    title: Type.Optional(Type.String()),
    employerName: Type.Optional(Type.String()),
  }),
});
export type JobCard = Static<typeof JobCard>;

export const FacetValue = Type.Object({
  value: Type.String(),
  label: Type.String(),
  count: Type.Integer(),
});
export type FacetValue = Static<typeof FacetValue>;

export const JobFacets = Type.Object({
  province: Type.Array(FacetValue),
  commune: Type.Array(FacetValue),
  /** Occupation groups one level below the chosen one (major groups when none is chosen). */
  occupation: Type.Array(FacetValue),
  type: Type.Array(FacetValue),
  shift: Type.Array(FacetValue),
  benefits: Type.Array(FacetValue),
  fairChance: Type.Integer(),
});
export type JobFacets = Static<typeof JobFacets>;

/** What to try when nothing matched: each a link target (query parameters) with how many it would find. */
export const JobSuggestion = Type.Object({
  kind: StringEnum(['remove-filter', 'nearby-province', 'popular-occupation', 'drop-words']),
  label: Type.String(),
  /** The query string of the suggested search, e.g. "q=tho+han&province=01". */
  query: Type.String(),
  total: Type.Integer(),
});
export type JobSuggestion = Static<typeof JobSuggestion>;

export const JobSearchResponse = Type.Object({
  items: Type.Array(JobCard),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  sort: StringEnum(JOB_SORTS),
  facets: JobFacets,
  suggestions: Type.Array(JobSuggestion),
  tookMs: Type.Number(),
});
export type JobSearchResponse = Static<typeof JobSearchResponse>;

/** A posting's public page. Drafts and postings under review are shown only to their employer and admins. */
export const JobDetail = Type.Object({
  ...JobCard.properties,
  status: StringEnum(POSTING_STATUSES),
  description: Type.String(),
  requiredSkills: Type.Array(SkillRef),
  preferredSkills: Type.Array(SkillRef),
  requiredCertificates: Type.Array(CertificateRef),
  preferredCertificates: Type.Array(CertificateRef),
  education: Type.Optional(StringEnum(POSTING_EDUCATION_LEVELS)),
  address: Type.Optional(Type.String()),
  /** Set for viewers who may edit or moderate it (its employer, the province's admins). */
  canManage: Type.Boolean(),
});
export type JobDetail = Static<typeof JobDetail>;

export const TaxonomyQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  /** Occupations: only unit groups (4 digits), as a posting needs. Skills: those typical for this code. */
  occupation: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
});
export type TaxonomyQuery = Static<typeof TaxonomyQuery>;

export const OccupationOption = Type.Object({
  code: Type.String(),
  level: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
});
export const SkillOption = Type.Object({ id: Type.String(), name: Type.String(), nameEn: Type.String() });

/** A company's public page: its badges and open postings. */
export const EmployerProfileResponse = Type.Object({
  employer: Type.Object({
    id: ObjectIdString,
    legalName: Type.String(),
    industry: Type.Optional(Type.String()),
    provinceCode: Type.String(),
    provinceName: Type.String(),
    communeCode: Type.Optional(Type.String()),
    communeName: Type.Optional(Type.String()),
    address: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    website: Type.Optional(Type.String()),
    verified: Type.Boolean(),
    fairChancePledge: Type.Boolean(),
  }),
  postings: Type.Array(JobCard),
  totalOpen: Type.Integer(),
});
export type EmployerProfileResponse = Static<typeof EmployerProfileResponse>;

export const UpdateEmployerProfileBody = Type.Object(
  {
    description: Type.Optional(Type.String({ maxLength: 3000 })),
    website: Type.Optional(
      Type.String({
        maxLength: 200,
        pattern: '^(https?://[^\\s]+)?$',
        'x-message': {
          vi: 'Địa chỉ trang web cần bắt đầu bằng https:// hoặc http://',
          en: 'A website address starts with https:// or http://',
        },
      }),
    ),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    communeCode: Type.Optional(Type.String({ pattern: '^(\\d{5})?$' })),
    industry: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type UpdateEmployerProfileBody = Static<typeof UpdateEmployerProfileBody>;
