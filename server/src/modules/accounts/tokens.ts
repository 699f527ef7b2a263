import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { claimOnce } from '../../lib/claims';
import type { Id } from '../../lib/model';
import { oneTimeTokenModel } from './model';

/** No 0/O, 1/I/L: codes are read off paper and typed on cheap phones. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LINK_TTL_MS = { activate: 7 * 24 * 3600 * 1000, reset: 60 * 60 * 1000 } as const;
const CODE_TTL_MS = 7 * 24 * 3600 * 1000;

export type TokenPurpose = 'activate' | 'reset';

/** Stored ids are keyed HMACs: the database alone cannot be used to activate anyone. */
function storedId(app: FastifyInstance, form: 'link' | 'code', secret: string): string {
  return createHmac('sha256', app.config.sessionSecret).update(`${form}:${secret}`).digest('hex');
}

export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export async function issueLinkToken(
  app: FastifyInstance,
  userId: Id,
  purpose: TokenPurpose,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await oneTimeTokenModel(app.db.connection).collection.insertOne({
    _id: storedId(app, 'link', token) as never,
    userId,
    purpose,
    form: 'link',
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_TTL_MS[purpose]),
    used: false,
  });
  return token;
}

/** An 8-character activation code ("K7QM-2XPD") a counselor hands over to someone without email. */
export async function issueActivationCode(app: FastifyInstance, userId: Id): Promise<string> {
  const Tokens = oneTimeTokenModel(app.db.connection);
  // Earlier unused codes for this person stop working: only the newest piece of paper counts.
  await Tokens.updateMany(
    { userId, form: 'code', used: false },
    { $set: { used: true, usedAt: new Date() } },
  );
  const raw = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const now = new Date();
  await Tokens.collection.insertOne({
    _id: storedId(app, 'code', raw) as never,
    userId,
    purpose: 'activate',
    form: 'code',
    createdAt: now,
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    used: false,
  });
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/**
 * Uses a token or code once. The single use is decided by inserting a claim (see lib/claims.ts), so two
 * simultaneous attempts cannot both succeed, on FerretDB as on MongoDB. Returns the user id, or null when
 * unknown, used, expired or for another purpose.
 */
export async function consumeToken(
  app: FastifyInstance,
  input: { token?: string; code?: string },
  purpose: TokenPurpose,
): Promise<string | null> {
  const id = input.token
    ? storedId(app, 'link', input.token)
    : input.code
      ? storedId(app, 'code', normalizeCode(input.code))
      : undefined;
  if (!id) return null;
  const Tokens = oneTimeTokenModel(app.db.connection);
  const token = await Tokens.findById(id).lean();
  if (!token || token.purpose !== purpose || token.used || token.expiresAt.getTime() <= Date.now())
    return null;
  if (!(await claimOnce(app.db.connection, `token-use:${id}`))) return null;
  await Tokens.updateOne({ _id: id }, { $set: { used: true, usedAt: new Date() } });
  return String(token.userId);
}
