import { type Actor, hasRole, isAdminOf, sameId } from '../../auth/actor';

export interface EmployerScope {
  _id: unknown;
  provinceCode: string;
}

/** Members of the company, and the admins of the province it is registered in. */
export function canManageEmployer(actor: Actor, employer: EmployerScope): boolean {
  return (
    (hasRole(actor, 'employer') && sameId(actor.employerId, employer._id)) ||
    isAdminOf(actor, employer.provinceCode)
  );
}

export function canVerifyEmployer(actor: Actor, employer: EmployerScope): boolean {
  return isAdminOf(actor, employer.provinceCode);
}
