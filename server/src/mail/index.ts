// PLACEHOLDER — replaced by the mail outbox work.
import type { FastifyInstance } from 'fastify';
import type { Mailer } from './mailer';

export async function createMailer(_app: FastifyInstance): Promise<Mailer> {
  return {
    transportName: 'placeholder',
    enqueue: async () => ({ id: 'x', duplicate: false }),
    deliverDue: async () => 0,
    health: async () => ({ ok: true }),
  };
}
