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

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One line of the outbox list (admin and dev viewers): no message body. */
export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt?: Date;
  lastError?: string;
}

export interface OutboxMessage extends OutboxEntry {
  text: string;
  html?: string;
  messageId?: string;
}

export interface DeliverOptions {
  /** Treat this as the current time (tests use it to skip a backoff without sleeping). */
  now?: Date;
  /** At most this many messages in one pass; the loop picks up the rest on its next tick. */
  limit?: number;
}

export interface Mailer {
  /** "SMTP smtp.example.vn:587" or "files in data/mail": shown by /api/health. */
  readonly transportName: string;
  enqueue(mail: OutgoingMail): Promise<{ id: string; duplicate: boolean }>;
  /** Sends what is due now; returns how many were sent. The background loop calls this. */
  deliverDue(options?: DeliverOptions): Promise<number>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  /** Most recent messages first (outbox lists). */
  recent(limit?: number): Promise<OutboxEntry[]>;
  get(id: string): Promise<OutboxMessage | undefined>;
  /** Waits for sends in progress and closes SMTP connections (app shutdown). */
  close(): Promise<void>;
}
