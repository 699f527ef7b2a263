import { foldVietnamese } from '@ctn/shared';
import { normalizeVietnamesePhone } from '@ctn/shared/taxonomy/identifiers';
import { type Connection, trusted } from 'mongoose';
import type { Id } from '../../lib/model';
import { loginModel } from './model';

/** "email:ten@congty.vn" or "phone:+84912345678"; undefined when the text is neither. */
export function loginKeyFor(identifier: string): string | undefined {
  const trimmed = identifier.trim();
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? `email:${email}` : undefined;
  }
  const phone = normalizeVietnamesePhone(trimmed);
  return phone ? `phone:${phone}` : undefined;
}

export function userSearchKey(parts: { displayName?: string; email?: string; phone?: string }): string {
  return foldVietnamese(
    [parts.displayName, parts.email, parts.phone, parts.phone?.replace(/^\+84/, '0')]
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * Claims sign-in identifiers for a user. Returns the keys that were already taken (nothing is claimed
 * then). Without transactions, a partial claim is undone by hand.
 */
export async function claimLogins(connection: Connection, userId: Id, keys: string[]): Promise<string[]> {
  const Login = loginModel(connection);
  const claimed: string[] = [];
  for (const key of keys) {
    try {
      await Login.collection.insertOne({ _id: key as never, userId });
      claimed.push(key);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // A claim left by a registration that crashed half-way points at no user: take it over.
      const existing = await Login.findById(key).lean();
      const owner =
        existing && (await connection.collection('users').findOne({ _id: existing.userId as never }));
      if (existing && !owner) {
        await Login.updateOne({ _id: key }, { $set: { userId } });
        claimed.push(key);
        continue;
      }
      if (claimed.length) await Login.deleteMany({ _id: trusted({ $in: claimed }) });
      return [key];
    }
  }
  return [];
}
