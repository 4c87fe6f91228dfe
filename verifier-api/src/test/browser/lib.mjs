// Shared by the browser tests: launch the system Chromium (never a downloaded one), read the
// settings BrowserIT passes in environment variables, take screenshots, fail with a message.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM = process.env.ZZ_CHROMIUM ?? '/usr/bin/chromium';

/** An environment variable the test cannot run without. */
export function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (BrowserIT sets it)`);
  return value;
}

export const baseUrl = () => setting('ZZ_BASE_URL').replace(/\/$/, '');

/** Chromium, headless, with the network-quiet flags; fakeVideo is a .y4m file for the fake camera. */
export async function launch({ fakeVideo } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install the Debian package "chromium"`);
  }
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ];
  if (fakeVideo) args.push(`--use-file-for-fake-video-capture=${fakeVideo}`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/** A page that fails the test on uncaught page errors and reports console messages by level only. */
export async function openPage(browser, { width = 390, height = 844, grantCamera = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    permissions: grantCamera ? ['camera'] : [],
  });
  const page = await context.newPage();
  const errors = [];
  const logged = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => {
    logged.push(msg.text());
    console.log(`  [browser ${msg.type()}] ${msg.text()}`);
  });
  page.pageErrors = errors;
  page.consoleTexts = logged;
  return page;
}

/** The pages never write personal data to the console: none of values appears there. */
export function assertNotLogged(page, ...values) {
  for (const value of values.filter(Boolean)) {
    assert(!page.consoleTexts.some((text) => text.includes(value)), 'personal data was written to the console');
  }
}

export function artifacts() {
  const dir = process.env.ZZ_ARTIFACTS ?? join(process.cwd(), 'browser-artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function shot(page, name) {
  const file = join(artifacts(), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  screenshot ${file}`);
}

export function assert(condition, text) {
  if (!condition) throw new Error(`assertion failed: ${text}`);
}

/** Runs the named steps, printing each; exit code 1 on the first failure (after a screenshot). */
export async function run(name, body) {
  const started = Date.now();
  let browser;
  try {
    await body((b) => (browser = b));
    console.log(`${name}: passed in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(`${name}: FAILED: ${error.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
  }
}

/**
 * On holder.html: signs in as the demo holder named ZZ_HOLDER_NAME, or else as the first one who
 * has licences; answers the first licence card.
 */
export async function signInHolderWithLicences(page) {
  const holders = page.locator('#holder-list button');
  await holders.first().waitFor({ timeout: 15_000 });
  const wanted = process.env.ZZ_HOLDER_NAME;
  const count = wanted ? 1 : await holders.count();
  const card = page.locator('#licences .licence-card').first();
  for (let i = 0; i < count; i++) {
    await (wanted ? holders.filter({ hasText: wanted }).first() : holders.nth(i)).click();
    await page.locator('#licences > li').first().waitFor({ timeout: 15_000 });
    if ((await card.count()) > 0) return card;
    await page.click('#sign-out');
    await holders.first().waitFor({ timeout: 15_000 });
  }
  throw new Error('no demo holder with licences could sign in');
}
