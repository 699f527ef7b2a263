import { Schema } from 'mongoose';
import { defineModel } from '../../lib/model';

/**
 * In-app notifications (the bell). `_id` is derived from an idempotency key (`n` + 23 characters of its
 * SHA-256), like the mail outbox: the same event notified twice is stored once.
 */
const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true },
    title: { vi: { type: String, required: true }, en: { type: String, required: true } },
    body: { vi: { type: String, required: true }, en: { type: String, required: true } },
    link: { type: String },
    createdAt: { type: Date, required: true },
    readAt: { type: Date },
  },
  { versionKey: false },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
export const notificationModel = defineModel('Notification', notificationSchema);

export interface NotificationRecord {
  _id: string;
  userId: unknown;
  kind: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  link?: string | null;
  createdAt: Date;
  readAt?: Date | null;
}
