import { type Static, Type } from 'typebox';
import { IsoDateTime, ObjectIdString, PageQuery } from './common';

/** What anyone may see of a company (public profile pages, job cards). */
export const EmployerPublic = Type.Object({
  id: ObjectIdString,
  legalName: Type.String(),
  industry: Type.Optional(Type.String()),
  provinceCode: Type.String(),
  communeCode: Type.Optional(Type.String()),
  address: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  website: Type.Optional(Type.String()),
  verified: Type.Boolean(),
  fairChancePledge: Type.Boolean(),
});
export type EmployerPublic = Static<typeof EmployerPublic>;

/** What the company's own members and province admins see. */
export const EmployerDetail = Type.Object({
  ...EmployerPublic.properties,
  taxCode: Type.String(),
  contactName: Type.Optional(Type.String()),
  contactEmail: Type.Optional(Type.String()),
  contactPhone: Type.Optional(Type.String()),
  verifiedAt: Type.Optional(IsoDateTime),
  createdAt: IsoDateTime,
});
export type EmployerDetail = Static<typeof EmployerDetail>;

export const EmployerAdminQuery = Type.Object({
  ...PageQuery.properties,
  q: Type.Optional(Type.String({ maxLength: 100 })),
  verified: Type.Optional(Type.Boolean()),
});
export type EmployerAdminQuery = Static<typeof EmployerAdminQuery>;
