// The holder: sign in through the development identity provider, see my licences, show the
// presentation QR (亮证), watch the countdown go down and, when the service honours a short
// ?lifetimeSeconds=, see the QR refreshed before it expires.
import { assert, baseUrl, launch, openPage, run, shot, signInHolderWithLicences } from './lib.mjs';

const LIFETIME = Number(process.env.ZZ_PRESENTATION_LIFETIME ?? 10);

await run('holder', async (keep) => {
  const browser = keep(await launch());
  const page = await openPage(browser);
  await page.goto(`${baseUrl()}/holder.html?lifetimeSeconds=${LIFETIME}`);

  await page.locator('#holder-list button').first().waitFor({ timeout: 15_000 });
  await shot(page, 'holder-sign-in');
  const card = await signInHolderWithLicences(page);
  assert(await page.locator('#hello').innerText().then((text) => text.length > 0), 'the holder is greeted');
  assert(await page.evaluate(() => Boolean(sessionStorage.getItem('zz.holderToken'))), 'the JWT is kept in sessionStorage');
  await shot(page, 'holder-licences');

  await card.locator('button.show-qr').click();
  const panel = page.locator('#presentation-panel');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  const qr = page.locator('#presentation-qr');
  const firstSrc = await qr.getAttribute('src');
  assert(firstSrc?.startsWith('data:image/svg+xml'), 'the presentation QR is the SVG the service returned');
  assert(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR picture renders');
  const countdown = page.locator('#countdown');
  const before = Number(await countdown.getAttribute('data-remaining'));
  await page.waitForTimeout(2_200);
  const after = Number(await countdown.getAttribute('data-remaining'));
  assert(before > 0 && after < before, `the countdown decreases (${before} s, then ${after} s)`);
  assert((await countdown.innerText()).includes(':'), 'the countdown is shown as m:ss');
  await shot(page, 'holder-presentation');

  if (before <= LIFETIME) {
    // the service honoured the short lifetime: the page must fetch a new QR before expiry
    await page.waitForFunction(() => document.getElementById('presentation-panel').dataset.generation === '2', null, {
      timeout: (LIFETIME + 10) * 1000,
    });
    const secondSrc = await qr.getAttribute('src');
    assert(secondSrc !== firstSrc, 'the refreshed QR differs from the first');
    const remaining = Number(await countdown.getAttribute('data-remaining'));
    assert(remaining > after, `the countdown restarted after the refresh (${remaining} s)`);
    await shot(page, 'holder-presentation-refreshed');
    console.log(`  presentation refreshed before expiry (lifetime ${LIFETIME} s)`);
  } else {
    console.log(`  the service ignored ?lifetimeSeconds=${LIFETIME} (lifetime ${before} s): refresh not waited for`);
  }
  assert(page.pageErrors.length === 0, `no page errors: ${page.pageErrors.join('; ')}`);
});
