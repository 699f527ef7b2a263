import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * The matching profile of a person who has completed a sentence. Nothing sensitive lives here: offence,
 * sentence and case notes are in `cases` (modules/cases), readable only by the assigned counselor and the
 * province's admins.
 */
const returneeSchema = new Schema(
  {
    displayName: { type: String, required: true, trim: true },
    /** Year only: employers never see a date of birth, and matching needs no more. */
    birthYear: { type: Number },
    gender: { type: String, enum: ['female', 'male', 'other'] },
    phone: { type: String },
    email: { type: String, lowercase: true, trim: true },
    provinceCode: { type: String, required: true },
    communeCode: { type: String },
    status: {
      type: String,
      enum: ['seeking', 'training', 'employed', 'inactive'],
      default: 'seeking',
      required: true,
    },
    counselorId: { type: Schema.Types.ObjectId, index: true },
    /** Bumped on every (re)assignment; assignments claim the move from one version (lib/claims.ts). */
    assignmentVersion: { type: Number, default: 0 },
    userId: { type: Schema.Types.ObjectId },
    /** Shown to employers instead of a name: "Ứng viên #7KQ2". */
    anonymousCode: { type: String, required: true, unique: true },
    /** Folded name and phone for the caseload search. */
    searchKey: { type: String, default: '' },
    lastContactAt: { type: Date },
    createdBy: { type: Schema.Types.ObjectId },

    // The matching profile, completed over several visits (DESIGN.md §3). Nothing here is case data.
    /** Taxonomy skills (skillId) and free text as the person said it (label only). */
    skills: { type: [{ _id: false, skillId: String, label: { type: String, required: true } }], default: [] },
    certificates: {
      type: [
        {
          level: { type: String, required: true },
          occupationCode: String,
          issuer: String,
          year: Number,
          verified: { type: Boolean, default: false },
          verifiedAt: Date,
          verifiedBy: Schema.Types.ObjectId,
        },
      ],
      default: [],
    },
    workHistory: {
      type: [
        {
          _id: false,
          title: { type: String, required: true },
          occupationCode: String,
          employer: String,
          fromYear: Number,
          toYear: Number,
        },
      ],
      default: [],
    },
    educationLevel: { type: String },
    educationNote: { type: String },
    /** VSCO codes, 1–4 digits. */
    desiredOccupations: { type: [String], default: [] },
    acceptableProvinces: { type: [String], default: [] },
    willingToRelocate: { type: Boolean, default: false },
    /** VND per month. */
    expectedWage: { type: Number },
    availableFrom: { type: Date },
    shifts: { type: [String], default: [] },
    employmentTypes: { type: [String], default: [] },
    needs: { type: [String], default: [] },
  },
  { timestamps: true },
);
returneeSchema.index({ provinceCode: 1, counselorId: 1 });
// The matching store's sync worker reads what changed since its watermark (other instances' writes).
returneeSchema.index({ updatedAt: 1 });
export const returneeModel = defineModel('Returnee', returneeSchema);

export interface ReturneeCertificateRecord {
  _id: Types.ObjectId;
  level: string;
  occupationCode?: string | null;
  issuer?: string | null;
  year?: number | null;
  verified?: boolean | null;
  verifiedAt?: Date | null;
  verifiedBy?: Types.ObjectId | null;
}

/** A stored returnee as `.lean()` returns it. */
export type ReturneeRecord = Omit<
  InferSchemaType<typeof returneeSchema>,
  'skills' | 'certificates' | 'workHistory'
> & {
  _id: Types.ObjectId;
  skills: { skillId?: string | null; label: string }[];
  certificates: ReturneeCertificateRecord[];
  workHistory: {
    title: string;
    occupationCode?: string | null;
    employer?: string | null;
    fromYear?: number | null;
    toYear?: number | null;
  }[];
};
