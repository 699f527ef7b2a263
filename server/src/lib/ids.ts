import { createHash } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * An ObjectId derived from a key that names a thing ("application:<returnee>:<posting>"): inserting it is
 * the atomic "only once" (a second insert is a duplicate-key error, on FerretDB as on MongoDB), and reading
 * it back is a lookup by `_id`, the one filter FerretDB pushes down.
 */
export function objectIdFor(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number }).code === 11000;
}
