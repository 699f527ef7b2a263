import { createHash, randomBytes } from 'node:crypto';
import { type Connection, trusted } from 'mongoose';
import type { Id } from '../../lib/model';
import { sessionModel } from './model';

export const SESSION_COOKIE = 'ctn_session';
/** A session ends 14 days after sign-in, or after 2 days without use — counselors share devices at fairs. */
export const SESSION_ABSOLUTE_MS = 14 * 24 * 3600 * 1000;
export const SESSION_IDLE_MS = 2 * 24 * 3600 * 1000;
/** lastSeenAt is written at most this often, so reads don't turn into writes. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  connection: Connection,
  userId: Id,
  meta: { ip?: string; userAgent?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await sessionModel(connection).collection.insertOne({
    _id: hashToken(token) as never,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  return { token, expiresAt };
}

/** The session for a cookie value, or null when unknown, expired or idle too long (then it is deleted). */
export async function resolveSession(connection: Connection, token: string) {
  const Session = sessionModel(connection);
  const id = hashToken(token);
  const session = await Session.findById(id).lean();
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) {
    await Session.deleteOne({ _id: id });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await Session.updateOne({ _id: id }, { $set: { lastSeenAt: new Date(now) } });
  }
  return session;
}

export async function deleteSession(connection: Connection, token: string): Promise<void> {
  await sessionModel(connection).deleteOne({ _id: hashToken(token) });
}

/** "Sign out everywhere", and what disabling an account or resetting a password does. */
export async function deleteAllSessions(connection: Connection, userId: Id): Promise<number> {
  const result = await sessionModel(connection).deleteMany({ userId });
  return result.deletedCount;
}

/** FerretDB has no TTL indexes, so a background job removes expired and idle sessions. */
export async function sweepExpiredSessions(connection: Connection): Promise<number> {
  const now = Date.now();
  const result = await sessionModel(connection).deleteMany({
    $or: [
      { expiresAt: trusted({ $lte: new Date(now) }) },
      { lastSeenAt: trusted({ $lte: new Date(now - SESSION_IDLE_MS) }) },
    ],
  });
  return result.deletedCount;
}
