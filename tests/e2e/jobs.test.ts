import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../server/src/lib/csv';
import { DEMO_PASSWORD } from '../../server/src/modules/accounts/seed';
import { IMPORT_COLUMNS } from '../../server/src/modules/postings/import';
import { postingModel } from '../../server/src/modules/postings/model';
import { seedDemoData } from '../../server/src/seed';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';
import { daysFromNow } from '../helpers/postings';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
  await seedDemoData(t.app);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signInAs(page: Page, email: string) {
  await page.goto(`${t.url}/sign-in`);
  await page.fill('#identifier', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid="sign-in-form"] button[type="submit"]');
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

describe('job board in Chromium', () => {
  it('a visitor searches as they type, filters by province and opens a posting', async () => {
    const page = await browser.newPage();
    let javascriptBytes = 0;
    page.on('response', async (response) => {
      if (response.url().endsWith('.js'))
        javascriptBytes += Number(response.headers()['content-length'] ?? 0);
    });
    await page.goto(`${t.url}/jobs`);
    expect(await page.textContent('h1')).toBe('Tìm việc làm');
    await page.waitForSelector('[data-testid="job-card"]');

    await page.fill('#jobs-q', 'tho han');
    await page.waitForURL(/q=tho\+han/);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="job-card"] h3')?.textContent?.toLowerCase().includes('hàn'),
    );
    const firstTitle = await page.textContent('[data-testid="job-card"] h3');
    expect(firstTitle?.toLowerCase()).toContain('hàn');
    expect(await page.innerHTML('[data-testid="job-card"] h3')).toContain('<mark>');

    // Filters are folded away on a phone-sized screen: open them, then choose Bắc Ninh.
    if (!(await page.isVisible('[data-testid="filter-province"]'))) await page.click('summary');
    await page.selectOption('[data-testid="filter-province"]', '24');
    await page.waitForURL(/province=24/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="job-card"] .meta')].every((el) =>
        el.textContent?.includes('Bắc Ninh'),
      ),
    );
    const wage = await page.textContent('[data-testid="job-wage"]');
    expect(wage).toMatch(/^\d{1,3}(\.\d{3})+ – \d{1,3}(\.\d{3})+ ₫\/tháng$/);

    // The URL carries the whole search: open it fresh and get the same results.
    const shared = page.url();
    const again = await browser.newPage();
    await again.goto(shared);
    expect(await again.textContent('[data-testid="job-count"]')).toBe(
      await page.textContent('[data-testid="job-count"]'),
    );
    await again.close();

    await Promise.all([
      page.waitForURL(/\/jobs\/[a-f0-9]{24}$/),
      page.click('[data-testid="job-card"] h3 a'),
    ]);
    await page.waitForSelector('[data-testid="job-detail"]');
    expect(await page.textContent('[data-testid="job-detail"] h1')).toContain('hàn');
    expect(await page.textContent('[data-testid="job-detail"]')).toContain('Bắc Ninh');
    // Well under the 150 KB of JavaScript the board may cost on a cheap phone.
    expect(javascriptBytes).toBeGreaterThan(0);
    expect(javascriptBytes).toBeLessThan(150 * 1024);
    await page.close();
  });

  it('works without JavaScript: the search form is a plain GET form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/jobs`);
    await page.fill('#jobs-q', 'bao ve');
    await Promise.all([page.waitForURL(/q=bao\+ve/), page.press('#jobs-q', 'Enter')]);
    expect(await page.textContent('[data-testid="job-card"] h3')).toMatch(/bảo vệ/i);
    await page.goto(`${t.url}/jobs?q=xyzxyz+khong+co`);
    expect(await page.textContent('.empty')).toContain('Chưa có việc nào');
    await context.close();
  });

  it('an employer creates a posting, an admin approves it, and it shows up in search', async () => {
    const employerPage = await browser.newPage();
    await signInAs(employerPage, 'tuyendung@maysonghong.demo.vn');
    await employerPage.goto(`${t.url}/employer`);
    expect(await employerPage.getAttribute('[data-testid="employer-status"]', 'data-verified')).toBe('true');
    await Promise.all([
      employerPage.waitForURL(/\/employer\/postings\/new$/),
      employerPage.click('[data-testid="new-posting"]'),
    ]);

    await employerPage.fill('#title', 'Công nhân là ủi thành phẩm');
    // The typeahead finds the occupation without accents.
    await employerPage.fill('[data-testid="occupation-search"]', 'cong nhan may');
    await employerPage.click('.matches button');
    expect(await employerPage.inputValue('#occupationCode')).toBe('8153');
    await employerPage.fill('#description', 'Là ủi quần áo thành phẩm tại xưởng may, được hướng dẫn từ đầu.');
    await employerPage.fill('#requiredSkills', 'Là, ủi quần áo');
    await employerPage.selectOption('#provinceCode', '24');
    await employerPage.selectOption('#communeCode', '09187');
    // Below the region I minimum of Kinh Bắc ward: the API's message is shown next to the field.
    await employerPage.fill('#wageMin', '5000000');
    await employerPage.fill('#wageMax', '7000000');
    await employerPage.fill('#vacancies', '4');
    await employerPage.fill('#deadline', daysFromNow(20));
    await employerPage.check('input[name="benefits"][value="meals"]');
    await employerPage.click('[data-testid="save-posting"]');
    await employerPage.waitForSelector('.field.invalid .error');
    expect(await employerPage.textContent('.field.invalid .error')).toContain(
      'Lương tối thiểu vùng I là 5.310.000 ₫/tháng',
    );
    expect(await employerPage.inputValue('#title')).toBe('Công nhân là ủi thành phẩm');

    await employerPage.fill('#wageMin', '6500000');
    await Promise.all([
      employerPage.waitForURL(/\/employer\/postings\/[a-f0-9]{24}\?done=created$/),
      employerPage.click('[data-testid="save-posting"]'),
    ]);
    const postingId = /postings\/([a-f0-9]{24})/.exec(employerPage.url())![1]!;
    await employerPage.click('[data-testid="submit-posting"]');
    await employerPage.waitForFunction(
      () => document.querySelector('[data-testid="posting-status"]')?.textContent === 'Chờ duyệt',
    );

    const adminPage = await browser.newPage();
    await signInAs(adminPage, 'quantri.bacninh@demo.chotinhnguoi.vn');
    await adminPage.goto(`${t.url}/admin/postings`);
    await adminPage.waitForSelector(`[data-testid="moderate-${postingId}"]`);
    await adminPage.click(`[data-testid="approve-${postingId}"]`);
    await adminPage.waitForSelector('.notice.ok');
    expect(await adminPage.textContent('.notice.ok')).toContain('Công nhân là ủi thành phẩm');

    const visitor = await browser.newPage();
    await visitor.goto(`${t.url}/jobs?q=la+ui+thanh+pham`);
    expect(await visitor.textContent('[data-testid="job-card"] h3')).toContain('Công nhân là ủi thành phẩm');
    expect(await visitor.textContent('[data-testid="job-card"] [data-testid="job-wage"]')).toBe(
      '6.500.000 – 7.000.000 ₫/tháng',
    );
    await Promise.all([employerPage.close(), adminPage.close(), visitor.close()]);
  });

  it('an employer imports a spreadsheet, and the same file a second time only on purpose', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'tuyendung@maysonghong.demo.vn');
    const header = IMPORT_COLUMNS.map((c) => c.header);
    const row = (title: string) => IMPORT_COLUMNS.map((c) => (c.key === 'title' ? title : c.example));
    const file = {
      name: 'tin-tuyen-dung.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv(header, [row('Thợ hàn nhập từ tệp'), row('Thợ tiện nhập từ tệp')]), 'utf8'),
    };
    const Posting = postingModel(t.app.db.connection);
    const before = await Posting.countDocuments({ title: /nhập từ tệp$/ });

    await page.goto(`${t.url}/employer/import`);
    await page.setInputFiles('#file', file);
    await Promise.all([page.waitForURL(/done=imported-2/), page.click('[data-testid="import-submit"]')]);
    expect(await page.textContent('main')).toContain('Đã nhập 2 tin.');

    // The same file again: nothing added, the page says when it was imported and offers a deliberate repeat.
    await page.goto(`${t.url}/employer/import`);
    expect(await page.isVisible('[data-testid="import-again"]')).toBe(false);
    await page.setInputFiles('#file', file);
    await page.click('[data-testid="import-submit"]');
    await page.waitForSelector('[data-testid="import-again"]');
    expect(await page.textContent('main')).toMatch(/đã được nhập lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}; 2 tin/);
    expect(await Posting.countDocuments({ title: /nhập từ tệp$/ })).toBe(before + 2);

    // The file is still chosen: tick the box and upload again.
    await page.check('[data-testid="import-again"]');
    await Promise.all([page.waitForURL(/done=imported-2/), page.click('[data-testid="import-submit"]')]);
    expect(await Posting.countDocuments({ title: /nhập từ tệp$/ })).toBe(before + 4);
    await page.close();
  });

  it('shows a company page with its badges and open postings', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/employers/65b000000000000000000003`);
    expect(await page.textContent('h1')).toBe('Công ty TNHH Kết cấu Thép Yên Phong');
    expect(await page.isVisible('[data-testid="badge-fair-chance"]')).toBe(true);
    expect(await page.locator('[data-testid="job-card"]').count()).toBeGreaterThan(3);
    await page.close();
  });
});
