// The hall scans with the camera: Chromium's fake camera plays a Y4M video of a licence QR, the
// page sends frames to /api/v1/verify/image until the QR is read, and shows the verdict: VALID
// for a valid licence (and offers the "use licence data" form), INVALID with the revoked reason
// for a revoked one. A denied camera gives a clear message and leaves the other inputs usable.
import { assert, assertNotLogged, baseUrl, launch, openPage, run, setting, shot } from './lib.mjs';

async function scan(keep, video, name) {
  const browser = keep(await launch({ fakeVideo: video }));
  const page = await openPage(browser, { grantCamera: true });
  await page.goto(`${baseUrl()}/hall.html`);
  await page.fill('#hall-key', setting('ZZ_HALL_KEY'));
  await page.click('#key-save');
  await page.locator('#key-status .message--success').waitFor({ timeout: 5_000 });
  const started = Date.now();
  await page.click('#camera-toggle');
  const verdict = page.locator('#verdict .verdict[data-outcome]');
  await verdict.waitFor({ timeout: 45_000 });
  console.log(`  ${name}: QR read from the camera in ${Date.now() - started} ms`);
  await shot(page, `hall-scan-${name}`);
  const outcome = await verdict.getAttribute('data-outcome');
  const reasons = page.locator('#verdict .verdict__reason');
  const reason = (await reasons.count()) > 0 ? await reasons.getAttribute('data-reason') : null;
  assert(page.pageErrors.length === 0, `no page errors: ${page.pageErrors.join('; ')}`);
  const facts = await page.locator('#verdict .facts dd').allInnerTexts();
  assertNotLogged(page, ...facts);
  return { browser, page, outcome, reason };
}

await run('hall scan', async (keep) => {
  const valid = await scan(keep, setting('ZZ_VALID_Y4M'), 'valid');
  assert(valid.outcome === 'VALID', `the valid licence's verdict is VALID, got ${valid.outcome}`);
  assert(await valid.page.locator('#use-panel').isVisible(), 'the "use licence data" form is offered after VALID');
  const scanned = await valid.page.locator('#use-licence').inputValue();
  assert(scanned === setting('ZZ_VALID_ID'), `the form carries the scanned licence id, got ${scanned}`);
  assert(!(await valid.page.locator('#camera-video').isVisible()), 'the camera stops once the QR was read');
  await valid.page.setViewportSize({ width: 1280, height: 900 });
  await shot(valid.page, 'hall-scan-valid-desktop');
  await valid.browser.close();
  console.log('  valid licence: VALID');

  const revoked = await scan(keep, setting('ZZ_REVOKED_Y4M'), 'revoked');
  assert(revoked.outcome === 'INVALID', `the revoked licence's verdict is INVALID, got ${revoked.outcome}`);
  assert(revoked.reason === 'revoked', `the first failing reason is revoked, got ${revoked.reason}`);
  const sentence = await revoked.page.locator('#verdict .verdict__reason').innerText();
  assert(sentence.includes('吊销'), `the reason is a sentence about revocation: ${sentence}`);
  assert(!(await revoked.page.locator('#use-panel').isVisible()), 'no "use licence data" form after INVALID');
  await revoked.browser.close();
  console.log('  revoked licence: INVALID (revoked)');

  // camera denied: a clear message, and the photo input takes the focus
  const browser = keep(await launch());
  const page = await openPage(browser);
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto(`${baseUrl()}/hall.html`);
  await page.fill('#hall-key', setting('ZZ_HALL_KEY'));
  await page.click('#key-save');
  await page.click('#camera-toggle');
  await page.locator('#camera-status .message--error').waitFor({ timeout: 5_000 });
  const denied = await page.locator('#camera-status').innerText();
  assert(denied.includes('拒绝'), `the denial is explained: ${denied}`);
  assert(await page.evaluate(() => document.activeElement?.id === 'photo-input'), 'the photo input has the focus');
  assert(!(await page.locator('#verdict').innerText()).includes('正在处理'), 'the verdict region does not claim to be working');
  await shot(page, 'hall-camera-denied');

  // and the pasted text still works
  await page.fill('#qr-text', setting('ZZ_REVOKED_QR'));
  await page.click('#text-submit');
  await page.locator('#verdict .verdict[data-outcome="INVALID"]').waitFor({ timeout: 20_000 });
  console.log('  camera denied: message shown, pasted text verified');
});
