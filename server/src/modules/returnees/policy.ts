import { trusted } from 'mongoose';
import { type Actor, hasRole, inProvinceScope, isAdminOf, sameId } from '../../auth/actor';

/** What a policy needs to know about a returnee profile. */
export interface ReturneeScope {
  _id: unknown;
  provinceCode: string;
  counselorId?: unknown;
}

/**
 * Who may see and change a returnee's profile: the province's admins, the assigned counselor, and the
 * person themselves. Organizers work with fair registrations, employers with anonymised candidates,
 * viewers with aggregates — never with this record.
 */
export function canReadReturnee(actor: Actor, returnee: ReturneeScope): boolean {
  return (
    isAdminOf(actor, returnee.provinceCode) ||
    (hasRole(actor, 'counselor') && sameId(returnee.counselorId, actor.id)) ||
    sameId(actor.returneeId, returnee._id)
  );
}

export const canEditReturnee = canReadReturnee;

/** Counselors act on behalf of their own caseload; admins in their province. */
export function canActForReturnee(actor: Actor, returnee: ReturneeScope): boolean {
  return (
    isAdminOf(actor, returnee.provinceCode) ||
    (hasRole(actor, 'counselor') && sameId(returnee.counselorId, actor.id))
  );
}

/** A counselor may take an unassigned person in their province; an admin may assign anyone in theirs. */
export function canAssignReturnee(actor: Actor, returnee: ReturneeScope): boolean {
  if (isAdminOf(actor, returnee.provinceCode)) return true;
  return (
    hasRole(actor, 'counselor') && !returnee.counselorId && inProvinceScope(actor, returnee.provinceCode)
  );
}

/** Case records: only the assigned counselor and the province's admins — not even other counselors. */
export function canReadCase(actor: Actor, returnee: ReturneeScope): boolean {
  return (
    isAdminOf(actor, returnee.provinceCode) ||
    (hasRole(actor, 'counselor') && sameId(returnee.counselorId, actor.id))
  );
}

export const canEditCase = canReadCase;

/** The filter that limits a list to what the actor may see; undefined = no list for this actor. */
export function returneeListScope(actor: Actor): Record<string, unknown> | undefined {
  if (hasRole(actor, 'admin')) {
    const provinces = actor.provinceCodes;
    if (hasRole(actor, 'counselor'))
      return { $or: [{ provinceCode: trusted({ $in: provinces }) }, { counselorId: actor.id }] };
    return { provinceCode: trusted({ $in: provinces }) };
  }
  if (hasRole(actor, 'counselor')) return { counselorId: actor.id };
  return undefined;
}
