import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack, type WebStack } from './testing/start-web-stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

if (!HAVE_CHROMIUM) {
  console.warn(
    `web-chat.browser.test: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

/** Chromium with a fresh profile (`--user-data-dir`, which Playwright sets from the first argument). */
async function launch(): Promise<{ browser: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'maitre-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, profile };
}

/** The number of finished bot messages on the page. */
const botMessages = (page: Page) =>
  page.locator('#log li.msg-bot[aria-busy="false"], #log li.msg-bot:not([aria-busy])').count();

async function waitForReply(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('#log li.msg-bot').length > n &&
      document.querySelectorAll('#log li.msg-bot[aria-busy="true"]').length === 0,
    before,
  );
}

/** Types a message and presses Enter, then waits for the whole reply. */
async function say(page: Page, text: string): Promise<void> {
  const before = await botMessages(page);
  await page.getByLabel('Your message').fill(text);
  await page.getByLabel('Your message').press('Enter');
  await waitForReply(page, before);
}

/** Clicks a quick-reply chip, then waits for the whole reply. */
async function tap(page: Page, label: string): Promise<void> {
  const before = await botMessages(page);
  await page.locator('#log .chips').getByRole('button', { name: label, exact: true }).click();
  await waitForReply(page, before);
}

describe.skipIf(!HAVE_CHROMIUM)('web chat in Chromium, against the real bot and backend', () => {
  let stack: WebStack;
  let browser: BrowserContext;
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startWebStack();
    ({ browser, profile } = await launch());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('orders a meal, shows a live status push, and keeps the conversation across a reload', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
    });

    await page.goto(`${stack.url}/`);
    await expect(page.title()).resolves.toBe('Spice Route');
    const input = page.getByLabel('Your message');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.waitForFunction(() => localStorage.getItem('maitre.chat.session') !== null);

    // The menu, with diet and allergen badges and prices.
    await say(page, 'show me the menu');
    const menu = page.locator('#log .card-items').last();
    await expect(menu.locator('.item').count()).resolves.toBeGreaterThan(2);
    await expect(menu.locator('.badge-diet').count()).resolves.toBeGreaterThan(0);
    await expect(menu.locator('.badge-allergen').count()).resolves.toBeGreaterThan(0);
    await expect(menu.locator('.price').first().textContent()).resolves.toMatch(/^\$\d+\.\d{2}$/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-menu.png') });
    const hidden = await menu.locator('.item[hidden]').count();
    if (hidden > 0) {
      await menu.getByRole('button', { name: /^Show all \d+$/ }).click();
      await expect(menu.locator('.item[hidden]').count()).resolves.toBe(0);
    }

    // A chip and a typed order; the side panel follows the cart.
    await tap(page, 'Add Samosa');
    await expect(page.locator('#log .msg-bot').last().textContent()).resolves.toContain('Samosa');
    await say(page, 'two paneer tikka please');
    await expect(page.locator('#panel').textContent()).resolves.toContain('Paneer Tikka');
    await expect(page.locator('#panel .totals-total').textContent()).resolves.toMatch(/Total\$\d+\.\d{2}/);

    // Checkout: chips and typed answers.
    await tap(page, 'Check out');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Keyboard only: Shift+Tab from the input reaches the last suggested reply; Enter sends it.
    const repliesBefore = await botMessages(page);
    await input.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Pickup');
    await page.keyboard.press('Enter');
    await waitForReply(page, repliesBefore);
    await expect(page.locator('#log .msg-user').last().textContent()).resolves.toContain('Pickup');
    await say(page, 'Priya');
    await say(page, '555 123 4567');
    await tap(page, 'Card');
    await tap(page, 'Skip');
    const summary = page.locator('#log .card-summary').last();
    await expect(summary.textContent()).resolves.toContain('Priya');
    await tap(page, 'Yes, place it');

    // The placed order: a payment link that opens in a new tab, the order in the panel.
    const pay = page.locator('#log a.button-pay').last();
    await expect(pay.getAttribute('target')).resolves.toBe('_blank');
    await expect(pay.getAttribute('href')).resolves.toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
    await expect(pay.textContent()).resolves.toMatch(/^Pay \$\d+\.\d{2}/);
    const orderId = await page.locator('#panel [data-order-id]').getAttribute('data-order-id');
    expect(orderId).toBeTruthy();
    await expect(page.locator('#panel .status-pill').getAttribute('data-status')).resolves.toBe('placed');
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-order-placed.png') });

    // The restaurant advances the order: the pushes appear live, once each.
    await stack.advanceOrder(orderId!, 'paid');
    await stack.advanceOrder(orderId!, 'preparing');
    const preparing = page.locator('#log .msg-notice', { hasText: 'being prepared' });
    await preparing.waitFor({ timeout: 15_000 });
    await page.locator('#panel .status-pill[data-status="preparing"]').waitFor();
    await expect(page.locator('#log .msg-notice', { hasText: 'Payment received' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-status-push.png') });

    // A reload keeps the conversation, the order and the pushes (not duplicated).
    // What was said, in order, and which cards were shown (a long menu folds again: compare its items).
    const transcript = async () => ({
      texts: await page.locator('#log > li .text').allTextContents(),
      cards: await page.locator('#log .card').evaluateAll((cards) => cards.map((c) => c.className)),
      items: await page.locator('#log .item-name').allTextContents(),
    });
    const before = await transcript();
    expect(before.texts.length).toBeGreaterThan(15);
    await page.reload();
    await page.locator('#panel .status-pill[data-status="preparing"]').waitFor();
    const after = await transcript();
    expect(after).toEqual(before);
    await expect(preparing.count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-after-reload.png'), fullPage: true });

    // A push that arrives after the reload still shows, live.
    await stack.advanceOrder(orderId!, 'ready');
    await page.locator('#log .msg-notice', { hasText: 'ready' }).waitFor({ timeout: 15_000 });

    // Dark scheme and reduced motion.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-dark.png') });
    await expect(
      page
        .locator('.typing-dots span')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).resolves.toBe('none');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });

    // The same page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-mobile.png') });

    // A new conversation starts empty with a new session.
    const oldSession = await page.evaluate(() => localStorage.getItem('maitre.chat.session'));
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.waitForFunction(
      (old) =>
        localStorage.getItem('maitre.chat.session') !== null &&
        localStorage.getItem('maitre.chat.session') !== old,
      oldSession,
    );
    await expect(page.locator('#log > li').count()).resolves.toBe(0);
    await expect(page.locator('#panel').textContent()).resolves.toContain('cart is empty');

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows a kind message when rate limited, and keeps the text to send again', async () => {
    const limited = await startWebStack({ RATE_LIMIT_PER_SESSION: '2' });
    const page = await browser.newPage();
    try {
      // A saved session the server no longer knows: a new one starts, and the page says so kindly.
      await page.goto(`${limited.url}/`);
      await page.waitForFunction(() => localStorage.getItem('maitre.chat.session') !== null);
      await page.evaluate(() =>
        localStorage.setItem('maitre.chat.session', '{"sessionId":"s_gone","token":"tk_gone"}'),
      );
      await page.reload();
      await page.locator('#alert.alert-info', { hasText: 'expired' }).waitFor();
      await page.waitForFunction(() => !localStorage.getItem('maitre.chat.session')?.includes('s_gone'));

      await say(page, 'hello');
      await say(page, 'show me the menu');
      await page.getByLabel('Your message').fill('two samosas');
      await page.getByLabel('Your message').press('Enter');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(
        /^You're sending messages quickly; try again in \d+ seconds?\.$/,
      );
      await expect(page.getByLabel('Your message').inputValue()).resolves.toBe('two samosas');
      await expect(page.locator('#log .msg-user').count()).resolves.toBe(2);
      await page.screenshot({ path: join(ARTIFACTS, 'web-chat-rate-limited.png') });
    } finally {
      await page.close();
      await limited.close();
    }
  }, 60_000);
});
