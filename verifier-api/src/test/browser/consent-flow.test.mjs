// The whole holder flow through the pages (docs/holder-flow.md): the holder grants the hall the
// use of a licence for one service item and case and shows the presentation QR; the hall
// photographs the phone's screen (a screenshot of the QR picture, uploaded as a photo), gets a
// VALID verdict with the presentation check, and receives the item's fields with signed
// evidence; the holder sees the use in the access log; after the holder withdraws the grant the
// hall is refused with no-active-grant.
import { assert, assertNotLogged, baseUrl, launch, openPage, run, setting, shot, signInHolderWithLicences } from './lib.mjs';

await run('consent flow', async (keep) => {
  const hallCode = setting('ZZ_HALL_CODE');
  const caseNumber = `BROWSER-${Date.now()}`;
  const browser = keep(await launch());

  // holder: sign in as the first demo holder with licences
  const holder = await openPage(browser);
  await holder.goto(`${baseUrl()}/holder.html`);
  const card = await signInHolderWithLicences(holder);
  const licenceId = await card.getAttribute('data-licence-id');

  // holder: grant the hall the use of the licence for the first service item and a new case
  await card.locator('button', { hasText: '授权使用' }).click();
  await holder.fill('#grant-hall', hallCode);
  const item = await holder.locator('#grant-item option').first().getAttribute('value');
  assert(item, 'the service items are offered');
  await holder.selectOption('#grant-item', item);
  await holder.fill('#grant-case', caseNumber);
  await holder.click('#grant-submit');
  await holder.locator('#grant-status .message--success').waitFor({ timeout: 10_000 });
  const grant = holder.locator('#grants .grant[data-state="ACTIVE"]', { hasText: caseNumber });
  await grant.waitFor({ timeout: 10_000 });

  // holder: 亮证
  await card.locator('button.show-qr').click();
  const qr = holder.locator('#presentation-qr');
  await qr.waitFor({ state: 'visible', timeout: 15_000 });
  await holder.waitForFunction(() => document.getElementById('presentation-qr').naturalWidth > 0);
  const photo = await qr.screenshot();
  await shot(holder, 'flow-holder-presentation');

  // hall: the photo of the phone's screen, then the verdict
  const hall = await openPage(browser, { width: 1280, height: 900 });
  await hall.goto(`${baseUrl()}/hall.html`);
  await hall.fill('#hall-key', setting('ZZ_HALL_KEY'));
  await hall.click('#key-save');
  await hall.setInputFiles('#photo-input', { name: 'phone.png', mimeType: 'image/png', buffer: photo });
  await hall.click('#photo-submit');
  const verdict = hall.locator('#verdict .verdict[data-outcome]');
  await verdict.waitFor({ timeout: 20_000 });
  const checks = await hall.locator('#verdict .checks').textContent();
  assert((await verdict.getAttribute('data-outcome')) === 'VALID', `the presentation verifies VALID: ${checks}`);
  assert(checks.includes('presentation'), 'the presentation was checked');
  assert((await hall.locator('#use-licence').inputValue()) === licenceId, 'the hall form carries the presented licence');

  // hall: use the licence data within the grant
  await hall.selectOption('#use-item', item);
  await hall.fill('#use-case', caseNumber);
  await hall.click('#use-submit');
  await hall.locator('#evidence-received').waitFor({ timeout: 10_000 });
  assert((await hall.locator('#use-result .disclosed-fields .facts__row').count()) > 0, 'fields were disclosed');
  await shot(hall, 'flow-hall-disclosure');

  // holder: the use is in the access log
  await holder.click('#presentation-close');
  await holder.click('#uses-refresh');
  await holder.locator('#uses .use', { hasText: caseNumber }).waitFor({ timeout: 10_000 });
  await shot(holder, 'flow-holder-access-log');

  // holder withdraws; the hall is refused
  await grant.locator('button.withdraw').click();
  await holder.locator('#grants .grant[data-state="WITHDRAWN"]', { hasText: caseNumber }).waitFor({ timeout: 10_000 });
  await hall.click('#use-submit');
  await hall.locator('#use-result .message--error', { hasText: 'no-active-grant' }).waitFor({ timeout: 10_000 });
  await shot(hall, 'flow-hall-refused');
  assert(holder.pageErrors.length === 0 && hall.pageErrors.length === 0, 'no page errors');
  const name = (await holder.locator('#hello strong').innerText()).replace(/^.*[，,]\s*/, '');
  const disclosed = await hall.locator('#use-result .disclosed-fields dd').allInnerTexts();
  assertNotLogged(holder, name, ...disclosed);
  assertNotLogged(hall, name, ...disclosed);
});
