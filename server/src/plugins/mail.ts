import fp from 'fastify-plugin';
import { createMailer } from '../mail';
import type { Mailer } from '../mail/mailer';

declare module 'fastify' {
  interface FastifyInstance {
    mail: Mailer;
  }
}

/** How often the sender loop looks for due mail (new mail is also sent right after enqueue). */
const DELIVER_EVERY_MS = 5_000;

/** `app.mail`: the outbox and its sender loop (SMTP when SMTP_URL is set, .eml files otherwise). */
export default fp(
  async (app) => {
    const mailer = await createMailer(app);
    app.decorate('mail', mailer);
    app.jobs.every('mail.deliver', DELIVER_EVERY_MS, () => mailer.deliverDue());
    app.jobs.every('mail.sweep-claims', 60 * 60_000, () => mailer.sweepClaims());
    // Before the database closes (onClose hooks run in reverse order of registration).
    app.addHook('onClose', async () => mailer.close());
  },
  { name: 'mail', dependencies: ['config', 'db', 'jobs'] },
);
