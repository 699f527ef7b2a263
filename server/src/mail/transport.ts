import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** What the outbox hands to a transport: one fully addressed message. */
export interface MailEnvelope {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** `<outbox id@domain>`: the same on every retry, so a receiver can drop a copy sent twice. */
  messageId: string;
}

export interface MailTransport {
  readonly name: string;
  send(mail: MailEnvelope): Promise<{ messageId: string }>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

/** An SMTP answer the server will give again however often we retry (5xx): stop retrying at once. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** "smtp.example.vn:587": no user name or password, this ends up in /api/health. */
function smtpAddress(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587');
  return `${parsed.hostname}:${port}`;
}

const HEALTH_CACHE_MS = 30_000;
const HEALTH_TIMEOUT_MS = 3_000;

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // A few reused connections: a fair's reminders are thousands of messages in a row.
    pool: true,
    maxConnections: 3,
    maxMessages: 100,
    // Nodemailer's defaults (2 and 10 minutes) would hold an outbox lock far too long on a dead server.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  let cached: { at: number; result: Promise<{ ok: boolean; detail?: string }> } | undefined;

  const verify = async (): Promise<{ ok: boolean; detail?: string }> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        transporter.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS / 1000} s`)),
            HEALTH_TIMEOUT_MS,
          );
        }),
      ]);
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: `SMTP ${smtpAddress(url)}: ${(error as Error).message}` };
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    name: `SMTP ${smtpAddress(url)}`,
    async send(mail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
      return { messageId: info.messageId || mail.messageId };
    },
    // /api/health must stay fast and must not open an SMTP session per request: one check per 30 s.
    health() {
      if (!cached || Date.now() - cached.at > HEALTH_CACHE_MS) cached = { at: Date.now(), result: verify() };
      return cached.result;
    },
    async close() {
      transporter.close();
    },
  };
}

/** `data/mail` when the directory is under the working directory, the absolute path otherwise. */
function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

/**
 * Development and tests without SMTP: each message becomes an .eml file (the exact bytes SMTP would
 * carry), openable in any mail program and listed by the dev mail viewer.
 */
export function fileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let ready: Promise<unknown> | undefined;
  const ensureDir = () => {
    ready ??= mkdir(dir, { recursive: true }).catch((error) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  return {
    name: `files in ${displayPath(dir)}`,
    async send(mail) {
      await ensureDir();
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // The outbox id keeps a resend (after a crash between writing and marking sent) on the same file.
      await writeFile(path.join(dir, `${stamp.slice(0, 10)}-${mail.id}.eml`), info.message as Buffer);
      return { messageId: info.messageId || mail.messageId };
    },
    async health() {
      try {
        await ensureDir();
        await access(dir, constants.W_OK);
        return { ok: true };
      } catch (error) {
        return { ok: false, detail: `${dir} is not writable: ${(error as Error).message}` };
      }
    },
    async close() {},
  };
}
