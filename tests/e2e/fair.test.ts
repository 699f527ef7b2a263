import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinModel } from '../../server/src/modules/fairs/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';
import { createOpenFair, openPosting } from '../helpers/fairs';
import { createEmployer, createPerson, createReturnee, PASSWORD, signIn } from '../helpers/people';
import { daysFromNow } from '../helpers/postings';

/**
 * A whole fair in Chromium: planned by an admin, a booth booked by an employer, two people registered by
 * their counselor (tickets printed), checked in at the door (one by code, one while the hall's
 * connection is down), queued, called by the booth and given an outcome, with a dashboard tab following
 * every step live, the report at the end and the counselor's follow-up task.
 */
let t: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let employerId: string;
let counselorId: string;
let organizerId: string;
const people = { an: '', binh: '' };

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
  employerId = await createEmployer(t, {
    name: 'Công ty May Sông Hồng',
    provinceCode: '24',
    verified: true,
    taxCode: '2300100175',
  });
  await createPerson(t, {
    email: 'quantri@e2e-fair.vn',
    roles: ['admin'],
    provinceCodes: ['24'],
    displayName: 'Nguyễn Thị Hương',
  });
  await createPerson(t, {
    email: 'tuyendung@e2e-fair.vn',
    roles: ['employer'],
    provinceCodes: ['24'],
    employerId,
    displayName: 'Hoàng Thị Thu',
  });
  counselorId = (
    await createPerson(t, {
      email: 'canbo@e2e-fair.vn',
      roles: ['counselor'],
      provinceCodes: ['24'],
      displayName: 'Phạm Văn Hải',
    })
  ).id;
  organizerId = (
    await createPerson(t, {
      email: 'tochuc@e2e-fair.vn',
      roles: ['organizer'],
      provinceCodes: ['24'],
      displayName: 'Lê Minh Tuấn',
    })
  ).id;
  people.an = await createReturnee(t, {
    displayName: 'Đỗ Văn An',
    provinceCode: '24',
    counselorId,
    phone: '+84911000111',
  });
  people.binh = await createReturnee(t, {
    displayName: 'Vũ Thị Bình',
    provinceCode: '24',
    counselorId,
    phone: '+84911000222',
  });
  // The employer's open posting goes through the real review.
  await openPosting(await signIn(t, 'tuyendung@e2e-fair.vn'), await signIn(t, 'quantri@e2e-fair.vn'), {
    title: 'Công nhân may công nghiệp',
    occupationCode: '7531',
  });
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await t?.close();
});

async function pageAs(
  email: string | undefined,
  options: { viewport?: { width: number; height: number } } = {},
) {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  contexts.push(context);
  // Printing opens no dialog in a test: record that it was asked for.
  await context.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const page = await context.newPage();
  if (email) {
    await page.goto(`${t.url}/sign-in`);
    await page.fill('#identifier', email);
    await page.fill('#password', PASSWORD);
    await page.click('[data-testid="sign-in-form"] button[type="submit"]');
    await page.waitForURL((url) => url.pathname !== '/sign-in');
  }
  return { page, context };
}

const count = (page: Page, key: string) => page.locator(`[data-testid="count-${key}"] .tile-value`);
async function expectCount(page: Page, key: string, value: number) {
  await expect
    .poll(async () => Number(await count(page, key).textContent()), { timeout: 10_000 })
    .toBe(value);
}

describe('a whole fair, in the browser', () => {
  let fairId = '';
  let admin: Page;
  let dashboard: Page;
  const codes = { an: '', binh: '' };

  it('an admin plans the fair, assigns the organizer and opens registration', async () => {
    ({ page: admin } = await pageAs('quantri@e2e-fair.vn'));
    await admin.goto(`${t.url}/admin/fairs`);
    await admin.fill('#name', 'Phiên chợ việc làm của tình người — Kinh Bắc');
    await admin.fill('#venue', 'Nhà văn hóa phường Kinh Bắc');
    await admin.selectOption('#communeCode', '09187');
    await admin.fill('#date', daysFromNow(0));
    await admin.fill('#hiringTarget', '2');
    await admin.fill('#capacity', '50');
    await admin.fill('#agencies', 'Công an tỉnh Bắc Ninh\nHội Doanh nghiệp tỉnh');
    await admin.click('[data-testid="create-fair"]');
    await admin.waitForURL(/\/admin\/fairs\/[a-f0-9]{24}/);
    fairId = /\/admin\/fairs\/([a-f0-9]{24})/.exec(admin.url())![1]!;
    await admin.locator(`input[name="organizerIds"][value="${organizerId}"]`).check();
    await admin.click('[data-testid="save-organizers"]');
    await admin.waitForURL(/done=saved/);
    await admin.click('[data-testid="move-registration"]');
    await admin.waitForURL(/done=moved/);
    expect(await admin.textContent('[data-testid="fair-status"]')).toBe('Đang nhận đăng ký');

    // The dashboard tab stays open from here on and is never reloaded.
    ({ page: dashboard } = await pageAs('quantri@e2e-fair.vn', { viewport: { width: 1280, height: 800 } }));
    await dashboard.goto(`${t.url}/fairs/${fairId}/dashboard`);
    await expect
      .poll(() => dashboard.getAttribute('[data-testid="live-status"]', 'data-connected'))
      .toBe('true');
    await expectCount(dashboard, 'registered', 0);
  });

  it('the employer books a booth; the admin approves it with a number', async () => {
    const { page } = await pageAs('tuyendung@e2e-fair.vn');
    await page.goto(`${t.url}/fairs/${fairId}`);
    await page.locator('[data-testid="booth-application"] input[name="postingIds"]').first().check();
    await page.click('[data-testid="apply-booth"]');
    await page.waitForURL(/applied/);
    expect(await page.textContent('[data-testid="booth-status"]')).toBe('Đang chờ duyệt');

    await admin.goto(`${t.url}/admin/fairs/${fairId}`);
    const request = admin.locator(`[data-testid="booth-request-${employerId}"]`);
    await request.locator('input[name="number"]').fill('12');
    await request.locator('[data-testid="approve-booth"]').click();
    await admin.waitForURL(/done=booth/);
    await expect.poll(() => dashboard.locator('[data-testid="booth-row-12"]').count()).toBe(1);
  });

  it('the counselor registers two people of the caseload and prints their tickets', async () => {
    const { page } = await pageAs('canbo@e2e-fair.vn');
    await page.goto(`${t.url}/fairs/${fairId}`);
    await page.click('[data-testid="register-caseload"]');
    await page.waitForURL(`**/counselor/fairs/${fairId}`);
    for (const id of [people.an, people.binh]) {
      const form = page.locator(`[data-testid="register-${id}"]`);
      await form.locator('input[name="confirmed"]').check();
      await form.locator('button[type="submit"]').click();
      await page.waitForSelector(`[data-testid="registration-${id}"]`);
    }
    codes.an = (await page.textContent(
      `[data-testid="registration-${people.an}"] [data-testid="ticket-code"]`,
    ))!.trim();
    codes.binh = (await page.textContent(
      `[data-testid="registration-${people.binh}"] [data-testid="ticket-code"]`,
    ))!.trim();
    expect(codes.an).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    await expectCount(dashboard, 'registered', 2);

    await page.click(`[data-testid="print-${people.an}"]`);
    await page.waitForURL(`**/tickets/${codes.an}?print`);
    expect(await page.textContent('[data-testid="ticket-code"]')).toBe(codes.an);
    expect(await page.locator('[data-testid="ticket"] svg').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // Printed on A6: the ticket alone fits the first page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  it('the organizer checks one person in by code and the other while the connection is down', async () => {
    await admin.goto(`${t.url}/admin/fairs/${fairId}`);
    await admin.click('[data-testid="move-live"]');
    await admin.waitForURL(/done=moved/);

    const { page, context } = await pageAs('tochuc@e2e-fair.vn', { viewport: { width: 412, height: 860 } });
    await page.goto(`${t.url}/organizer/fairs/${fairId}`);
    await expect.poll(() => page.getAttribute('[data-testid="connection"]', 'data-online')).toBe('true');
    await page.fill('#ticket-code', codes.an.toLowerCase());
    await page.click('[data-testid="checkin-code"]');
    await expect
      .poll(() => page.getAttribute('[data-testid="checkin-result"]', 'data-status'))
      .toBe('checked-in');
    expect(await page.textContent('[data-testid="checkin-result"]')).toContain('Đỗ Văn An');
    await expect.poll(() => page.getAttribute('[data-testid="pending"]', 'data-count')).toBe('0');
    await expectCount(dashboard, 'checkedIn', 1);

    await context.setOffline(true);
    await expect.poll(() => page.getAttribute('[data-testid="connection"]', 'data-online')).toBe('false');
    await page.fill('[data-testid="door-search"]', 'binh');
    await page.locator('[data-testid="search-results"] button').first().click();
    await expect
      .poll(() => page.getAttribute('[data-testid="checkin-result"]', 'data-status'))
      .toBe('checked-in');
    expect(await page.getAttribute('[data-testid="pending"]', 'data-count')).toBe('1');
    expect(await checkinModel(t.app.db.connection).countDocuments({ fairId })).toBe(1);

    await context.setOffline(false);
    await expect
      .poll(() => page.getAttribute('[data-testid="pending"]', 'data-count'), { timeout: 15_000 })
      .toBe('0');
    await expectCount(dashboard, 'checkedIn', 2);
    expect(await checkinModel(t.app.db.connection).countDocuments({ fairId })).toBe(2);
  });

  it('both join the booth queue: one from the phone, one at the door', async () => {
    const { page: phone } = await pageAs(undefined, { viewport: { width: 390, height: 844 } });
    await phone.goto(`${t.url}/tickets/${codes.an}`);
    expect(await phone.textContent('[data-testid="ticket-checked-in"]')).toContain('Đã vào cửa');
    await phone.click('[data-testid="join-12"]');
    await phone.waitForSelector('[data-testid="queue-12"]');
    expect(await phone.textContent('[data-testid="queue-12"]')).toContain('Thứ 1 trong hàng');

    const { page: door } = await pageAs('tochuc@e2e-fair.vn');
    await door.goto(`${t.url}/organizer/fairs/${fairId}`);
    await door.fill('#queue-code', codes.binh);
    await door.locator('[data-testid="queue-form"] input[name="boothIds"]').first().check();
    await door.click('[data-testid="queue-submit"]');
    await door.waitForSelector('[data-testid="queue-done"]');
    await expectCount(dashboard, 'inQueue', 2);
    await expect
      .poll(() => dashboard.textContent('[data-testid="booth-row-12"] [data-testid="queue-length"]'))
      .toBe('2');
  });

  it('the booth calls them in turn and records "hired" for one', async () => {
    const { page: booth } = await pageAs('tuyendung@e2e-fair.vn', { viewport: { width: 1024, height: 768 } });
    await booth.goto(`${t.url}/employer/booths`);
    await booth.click('a[href^="/booth/"]');
    await booth.waitForURL(/\/booth\/[a-f0-9]{24}/);
    await booth.click('[data-testid="call-next"]');
    await booth.waitForSelector('[data-testid="serving"]');
    // The booth sees the number, never the name.
    expect(await booth.textContent('[data-testid="serving-number"]')).toBe('Số 1');
    expect(await booth.textContent('main')).not.toContain('Đỗ Văn An');
    await expectCount(dashboard, 'atBooths', 1);
    await booth.click('[data-testid="outcome-hired"]');
    await booth.waitForSelector('[data-testid="call-next"]');
    await expectCount(dashboard, 'hired', 1);
    await expect
      .poll(() => dashboard.textContent('[data-testid="ticker"]'))
      .toContain('Gian 12 — Công ty May Sông Hồng');

    await booth.click('[data-testid="call-next"]');
    await booth.waitForSelector('[data-testid="serving"]');
    expect(await booth.textContent('[data-testid="serving-number"]')).toBe('Số 2');
    await booth.click('[data-testid="outcome-not-suitable"]');
    await booth.click('button[name="reason"][value="schedule-mismatch"]');
    await booth.waitForSelector('[data-testid="call-next"]');
    await expectCount(dashboard, 'interviewed', 2);
    await expectCount(dashboard, 'hired', 1);
  });

  it('the report shows 2 registered, 2 attended, 1 hired; the counselor has a 30-day follow-up', async () => {
    await admin.goto(`${t.url}/fairs/${fairId}/report`);
    expect(await admin.textContent('[data-testid="total-registered"]')).toBe('2');
    expect(await admin.textContent('[data-testid="total-attended"]')).toBe('2');
    expect(await admin.textContent('[data-testid="total-hired"]')).toBe('1');
    expect(await admin.textContent('main')).not.toContain('Đỗ Văn An');

    const { page } = await pageAs('canbo@e2e-fair.vn');
    const tasks = await page.request.get(`${t.url}/api/tasks`);
    const list = (await tasks.json()) as { kind: string; returneeId: string; dueOn: string }[];
    const followUp = list.find((task) => task.kind === 'fair-follow-up-30');
    expect(followUp?.returneeId).toBe(people.an);
    expect(followUp?.dueOn).toBe(daysFromNow(30));
  });

  it('the hall screen shows the figures without names or controls', async () => {
    await admin.goto(`${t.url}/admin/fairs/${fairId}`);
    const screenUrl = (await admin.getAttribute('[data-testid="screen-link"]', 'href'))!;
    const { page } = await pageAs(undefined, { viewport: { width: 1920, height: 1080 } });
    await page.goto(screenUrl);
    await expectCount(page, 'hired', 1);
    const text = (await page.textContent('body')) ?? '';
    for (const name of ['Đỗ Văn An', 'Vũ Thị Bình', codes.an, codes.binh]) expect(text).not.toContain(name);
    expect(await page.locator('main button, main form, main input, main a').count()).toBe(0);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });
});

describe('check-in while the hall is offline', () => {
  it('three people checked in offline are counted once each after the connection returns', async () => {
    const admin = await signIn(t, 'quantri@e2e-fair.vn');
    const fairId = await createOpenFair(
      admin,
      { name: 'Phiên chợ mất mạng', date: daysFromNow(0) },
      'registration',
    );
    await admin
      .put(`/api/fairs/${fairId}/organizers`)
      .send({ organizerIds: [organizerId] })
      .expect(200);
    const counselor = await signIn(t, 'canbo@e2e-fair.vn');
    const names = ['Lý Văn Cường', 'Mai Thị Dung', 'Tạ Văn Em'];
    const codes: string[] = [];
    for (const name of names) {
      const id = await createReturnee(t, { displayName: name, provinceCode: '24', counselorId });
      const res = await counselor
        .post(`/api/fairs/${fairId}/registrations`)
        .send({ returneeId: id, confirmed: true })
        .expect(201);
      codes.push(res.body.ticketCode);
    }
    await admin.post(`/api/fairs/${fairId}/status`).send({ status: 'live' }).expect(200);

    const { page, context } = await pageAs('tochuc@e2e-fair.vn', { viewport: { width: 412, height: 860 } });
    await page.goto(`${t.url}/organizer/fairs/${fairId}`);
    await expect.poll(() => page.getAttribute('[data-testid="connection"]', 'data-online')).toBe('true');
    await context.setOffline(true);
    await expect.poll(() => page.getAttribute('[data-testid="connection"]', 'data-online')).toBe('false');
    for (const code of codes) {
      await page.fill('#ticket-code', code);
      await page.click('[data-testid="checkin-code"]');
      await expect
        .poll(() => page.getAttribute('[data-testid="checkin-result"]', 'data-status'))
        .toBe('checked-in');
    }
    // The same ticket again at the door, still offline: the device already knows.
    await page.fill('#ticket-code', codes[0]!);
    await page.click('[data-testid="checkin-code"]');
    await expect
      .poll(() => page.getAttribute('[data-testid="checkin-result"]', 'data-status'))
      .toBe('already');
    expect(await page.getAttribute('[data-testid="pending"]', 'data-count')).toBe('3');
    expect(await checkinModel(t.app.db.connection).countDocuments({ fairId })).toBe(0);

    await context.setOffline(false);
    await expect
      .poll(() => page.getAttribute('[data-testid="pending"]', 'data-count'), { timeout: 15_000 })
      .toBe('0');
    // A second device that queued the same three while offline syncs them too: still three.
    const second = await signIn(t, 'tochuc@e2e-fair.vn');
    const replay = await second
      .post(`/api/fairs/${fairId}/checkins`)
      .send({ items: codes.map((code) => ({ code, at: new Date().toISOString() })) })
      .expect(200);
    expect(replay.body.items.map((i: { status: string }) => i.status)).toEqual([
      'already',
      'already',
      'already',
    ]);
    expect(await checkinModel(t.app.db.connection).countDocuments({ fairId })).toBe(3);
    const snapshot = await admin.get(`/api/fairs/${fairId}/dashboard`).expect(200);
    expect(snapshot.body.state.counts.checkedIn).toBe(3);
  });
});
