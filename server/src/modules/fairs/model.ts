import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * Live job fairs (DESIGN.md §6). FerretDB scans a whole collection for every query, and its conditional
 * updates are not atomic, so:
 *   - every exactly-once decision is an insert: a booth per employer per fair and a registration per person
 *     per fair have deterministic `_id`s; seats are claims `fair-seat:<fairId>:<n>`; a ticket code is the
 *     `_id` of its ticket; a check-in is keyed by its ticket; an outcome by its booth and call number;
 *   - the live state (queues, who is at which booth, counts) is not read from these collections at all: it
 *     is the fold of the fair's event log (shared/src/fairs/dashboard.ts), kept in memory (live.ts);
 *   - these collections serve look-ups by `_id`, lists for staff screens and the report after the fair.
 */
const fairSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    provinceCode: { type: String, required: true },
    communeCode: { type: String },
    venue: { type: String, required: true },
    /** YYYY-MM-DD, the day in Vietnam; hours HH:MM. */
    date: { type: String, required: true },
    startTime: { type: String, required: true },
    endTime: { type: String, required: true },
    agencies: { type: [String], default: [] },
    hiringTarget: { type: Number, required: true, default: 0 },
    capacity: { type: Number, required: true },
    description: { type: String },
    status: { type: String, required: true, default: 'draft' },
    /** Bumped by each status change, which claims `fair-status:<id>:v<statusVersion>` first. */
    statusVersion: { type: Number, required: true, default: 0 },
    organizerIds: { type: [Schema.Types.ObjectId], default: [] },
    /** Lets the hall projector show the big screen without a staff sign-in (no personal data there). */
    screenKey: { type: String, required: true },
    createdBy: { type: Schema.Types.ObjectId },
    statusChangedAt: { type: Date },
  },
  { timestamps: true },
);
fairSchema.index({ provinceCode: 1, date: -1 });
export const fairModel = defineModel('Fair', fairSchema);
export type FairRecord = InferSchemaType<typeof fairSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

/** `_id` = objectIdFor(`fair-booth:<fairId>:<employerId>`): one booth application per company per fair. */
const boothSchema = new Schema(
  {
    fairId: { type: Schema.Types.ObjectId, required: true, index: true },
    employerId: { type: Schema.Types.ObjectId, required: true },
    employerName: { type: String, required: true },
    postingIds: { type: [Schema.Types.ObjectId], default: [] },
    /** Copies of what the booth shows, so the floor list and the report read well after postings close. */
    postings: {
      type: [
        {
          _id: false,
          id: { type: String, required: true },
          title: { type: String, required: true },
          occupationCode: { type: String, required: true },
          wageMin: Number,
          wageMax: Number,
          vacancies: Number,
        },
      ],
      default: [],
    },
    status: { type: String, required: true, default: 'pending' },
    /** Booth number on the floor, unique per fair (claimed `fair-booth-no:<fairId>:<n>`). */
    number: { type: Number },
    note: { type: String },
    appliedBy: { type: Schema.Types.ObjectId },
    appliedAt: { type: Date, required: true },
    decidedAt: { type: Date },
    decidedBy: { type: Schema.Types.ObjectId },
  },
  { versionKey: false },
);
export const boothModel = defineModel('FairBooth', boothSchema, 'fair_booths');
export type BoothRecord = InferSchemaType<typeof boothSchema> & { _id: Types.ObjectId };

/**
 * `_id` = objectIdFor(`fair-registration:<fairId>:<returneeId>`) for people with a profile (one per person
 * per fair), objectIdFor(`fair-walk-in:<fairId>:<phone>`) for walk-ins with a phone, random otherwise.
 * `number` is the seat claimed (`fair-seat:<fairId>:<number>`): the person's number for the day.
 */
const registrationSchema = new Schema(
  {
    fairId: { type: Schema.Types.ObjectId, required: true, index: true },
    returneeId: { type: Schema.Types.ObjectId },
    counselorId: { type: Schema.Types.ObjectId },
    provinceCode: { type: String, required: true },
    displayName: { type: String, required: true },
    phone: { type: String },
    /** Folded name and phone digits for the door's search. */
    searchKey: { type: String, default: '' },
    walkIn: { type: Boolean, required: true, default: false },
    number: { type: Number, required: true },
    ticketCode: { type: String, required: true },
    status: { type: String, required: true, default: 'registered' },
    /** Bumped by cancel/revive, which claim `fair-registration:<id>:v<version>`. */
    version: { type: Number, required: true, default: 0 },
    registeredBy: { type: String, required: true },
    registeredByUserId: { type: Schema.Types.ObjectId },
    consentId: { type: Schema.Types.ObjectId },
    /** Walk-ins have no profile, so no consent record: what they agreed to is kept here. */
    walkInConsent: {
      text: String,
      at: Date,
      byUserId: Schema.Types.ObjectId,
    },
    emailedAt: { type: Date },
    registeredAt: { type: Date, required: true },
    cancelledAt: { type: Date },
  },
  { versionKey: false },
);
export const registrationModel = defineModel('FairRegistration', registrationSchema, 'fair_registrations');
export type RegistrationRecord = InferSchemaType<typeof registrationSchema> & { _id: Types.ObjectId };

/** `_id` is the ticket code: inserting it is the uniqueness check, looking it up is by `_id`. */
const ticketSchema = new Schema(
  {
    _id: { type: String, required: true },
    fairId: { type: Schema.Types.ObjectId, required: true },
    registrationId: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false },
);
export const ticketModel = defineModel('FairTicket', ticketSchema, 'fair_tickets');

/** Insert-only, `_id` = `<fairId>:<ticketCode>`: a ticket checked in twice (two devices, a replayed offline queue) counts once. */
const checkinSchema = new Schema(
  {
    _id: { type: String, required: true },
    fairId: { type: Schema.Types.ObjectId, required: true },
    registrationId: { type: Schema.Types.ObjectId, required: true },
    number: { type: Number, required: true },
    /** When it happened at the door (the device's clock, bounded); `receivedAt` when it reached us. */
    at: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    method: { type: String },
    device: { type: String },
    byUserId: { type: Schema.Types.ObjectId },
  },
  { versionKey: false },
);
export const checkinModel = defineModel('FairCheckin', checkinSchema, 'fair_checkins');

/** Insert-only, `_id` = `<boothId>:<k>` (the booth's k-th call). */
const outcomeSchema = new Schema(
  {
    _id: { type: String, required: true },
    fairId: { type: Schema.Types.ObjectId, required: true },
    boothId: { type: Schema.Types.ObjectId, required: true },
    employerId: { type: Schema.Types.ObjectId, required: true },
    registrationId: { type: Schema.Types.ObjectId, required: true },
    returneeId: { type: Schema.Types.ObjectId },
    number: { type: Number, required: true },
    k: { type: Number, required: true },
    outcome: { type: String, required: true },
    reason: { type: String },
    postingId: { type: String },
    occupationCode: { type: String },
    calledAt: { type: Date },
    waitedMs: { type: Number },
    at: { type: Date, required: true },
    byUserId: { type: Schema.Types.ObjectId },
    /** The application this outcome created or moved (applications module), when there is one. */
    applicationId: { type: String },
  },
  { versionKey: false },
);
export const outcomeModel = defineModel('FairOutcomeRecord', outcomeSchema, 'fair_outcomes');

/** The folded live state at some seq, so an instance starting mid-fair replays a little, not everything. */
const snapshotSchema = new Schema(
  {
    _id: { type: String, required: true },
    lastSeq: { type: Number, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
export const snapshotModel = defineModel('FairSnapshot', snapshotSchema, 'fair_snapshots');

/** The report frozen when the fair is marked reported (follow-ups are still read live). */
const reportSchema = new Schema(
  {
    _id: { type: String, required: true },
    report: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
export const reportModel = defineModel('FairReportRecord', reportSchema, 'fair_reports');
