// The frame every page shares: skip link, title, navigation and the language toggle.
import { initI18n, onLangChange, t } from './i18n.js';
import { el } from './ui.js';

const PAGES = [
  ['index.html', 'nav.home'],
  ['holder.html', 'nav.holder'],
  ['hall.html', 'nav.hall'],
  ['verify.html', 'nav.verify'],
];

function setTitle(current) {
  const key = PAGES.find(([href]) => href === current)?.[1];
  document.title = key && key !== 'nav.home' ? `${t(key)} · ${t('app.name')}` : t('app.name');
}

/** Builds the header into #site-header, marks the current page and translates everything. */
export function initPage(current) {
  const header = document.getElementById('site-header');
  const nav = el(
    'nav',
    { class: 'site-nav', 'data-i18n-attr': 'aria-label:nav.label' },
    el('ul', {}, PAGES.map(([href, key]) =>
      el('li', {}, el('a', { href, 'data-i18n': key, 'aria-current': href === current ? 'page' : null })),
    )),
  );
  header.replaceChildren(
    el('a', { class: 'skip-link', href: '#main', 'data-i18n': 'common.skip' }),
    el('div', { class: 'site-header__bar' },
      el('a', { class: 'site-title', href: 'index.html', 'data-i18n': 'app.name' }),
      el('button', { type: 'button', id: 'lang-toggle', class: 'button button--small lang-toggle', lang: null, 'data-i18n': 'lang.toggle', 'data-i18n-attr': 'aria-label:lang.toggleLabel' }),
    ),
    nav,
  );
  initI18n();
  setTitle(current);
  onLangChange(() => setTitle(current));
}
