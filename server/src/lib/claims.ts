import { type Connection, Schema } from 'mongoose';
import { defineModel } from './model';

/**
 * Exactly-once decisions across app instances. On FerretDB 1.24 a conditional update
 * (`findOneAndUpdate({ _id, status: 'pending' }, …)`) is NOT atomic: two connections can both "win".
 * The one thing it enforces atomically is a unique `_id` on insert, on MongoDB as on FerretDB. So a
 * decision that must happen once inserts a claim with a key that names it; the duplicate-key error tells
 * every other contender that someone else already decided.
 *
 * Keys name the decision and the state it starts from, e.g. `returnee-assign:<id>:v3` (the assignment
 * that moves the profile from version 3), `token-use:<hash>`, `fair-seat:<fairId>:17`.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String },
  },
  { versionKey: false },
);
export const claimModel = defineModel('Claim', claimSchema, 'claims');

export async function claimOnce(connection: Connection, key: string, by?: string): Promise<boolean> {
  try {
    await claimModel(connection).collection.insertOne({ _id: key as never, at: new Date(), by });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

/** Gives a claim back, e.g. when the work it guarded failed and may be retried. */
export async function releaseClaim(connection: Connection, key: string): Promise<void> {
  await claimModel(connection).deleteOne({ _id: key });
}
