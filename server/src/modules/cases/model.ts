import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * Sensitive data about a person's sentence (DESIGN.md §3–4): a separate collection, read only through
 * modules/cases/service.ts, which checks the policy and writes an audit entry for every read and change.
 * Never referenced from postings, applications, fairs or search documents.
 */
const caseSchema = new Schema(
  {
    returneeId: { type: Schema.Types.ObjectId, required: true, unique: true },
    /** Copied from the returnee so the audit log and admin scope work without another read. */
    provinceCode: { type: String, required: true },
    /** Căn cước công dân: 12 digits. */
    cccd: { type: String },
    releaseDate: { type: Date },
    sentenceCompletionCertificateRef: { type: String },
    offenceCategory: { type: String },
    notes: {
      type: [
        {
          at: { type: Date, required: true },
          authorId: { type: Schema.Types.ObjectId, required: true },
          authorName: { type: String },
          text: { type: String, required: true },
        },
      ],
      default: [],
    },
  },
  { timestamps: true },
);
export const caseModel = defineModel('Case', caseSchema);

/** Fields a case read reveals, named in the audit log (values never are). */
export const CASE_FIELDS = [
  'cccd',
  'releaseDate',
  'sentenceCompletionCertificateRef',
  'offenceCategory',
  'notes',
] as const;

/** A stored casedoc as `.lean()` returns it. */
export type CaseDocRecord = InferSchemaType<typeof caseSchema> & { _id: Types.ObjectId };
