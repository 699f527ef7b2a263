import fp from 'fastify-plugin';
import { createMailer } from '../mail';
import type { Mailer } from '../mail/mailer';

declare module 'fastify' {
  interface FastifyInstance {
    mail: Mailer;
  }
}

/** `app.mail`: the outbox and its sender loop (SMTP when SMTP_URL is set, .eml files otherwise). */
export default fp(
  async (app) => {
    const mailer = await createMailer(app);
    app.decorate('mail', mailer);
  },
  { name: 'mail', dependencies: ['config', 'db', 'jobs'] },
);
