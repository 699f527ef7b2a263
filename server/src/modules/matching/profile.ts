import { skillKey } from './scoring';
import type { MatchBan, MatchProfile } from './types';

/** The fields of a stored returnee that matching reads (a projection keeps loads small). */
export const PROFILE_PROJECTION = {
  anonymousCode: 1,
  status: 1,
  counselorId: 1,
  provinceCode: 1,
  communeCode: 1,
  skills: 1,
  certificates: 1,
  workHistory: 1,
  desiredOccupations: 1,
  acceptableProvinces: 1,
  willingToRelocate: 1,
  expectedWage: 1,
  availableFrom: 1,
  shifts: 1,
  employmentTypes: 1,
  updatedAt: 1,
} as const;

export interface StoredProfileFields {
  _id: unknown;
  anonymousCode: string;
  status: string;
  counselorId?: unknown;
  provinceCode: string;
  communeCode?: string | null;
  skills?: { skillId?: string | null; label: string }[] | null;
  certificates?: { level: string; occupationCode?: string | null; verified?: boolean | null }[] | null;
  workHistory?: { occupationCode?: string | null }[] | null;
  desiredOccupations?: string[] | null;
  acceptableProvinces?: string[] | null;
  willingToRelocate?: boolean | null;
  expectedWage?: number | null;
  availableFrom?: Date | null;
  shifts?: string[] | null;
  employmentTypes?: string[] | null;
}

export interface StoredPenalty {
  kind: string;
  occupationCodes?: string[] | null;
  placeCodes?: string[] | null;
  until: Date;
}

export function toMatchBans(penalties: readonly StoredPenalty[] | null | undefined): MatchBan[] {
  return (penalties ?? []).map((p) => ({
    kind: p.kind as MatchBan['kind'],
    ...(p.occupationCodes?.length ? { occupationCodes: [...p.occupationCodes] } : {}),
    ...(p.placeCodes?.length ? { placeCodes: [...p.placeCodes] } : {}),
    until: p.until.toISOString().slice(0, 10),
  }));
}

/** A stored profile as matching reads it: experience = past work and certificates' occupations. */
export function toMatchProfile(
  r: StoredProfileFields,
  bans: readonly MatchBan[],
  matchingConsent: boolean,
): MatchProfile {
  const desired = [...new Set(r.desiredOccupations ?? [])];
  const experience = [
    ...new Set(
      [
        ...(r.workHistory ?? []).map((w) => w.occupationCode),
        ...(r.certificates ?? []).map((c) => c.occupationCode),
      ].filter((code): code is string => !!code && !desired.includes(code)),
    ),
  ].slice(0, 10);
  const profile: MatchProfile = {
    id: String(r._id),
    anonymousCode: r.anonymousCode,
    status: r.status,
    provinceCode: r.provinceCode,
    desiredOccupations: desired,
    experienceOccupations: experience,
    skills: (r.skills ?? []).map((skill) => ({ key: skillKey(skill), label: skill.label })),
    certificates: (r.certificates ?? []).map((c) => ({
      level: c.level,
      ...(c.occupationCode ? { occupationCode: c.occupationCode } : {}),
      verified: !!c.verified,
    })),
    acceptableProvinces: [...(r.acceptableProvinces ?? [])],
    willingToRelocate: !!r.willingToRelocate,
    shifts: [...(r.shifts ?? [])],
    employmentTypes: [...(r.employmentTypes ?? [])],
    bans: [...bans],
    matchingConsent,
  };
  if (r.counselorId) profile.counselorId = String(r.counselorId);
  if (r.communeCode) profile.communeCode = r.communeCode;
  if (r.expectedWage) profile.expectedWage = r.expectedWage;
  if (r.availableFrom) profile.availableFrom = r.availableFrom.toISOString().slice(0, 10);
  return profile;
}
