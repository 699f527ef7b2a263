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
    /** For the expungement date (Penal Code art. 70): kind of main penalty and, for prison, its length. */
    sentenceKind: { type: String },
    sentenceMonths: { type: Number },
    /**
     * Occupation bans, place bans, supervised residence (art. 41–43), each until a date. Matching reads
     * them to leave out postings silently; they are never shown to employers.
     */
    supplementaryPenalties: {
      type: [
        {
          _id: false,
          kind: { type: String, required: true },
          occupationCodes: { type: [String], default: undefined },
          placeCodes: { type: [String], default: undefined },
          until: { type: Date, required: true },
          note: String,
        },
      ],
      default: [],
    },
    expungementDateOverride: { type: Date },
    riskGroup: { type: String },
    referrals: {
      type: [
        {
          kind: { type: String, required: true },
          status: { type: String, required: true },
          amount: Number,
          partner: String,
          note: String,
          outcome: String,
          createdAt: { type: Date, required: true },
          updatedAt: { type: Date, required: true },
          createdBy: Schema.Types.ObjectId,
        },
      ],
      default: [],
    },
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
caseSchema.index({ updatedAt: 1 });
export const caseModel = defineModel('Case', caseSchema);

/** Fields a case read reveals, named in the audit log (values never are). */
export const CASE_FIELDS = [
  'cccd',
  'releaseDate',
  'sentenceCompletionCertificateRef',
  'offenceCategory',
  'sentenceKind',
  'sentenceMonths',
  'supplementaryPenalties',
  'expungementDate',
  'riskGroup',
  'notes',
  'referrals',
] as const;

/** A stored casedoc as `.lean()` returns it. */
export type CaseDocRecord = InferSchemaType<typeof caseSchema> & { _id: Types.ObjectId };
