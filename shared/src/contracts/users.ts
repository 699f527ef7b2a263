import { type Static, Type } from 'typebox';
import { IsoDateTime, ObjectIdString, PageQuery, StringEnum } from './common';
import { ROLES, RoleSchema } from './roles';

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const UserSummary = Type.Object({
  id: ObjectIdString,
  displayName: Type.String(),
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  roles: Type.Array(RoleSchema),
  provinceCodes: Type.Array(Type.String()),
  status: StringEnum(USER_STATUSES),
  employerId: Type.Optional(Type.String()),
  lastSignInAt: Type.Optional(IsoDateTime),
  createdAt: IsoDateTime,
});
export type UserSummary = Static<typeof UserSummary>;

export const UserListQuery = Type.Object({
  ...PageQuery.properties,
  q: Type.Optional(Type.String({ maxLength: 100 })),
  role: Type.Optional(StringEnum(ROLES)),
  status: Type.Optional(StringEnum(USER_STATUSES)),
  provinceCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
});
export type UserListQuery = Static<typeof UserListQuery>;

/** Staff are invited by email; they set their own password from the link. */
export const InviteStaffBody = Type.Object(
  {
    displayName: Type.String({ minLength: 2, maxLength: 100 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    roles: Type.Array(StringEnum(['admin', 'organizer', 'counselor', 'viewer']), {
      minItems: 1,
      uniqueItems: true,
    }),
    provinceCodes: Type.Array(Type.String({ pattern: '^\\d{2}$' }), { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type InviteStaffBody = Static<typeof InviteStaffBody>;

export const UpdateUserBody = Type.Object(
  {
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
    provinceCodes: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{2}$' }), { uniqueItems: true })),
    status: Type.Optional(StringEnum(['active', 'disabled'])),
  },
  { additionalProperties: false },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;
