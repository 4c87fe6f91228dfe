// The verdict of a validation report (docs/api.md) in plain words: the outcome, the first failing
// check's reason as a sentence (raw code in small text), the licence as the caller may see it, and
// every check folded away.
import { reasonSentence, t } from './i18n.js';
import { definitionList, el, fieldLabel, formatDate } from './ui.js';

const OUTCOMES = ['VALID', 'INVALID', 'INDETERMINATE'];

/** The check that decided the outcome: the first FAILED, else the first INDETERMINATE. */
export function decidingCheck(report) {
  const checks = report.checks ?? [];
  return checks.find((c) => c.result === 'FAILED') ?? checks.find((c) => c.result === 'INDETERMINATE') ?? null;
}

/** Whether the QR itself was read (the format check passed). */
export function formatPassed(report) {
  const format = (report.checks ?? []).find((c) => c.name === 'format');
  return format?.result === 'PASSED';
}

/** The licence identifier a hall may ask data for: the presentation's, else the QR's. */
export function licenceIdOf(report) {
  return report.presentation?.licenceId ?? report.licence?.id ?? '';
}

function licenceFacts(licence, masked) {
  const validity = licence.validFrom
    ? `${formatDate(licence.validFrom)} – ${licence.validUntil ? formatDate(licence.validUntil) : t('field.validUntilOpen')}`
    : '';
  const pairs = [
    [t('field.name'), licence.name],
    [t('field.number'), licence.number],
    [t('field.holderName'), licence.holderName],
    [t('field.holderId'), licence.holderId],
    [t('field.issuerName'), licence.issuerName],
    [t('field.issuerCode'), licence.issuerName ? '' : licence.issuerCode],
    [t('field.issueDate'), formatDate(licence.issueDate)],
    [t('field.validity'), validity],
    [t('field.id'), licence.id ? el('code', { class: 'wrap', text: licence.id }) : ''],
  ];
  if (!masked) {
    for (const [key, value] of Object.entries(licence.fields ?? {})) pairs.push([fieldLabel(key), value]);
  }
  return definitionList(pairs);
}

function checkList(checks) {
  return el(
    'ul',
    { class: 'checks' },
    checks.map((c) =>
      el(
        'li',
        { class: `checks__item checks__item--${String(c.result).toLowerCase()}` },
        el('span', { class: 'checks__name', text: t(`check.${c.name}`) }),
        ' ',
        el('span', { class: 'checks__result', text: t(`result.${c.result}`) }),
        c.result === 'PASSED' || c.result === 'SKIPPED'
          ? null
          : el('span', { class: 'checks__reason' }, ' — ', reasonSentence(c.name, c.reason)),
        el('span', { class: 'raw-code' }, ' ', el('code', { text: `${c.name}: ${c.reason}` })),
        c.detail ? el('span', { class: 'checks__detail', text: c.detail }) : null,
      ),
    ),
  );
}

/** Fills container with the verdict of report; masked is the public answer. */
export function renderReport(container, report, { masked = false } = {}) {
  const outcome = OUTCOMES.includes(report.outcome) ? report.outcome : 'INDETERMINATE';
  const deciding = outcome === 'VALID' ? null : decidingCheck(report);
  const card = el(
    'div',
    { class: `verdict verdict--${outcome.toLowerCase()}`, 'data-outcome': outcome },
    el(
      'p',
      { class: 'verdict__headline' },
      el('span', { class: 'verdict__icon', 'aria-hidden': 'true', text: outcome === 'VALID' ? '✓' : outcome === 'INVALID' ? '✗' : '?' }),
      el('strong', { class: 'verdict__word', text: t(`outcome.${outcome}`) }),
      t(`outcome.${outcome}`) === outcome ? null : el('span', { class: 'verdict__code', text: outcome }),
    ),
    el('p', { class: 'verdict__sentence', text: t(`outcome.${outcome}.sentence`) }),
    deciding
      ? el(
          'p',
          { class: 'verdict__reason', 'data-reason': deciding.reason },
          el('strong', { text: t('verdict.reasonLabel') }),
          reasonSentence(deciding.name, deciding.reason),
          el('span', { class: 'raw-code' }, ' ', el('code', { text: `${deciding.name}: ${deciding.reason}` })),
        )
      : null,
    report.presentation?.expiresAt
      ? el('p', { class: 'verdict__presentation' }, `${t('verdict.presentation')} `, formatDate(report.presentation.expiresAt, true))
      : null,
  );
  const parts = [card];
  if (report.licence) {
    parts.push(el('h3', { class: 'subhead', text: t('verdict.licence') }), licenceFacts(report.licence, masked));
    if (masked) parts.push(el('p', { class: 'hint', text: t('verdict.masked') }));
  }
  if (report.checks?.length) {
    parts.push(el('details', { class: 'checks-box' }, el('summary', { text: t('verdict.checks') }), checkList(report.checks)));
  }
  container.replaceChildren(...parts);
}
