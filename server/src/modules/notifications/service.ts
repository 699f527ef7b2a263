import { createHash } from 'node:crypto';
import type { Bilingual, NotificationList, NotificationView } from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { NotFoundError } from '../../lib/errors';
import { isDuplicateKey } from '../../lib/ids';
import type { Id } from '../../lib/model';
import { type NotificationRecord, notificationModel } from './model';

export interface NewNotification {
  /** Same key twice = one notification (e.g. `application-status:<id>:<status>:<userId>`). */
  key: string;
  userId: Id;
  kind: string;
  title: Bilingual;
  body: Bilingual;
  /** A path in the web app, e.g. `/me/applications`. */
  link?: string;
}

export function notificationId(key: string): string {
  return `n${createHash('sha256').update(key).digest('base64url').slice(0, 23)}`;
}

/** Adds a notification to someone's bell (idempotent by key). */
export async function notify(app: FastifyInstance, notification: NewNotification): Promise<void> {
  try {
    await notificationModel(app.db.connection).collection.insertOne({
      _id: notificationId(notification.key) as never,
      userId: new Types.ObjectId(String(notification.userId)),
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      link: notification.link,
      createdAt: new Date(),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

function toView(n: NotificationRecord, locale: 'vi' | 'en'): NotificationView {
  return {
    id: n._id,
    kind: n.kind,
    title: n.title[locale],
    body: n.body[locale],
    link: n.link ?? undefined,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString(),
  };
}

export async function listNotifications(
  app: FastifyInstance,
  actor: Actor,
  options: { unreadOnly?: boolean; limit?: number },
): Promise<NotificationList> {
  const Notification = notificationModel(app.db.connection);
  const filter: Record<string, unknown> = { userId: actor.id };
  const [items, unread] = await Promise.all([
    Notification.find(options.unreadOnly ? { ...filter, readAt: null } : filter)
      .sort({ createdAt: -1 })
      .limit(options.limit ?? 30)
      .lean<NotificationRecord[]>(),
    Notification.countDocuments({ ...filter, readAt: null }),
  ]);
  return { items: items.map((n) => toView(n, actor.locale)), unread };
}

export async function unreadCount(app: FastifyInstance, actor: Actor): Promise<number> {
  return notificationModel(app.db.connection).countDocuments({ userId: actor.id, readAt: null });
}

export async function markRead(app: FastifyInstance, actor: Actor, id: string): Promise<NotificationView> {
  const Notification = notificationModel(app.db.connection);
  const found = await Notification.findById(id).lean<NotificationRecord>();
  if (!found || String(found.userId) !== actor.id) throw new NotFoundError();
  if (!found.readAt) await Notification.updateOne({ _id: id }, { $set: { readAt: new Date() } });
  return toView({ ...found, readAt: found.readAt ?? new Date() }, actor.locale);
}

export async function markAllRead(app: FastifyInstance, actor: Actor): Promise<void> {
  await notificationModel(app.db.connection).updateMany(
    { userId: actor.id, readAt: null },
    { $set: { readAt: new Date() } },
  );
}
