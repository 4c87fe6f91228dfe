// The public check: paste a licence's QR text into verify.html and see a masked VALID verdict,
// in Chinese and, after the toggle, in English.
import { assert, assertNotLogged, baseUrl, launch, openPage, run, setting, shot } from './lib.mjs';

await run('public verify', async (keep) => {
  const qr = setting('ZZ_VALID_QR');
  const holderName = process.env.ZZ_VALID_HOLDER_NAME;
  const browser = keep(await launch());
  const page = await openPage(browser);
  await page.goto(`${baseUrl()}/verify.html`);
  await page.fill('#qr-text', qr);
  await page.click('#text-submit');
  const verdict = page.locator('#verdict .verdict[data-outcome]');
  await verdict.waitFor({ timeout: 20_000 });
  assert((await verdict.getAttribute('data-outcome')) === 'VALID', 'the verdict is VALID');
  assert((await page.locator('#verdict').getAttribute('aria-live')) === 'polite', 'the verdict region is aria-live polite');
  const text = await page.locator('#verdict').innerText();
  assert(text.includes('有效'), `the verdict says 有效: ${text.split('\n')[0]}`);
  assert(text.includes('*'), 'the holder is masked');
  if (holderName) assert(!text.includes(holderName), 'the full holder name is not shown');
  await shot(page, 'public-verify-valid-zh');

  await page.click('#lang-toggle');
  await page.locator('#verdict .verdict__word', { hasText: 'VALID' }).waitFor({ timeout: 5_000 });
  assert((await page.locator('html').getAttribute('lang')) === 'en', 'the page language is en after the toggle');
  await shot(page, 'public-verify-valid-en');

  await page.fill('#qr-text', 'not a licence');
  await page.click('#text-submit');
  await page.locator('#verdict .verdict[data-outcome="INVALID"]').waitFor({ timeout: 20_000 });
  const reason = await page.locator('#verdict .verdict__reason').getAttribute('data-reason');
  assert(reason === 'bad-prefix', `garbage is refused with bad-prefix, got ${reason}`);
  assert(page.pageErrors.length === 0, `no page errors: ${page.pageErrors.join('; ')}`);
  assertNotLogged(page, holderName, qr);
});
