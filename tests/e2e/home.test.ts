import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('home page in Chromium', () => {
  it('shows the Vietnamese home page (even to an English browser) and switches to English and back', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(t.url);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('h1')).toBe('Việc làm tử tế, khởi đầu mới');

    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toBe('Decent work, a fresh start');

    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    expect(await page.textContent('h1')).toBe('Việc làm tử tế, khởi đầu mới');
    await page.close();
  });

  it('serves the same page to a browser without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(t.url);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('Việc làm tử tế, khởi đầu mới');
    await page.click('[data-testid="lang-switch"]');
    expect(await page.textContent('h1')).toBe('Decent work, a fresh start');
    await context.close();
  });
});
