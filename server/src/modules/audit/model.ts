import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

const auditSchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId },
    actorName: { type: String },
    actorRoles: { type: [String], default: [] },
    /** Verb on a subject: case.read, case.update, consent.grant, consent.revoke, user.roles.change, export.download… */
    action: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String },
    /** Which fields were read or changed (names only, never values). */
    fields: { type: [String], default: [] },
    /** Province of the subject, so province admins review their own province's log. */
    provinceCode: { type: String },
    requestId: { type: String },
    ip: { type: String },
  },
  { versionKey: false },
);
auditSchema.index({ provinceCode: 1, at: -1 });
auditSchema.index({ subjectId: 1, at: -1 });

// Append-only: the model refuses every update and delete, whoever calls it.
const REFUSED = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'replaceOne',
  'findOneAndReplace',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
] as const;
for (const operation of REFUSED) {
  auditSchema.pre(operation, () => {
    throw new Error(`audit log is append-only (${operation} refused)`);
  });
}

export const auditModel = defineModel('AuditEntry', auditSchema, 'audit_log');

/** A stored audit as `.lean()` returns it. */
export type AuditRecord = InferSchemaType<typeof auditSchema> & { _id: Types.ObjectId };
