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
  },
  { timestamps: true },
);
returneeSchema.index({ provinceCode: 1, counselorId: 1 });
export const returneeModel = defineModel('Returnee', returneeSchema);

/** A stored returnee as `.lean()` returns it. */
export type ReturneeRecord = InferSchemaType<typeof returneeSchema> & { _id: Types.ObjectId };
