import { type Static, Type } from 'typebox';
import { IsoDateTime, PageQuery } from './common';

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: IsoDateTime,
  actorId: Type.Optional(Type.String()),
  actorName: Type.Optional(Type.String()),
  actorRoles: Type.Array(Type.String()),
  action: Type.String({ description: 'e.g. case.read, consent.grant, user.roles.change, export.download' }),
  subjectType: Type.String(),
  subjectId: Type.Optional(Type.String()),
  fields: Type.Array(Type.String()),
  provinceCode: Type.Optional(Type.String()),
  requestId: Type.Optional(Type.String()),
  ip: Type.Optional(Type.String()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object({
  ...PageQuery.properties,
  action: Type.Optional(Type.String({ maxLength: 60 })),
  actorId: Type.Optional(Type.String({ maxLength: 24 })),
  subjectId: Type.Optional(Type.String({ maxLength: 60 })),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
});
export type AuditQuery = Static<typeof AuditQuery>;
