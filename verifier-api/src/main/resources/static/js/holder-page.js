// holder.html: sign in through the identity provider (the development one in the demo), my
// licences, 亮证 (a short-lived presentation QR with a countdown, refreshed before it expires),
// my grants (grant, withdraw) and my access log. The JWT stays in sessionStorage (this tab only).
import { call, Problem } from './api.js';
import { initPage } from './layout.js';
import { onLangChange, t } from './i18n.js';
import { busy, definitionList, el, fieldLabel, formatDate, message, showMessage, showProblem } from './ui.js';
import { fillItemSelect, itemByCode, serviceItems } from './service-items.js';

initPage('holder.html');

const TOKEN = 'zz.holderToken';
const TOKEN_EXPIRES = 'zz.holderTokenExpires';
const $ = (id) => document.getElementById(id);

const pageStatus = $('page-status');
const signinPanel = $('signin-panel');
const account = $('account');

let me = null;
let licences = [];
let grants = [];
let uses = [];

// ---- identity -------------------------------------------------------------------------------

function token() {
  const value = sessionStorage.getItem(TOKEN);
  const expires = Number(sessionStorage.getItem(TOKEN_EXPIRES) ?? 0);
  if (!value) return null;
  if (expires && Date.now() > expires) {
    signOut('holder.expired');
    return null;
  }
  return value;
}

/** A holder API call; an unauthenticated answer signs out (the token expired or was refused). */
async function holderCall(method, path, json) {
  try {
    return await call(method, path, { token: token(), json });
  } catch (error) {
    if (error instanceof Problem && error.status === 401) signOut('holder.expired');
    throw error;
  }
}

async function showHolders() {
  const list = $('holder-list');
  list.replaceChildren(t('common.loading'));
  try {
    const holders = await call('GET', '/dev-idp/holders');
    if (!holders?.length) {
      showMessage(list, 'info', t('holder.signin.none'));
      return;
    }
    list.replaceChildren(
      ...holders.map((holder, index) =>
        el('button', {
          type: 'button',
          class: 'button',
          'data-holder-index': index,
          text: t('holder.signin.as', { name: holder.name }),
          onclick: (event) => signIn(event.currentTarget, holder),
        }),
      ),
    );
  } catch (error) {
    showProblem(list, error);
  }
}

async function signIn(button, holder) {
  try {
    const answer = await busy(button, () =>
      call('POST', '/dev-idp/token', { json: { holderIdType: holder.holderIdType, holderId: holder.holderId } }),
    );
    sessionStorage.setItem(TOKEN, answer.access_token);
    sessionStorage.setItem(TOKEN_EXPIRES, String(Date.now() + (Number(answer.expires_in) || 3600) * 1000 - 10_000));
    pageStatus.replaceChildren();
    await enter();
  } catch (error) {
    showProblem(pageStatus, error);
  }
}

function signOut(reasonKey) {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(TOKEN_EXPIRES);
  closePresentation();
  me = null;
  licences = [];
  grants = [];
  uses = [];
  account.hidden = true;
  signinPanel.hidden = false;
  if (reasonKey) showMessage(pageStatus, 'warning', t(reasonKey));
  else pageStatus.replaceChildren();
  showHolders();
}

async function enter() {
  signinPanel.hidden = true;
  account.hidden = false;
  try {
    me = await holderCall('GET', '/api/v1/holder/me');
    renderMe();
  } catch (error) {
    if (!token()) return;
    showProblem(pageStatus, error);
  }
  await Promise.all([loadLicences(), loadItems()]);
  await Promise.all([loadGrants(), loadUses()]);
}

function renderMe() {
  if (!me) return;
  $('hello').replaceChildren(
    el('strong', { text: t('holder.hello', { name: me.name }) }),
    me.holderIdMasked ? el('span', { class: 'hint' }, ` · ${t('holder.idMasked')} `, me.holderIdMasked) : null,
  );
}

$('sign-out').addEventListener('click', () => signOut(null));

// ---- licences -------------------------------------------------------------------------------

async function loadLicences() {
  const list = $('licences');
  try {
    licences = (await holderCall('GET', '/api/v1/holder/licences')) ?? [];
    renderLicences();
  } catch (error) {
    if (token()) showProblem(list, error);
  }
}

function statusBadge(status, prefix) {
  const value = String(status ?? '');
  return el('span', { class: `status-badge status-badge--${value.toLowerCase()}`, text: t(`${prefix}.${value}`) });
}

function renderLicences() {
  const list = $('licences');
  if (!licences.length) {
    list.replaceChildren(el('li', { class: 'hint', text: t('holder.licences.empty') }));
  } else {
    list.replaceChildren(
      ...licences.map((licence) =>
        el(
          'li',
          { class: 'card licence-card', 'data-licence-id': licence.id },
          el('h3', { text: licence.name }),
          definitionList([
            [t('field.status'), statusBadge(licence.status, 'status')],
            [t('field.number'), licence.number],
            [t('field.issuerName'), licence.issuerName],
            [t('field.validity'), `${formatDate(licence.validFrom)} – ${licence.validUntil ? formatDate(licence.validUntil) : t('field.validUntilOpen')}`],
          ]),
          el(
            'div',
            { class: 'row' },
            el('button', {
              type: 'button',
              class: 'button button--primary show-qr',
              text: t('holder.show'),
              onclick: (event) => showPresentation(event.currentTarget, licence),
            }),
            el('button', {
              type: 'button',
              class: 'button',
              text: t('holder.grantThis'),
              onclick: () => {
                $('grant-licence').value = licence.id;
                $('grant-hall').focus();
              },
            }),
          ),
        ),
      ),
    );
  }
  const select = $('grant-licence');
  const chosen = select.value;
  select.replaceChildren(...licences.map((l) => el('option', { value: l.id, text: `${l.name} ${l.number}` })));
  if (chosen) select.value = chosen;
}

// ---- 亮证: the presentation QR ----------------------------------------------------------------

const presentation = {
  licence: null,
  expiresAt: 0,
  lifetimeMs: 0,
  generation: 0,
  ticker: null,
  refreshing: false,
  retryAt: 0,
};

/** ?lifetimeSeconds=N on the page is passed on, so short lifetimes can be tried and tested. */
function presentationPath(licenceId) {
  const lifetime = new URLSearchParams(location.search).get('lifetimeSeconds');
  const query = lifetime && /^\d+$/.test(lifetime) ? `?lifetimeSeconds=${lifetime}` : '';
  return `/api/v1/holder/licences/${encodeURIComponent(licenceId)}/presentations${query}`;
}

/** When to fetch the next QR: 20% of its life before expiry, between 2 and 30 seconds. */
function refreshLeadMs() {
  return Math.min(30_000, Math.max(2_000, presentation.lifetimeMs * 0.2));
}

async function fetchPresentation() {
  const answer = await holderCall('POST', presentationPath(presentation.licence.id));
  const lifetimeSeconds = Number(answer.lifetimeSeconds);
  const now = Date.now();
  // the local clock may differ from the server's: count down the lifetime from receipt
  presentation.expiresAt = lifetimeSeconds > 0 ? now + lifetimeSeconds * 1000 : Date.parse(answer.expiresAt);
  presentation.lifetimeMs = Math.max(1000, presentation.expiresAt - now);
  presentation.generation += 1;
  const img = $('presentation-qr');
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(answer.svg)}`;
  img.alt = t('holder.present.alt', { name: presentation.licence.name });
  $('presentation-panel').dataset.generation = String(presentation.generation);
}

async function showPresentation(button, licence) {
  closePresentation();
  presentation.licence = licence;
  presentation.generation = 0;
  try {
    await busy(button, fetchPresentation);
  } catch (error) {
    showProblem(pageStatus, error);
    return;
  }
  pageStatus.replaceChildren();
  $('presentation-licence').textContent = `${licence.name} ${licence.number}`;
  $('presentation-status').replaceChildren();
  const panel = $('presentation-panel');
  panel.hidden = false;
  panel.scrollIntoView({ block: 'start' });
  $('presentation-close').focus({ preventScroll: true });
  presentation.ticker = setInterval(tick, 250);
  tick();
}

function formatRemaining(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Shows the time left; answers it in milliseconds. */
function showRemaining() {
  const remaining = presentation.expiresAt - Date.now();
  const countdown = $('countdown');
  countdown.textContent = t('holder.present.countdown', { time: formatRemaining(remaining) });
  countdown.dataset.remaining = String(Math.max(0, Math.ceil(remaining / 1000)));
  $('countdown-bar').value = Math.max(0, Math.min(1, remaining / presentation.lifetimeMs));
  return remaining;
}

async function tick() {
  const remaining = showRemaining();
  if (remaining > refreshLeadMs() || presentation.refreshing || Date.now() < presentation.retryAt) return;
  presentation.refreshing = true;
  const status = $('presentation-status');
  status.replaceChildren(message('info', t('holder.present.refreshing')));
  try {
    await fetchPresentation();
    if (presentation.ticker) {
      showRemaining();
      status.replaceChildren(message('success', t('holder.present.refreshed')));
    }
  } catch (error) {
    presentation.retryAt = Date.now() + 5000;
    if (presentation.ticker) showProblem(status, error);
  } finally {
    presentation.refreshing = false;
  }
}

function closePresentation() {
  clearInterval(presentation.ticker);
  presentation.ticker = null;
  presentation.licence = null;
  $('presentation-panel').hidden = true;
  $('presentation-qr').removeAttribute('src');
}

$('presentation-close').addEventListener('click', closePresentation);

// ---- grants ---------------------------------------------------------------------------------

async function loadItems() {
  try {
    fillItemSelect($('grant-item'), await serviceItems());
  } catch (error) {
    $('grant-item').replaceChildren(el('option', { value: '', text: t('hall.use.itemsMissing') }));
  }
}

function defaultUntil() {
  const date = new Date(Date.now() + 24 * 3600 * 1000);
  date.setSeconds(0, 0);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

async function loadGrants() {
  try {
    grants = (await holderCall('GET', '/api/v1/holder/grants')) ?? [];
    renderGrants();
  } catch (error) {
    if (token()) showProblem($('grants'), error);
  }
}

/** A licence as "name number" when it is one of mine, else its identifier. */
function licenceLabel(id) {
  const licence = licences.find((l) => l.id === id);
  return licence ? `${licence.name} ${licence.number}` : id;
}

/** A service item's name: as the answer gives it, else from the item list, else its code. */
function itemName(code, name) {
  return name ?? itemByCode(code)?.name ?? code;
}

/** Field keys as labels; a grant without its own list shows the item's profile. */
function fieldNames(fields, code) {
  const keys = fields ?? (itemByCode(code)?.fields ?? []).map((f) => (typeof f === 'string' ? f : f.key));
  return keys.map((key) => fieldLabel(key)).join('、');
}

/** Fills list with one entry per item, or the empty sentence. */
function fillLog(list, items, emptyKey, entry) {
  if (!items.length) list.replaceChildren(el('li', { class: 'hint', text: t(emptyKey) }));
  else list.replaceChildren(...items.map(entry));
}

function renderGrants() {
  fillLog($('grants'), grants, 'holder.grants.empty', (grant) =>
    el(
      'li',
      { class: 'grant', 'data-grant-id': grant.id, 'data-state': grant.state },
      el('p', {}, statusBadge(grant.state, 'holder.grants.state'), ' ', el('strong', { text: itemName(grant.serviceItemCode, grant.serviceItemName) })),
      definitionList([
        [t('holder.grants.licence'), licenceLabel(grant.licenceId)],
        [t('holder.grants.hall'), grant.hallCode],
        [t('holder.grants.case'), grant.caseNumber],
        [t('holder.grants.until'), formatDate(grant.until, true)],
        [t('holder.grants.fields'), fieldNames(grant.fields, grant.serviceItemCode)],
      ]),
      grant.state === 'ACTIVE'
        ? el('button', {
            type: 'button',
            class: 'button button--danger withdraw',
            text: t('holder.grants.withdraw'),
            onclick: (event) => withdraw(event.currentTarget, grant),
          })
        : null,
    ),
  );
}

async function withdraw(button, grant) {
  try {
    await busy(button, () => holderCall('DELETE', `/api/v1/holder/grants/${encodeURIComponent(grant.id)}`));
    showMessage($('grant-status'), 'success', t('holder.grants.withdrawn'));
    await loadGrants();
  } catch (error) {
    showProblem($('grant-status'), error);
  }
}

$('grant-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const until = new Date($('grant-until').value);
  const body = {
    licenceId: $('grant-licence').value,
    hallCode: $('grant-hall').value.trim().toUpperCase(),
    serviceItemCode: $('grant-item').value,
    caseNumber: $('grant-case').value.trim(),
    until: Number.isNaN(until.getTime()) ? '' : until.toISOString(),
  };
  if (Object.values(body).some((value) => !value)) {
    showMessage($('grant-status'), 'warning', t('problem.missing-field'));
    return;
  }
  try {
    await busy($('grant-submit'), () => holderCall('POST', '/api/v1/holder/grants', body));
    showMessage($('grant-status'), 'success', t('holder.grants.created'));
    $('grant-case').value = '';
    await loadGrants();
  } catch (error) {
    showProblem($('grant-status'), error);
  }
});

// ---- access log -----------------------------------------------------------------------------

async function loadUses() {
  try {
    uses = (await holderCall('GET', '/api/v1/holder/uses')) ?? [];
    renderUses();
  } catch (error) {
    if (token()) showProblem($('uses'), error);
  }
}

function renderUses() {
  fillLog($('uses'), uses, 'holder.uses.empty', (use) =>
    el(
      'li',
      { class: 'use' },
      el('p', {}, el('strong', { text: formatDate(use.at, true) }), ' · ', t(`kind.${use.kind}`)),
      definitionList([
        [t('holder.grants.licence'), licenceLabel(use.licenceId)],
        [t('holder.grants.hall'), use.hallCode],
        [t('holder.grants.item'), itemName(use.serviceItemCode, use.serviceItemName)],
        [t('holder.grants.case'), use.caseNumber],
        [t('holder.grants.fields'), fieldNames(use.fields, use.serviceItemCode)],
      ]),
    ),
  );
}

$('uses-refresh').addEventListener('click', (event) => busy(event.currentTarget, loadUses));

// ---- start ----------------------------------------------------------------------------------

onLangChange(() => {
  renderMe();
  if (!account.hidden) {
    renderLicences();
    renderGrants();
    renderUses();
  } else {
    showHolders();
  }
  if (presentation.licence) $('presentation-qr').alt = t('holder.present.alt', { name: presentation.licence.name });
});

$('grant-until').value = defaultUntil();
if (token()) enter();
else showHolders();
