import { ROLES } from '@ctn/shared';
import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { defineModel } from '../../lib/model';

const userSchema = new Schema(
  {
    displayName: { type: String, required: true, trim: true },
    email: { type: String, lowercase: true, trim: true },
    /** E.164, e.g. +84912345678. */
    phone: { type: String },
    /** Absent until the person sets a password (invited staff, counselor-created returnees). */
    passwordHash: { type: String },
    roles: { type: [{ type: String, enum: ROLES }], default: [] },
    /** Provinces this person works in (staff), or lives/works in (returnee, employer). */
    provinceCodes: { type: [String], default: [] },
    employerId: { type: Schema.Types.ObjectId },
    returneeId: { type: Schema.Types.ObjectId },
    status: { type: String, enum: ['invited', 'active', 'disabled'], default: 'active', required: true },
    locale: { type: String, enum: ['vi', 'en'], default: 'vi' },
    /** Folded name, email and phone for the admin user search. */
    searchKey: { type: String, default: '' },
    lastSignInAt: { type: Date },
    createdBy: { type: Schema.Types.ObjectId },
  },
  { timestamps: true },
);
userSchema.index({ provinceCodes: 1, status: 1 });
userSchema.index({ employerId: 1 });
export const userModel = defineModel('User', userSchema);

/**
 * Sign-in identifiers, one document per email or phone: `_id` is the normalised key ("email:a@b.vn",
 * "phone:+84912345678"). Uniqueness comes from `_id` itself, and sign-in looks a person up by `_id`, the
 * one lookup FerretDB pushes down.
 */
const loginSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true, index: true },
});
export const loginModel = defineModel('Login', loginSchema);

/** Server-side sessions; `_id` is the SHA-256 of the cookie value, so a database leak yields no cookies. */
const sessionSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true, index: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  /** Absolute expiry, however active the session is. */
  expiresAt: { type: Date, required: true, index: true },
  ip: { type: String },
  userAgent: { type: String },
});
export const sessionModel = defineModel('Session', sessionSchema);

/** Activation and password-reset secrets, stored hashed; single use. */
const oneTimeTokenSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true, index: true },
  purpose: { type: String, enum: ['activate', 'reset'], required: true },
  /** `link` tokens are long and emailed; `code`s are short, typed from paper, and rate-limited. */
  form: { type: String, enum: ['link', 'code'], required: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  used: { type: Boolean, default: false, required: true },
  usedAt: { type: Date },
});
export const oneTimeTokenModel = defineModel('OneTimeToken', oneTimeTokenSchema);

/**
 * Failed sign-ins per identifier (existing or not, so the lock itself reveals nothing). `_id` is a hash of
 * the normalised identifier.
 */
const signInThrottleSchema = new Schema({
  _id: { type: String, required: true },
  failures: { type: Number, default: 0 },
  firstFailureAt: { type: Date },
  lockedUntil: { type: Date },
});
export const signInThrottleModel = defineModel('SignInThrottle', signInThrottleSchema, 'sign_in_throttle');

/** A stored user as `.lean()` returns it. */
export type UserRecord = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId };
