import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * A counselor's follow-up task. `_id` is derived from `key` (lib/ids.ts), so a module creating the same
 * task twice (a retried hire, two instances) creates it once.
 */
const taskSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    /** `hire-follow-up-30`, `fair-follow-up-30`, `fair-follow-up-90`, … */
    kind: { type: String, required: true },
    counselorId: { type: Schema.Types.ObjectId, required: true, index: true },
    returneeId: { type: Schema.Types.ObjectId, index: true },
    provinceCode: { type: String },
    title: { vi: { type: String, required: true }, en: { type: String, required: true } },
    dueOn: { type: Date, required: true },
    status: { type: String, enum: ['open', 'done'], required: true, default: 'open' },
    result: { type: String },
    note: { type: String },
    doneAt: { type: Date },
    doneBy: { type: Schema.Types.ObjectId },
    /** What created the task: `application` + id, `fair` + id. */
    sourceType: { type: String },
    sourceId: { type: String },
  },
  { timestamps: true },
);
taskSchema.index({ counselorId: 1, status: 1, dueOn: 1 });
export const taskModel = defineModel('Task', taskSchema);
export type TaskRecord = Omit<InferSchemaType<typeof taskSchema>, 'title'> & {
  _id: Types.ObjectId;
  title: { vi: string; en: string };
  createdAt: Date;
};
