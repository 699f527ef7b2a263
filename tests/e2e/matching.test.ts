import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';
import { openPosting, SEWING_JOB, WELDING_JOB } from '../helpers/matching';
import { createWorld, PASSWORD, signIn } from '../helpers/people';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

/**
 * From profile to hire, in Chromium: a counselor creates a person with a welding certificate, sees the
 * welding job ranked first with its reasons, applies on the person's behalf without sharing contact; the
 * employer sees "Ứng viên #…" with the certificate and no name; after the person's consent (ticked beside
 * the counselor) the employer sees the name, moves the application to hired; the person is employed, the
 * counselor has a 30-day task, and the emails arrived at the test SMTP server.
 */
let t: TestApp;
let smtp: TestSmtpServer;
let browser: Browser;
let welding = '';
const contexts: BrowserContext[] = [];
const PERSON = 'Đinh Văn Hàn';
const PERSON_EMAIL = 'dinh.van.han@e2e.vn';

beforeAll(async () => {
  smtp = await startSmtpServer();
  [t, browser] = await Promise.all([
    startTestApp({ web: true, env: { SMTP_URL: smtp.url } }),
    launchBrowser(),
  ]);
  await createWorld(t);
  const employer = await signIn(t, 'tuyendung@a.vn');
  const admin = await signIn(t, 'admin24@test.vn');
  await openPosting(employer, admin, SEWING_JOB);
  welding = await openPosting(employer, admin, { ...WELDING_JOB, vacancies: 1 });
  await openPosting(employer, admin, {
    title: 'Bảo vệ nhà xưởng ca đêm',
    occupationCode: '5414',
    description: 'Tuần tra, trực cổng nhà xưởng theo ca.',
    requiredSkills: [],
    preferredSkills: [],
    preferredCertificates: [],
    shift: 'night',
  });
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  contexts.push(context);
  return context.newPage();
}

async function signInThroughForm(page: Page, identifier: string) {
  await page.goto(`${t.url}/sign-in`);
  await page.fill('#identifier', identifier);
  await page.fill('#password', PASSWORD);
  await page.click('[data-testid="sign-in-form"] button[type="submit"]');
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

describe('from profile to hire', () => {
  let counselor: Page;
  let employer: Page;
  let personUrl = '';
  let code = '';

  it('the counselor creates a person and fills the profile section by section', async () => {
    counselor = await freshPage();
    await signInThroughForm(counselor, 'canbo1@test.vn');
    await counselor.goto(`${t.url}/counselor`);
    await counselor.fill('#displayName', PERSON);
    await counselor.fill('#birthYear', '1991');
    await counselor.click('[data-testid="new-person-submit"]');
    await counselor.waitForURL(/\/counselor\/returnees\/[a-f0-9]{24}\?created/);
    personUrl = new URL(counselor.url()).pathname;

    await counselor.click('[data-testid="tab-profile"]');
    await counselor.waitForURL(`**${personUrl}/profile`);
    // Basic: commune and an email for the status emails.
    await counselor.selectOption('#communeCode', '09187');
    await counselor.fill('#email', PERSON_EMAIL);
    await counselor.click('[data-testid="save-basic"]');
    await counselor.waitForURL(/saved=basic/);
    // Skills: typed and picked from the typeahead list.
    await counselor.fill('#newSkill-0', 'Hàn que (hàn hồ quang tay)');
    await counselor.click('[data-testid="save-skills"]');
    await counselor.waitForURL(/saved=skills/);
    expect(await counselor.locator('[data-testid="profile-skills"] input[name="skill"]').count()).toBe(1);
    // A mistake keeps what was typed: a year before any certificate was issued.
    await counselor.selectOption('#cert-0-level', 'ky-nang-nghe-bac-2');
    await counselor.fill('#cert-0-occupation', '7212 – Thợ hàn và thợ cắt kim loại');
    await counselor.fill('#cert-0-issuer', 'Trường Cao đẳng nghề Bắc Ninh');
    await counselor.fill('#cert-0-year', '1924');
    await counselor.click('[data-testid="save-certificates"]');
    await expect.poll(() => counselor.locator('#cert-0-year').getAttribute('aria-invalid')).toBe('true');
    expect(await counselor.inputValue('#cert-0-issuer')).toBe('Trường Cao đẳng nghề Bắc Ninh');
    await counselor.fill('#cert-0-year', '2024');
    await counselor.click('[data-testid="save-certificates"]');
    await counselor.waitForURL(/saved=certificates/);
    // The counselor has seen the paper.
    await counselor.click('[data-testid="verify-certificate"]');
    await expect
      .poll(() => counselor.getAttribute('[data-testid="certificate-verified"]', 'data-verified'))
      .toBe('true');
    await counselor.fill('#desired-0', '7212 – Thợ hàn và thợ cắt kim loại');
    await counselor.click('[data-testid="save-wishes"]');
    await counselor.waitForURL(/saved=wishes/);
  });

  it('sees the welding job ranked first, with its reasons', async () => {
    await counselor.click('[data-testid="tab-matches"]');
    await counselor.waitForURL(`**${personUrl}/matches`);
    const first = counselor.locator('[data-testid="match"]').first();
    expect(await first.getAttribute('data-posting')).toBe(welding);
    const reasons = await first.locator('[data-testid="match-reasons"]').innerText();
    expect(reasons).toContain('Cùng xã');
    expect(reasons).toContain('Có chứng chỉ Hàn điện bậc 2 (đã xác minh)');
    expect(reasons).toContain('Đúng nghề mong muốn');
  });

  it('applies on the person’s behalf; the consent box is never ticked for them', async () => {
    await counselor.locator('[data-testid="match"]').first().locator('[data-testid="apply-with"]').click();
    await counselor.waitForURL(`**${personUrl}/apply/${welding}`);
    expect(await counselor.isChecked('[data-testid="share-contact"]')).toBe(false);
    // The person prefers not to share their contact yet.
    await counselor.click('[data-testid="apply-submit"]');
    await counselor.waitForURL(`**${personUrl}/applications?applied=1`);
    const status = counselor.locator('[data-testid="application"]').first();
    expect(await status.getAttribute('data-status')).toBe('submitted');
    expect(await status.locator('[data-testid="contact-shared"]').getAttribute('data-shared')).toBe('false');
  });

  it('the employer sees “Ứng viên #…” with the certificate, not the name', async () => {
    employer = await freshPage();
    await signInThroughForm(employer, 'tuyendung@a.vn');
    await employer.goto(`${t.url}/employer/applications`);
    const card = employer.locator('[data-testid="employer-application"]').first();
    const name = await card.locator('[data-testid="candidate-name"]').innerText();
    expect(name).toMatch(/^Ứng viên #[A-Z0-9]{4}$/);
    code = name.slice('Ứng viên #'.length);
    expect(await card.locator('[data-testid="candidate-certificates"]').innerText()).toContain(
      'Chứng chỉ kỹ năng nghề quốc gia bậc 2',
    );
    expect(await employer.content()).not.toContain(PERSON);
  });

  it('after the person agrees beside the counselor, the employer sees the name', async () => {
    await counselor.check('[data-testid="application"] input[name="confirmed"]');
    await counselor.click('[data-testid="application"] form[action="?/shareContact"] button[type="submit"]');
    await counselor.waitForURL(/done=shared/);
    expect(
      await counselor.locator('[data-testid="contact-shared"]').first().getAttribute('data-shared'),
    ).toBe('true');

    await employer.reload();
    const card = employer.locator('[data-testid="employer-application"]').first();
    expect(await card.locator('[data-testid="candidate-name"]').innerText()).toBe(PERSON);
    expect(await card.innerText()).toContain(`Ứng viên #${code}`);
  });

  it('the employer moves the application to hired, one tap per step', async () => {
    await employer.locator('[data-testid="candidate-name"]').first().click();
    await employer.waitForURL(/\/employer\/applications\/[a-f0-9]{24}$/);
    expect(await employer.innerText('[data-testid="application-status"]')).toBe('Đã xem');
    for (const step of ['interview', 'offered', 'hired']) {
      await employer.click(`[data-testid="move-${step}"]`);
      await expect
        .poll(() => employer.innerText('[data-testid="application-status"]'))
        .toBe({ interview: 'Phỏng vấn', offered: 'Đề nghị nhận việc', hired: 'Đã nhận' }[step]);
    }
  });

  it('the person is employed, the counselor has a 30-day follow-up, and the emails arrived', async () => {
    await counselor.goto(`${t.url}${personUrl}`);
    expect(await counselor.locator('.facts').innerText()).toContain('Đã có việc');
    await counselor.goto(`${t.url}/counselor/tasks`);
    const task = counselor.locator('[data-testid="task"]').first();
    expect(await task.innerText()).toContain(PERSON);
    expect(await task.innerText()).toContain('Hỏi thăm sau 30 ngày');
    // The bell counts the news.
    expect(Number(await counselor.innerText('[data-testid="bell-count"]'))).toBeGreaterThan(0);

    await t.app.mail.deliverDue();
    const toEmployer = await smtp.waitFor(
      (mail) =>
        mail.envelopeTo.includes('tuyendung@a.vn') && (mail.subject ?? '').includes('Hồ sơ ứng tuyển mới'),
    );
    expect(toEmployer.text).toContain(`#${code}`);
    expect(toEmployer.raw).not.toContain(PERSON);
    const hired = await smtp.waitFor(
      (mail) => mail.envelopeTo.includes(PERSON_EMAIL) && (mail.subject ?? '').startsWith('Đã có việc'),
    );
    expect(hired.html).toContain('Chúc mừng');
    await smtp.waitFor(
      (mail) => mail.envelopeTo.includes('canbo1@test.vn') && (mail.subject ?? '').includes('đã có việc'),
    );
    // The only vacancy is filled: the posting left the board.
    expect(t.app.openPostings.get(welding)).toBeUndefined();
  });
});
