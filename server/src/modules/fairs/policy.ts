import { type Actor, hasRole, inProvinceScope, isAdminOf, sameId } from '../../auth/actor';

/** What the policies need to know about a fair. */
export interface FairScope {
  provinceCode: string;
  status: string;
  organizerIds?: readonly unknown[] | null;
}

/** The province's admins plan fairs, approve booths and may do anything an organizer does. */
export function canManageFair(actor: Actor | null, fair: FairScope): boolean {
  return isAdminOf(actor, fair.provinceCode);
}

/** Organizers run the fairs they are assigned to (check-in, walk-ins, queues); no case files, ever. */
export function isAssignedOrganizer(actor: Actor | null, fair: FairScope): boolean {
  return (
    !!actor &&
    hasRole(actor, 'organizer') &&
    inProvinceScope(actor, fair.provinceCode) &&
    (fair.organizerIds ?? []).some((id) => sameId(id, actor.id))
  );
}

export function canRunFair(actor: Actor | null, fair: FairScope): boolean {
  return canManageFair(actor, fair) || isAssignedOrganizer(actor, fair);
}

/** Drafts are for their planners; from registration on, a fair is a public event. */
export function canSeeFair(actor: Actor | null, fair: FairScope): boolean {
  return fair.status !== 'draft' || canRunFair(actor, fair);
}

/** Reports are aggregates: viewers of the province read them too (never a person). */
export function canViewFairReport(actor: Actor | null, fair: FairScope): boolean {
  return (
    canRunFair(actor, fair) ||
    (!!actor && hasRole(actor, 'viewer', 'admin') && inProvinceScope(actor, fair.provinceCode))
  );
}

/** A booth's screen: its company's members (once approved), and whoever runs the fair. */
export function canOperateBooth(
  actor: Actor | null,
  fair: FairScope,
  booth: { employerId: unknown; status: string },
): boolean {
  return (
    canRunFair(actor, fair) ||
    (!!actor &&
      hasRole(actor, 'employer') &&
      sameId(actor.employerId, booth.employerId) &&
      booth.status === 'approved')
  );
}

/** Counselors register people of their own caseload; people register themselves. */
export function canRegisterPerson(actor: Actor, returnee: { _id: unknown; counselorId?: unknown }): boolean {
  return (
    (hasRole(actor, 'counselor') && sameId(returnee.counselorId, actor.id)) ||
    sameId(actor.returneeId, returnee._id)
  );
}
