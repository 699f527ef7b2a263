/**
 * Email goes through an outbox collection: `enqueue` stores the message (idempotent by key) and returns
 * at once; a sender loop delivers it, retrying with backoff, so nothing is lost when SMTP is down.
 * Transports: SMTP (SMTP_URL) or, by default, .eml files in DATA_DIR/mail listed at /dev/mail.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Same key twice = one email (e.g. `application-status:<id>:<status>`). */
  idempotencyKey: string;
  /** What kind of message, for the admin outbox list (e.g. "password-reset"). */
  kind?: string;
}

export interface Mailer {
  /** "SMTP smtp.example.vn:587" or "files in data/mail": shown by /api/health. */
  readonly transportName: string;
  enqueue(mail: OutgoingMail): Promise<{ id: string; duplicate: boolean }>;
  /** Sends what is due now; returns how many were sent. The background loop calls this. */
  deliverDue(): Promise<number>;
  health(): Promise<{ ok: boolean; detail?: string }>;
}
