// Small DOM helpers shared by the pages: element building, messages, problems, dates.
import { has, lang, t } from './i18n.js';

/** el('p', {class: 'x', text: 'y'}, child…): attributes, then text or children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The sentence for a problem code, falling back to the HTTP status. */
export function problemText(problem) {
  const key = `problem.${problem.code}`;
  if (has(key)) return t(key);
  return t('problem.http', { status: problem.status || '?' });
}

/** A message box: kind is info, success, error or warning; code is shown small, as sent. */
export function message(kind, text, code, detail) {
  return el(
    'div',
    { class: `message message--${kind}`, role: kind === 'error' ? 'alert' : null },
    el('p', { class: 'message__text', text }),
    detail ? el('p', { class: 'message__detail', text: detail }) : null,
    code ? el('p', { class: 'raw-code' }, `${t('common.rawCode')}: `, el('code', { text: code })) : null,
  );
}

/** Replaces the content of container with a message for the problem (code and detail shown). */
export function showProblem(container, problem) {
  if (problem.code === 'input-missing') {
    container.replaceChildren(message('warning', problem.detail));
    return;
  }
  container.replaceChildren(message('error', problemText(problem), problem.code, problem.detail));
}

export function showMessage(container, kind, text) {
  container.replaceChildren(message(kind, text));
}

/** A date or instant, in the page language. */
export function formatDate(value, withTime = false) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const locale = lang() === 'zh' ? 'zh-CN' : 'en-GB';
  return withTime
    ? date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : date.toLocaleDateString(locale, { dateStyle: 'medium' });
}

/** The label of a licence field: the profile's label, a known one, or the key itself. */
export function fieldLabel(key, label) {
  if (label) return label;
  return has(`field.${key}`) ? t(`field.${key}`) : key;
}

/** A definition list from [label, value] pairs, skipping empty values. */
export function definitionList(pairs, className = 'facts') {
  const list = el('dl', { class: className });
  for (const [label, value] of pairs) {
    if (value === undefined || value === null || value === '') continue;
    list.append(el('div', { class: 'facts__row' }, el('dt', { text: label }), el('dd', {}, value)));
  }
  return list;
}

/** Sets a button busy (disabled, aria-busy) while work runs. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
