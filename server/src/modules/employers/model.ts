import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

const employerSchema = new Schema(
  {
    legalName: { type: String, required: true, trim: true },
    /** Mã số thuế, 10 or 13 digits (branch: 10 + "-" + 3). */
    taxCode: { type: String, required: true, unique: true },
    industry: { type: String },
    provinceCode: { type: String, required: true },
    communeCode: { type: String },
    address: { type: String },
    contactName: { type: String },
    contactEmail: { type: String, lowercase: true, trim: true },
    contactPhone: { type: String },
    description: { type: String },
    website: { type: String },
    /** Checked by a province admin against the business registry; unverified employers cannot publish. */
    verified: { type: Boolean, default: false, required: true },
    verifiedAt: { type: Date },
    verifiedBy: { type: Schema.Types.ObjectId },
    /** Signed commitment not to discriminate against people with a record (shown as a badge). */
    fairChancePledge: { type: Boolean, default: false, required: true },
    pledgeSignedAt: { type: Date },
    searchKey: { type: String, default: '' },
  },
  { timestamps: true },
);
employerSchema.index({ provinceCode: 1, verified: 1 });
export const employerModel = defineModel('Employer', employerSchema);

/** A stored employer as `.lean()` returns it. */
export type EmployerRecord = InferSchemaType<typeof employerSchema> & { _id: Types.ObjectId };
