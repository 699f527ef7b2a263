import type { InviteStaffBody, PageOf, UpdateUserBody, UserListQuery, UserSummary } from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { findPage, foldedContains } from '../../lib/pagination';
import { claimLogins, userSearchKey } from './identity';
import { ACCOUNT_MESSAGES } from './messages';
import { userModel } from './model';
import { activationLink } from './service';
import { deleteAllSessions } from './sessions';
import { issueLinkToken } from './tokens';

type LeanUser = {
  _id: unknown;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  roles: string[];
  provinceCodes: string[];
  status: string;
  employerId?: unknown;
  lastSignInAt?: Date | null;
  createdAt: Date;
};

function toSummary(user: LeanUser): UserSummary {
  return {
    id: String(user._id),
    displayName: user.displayName,
    email: user.email ?? undefined,
    phone: user.phone ?? undefined,
    roles: user.roles as UserSummary['roles'],
    provinceCodes: user.provinceCodes,
    status: user.status as UserSummary['status'],
    employerId: user.employerId ? String(user.employerId) : undefined,
    lastSignInAt: user.lastSignInAt?.toISOString(),
    createdAt: user.createdAt.toISOString(),
  };
}

/** Admins manage the people of their own provinces only; anyone else's account is "not found". */
function inScope(actor: Actor, user: { provinceCodes: string[] }): boolean {
  return user.provinceCodes.some((code) => actor.provinceCodes.includes(code));
}

export async function listUsers(
  app: FastifyInstance,
  actor: Actor,
  query: UserListQuery,
): Promise<PageOf<UserSummary>> {
  const provinces = query.provinceCode
    ? [query.provinceCode].filter((c) => actor.provinceCodes.includes(c))
    : actor.provinceCodes;
  const filter: Record<string, unknown> = { provinceCodes: trusted({ $in: provinces }) };
  if (query.role) filter.roles = query.role;
  if (query.status) filter.status = query.status;
  const search = foldedContains(query.q);
  if (search) filter.searchKey = search;
  return findPage(userModel(app.db.connection), filter, query, { createdAt: -1 }, toSummary);
}

export async function inviteStaff(
  app: FastifyInstance,
  request: FastifyRequest,
  body: InviteStaffBody,
): Promise<UserSummary> {
  const actor = request.requireActor();
  const outside = body.provinceCodes.filter((code) => !actor.provinceCodes.includes(code));
  if (outside.length) throw new ForbiddenError();
  const email = body.email.trim().toLowerCase();
  const userId = new Types.ObjectId();
  const taken = await claimLogins(app.db.connection, userId, [`email:${email}`]);
  if (taken.length)
    throw new ValidationError([
      { field: 'email', code: 'email_taken', message: ACCOUNT_MESSAGES.emailTaken },
    ]);
  const user = await userModel(app.db.connection).create({
    _id: userId,
    displayName: body.displayName.trim(),
    email,
    roles: body.roles,
    provinceCodes: body.provinceCodes,
    status: 'invited',
    searchKey: userSearchKey({ displayName: body.displayName, email }),
    createdBy: actor.id,
  });
  const token = await issueLinkToken(app, user._id, 'activate');
  const link = activationLink(app, token);
  await app.mail.enqueue({
    to: email,
    kind: 'staff-invitation',
    idempotencyKey: `staff-invitation:${user._id}`,
    subject: 'Lời mời tham gia Chợ Tình Người / Invitation to Chợ Tình Người',
    text:
      `Chào ${user.displayName},\n\n${actor.displayName} mời bạn tham gia Chợ Tình Người. Mở đường dẫn sau (hiệu lực 7 ngày) để đặt mật khẩu:\n\n${link}\n\n— — —\n\n` +
      `Hello ${user.displayName},\n\n${actor.displayName} invited you to Chợ Tình Người. Open this link (valid for 7 days) to set your password:\n\n${link}\n`,
  });
  await app.audit.record(request, {
    action: 'user.invite',
    subjectType: 'user',
    subjectId: String(user._id),
    fields: ['roles', 'provinceCodes'],
    provinceCode: body.provinceCodes[0],
  });
  return toSummary(user.toObject());
}

export async function updateUser(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
  body: UpdateUserBody,
): Promise<UserSummary> {
  const actor = request.requireActor();
  const User = userModel(app.db.connection);
  const user = await User.findById(id);
  if (!user || !inScope(actor, user)) throw new NotFoundError();
  // Admins cannot hand out provinces they do not administer themselves.
  if (
    body.provinceCodes?.some(
      (code) => !actor.provinceCodes.includes(code) && !user.provinceCodes.includes(code),
    )
  ) {
    throw new ForbiddenError();
  }
  const changed: string[] = [];
  if (body.roles && body.roles.join() !== user.roles.join()) {
    user.roles = body.roles;
    changed.push('roles');
  }
  if (body.provinceCodes && body.provinceCodes.join() !== user.provinceCodes.join()) {
    user.provinceCodes = body.provinceCodes;
    changed.push('provinceCodes');
  }
  // Disabling an invited account cancels the invitation (its link stops working: sign-in and activation
  // both refuse disabled accounts). An invited account is only activated by its own link.
  if (
    body.status &&
    body.status !== user.status &&
    !(user.status === 'invited' && body.status === 'active')
  ) {
    user.status = body.status;
    changed.push('status');
  }
  if (!changed.length) return toSummary(user.toObject());
  await user.save();
  // A disabled account, or changed rights, must not linger in open sessions.
  await deleteAllSessions(app.db.connection, user._id);
  await app.audit.record(request, {
    action:
      changed.includes('roles') || changed.includes('provinceCodes')
        ? 'user.roles.change'
        : 'user.status.change',
    subjectType: 'user',
    subjectId: String(user._id),
    fields: changed,
    provinceCode: user.provinceCodes[0],
  });
  return toSummary(user.toObject());
}

/** Sends a fresh invitation link (the earlier one keeps working until it expires). */
export async function resendInvitation(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<UserSummary> {
  const actor = request.requireActor();
  const user = await userModel(app.db.connection).findById(id);
  if (!user || !inScope(actor, user) || user.status !== 'invited' || !user.email) throw new NotFoundError();
  const token = await issueLinkToken(app, user._id, 'activate');
  const link = activationLink(app, token);
  await app.mail.enqueue({
    to: user.email,
    kind: 'staff-invitation',
    idempotencyKey: `staff-invitation:${user._id}:${token.slice(0, 12)}`,
    subject: 'Lời mời tham gia Chợ Tình Người / Invitation to Chợ Tình Người',
    text:
      `Chào ${user.displayName},\n\nĐây là đường dẫn mới để bạn đặt mật khẩu (hiệu lực 7 ngày):\n\n${link}\n\n— — —\n\n` +
      `Hello ${user.displayName},\n\nHere is a new link to set your password (valid for 7 days):\n\n${link}\n`,
  });
  return toSummary(user.toObject());
}
