import {
  ErrorEnvelope,
  NotificationIdParams,
  NotificationList,
  NotificationListQuery,
  NotificationView,
  OkResponse,
  UnreadCount,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerDataSection, registerEraser } from '../privacy/service';
import { notificationModel } from './model';
import * as notifications from './service';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope };

registerDataSection('notifications', async (app, { userId }) =>
  notificationModel(app.db.connection).find({ userId }).sort({ createdAt: 1 }).lean(),
);
registerEraser('notifications', async (app, { userId }) => {
  await notificationModel(app.db.connection).deleteMany({ userId });
});

/** The bell: everyone signed in has one. */
const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the unread count',
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...errors },
      },
    },
    async (request) => notifications.listNotifications(app, request.requireActor(), request.query),
  );

  app.get(
    '/notifications/unread-count',
    { schema: { tags: ['notifications'], response: { 200: UnreadCount, ...errors } } },
    async (request) => ({ unread: await notifications.unreadCount(app, request.requireActor()) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        params: NotificationIdParams,
        response: { 200: NotificationView, ...errors },
      },
    },
    async (request) => notifications.markRead(app, request.requireActor(), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags: ['notifications'], response: { 200: OkResponse, ...errors } } },
    async (request) => {
      await notifications.markAllRead(app, request.requireActor());
      return { ok: true as const };
    },
  );
};

export default notificationRoutes;
