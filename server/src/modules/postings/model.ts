import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

const skillSchema = new Schema(
  { id: { type: String }, name: { type: String, required: true } },
  { _id: false },
);
const certificateSchema = new Schema(
  { level: { type: String }, occupationCode: { type: String }, name: { type: String, required: true } },
  { _id: false },
);
const noteSchema = new Schema(
  {
    at: { type: Date, required: true },
    action: { type: String, required: true },
    by: { type: Schema.Types.ObjectId },
    byName: { type: String },
    reason: { type: String },
  },
  { _id: false },
);

/**
 * A job posting (DESIGN.md §3). Every write goes through postings/service.ts, which bumps `version` and
 * claims `posting:<id>:v<version>` first (claims.ts): on FerretDB a conditional update is not atomic, so
 * two moderators approving at once, or the deadline sweeper racing an employer's edit, would both "win".
 * `updatedAt` is the search sync's watermark; a deleted draft keeps its document with `deletedAt` set (the
 * sync's tombstone).
 */
const postingSchema = new Schema(
  {
    employerId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, trim: true },
    /** VSCO unit group (4 digits). */
    occupationCode: { type: String, required: true },
    /** The code and its ancestors ("7", "72", "721", "7212"): search filters by any level. */
    occupationCodes: { type: [String], default: [] },
    description: { type: String, required: true },
    requiredSkills: { type: [skillSchema], default: [] },
    preferredSkills: { type: [skillSchema], default: [] },
    requiredCertificates: { type: [certificateSchema], default: [] },
    preferredCertificates: { type: [certificateSchema], default: [] },
    education: { type: String },
    vacancies: { type: Number, required: true },
    wageMin: { type: Number, required: true },
    wageMax: { type: Number, required: true },
    employmentType: { type: String, required: true },
    shift: { type: String, required: true },
    benefits: { type: [String], default: [] },
    provinceCode: { type: String, required: true },
    communeCode: { type: String },
    address: { type: String },
    /** YYYY-MM-DD; applications close at the end of that day in Vietnam. */
    deadline: { type: String, required: true },
    status: { type: String, required: true, default: 'draft' },
    version: { type: Number, required: true, default: 1 },
    moderationNotes: { type: [noteSchema], default: [] },
    sentBackReason: { type: String },
    /** Job fairs showing this posting (set by the fairs module). */
    fairIds: { type: [Schema.Types.ObjectId], default: [] },
    submittedAt: { type: Date },
    publishedAt: { type: Date },
    closedAt: { type: Date },
    deletedAt: { type: Date },
    importId: { type: String },
    /** Folded title, occupation and place: the admin list's text filter. */
    searchKey: { type: String, default: '' },
    createdBy: { type: Schema.Types.ObjectId },
  },
  { timestamps: true },
);
postingSchema.index({ employerId: 1, status: 1 });
postingSchema.index({ provinceCode: 1, status: 1 });
postingSchema.index({ updatedAt: 1, _id: 1 });
postingSchema.index({ status: 1, deadline: 1 });
export const postingModel = defineModel('Posting', postingSchema);
export type PostingRecord = InferSchemaType<typeof postingSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

/** The search sync's persisted progress (only read for a durable engine such as Meilisearch). */
const syncStateSchema = new Schema(
  {
    _id: { type: String, required: true },
    watermark: { type: Date },
    lastId: { type: String },
    indexed: { type: Number, default: 0 },
    removed: { type: Number, default: 0 },
    runAt: { type: Date },
  },
  { versionKey: false },
);
export const searchSyncStateModel = defineModel('SearchSyncState', syncStateSchema, 'search_sync_state');
