import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * One document per grant. Revoking sets `active: false` and `revokedAt`; granting again adds a new record,
 * so the history of what a person agreed to, when and with whom present, is never rewritten.
 */
const consentSchema = new Schema({
  returneeId: { type: Schema.Types.ObjectId, required: true, index: true },
  /** `matching`, `share-with-employer:<id>`, `fair:<id>`, `loan-referral`, `training-referral`. */
  purpose: { type: String, required: true },
  kind: { type: String, required: true },
  /** The Vietnamese text the person saw, exactly. */
  text: { type: String, required: true },
  grantedBy: { type: String, enum: ['self', 'counselor-assisted'], required: true },
  grantedByUserId: { type: Schema.Types.ObjectId, required: true },
  grantedAt: { type: Date, required: true },
  active: { type: Boolean, required: true, default: true },
  revokedAt: { type: Date },
  revokedByUserId: { type: Schema.Types.ObjectId },
  provinceCode: { type: String },
});
consentSchema.index({ returneeId: 1, purpose: 1, active: 1 });
export const consentModel = defineModel('Consent', consentSchema);

/** A stored consentdoc as `.lean()` returns it. */
export type ConsentDocRecord = InferSchemaType<typeof consentSchema> & { _id: Types.ObjectId };
