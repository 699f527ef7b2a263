import { type Actor, hasRole, isAdminOf, sameId } from '../../auth/actor';

export interface PostingScope {
  employerId: unknown;
  provinceCode: string;
}

/** The employer's own members. */
export function isPostingOwner(actor: Actor | null, posting: PostingScope): boolean {
  return !!actor && hasRole(actor, 'employer') && sameId(actor.employerId, posting.employerId);
}

/** Drafts and postings under review: the employer's members and the admins of the work location's province. */
export function canReadPosting(actor: Actor | null, posting: PostingScope): boolean {
  return isPostingOwner(actor, posting) || isAdminOf(actor, posting.provinceCode);
}

export const canEditPosting = isPostingOwner;

/** Approve, send back, take down: the admins of the province where the work is. */
export function canModeratePosting(actor: Actor | null, posting: PostingScope): boolean {
  return isAdminOf(actor, posting.provinceCode);
}
