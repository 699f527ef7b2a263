import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/** A person's request to erase their data, decided by an admin of their province. */
const deletionRequestSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, required: true, index: true },
  returneeId: { type: Schema.Types.ObjectId },
  displayName: { type: String },
  provinceCode: { type: String },
  reason: { type: String },
  status: { type: String, enum: ['pending', 'completed', 'rejected'], default: 'pending', required: true },
  requestedAt: { type: Date, required: true },
  decidedAt: { type: Date },
  decidedBy: { type: Schema.Types.ObjectId },
  decisionNote: { type: String },
});
export const deletionRequestModel = defineModel(
  'DeletionRequest',
  deletionRequestSchema,
  'deletion_requests',
);

/** A stored deletionrequest as `.lean()` returns it. */
export type DeletionRequestRecord = InferSchemaType<typeof deletionRequestSchema> & { _id: Types.ObjectId };
