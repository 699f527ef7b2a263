import { type Static, Type } from 'typebox';
import { StringEnum } from './common';

/** DESIGN.md §2. A user may hold several roles (e.g. an admin who also organises fairs). */
export const ROLES = ['admin', 'organizer', 'counselor', 'employer', 'returnee', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = StringEnum(ROLES);

/** Who is signed in, as the web app and API handlers see it. */
export const SessionUser = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  /** Province codes (Decision 19/2025) this person works in; empty for returnees. */
  provinceCodes: Type.Array(Type.String()),
  employerId: Type.Optional(Type.String()),
  returneeId: Type.Optional(Type.String()),
  locale: StringEnum(['vi', 'en']),
});
export type SessionUser = Static<typeof SessionUser>;
