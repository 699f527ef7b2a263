import { type Static, Type } from 'typebox';
import { IsoDateTime } from './common';

/** In-app notifications (the bell): the same events as the emails, for people without email too. */
export const NotificationView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  /** In the request's language. */
  title: Type.String(),
  body: Type.String(),
  link: Type.Optional(Type.String()),
  createdAt: IsoDateTime,
  readAt: Type.Optional(IsoDateTime),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationView),
  unread: Type.Integer({ minimum: 0 }),
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationListQuery = Type.Object({
  unreadOnly: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })),
});

export const NotificationIdParams = Type.Object({ id: Type.String({ pattern: '^n[A-Za-z0-9_-]{23}$' }) });
export const UnreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });
