import { createHash } from 'node:crypto';
import {
  type ActivateBody,
  type EmployerRegistrationBody,
  foldVietnamese,
  type Role,
  type SessionUser,
  type SignInBody,
} from '@ctn/shared';
import { isValidTaxCode, normalizeVietnamesePhone } from '@ctn/shared/taxonomy/identifiers';
import { findProvince } from '@ctn/shared/taxonomy/provinces';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import {
  AppError,
  BadRequestError,
  type FieldIssue,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
  ValidationError,
} from '../../lib/errors';
import { employerModel } from '../employers/model';
import { claimLogins, loginKeyFor, userSearchKey } from './identity';
import { ACCOUNT_MESSAGES } from './messages';
import { loginModel, signInThrottleModel, userModel } from './model';
import { DUMMY_HASH, hashPassword, isTooCommon, needsRehash, verifyPassword } from './passwords';
import { createSession, deleteAllSessions, deleteSession, SESSION_COOKIE } from './sessions';
import { consumeToken, issueLinkToken } from './tokens';

type UserDoc = { _id: Types.ObjectId };

/** Five wrong passwords in 15 minutes pause sign-in for that identifier for 15 minutes (then longer). */
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export function toSessionUser(user: {
  _id: unknown;
  displayName: string;
  roles: string[];
  provinceCodes: string[];
  employerId?: unknown;
  returneeId?: unknown;
  locale?: string | null;
}): SessionUser {
  return {
    id: String(user._id),
    displayName: user.displayName,
    roles: user.roles as Role[],
    provinceCodes: user.provinceCodes,
    employerId: user.employerId ? String(user.employerId) : undefined,
    returneeId: user.returneeId ? String(user.returneeId) : undefined,
    locale: user.locale === 'en' ? 'en' : 'vi',
  };
}

function throttleId(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function assertStrongPassword(password: string, field = 'password'): void {
  if (isTooCommon(password)) {
    throw new ValidationError([
      { field, code: 'password_too_common', message: ACCOUNT_MESSAGES.passwordTooCommon },
    ]);
  }
}

export function setSessionCookie(
  app: FastifyInstance,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.publicUrl.startsWith('https:'),
    expires: expiresAt,
  });
}

async function startSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserDoc,
) {
  const { token, expiresAt } = await createSession(app.db.connection, user._id, {
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  setSessionCookie(app, reply, token, expiresAt);
  await userModel(app.db.connection).updateOne({ _id: user._id }, { $set: { lastSignInAt: new Date() } });
}

export async function signIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: SignInBody,
) {
  const connection = app.db.connection;
  const key = loginKeyFor(body.identifier) ?? `raw:${foldVietnamese(body.identifier.trim())}`;
  const Throttle = signInThrottleModel(connection);
  const throttleKey = throttleId(key);
  const throttle = await Throttle.findById(throttleKey).lean();
  if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > Date.now()) {
    throw new TooManyRequestsError(
      (throttle.lockedUntil.getTime() - Date.now()) / 1000,
      'SIGN_IN_LOCKED',
      ACCOUNT_MESSAGES.signInLocked,
    );
  }

  const login = key.startsWith('raw:') ? null : await loginModel(connection).findById(key).lean();
  const user = login ? await userModel(connection).findById(login.userId) : null;
  // Always run scrypt, even for unknown people, so timing does not reveal who has an account.
  const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !passwordOk || user.status !== 'active') {
    const now = Date.now();
    const windowExpired =
      !throttle?.firstFailureAt || now - throttle.firstFailureAt.getTime() > FAILURE_WINDOW_MS;
    const failures = windowExpired ? 1 : (throttle?.failures ?? 0) + 1;
    const lockMinutes = failures >= MAX_FAILURES * 2 ? 60 : 15;
    await Throttle.updateOne(
      { _id: throttleKey },
      {
        $set: {
          failures,
          firstFailureAt: windowExpired ? new Date(now) : throttle?.firstFailureAt,
          ...(failures >= MAX_FAILURES ? { lockedUntil: new Date(now + lockMinutes * 60_000) } : {}),
        },
      },
      { upsert: true },
    );
    throw new AppError(401, 'INVALID_CREDENTIALS', ACCOUNT_MESSAGES.invalidCredentials);
  }

  if (throttle) await Throttle.deleteOne({ _id: throttleKey });
  if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(body.password);
  await user.save();
  await startSession(app, request, reply, user);
  return toSessionUser(user);
}

export async function signOut(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  everywhere: boolean,
) {
  const token = request.cookies[SESSION_COOKIE];
  if (everywhere && request.actor) await deleteAllSessions(app.db.connection, request.actor.id);
  else if (token) await deleteSession(app.db.connection, token);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Sets the first password from an emailed link or a counselor's code, then signs the person in. */
export async function activate(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: ActivateBody,
) {
  if (!body.token && !body.code) {
    throw new ValidationError([
      { field: 'code', code: 'required', message: ACCOUNT_MESSAGES.activationNeedsSecret },
    ]);
  }
  assertStrongPassword(body.password);
  const userId = await consumeToken(app, body, 'activate');
  const user = userId ? await userModel(app.db.connection).findById(userId) : null;
  if (!user || user.status === 'disabled')
    throw new BadRequestError('INVALID_ACTIVATION', ACCOUNT_MESSAGES.invalidActivation);
  user.passwordHash = await hashPassword(body.password);
  user.status = 'active';
  await user.save();
  await deleteAllSessions(app.db.connection, user._id);
  await startSession(app, request, reply, user);
  return toSessionUser(user);
}

/** Always answers the same way, whether or not the account exists. */
export async function requestPasswordReset(app: FastifyInstance, identifier: string): Promise<void> {
  const key = loginKeyFor(identifier);
  if (!key) return;
  const login = await loginModel(app.db.connection).findById(key).lean();
  const user = login ? await userModel(app.db.connection).findById(login.userId).lean() : null;
  if (!user || user.status !== 'active' || !user.email) return;
  const token = await issueLinkToken(app, user._id, 'reset');
  const link = `${app.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await app.mail.enqueue({
    to: user.email,
    kind: 'password-reset',
    idempotencyKey: `password-reset:${token.slice(0, 16)}`,
    ...passwordResetEmail(user.displayName, link, user.locale === 'en' ? 'en' : 'vi'),
  });
}

export async function resetPassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { token: string; password: string },
) {
  assertStrongPassword(body.password);
  const userId = await consumeToken(app, { token: body.token }, 'reset');
  const user = userId ? await userModel(app.db.connection).findById(userId) : null;
  if (!user || user.status !== 'active')
    throw new BadRequestError('INVALID_RESET', ACCOUNT_MESSAGES.invalidReset);
  user.passwordHash = await hashPassword(body.password);
  await user.save();
  // A reset usually means someone else may know the old password: end every session.
  await deleteAllSessions(app.db.connection, user._id);
  await startSession(app, request, reply, user);
  return toSessionUser(user);
}

export async function changePassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { currentPassword: string; newPassword: string },
) {
  const actor = request.requireActor();
  const user = await userModel(app.db.connection).findById(actor.id);
  if (!user?.passwordHash) throw new UnauthenticatedError();
  if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
    throw new ValidationError([
      { field: 'currentPassword', code: 'wrong_password', message: ACCOUNT_MESSAGES.wrongCurrentPassword },
    ]);
  }
  assertStrongPassword(body.newPassword, 'newPassword');
  user.passwordHash = await hashPassword(body.newPassword);
  await user.save();
  await deleteAllSessions(app.db.connection, user._id);
  await startSession(app, request, reply, user);
}

export async function getAccount(app: FastifyInstance, actorId: string) {
  const user = await userModel(app.db.connection).findById(actorId).lean();
  if (!user) throw new NotFoundError();
  return {
    ...toSessionUser(user),
    email: user.email ?? undefined,
    phone: user.phone ?? undefined,
    createdAt: user.createdAt.toISOString(),
  };
}

export async function updateAccount(
  app: FastifyInstance,
  actorId: string,
  body: { locale?: 'vi' | 'en'; displayName?: string },
) {
  const user = await userModel(app.db.connection).findById(actorId);
  if (!user) throw new NotFoundError();
  if (body.locale) user.locale = body.locale;
  if (body.displayName) {
    user.displayName = body.displayName.trim();
    user.searchKey = userSearchKey({
      displayName: user.displayName,
      email: user.email ?? undefined,
      phone: user.phone ?? undefined,
    });
  }
  await user.save();
  return getAccount(app, actorId);
}

/**
 * Employer self-registration: the company (unverified) and its first member. Without transactions the
 * steps are ordered so a retry after a crash succeeds, and a failed step undoes the earlier ones.
 */
export async function registerEmployer(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: EmployerRegistrationBody,
) {
  const issues: FieldIssue[] = [];
  const taxCode = body.taxCode.trim();
  if (!isValidTaxCode(taxCode))
    issues.push({ field: 'taxCode', code: 'tax_code_checksum', message: ACCOUNT_MESSAGES.taxCodeInvalid });
  if (!findProvince(body.provinceCode))
    issues.push({
      field: 'provinceCode',
      code: 'unknown_province',
      message: ACCOUNT_MESSAGES.unknownProvince,
    });
  const phone = body.phone?.trim() ? normalizeVietnamesePhone(body.phone) : undefined;
  if (body.phone?.trim() && !phone)
    issues.push({ field: 'phone', code: 'phone', message: ACCOUNT_MESSAGES.invalidPhone });
  if (isTooCommon(body.password))
    issues.push({
      field: 'password',
      code: 'password_too_common',
      message: ACCOUNT_MESSAGES.passwordTooCommon,
    });
  if (issues.length) throw new ValidationError(issues);

  const connection = app.db.connection;
  const Employer = employerModel(connection);
  if (await Employer.exists({ taxCode })) {
    throw new ValidationError([
      { field: 'taxCode', code: 'tax_code_taken', message: ACCOUNT_MESSAGES.taxCodeTaken },
    ]);
  }
  const email = body.email.trim().toLowerCase();
  const userId = new Types.ObjectId();
  const keys = [`email:${email}`, ...(phone ? [`phone:${phone}`] : [])];
  const taken = await claimLogins(connection, userId, keys);
  if (taken.length) {
    const field = taken[0]?.startsWith('email:') ? 'email' : 'phone';
    throw new ValidationError([
      {
        field,
        code: `${field}_taken`,
        message: field === 'email' ? ACCOUNT_MESSAGES.emailTaken : ACCOUNT_MESSAGES.phoneTaken,
      },
    ]);
  }

  let employer: InstanceType<typeof Employer>;
  try {
    employer = await Employer.create({
      legalName: body.companyName.trim(),
      taxCode,
      industry: body.industry?.trim(),
      provinceCode: body.provinceCode,
      address: body.address?.trim(),
      contactName: body.contactName.trim(),
      contactEmail: email,
      contactPhone: phone,
      verified: false,
      fairChancePledge: body.fairChancePledge,
      pledgeSignedAt: body.fairChancePledge ? new Date() : undefined,
      searchKey: foldVietnamese(`${body.companyName} ${taxCode}`),
    });
  } catch (error) {
    await loginModel(connection).deleteMany({ userId });
    if ((error as { code?: number }).code === 11000) {
      throw new ValidationError([
        { field: 'taxCode', code: 'tax_code_taken', message: ACCOUNT_MESSAGES.taxCodeTaken },
      ]);
    }
    throw error;
  }

  const user = await userModel(connection).create({
    _id: userId,
    displayName: body.contactName.trim(),
    email,
    phone,
    passwordHash: await hashPassword(body.password),
    roles: ['employer'],
    provinceCodes: [body.provinceCode],
    employerId: employer._id,
    status: 'active',
    locale: request.locale,
    searchKey: userSearchKey({ displayName: body.contactName, email, phone }),
  });
  await startSession(app, request, reply, user);
  await app.mail.enqueue({
    to: email,
    kind: 'employer-welcome',
    idempotencyKey: `employer-welcome:${employer._id}`,
    ...employerWelcomeEmail(user.displayName, employer.legalName, app.config.publicUrl, request.locale),
  });
  return { user: toSessionUser(user), employerId: String(employer._id) };
}

export function activationLink(app: FastifyInstance, token: string): string {
  return `${app.config.publicUrl}/activate?token=${encodeURIComponent(token)}`;
}

// ——— Emails (plain text; the mail module adds HTML from the same words) ———

function passwordResetEmail(name: string, link: string, locale: 'vi' | 'en') {
  return locale === 'en'
    ? {
        subject: 'Reset your Chợ Tình Người password',
        text: `Hello ${name},\n\nSomeone (hopefully you) asked to reset your password. Open this link within 1 hour to choose a new one:\n\n${link}\n\nIf you did not ask, ignore this email: your password stays the same.\n\nChợ Tình Người`,
      }
    : {
        subject: 'Đặt lại mật khẩu Chợ Tình Người',
        text: `Chào ${name},\n\nCó người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu. Mở đường dẫn sau trong vòng 1 giờ để chọn mật khẩu mới:\n\n${link}\n\nNếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.\n\nChợ Tình Người`,
      };
}

function employerWelcomeEmail(name: string, company: string, publicUrl: string, locale: 'vi' | 'en') {
  return locale === 'en'
    ? {
        subject: `${company} is registered on Chợ Tình Người`,
        text: `Hello ${name},\n\nThank you for registering ${company}. You can already prepare job postings at ${publicUrl}/employer. A province administrator will verify your company; verified employers can publish postings and book booths at job fairs.\n\nChợ Tình Người`,
      }
    : {
        subject: `${company} đã đăng ký trên Chợ Tình Người`,
        text: `Chào ${name},\n\nCảm ơn bạn đã đăng ký ${company}. Bạn có thể soạn tin tuyển dụng ngay tại ${publicUrl}/employer. Cán bộ Sở Nội vụ sẽ xác minh doanh nghiệp; sau khi xác minh, bạn có thể đăng tin và đăng ký gian hàng tại các phiên chợ việc làm.\n\nChợ Tình Người`,
      };
}
