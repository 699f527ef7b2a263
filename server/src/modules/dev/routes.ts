import { ErrorEnvelope, IsoDateTime } from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError } from '../../lib/errors';
import { OUTBOX_STATUSES, type OutboxEntry } from '../../mail/mailer';
import { OUTBOX_ID_PATTERN } from '../../mail/outbox';

const Status = Type.Unsafe<OutboxEntry['status']>({ type: 'string', enum: [...OUTBOX_STATUSES] });

const DevMailEntry = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  kind: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  createdAt: IsoDateTime,
  nextAttemptAt: IsoDateTime,
  sentAt: Type.Optional(IsoDateTime),
  lastError: Type.Optional(Type.String()),
});

const DevMailList = Type.Object({ items: Type.Array(DevMailEntry) });

const DevMailMessage = Type.Object({
  ...DevMailEntry.properties,
  text: Type.String(),
  html: Type.Optional(Type.String()),
  messageId: Type.Optional(Type.String()),
});

function toWire<E extends OutboxEntry>(entry: E) {
  return {
    ...entry,
    createdAt: entry.createdAt.toISOString(),
    nextAttemptAt: entry.nextAttemptAt.toISOString(),
    sentAt: entry.sentAt?.toISOString(),
  };
}

/**
 * Development mail viewer: what the app "sent" when no SMTP server is configured (the .eml files in
 * DATA_DIR/mail), so a developer can open a password-reset link without a mail server. Never registered
 * in production or when SMTP_URL is set: real mail belongs in real mailboxes.
 */
const devRoutes: FastifyPluginAsyncTypebox = async (app) => {
  if (app.config.env === 'production' || app.config.smtpUrl) return;

  app.get(
    '/dev/mail',
    {
      config: { public: true },
      schema: {
        tags: ['dev'],
        summary: 'Recent outgoing mail (development only)',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }),
        response: { 200: DevMailList },
      },
    },
    async (request) => ({ items: (await app.mail.recent(request.query.limit ?? 50)).map(toWire) }),
  );

  app.get(
    '/dev/mail/:id',
    {
      config: { public: true },
      schema: {
        tags: ['dev'],
        summary: 'One outgoing message with its text and HTML (development only)',
        params: Type.Object({ id: Type.String({ pattern: OUTBOX_ID_PATTERN }) }),
        response: { 200: DevMailMessage, 404: ErrorEnvelope },
      },
    },
    async (request) => {
      const message = await app.mail.get(request.params.id);
      if (!message) throw new NotFoundError();
      return toWire(message);
    },
  );
};

export default devRoutes;
