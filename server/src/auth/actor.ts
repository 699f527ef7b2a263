import type { Locale, Role, SessionUser } from '@ctn/shared';

/** The signed-in person a request acts for. Policies decide everything from this and the object. */
export interface Actor extends SessionUser {
  sessionId: string;
  locale: Locale;
}

export function hasRole(actor: Actor | null | undefined, ...roles: Role[]): boolean {
  return !!actor && roles.some((role) => actor.roles.includes(role));
}

/** An admin whose scope includes this province. Admins only act in their own provinces. */
export function isAdminOf(actor: Actor | null | undefined, provinceCode: string | undefined | null): boolean {
  return (
    !!actor && !!provinceCode && actor.roles.includes('admin') && actor.provinceCodes.includes(provinceCode)
  );
}

export function inProvinceScope(actor: Actor, provinceCode: string | undefined | null): boolean {
  return !!provinceCode && actor.provinceCodes.includes(provinceCode);
}

/** Ids in our documents are ObjectIds; actors carry strings. */
export function sameId(a: unknown, b: unknown): boolean {
  return a != null && b != null && String(a) === String(b);
}
