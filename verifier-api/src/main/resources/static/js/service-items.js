// The service items (事项) and their field profiles: GET /api/v1/service-items, no key needed.
import { call } from './api.js';
import { el } from './ui.js';

let items = null;

/** The items, fetched once; a failure is thrown as a Problem and retried next time. */
export async function serviceItems() {
  if (!items) items = await call('GET', '/api/v1/service-items');
  return items;
}

export function itemByCode(code) {
  return (items ?? []).find((item) => item.code === code) ?? null;
}

/** Fills a select with the items ("name (code)"), keeping the current choice. */
export function fillItemSelect(select, list) {
  const chosen = select.value;
  select.replaceChildren(...list.map((item) => el('option', { value: item.code, text: `${item.name}（${item.code}）` })));
  if (chosen) select.value = chosen;
}
