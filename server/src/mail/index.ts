import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import type { Mailer, OutboxEntry, OutboxMessage, OutgoingMail } from './mailer';
import { mailClaimModel, OUTBOX_ID_PATTERN, outboxId, outboxModel, UNLOCKED } from './outbox';
import { RETRY, retryDelayMs } from './retry';
import { fileTransport, isPermanentFailure, type MailTransport, smtpTransport } from './transport';

const { trusted } = mongoose;

/** A claimed message is ours for this long; a process that dies mid-send frees it when the lease ends. */
const LEASE_MS = 2 * 60_000;
const DEFAULT_BATCH = 50;

function assertSingleLine(name: string, value: string) {
  if (/[\r\n]/.test(value)) throw new Error(`mail ${name} must be a single line`);
}

/** The domain of MAIL_FROM ("Chợ Tình Người <no-reply@x.vn>" → "x.vn") for our Message-IDs. */
function fromDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'chotinhnguoi.local';
}

type OutboxDoc = {
  _id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  kind: string;
  status: OutboxEntry['status'];
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt?: Date | null;
  lastError?: string | null;
  messageId?: string | null;
};

function toEntry(doc: OutboxDoc): OutboxEntry {
  const entry: OutboxEntry = {
    id: doc._id,
    to: doc.to,
    subject: doc.subject,
    kind: doc.kind,
    status: doc.status,
    attempts: doc.attempts,
    createdAt: doc.createdAt,
    nextAttemptAt: doc.nextAttemptAt,
  };
  if (doc.sentAt) entry.sentAt = doc.sentAt;
  if (doc.lastError) entry.lastError = doc.lastError;
  return entry;
}

/**
 * The outbox: `enqueue` is one insert (durable before it returns); `deliverDue` finds due messages and
 * claims each attempt with an insert into mail_claims, so any number of app instances can run the sender
 * loop and each attempt is made by exactly one of them.
 */
export async function createMailer(
  app: FastifyInstance,
): Promise<Mailer & { sweepClaims(olderThanMs?: number): Promise<number> }> {
  const { config } = app;
  const Outbox = outboxModel(app.db.connection);
  const Claims = mailClaimModel(app.db.connection);
  const transport: MailTransport = config.smtpUrl
    ? smtpTransport(config.smtpUrl)
    : fileTransport(path.join(config.dataDir, 'mail'));
  const instanceId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const domain = fromDomain(config.mailFrom);
  const running = new Set<Promise<unknown>>();
  let closed = false;
  let nudged = false;

  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    work.then(
      () => running.delete(work),
      () => running.delete(work),
    );
    return work;
  };

  /** Messages that are due: queued ones, and `sending` ones whose sender's lease ran out (it died or hung). */
  function findDue(now: Date, limit: number) {
    return Outbox.find({
      status: trusted({ $in: ['queued', 'sending'] }),
      nextAttemptAt: trusted({ $lte: now }),
      lockedUntil: trusted({ $lte: now }),
    })
      .sort({ nextAttemptAt: 1 })
      .limit(limit)
      .lean<OutboxDoc[]>();
  }

  /**
   * Claims the next attempt of a message by inserting `<id>:<attempt>` into mail_claims: exactly one
   * instance succeeds, whatever the others read. Returns the message as claimed, or undefined if another
   * instance got there first.
   */
  async function claim(doc: OutboxDoc, now: Date): Promise<OutboxDoc | undefined> {
    const attempts = doc.attempts + 1;
    const claimId = `${doc._id}:${attempts}`;
    const lockedUntil = new Date(now.getTime() + LEASE_MS);
    try {
      await Claims.create({ _id: claimId, by: instanceId, at: now, until: lockedUntil });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // Taken. If its owner died between claiming and recording the claim, the message would wait for
      // that attempt forever: record it for them once their lease is over, so the next pass moves on.
      const other = await Claims.findById(claimId).lean();
      if (other && other.until <= now) {
        await Outbox.updateOne(
          { _id: doc._id, attempts: doc.attempts },
          { $set: { attempts, status: 'queued', lockedUntil: UNLOCKED, nextAttemptAt: now } },
        );
      }
      return undefined;
    }
    // Counted at claim time, so a message that crashes the process cannot be retried forever.
    await Outbox.updateOne(
      { _id: doc._id },
      { $set: { status: 'sending', attempts, lockedBy: instanceId, lockedUntil } },
    );
    return { ...doc, attempts, status: 'sending' };
  }

  async function attempt(doc: OutboxDoc, now: Date): Promise<boolean> {
    // By id alone (the one filter FerretDB pushes down). The lease outlives any send (SMTP timeouts are
    // shorter), so nobody else can have claimed the message meanwhile.
    const mine = { _id: doc._id };
    try {
      const info = await transport.send({
        id: doc._id,
        from: config.mailFrom,
        to: doc.to,
        subject: doc.subject,
        text: doc.text,
        html: doc.html ?? undefined,
        messageId: `<${doc._id}@${domain}>`,
      });
      await Outbox.updateOne(mine, {
        $set: { status: 'sent', sentAt: new Date(), messageId: info.messageId, lockedUntil: UNLOCKED },
        $unset: { lockedBy: 1, lastError: 1 },
      });
      return true;
    } catch (error) {
      const lastError = String((error as Error).message ?? error).slice(0, 500);
      const giveUp = isPermanentFailure(error) || doc.attempts >= RETRY.maxAttempts;
      await Outbox.updateOne(mine, {
        $set: giveUp
          ? { status: 'failed', lastError, lockedUntil: UNLOCKED }
          : {
              status: 'queued',
              lastError,
              lockedUntil: UNLOCKED,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(doc.attempts)),
            },
        $unset: { lockedBy: 1 },
      });
      app.log[giveUp ? 'error' : 'warn'](
        { mailId: doc._id, kind: doc.kind, attempts: doc.attempts, err: lastError },
        giveUp ? 'mail failed, giving up' : 'mail not sent, will retry',
      );
      return false;
    }
  }

  async function deliverDue(options: { now?: Date; limit?: number } = {}): Promise<number> {
    const limit = options.limit ?? DEFAULT_BATCH;
    // One scan per pass finds the candidates; the claims decide who sends what.
    const due = await findDue(options.now ?? new Date(), limit);
    let sent = 0;
    for (const candidate of due) {
      if (closed) break;
      // Time moves on during a pass; a caller-supplied `now` (tests) stays fixed.
      const now = options.now ?? new Date();
      const doc = await claim(candidate, now);
      if (doc && (await attempt(doc, now))) sent += 1;
    }
    return sent;
  }

  /** With the loop running, a new message goes out now rather than on the next tick. */
  function nudge() {
    if (!config.backgroundJobs || nudged || closed) return;
    nudged = true;
    setImmediate(() => {
      nudged = false;
      track(deliverDue()).catch((err) => app.log.error({ err }, 'mail delivery failed'));
    });
  }

  return {
    transportName: transport.name,

    async enqueue(mail: OutgoingMail) {
      const key = mail.idempotencyKey?.trim();
      if (!key || key.length > 300) throw new Error('mail idempotencyKey must be 1–300 characters');
      assertSingleLine('to', mail.to);
      assertSingleLine('subject', mail.subject);
      if (!/^[^\s@]+@[^\s@]+$/.test(mail.to))
        throw new Error(`mail recipient "${mail.to}" is not an address`);
      const id = outboxId(key);
      try {
        await Outbox.create({
          _id: id,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          kind: mail.kind ?? 'other',
          idempotencyKey: key,
        });
      } catch (error) {
        // Already queued (or sent) under this key: that is the point of the key, not an error.
        if ((error as { code?: number }).code === 11000) return { id, duplicate: true };
        throw error;
      }
      nudge();
      return { id, duplicate: false };
    },

    deliverDue: (options) => track(deliverDue(options)),

    health: () => transport.health(),

    async recent(limit = 50) {
      const docs = await Outbox.find({})
        .sort({ createdAt: -1 })
        .limit(Math.min(Math.max(limit, 1), 200))
        .select({ text: 0, html: 0 })
        .lean<OutboxDoc[]>();
      return docs.map(toEntry);
    },

    async get(id) {
      if (!new RegExp(OUTBOX_ID_PATTERN).test(id)) return undefined;
      const doc = await Outbox.findById(id).lean<OutboxDoc>();
      if (!doc) return undefined;
      const message: OutboxMessage = { ...toEntry(doc), text: doc.text };
      if (doc.html) message.html = doc.html;
      if (doc.messageId) message.messageId = doc.messageId;
      return message;
    },

    /** Claims only matter while their attempt may still be running; a day later they are history. */
    async sweepClaims(olderThanMs = 24 * 60 * 60_000) {
      const result = await Claims.deleteMany({ at: trusted({ $lt: new Date(Date.now() - olderThanMs) }) });
      return result.deletedCount;
    },

    async close() {
      closed = true;
      await Promise.allSettled([...running]);
      await transport.close();
    },
  };
}
