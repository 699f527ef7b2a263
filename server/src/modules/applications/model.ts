import { Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * An application of a person to a posting. `_id` is derived from the pair (lib/ids.ts
 * `objectIdFor('application:<returneeId>:<postingId>')`): applying twice, or a retried request, inserts
 * once. Status changes claim `application:<id>:v<version>` (lib/claims.ts) so each happens exactly once.
 *
 * Never holds case data. `posting` is a copy of what the person applied to, so lists need no join and a
 * closed posting still reads well.
 */
const applicationSchema = new Schema(
  {
    returneeId: { type: Schema.Types.ObjectId, required: true },
    postingId: { type: Schema.Types.ObjectId, required: true },
    employerId: { type: Schema.Types.ObjectId, required: true },
    /** The person's province (counselor and admin scope). */
    provinceCode: { type: String, required: true },
    postingProvinceCode: { type: String, required: true },
    createdBy: { type: String, enum: ['returnee', 'counselor', 'fair'], required: true },
    createdByUserId: { type: Schema.Types.ObjectId, required: true },
    /** The consent `share-with-employer:<employerId>` given with this application, if any. */
    consentId: { type: Schema.Types.ObjectId },
    message: { type: String },
    status: { type: String, required: true },
    version: { type: Number, required: true, default: 0 },
    history: {
      type: [
        {
          _id: false,
          at: { type: Date, required: true },
          status: { type: String, required: true },
          by: { type: String, required: true },
          byUserId: { type: Schema.Types.ObjectId },
          reason: { type: String },
          note: { type: String },
        },
      ],
      default: [],
    },
    posting: {
      title: { type: String, required: true },
      employerName: { type: String, required: true },
      occupationCode: { type: String, required: true },
      provinceCode: { type: String, required: true },
      communeCode: { type: String },
      wageMin: { type: Number },
      wageMax: { type: Number },
      employmentType: { type: String },
      shift: { type: String },
      housing: { type: Boolean, default: false },
      fairChancePledge: { type: Boolean, default: false },
      deadline: { type: String },
    },
  },
  { timestamps: true },
);
applicationSchema.index({ returneeId: 1, postingId: 1 }, { unique: true });
applicationSchema.index({ postingId: 1, status: 1 });
applicationSchema.index({ employerId: 1, updatedAt: -1 });
applicationSchema.index({ updatedAt: 1 });
export const applicationModel = defineModel('Application', applicationSchema);

export interface ApplicationRecord {
  _id: Types.ObjectId;
  returneeId: Types.ObjectId;
  postingId: Types.ObjectId;
  employerId: Types.ObjectId;
  provinceCode: string;
  postingProvinceCode: string;
  createdBy: 'returnee' | 'counselor' | 'fair';
  createdByUserId: Types.ObjectId;
  consentId?: Types.ObjectId | null;
  message?: string | null;
  status: string;
  version: number;
  history: {
    at: Date;
    status: string;
    by: string;
    byUserId?: Types.ObjectId | null;
    reason?: string | null;
    note?: string | null;
  }[];
  posting: {
    title: string;
    employerName: string;
    occupationCode: string;
    provinceCode: string;
    communeCode?: string | null;
    wageMin?: number | null;
    wageMax?: number | null;
    employmentType?: string | null;
    shift?: string | null;
    housing?: boolean | null;
    fairChancePledge?: boolean | null;
    deadline?: string | null;
  };
  createdAt: Date;
  updatedAt: Date;
}

/** Exactly-once count of hires per posting: slot claims `posting-fill:<postingId>:<n>` set `count`. */
const postingFillSchema = new Schema(
  { _id: { type: String, required: true }, count: { type: Number, required: true, default: 0 } },
  { versionKey: false, collection: 'posting_fills' },
);
export const postingFillModel = defineModel('PostingFill', postingFillSchema);
