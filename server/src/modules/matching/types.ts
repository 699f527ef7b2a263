import type { PenaltyKind } from '@ctn/shared';

/**
 * What matching reads of a posting: the open-postings registry's objects (modules/postings/search.ts
 * `OpenPosting`) have this shape, so they are used as they are, without a copy.
 */
export interface MatchablePosting {
  id: string;
  employerId: string;
  employerName: string;
  fairChancePledge: boolean;
  title: string;
  /** VSCO unit group (4 digits). */
  occupationCode: string;
  requiredSkills: readonly { id?: string; name: string }[];
  preferredSkills: readonly { id?: string; name: string }[];
  requiredCertificates: readonly { level?: string; occupationCode?: string; name: string }[];
  preferredCertificates: readonly { level?: string; occupationCode?: string; name: string }[];
  wageMin: number;
  wageMax: number;
  employmentType: string;
  shift: string;
  benefits: readonly string[];
  provinceCode: string;
  communeCode?: string;
  /** YYYY-MM-DD, last day to apply. */
  deadline?: string;
  /** End of the deadline day in ms; excluded after it. */
  deadlineAt?: number;
}

/** A supplementary penalty as matching uses it: silently, never shown to employers. */
export interface MatchBan {
  kind: PenaltyKind;
  occupationCodes?: readonly string[];
  placeCodes?: readonly string[];
  /** YYYY-MM-DD, inclusive. */
  until: string;
}

/** What matching reads of a person: the profile (never case data), plus bans, which only filter. */
export interface MatchProfile {
  id: string;
  anonymousCode: string;
  status: string;
  counselorId?: string;
  provinceCode: string;
  communeCode?: string;
  /** VSCO codes (1–4 digits) the person wants to work in. */
  desiredOccupations: readonly string[];
  /** VSCO codes of past work and of certificates. */
  experienceOccupations: readonly string[];
  /** `key` is the taxonomy id, or `free:<folded text>` for a skill written freely. */
  skills: readonly { key: string; label: string }[];
  certificates: readonly { level: string; occupationCode?: string; verified: boolean }[];
  acceptableProvinces: readonly string[];
  willingToRelocate: boolean;
  expectedWage?: number;
  /** YYYY-MM-DD */
  availableFrom?: string;
  shifts: readonly string[];
  employmentTypes: readonly string[];
  bans: readonly MatchBan[];
  /** Consent `matching` in force: may be suggested to employers (anonymously). */
  matchingConsent: boolean;
}

export type Audience = 'person' | 'employer';
