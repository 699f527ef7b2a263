import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETRY } from '../../server/src/mail/retry';
import { link, renderMail } from '../../server/src/mail/templates';
import { startTestApp, type TestApp, uniqueDbName } from '../helpers/app';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const VIETNAMESE = 'Chúc mừng! Hồ sơ của bạn đã được nhà tuyển dụng xem — Đặng Thị Ngọc Ánh, Hưng Yên';
let counter = 0;
const key = (name: string) => `test:${name}:${Date.now()}:${counter++}`;
const later = (ms: number) => new Date(Date.now() + ms);

describe('mail outbox over SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('delivers an enqueued message with subject, text and HTML intact, Vietnamese included', async () => {
    const subject = `Thông báo ứng tuyển ${counter}`;
    const { id, duplicate } = await t.app.mail.enqueue({
      to: 'ung.vien@example.vn',
      subject,
      text: `${VIETNAMESE}\nDòng thứ hai.`,
      html: `<p>${VIETNAMESE}</p>`,
      idempotencyKey: key('basic'),
      kind: 'application-status',
    });
    expect(duplicate).toBe(false);
    expect(smtp.messages.some((m) => m.subject === subject)).toBe(false); // queued, not sent inline

    expect(await t.app.mail.deliverDue()).toBe(1);
    const mail = await smtp.waitFor((m) => m.subject === subject);
    expect(mail.envelopeTo).toEqual(['ung.vien@example.vn']);
    expect(mail.text?.trim()).toBe(`${VIETNAMESE}\nDòng thứ hai.`);
    expect(mail.html).toContain(`<p>${VIETNAMESE}</p>`);
    expect(mail.from?.address).toBe('no-reply@chotinhnguoi.local');
    expect(mail.messageId).toBe(`<${id}@chotinhnguoi.local>`);

    const stored = await t.app.mail.get(id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, kind: 'application-status' });
    expect(stored?.sentAt).toBeInstanceOf(Date);
    expect(await t.app.mail.deliverDue()).toBe(0);
  });

  it('sends one email for two enqueues with the same idempotency key', async () => {
    const subject = `Một lần thôi ${counter}`;
    const mail = { to: 'a@example.vn', subject, text: 'x', idempotencyKey: key('dup') };
    const first = await t.app.mail.enqueue(mail);
    const second = await t.app.mail.enqueue({ ...mail, text: 'a different body changes nothing' });
    expect(second).toEqual({ id: first.id, duplicate: true });

    expect(await t.app.mail.deliverDue()).toBe(1);
    await smtp.waitFor((m) => m.subject === subject);
    // Even after it was sent, the key still means "already done".
    expect((await t.app.mail.enqueue(mail)).duplicate).toBe(true);
    expect(await t.app.mail.deliverDue()).toBe(0);
    expect(smtp.messages.filter((m) => m.subject === subject)).toHaveLength(1);
  });

  it('keeps a message queued while SMTP refuses it and delivers it after the server recovers', async () => {
    const subject = `Thử lại ${counter}`;
    smtp.refuse(true);
    try {
      const { id } = await t.app.mail.enqueue({
        to: 'b@example.vn',
        subject,
        text: 'y',
        idempotencyKey: key('retry'),
      });
      expect(await t.app.mail.deliverDue()).toBe(0);
      const afterFirst = await t.app.mail.get(id);
      expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1 });
      expect(afterFirst?.lastError).toMatch(/451/);
      // Backoff with jitter: at least half the base delay, at most the base delay.
      const wait = afterFirst!.nextAttemptAt.getTime() - Date.now();
      expect(wait).toBeGreaterThan(RETRY.baseMs / 2 - 5_000);
      expect(wait).toBeLessThanOrEqual(RETRY.baseMs);

      // Not due yet: a pass now does not touch it.
      expect(await t.app.mail.deliverDue()).toBe(0);
      expect((await t.app.mail.get(id))?.attempts).toBe(1);

      // Due again (the clock moved past the backoff) but still refused: attempt 2, later retry.
      expect(await t.app.mail.deliverDue({ now: later(RETRY.baseMs + 1_000) })).toBe(0);
      const afterSecond = await t.app.mail.get(id);
      expect(afterSecond).toMatchObject({ status: 'queued', attempts: 2 });
      expect(afterSecond!.nextAttemptAt.getTime()).toBeGreaterThan(afterFirst!.nextAttemptAt.getTime());

      smtp.refuse(false);
      expect(await t.app.mail.deliverDue({ now: later(RETRY.capMs + 60_000) })).toBe(1);
      await smtp.waitFor((m) => m.subject === subject);
      const sent = await t.app.mail.get(id);
      expect(sent).toMatchObject({ status: 'sent', attempts: 3 });
      expect(sent?.lastError).toBeUndefined();
    } finally {
      smtp.refuse(false);
    }
  });

  it(`gives up after ${RETRY.maxAttempts} refused attempts and keeps the last error`, async () => {
    smtp.refuse(true);
    try {
      const { id } = await t.app.mail.enqueue({
        to: 'c@example.vn',
        subject: 'Không bao giờ tới',
        text: 'z',
        idempotencyKey: key('give-up'),
      });
      for (let attempt = 1; attempt <= RETRY.maxAttempts + 2; attempt++) {
        await t.app.mail.deliverDue({ now: later(attempt * (RETRY.capMs + 60_000)) });
      }
      const failed = await t.app.mail.get(id);
      expect(failed).toMatchObject({ status: 'failed', attempts: RETRY.maxAttempts });
      expect(failed?.lastError).toMatch(/451/);
    } finally {
      smtp.refuse(false);
    }
  });

  it('reclaims a message whose sender died mid-send once its lease expires', async () => {
    const subject = `Nhận lại ${counter}`;
    const { id } = await t.app.mail.enqueue({
      to: 'd@example.vn',
      subject,
      text: 'w',
      idempotencyKey: key('lease'),
    });
    // What a crashed instance leaves behind: claimed, lease running, never marked.
    const { outboxModel } = await import('../../server/src/mail/outbox');
    await outboxModel(t.app.db.connection).updateOne(
      { _id: id },
      {
        $set: { status: 'sending', lockedBy: 'dead-instance', lockedUntil: later(60_000) },
        $inc: { attempts: 1 },
      },
    );
    expect(await t.app.mail.deliverDue()).toBe(0); // lease still running
    expect(await t.app.mail.deliverDue({ now: later(5 * 60_000) })).toBe(1);
    await smtp.waitFor((m) => m.subject === subject);
    expect(await t.app.mail.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('moves on when a sender died between claiming an attempt and recording it', async () => {
    const subject = `Nhận hộ ${counter}`;
    const { id } = await t.app.mail.enqueue({
      to: 'h@example.vn',
      subject,
      text: 'u',
      idempotencyKey: key('orphan'),
    });
    const { mailClaimModel } = await import('../../server/src/mail/outbox');
    const past = new Date(Date.now() - 60_000);
    await mailClaimModel(t.app.db.connection).create({
      _id: `${id}:1`,
      by: 'dead-instance',
      at: past,
      until: past,
    });
    // This pass finds attempt 1 taken by a sender whose lease is over: it records that attempt for it…
    expect(await t.app.mail.deliverDue()).toBe(0);
    expect(await t.app.mail.get(id)).toMatchObject({ status: 'queued', attempts: 1 });
    // …so the next pass claims attempt 2 and sends.
    expect(await t.app.mail.deliverDue()).toBe(1);
    await smtp.waitFor((m) => m.subject === subject);
    expect(await t.app.mail.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends each message once when two instances run the sender at the same time', async () => {
    const dbName = uniqueDbName('mail2');
    const a = await startTestApp({ dbName, keepDatabase: true, env: { SMTP_URL: smtp.url } });
    const b = await startTestApp({ dbName, env: { SMTP_URL: smtp.url } });
    try {
      const tag = `Song song ${counter}`;
      const count = 12;
      for (let i = 0; i < count; i++) {
        await a.app.mail.enqueue({
          to: `p${i}@example.vn`,
          subject: `${tag} #${i}`,
          text: 'v',
          idempotencyKey: key(`p${i}`),
        });
      }
      // Two passes on each instance at once: FerretDB lets both read every message as due.
      const sent = await Promise.all([
        a.app.mail.deliverDue(),
        b.app.mail.deliverDue(),
        a.app.mail.deliverDue(),
        b.app.mail.deliverDue(),
      ]);
      expect(sent.reduce((x, y) => x + y, 0)).toBe(count);
      for (let i = 0; i < count; i++) await smtp.waitFor((m) => m.subject === `${tag} #${i}`);
      expect(smtp.messages.filter((m) => m.subject?.startsWith(tag))).toHaveLength(count);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reports the SMTP transport on /api/health and hides the dev mail viewer', async () => {
    const health = await t.agent().get('/api/health').expect(200);
    expect(health.body.dependencies.mail).toMatchObject({
      ok: true,
      engine: `SMTP ${new URL(smtp.url).host}`,
    });
    await t.agent().get('/api/dev/mail').expect(404);
  });

  it('sends a bilingual template with escaped values', async () => {
    const rendered = renderMail(
      {
        kind: 'test-template',
        subject: { vi: 'Vé tham dự phiên chợ', en: 'Your job fair ticket' },
        body: ({ name }: { name: string }) => ({
          vi: [`Chào ${name},`, link('Xem vé', 'https://example.vn/ve?id=1&x=2')],
          en: [`Hello ${name},`, link('View ticket', 'https://example.vn/ve?id=1&x=2')],
        }),
      },
      { name: 'Lê <Văn> Tám' },
    );
    const { id } = await t.app.mail.enqueue({
      to: 'e@example.vn',
      idempotencyKey: key('template'),
      ...rendered,
    });
    await t.app.mail.deliverDue();
    const mail = await smtp.waitFor((m) => m.messageId === `<${id}@chotinhnguoi.local>`);
    expect(mail.subject).toBe('Vé tham dự phiên chợ / Your job fair ticket');
    expect(mail.text).toContain('Chào Lê <Văn> Tám,');
    expect(mail.text!.indexOf('Chào')).toBeLessThan(mail.text!.indexOf('Hello'));
    expect(mail.html).toContain('Chào Lê &lt;Văn&gt; Tám,');
    expect(mail.html).toContain('href="https://example.vn/ve?id=1&amp;x=2"');
  });
});

describe('mail outbox without SMTP (files)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes each message as a parseable .eml file in DATA_DIR/mail', async () => {
    expect(t.app.mail.transportName).toMatch(/^files in .*mail$/);
    const subject = `Tệp thư ${counter}`;
    const { id } = await t.app.mail.enqueue({
      to: 'f@example.vn',
      subject,
      text: VIETNAMESE,
      html: `<b>${VIETNAMESE}</b>`,
      idempotencyKey: key('file'),
    });
    expect(await t.app.mail.deliverDue()).toBe(1);
    const dir = path.join(t.config.dataDir, 'mail');
    const file = readdirSync(dir).find((name) => name.endsWith(`${id}.eml`));
    expect(file).toBeDefined();
    const parsed = await PostalMime.parse(readFileSync(path.join(dir, file!)));
    expect(parsed.subject).toBe(subject);
    expect(parsed.to?.[0]?.address).toBe('f@example.vn');
    expect(parsed.text?.trim()).toBe(VIETNAMESE);
    expect(parsed.html).toContain(`<b>${VIETNAMESE}</b>`);
  });

  it('lists outgoing mail in the dev viewer and shows one message with text and HTML', async () => {
    const subject = `Xem trong trình xem thư ${counter}`;
    const { id } = await t.app.mail.enqueue({
      to: 'g@example.vn',
      subject,
      text: 'Nội dung thư',
      html: '<p>Nội dung thư</p>',
      kind: 'password-reset',
      idempotencyKey: key('viewer'),
    });
    const queued = await t.agent().get('/api/dev/mail').expect(200);
    expect(queued.body.items[0]).toMatchObject({
      id,
      to: 'g@example.vn',
      subject,
      kind: 'password-reset',
      status: 'queued',
    });
    expect(queued.body.items[0].text).toBeUndefined(); // the list carries no bodies

    await t.app.mail.deliverDue();
    const list = await t.agent().get('/api/dev/mail').expect(200);
    const entry = list.body.items.find((item: { id: string }) => item.id === id);
    expect(entry).toMatchObject({
      status: 'sent',
      createdAt: expect.any(String),
      sentAt: expect.any(String),
    });
    expect(list.body.items.some((item: { subject: string }) => item.subject.startsWith('Tệp thư'))).toBe(
      true,
    );

    const one = await t.agent().get(`/api/dev/mail/${id}`).expect(200);
    expect(one.body).toMatchObject({ id, subject, text: 'Nội dung thư', html: '<p>Nội dung thư</p>' });
    await t.agent().get('/api/dev/mail/m00000000000000000000000').expect(404);
  });

  it('reports the file transport on /api/health', async () => {
    const health = await t.agent().get('/api/health').expect(200);
    expect(health.body.dependencies.mail).toMatchObject({ ok: true, engine: t.app.mail.transportName });
  });
});
