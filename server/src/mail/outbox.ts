import { createHash } from 'node:crypto';
import { Schema } from 'mongoose';
import { defineModel } from '../lib/model';
import { OUTBOX_STATUSES } from './mailer';

/** A lock that is "not locked": comparing with a real date is simpler and more portable than `null`. */
export const UNLOCKED = new Date(0);

const outboxSchema = new Schema(
  {
    // Derived from the idempotency key (outboxId below): a duplicate enqueue learns the existing id from
    // the key alone, without a read — on FerretDB every read is a full collection scan.
    _id: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String },
    kind: { type: String, required: true, default: 'other' },
    idempotencyKey: { type: String, required: true, unique: true },
    status: { type: String, enum: OUTBOX_STATUSES, required: true, default: 'queued' },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true, default: Date.now },
    lastError: { type: String },
    lockedUntil: { type: Date, required: true, default: () => UNLOCKED },
    lockedBy: { type: String },
    sentAt: { type: Date },
    messageId: { type: String },
    createdAt: { type: Date, required: true, default: Date.now },
  },
  { collection: 'mail_outbox', versionKey: false },
);
// The sender's claim query. FerretDB scans anyway; on MongoDB this keeps the claim cheap as sent mail piles up.
outboxSchema.index({ status: 1, nextAttemptAt: 1 });

export const outboxModel = defineModel('Outbox', outboxSchema);

/** `m` + 23 url-safe characters of SHA-256(key): stable across retries and instances. */
export function outboxId(idempotencyKey: string): string {
  return `m${createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 23)}`;
}

export const OUTBOX_ID_PATTERN = '^m[A-Za-z0-9_-]{23}$';

/**
 * Who is sending which attempt: `_id` = `<outbox id>:<attempt number>`. Inserting it *is* the claim, since a
 * unique `_id` is the one thing FerretDB 1.24 enforces atomically (its conditional updates and
 * findOneAndUpdate are not: two instances can both "win" the same document). Insert-only; old claims
 * are swept.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    by: { type: String, required: true },
    at: { type: Date, required: true },
    until: { type: Date, required: true },
  },
  { collection: 'mail_claims', versionKey: false },
);

export const mailClaimModel = defineModel('MailClaim', claimSchema);
