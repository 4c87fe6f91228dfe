// hall.html: the hall's API key (this tab only), verification by camera, photo or text, the
// verdict, then the consented fields through POST /api/v1/hall/disclosures.
import { call, Problem } from './api.js';
import { initPage } from './layout.js';
import { onLangChange, t } from './i18n.js';
import { buildChecker } from './checker.js';
import { licenceIdOf, renderReport } from './verdict.js';
import { busy, definitionList, el, fieldLabel, formatDate, message, showMessage, showProblem } from './ui.js';
import { fillItemSelect, itemByCode, serviceItems } from './service-items.js';

initPage('hall.html');

const KEY = 'zz.hallKey';
const keyForm = document.getElementById('key-form');
const keyInput = document.getElementById('hall-key');
const keyStatus = document.getElementById('key-status');
const verdict = document.getElementById('verdict');
const usePanel = document.getElementById('use-panel');
const useForm = document.getElementById('use-form');
const useLicence = document.getElementById('use-licence');
const useItem = document.getElementById('use-item');
const useCase = document.getElementById('use-case');
const useResult = document.getElementById('use-result');

let lastReport = null;
let lastDisclosure = null;

const hallKey = () => sessionStorage.getItem(KEY);

function showKeyState() {
  if (hallKey()) showMessage(keyStatus, 'success', t('hall.key.set'));
  else keyStatus.replaceChildren();
}

keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (!/^zz_[A-Za-z2-7]{32}$/.test(key)) {
    showMessage(keyStatus, 'error', t('hall.key.invalid'));
    keyInput.focus();
    return;
  }
  sessionStorage.setItem(KEY, key);
  keyInput.value = '';
  showKeyState();
});

document.getElementById('key-clear').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  keyInput.value = '';
  showKeyState();
  keyInput.focus();
});

function ready() {
  if (hallKey()) return true;
  showMessage(verdict, 'warning', t('hall.key.missing'));
  keyInput.focus();
  return false;
}

async function loadItems() {
  try {
    fillItemSelect(useItem, await serviceItems());
  } catch (error) {
    useItem.replaceChildren(el('option', { value: '', text: t('hall.use.itemsMissing') }));
    if (error instanceof Problem) showProblem(useResult, error);
  }
}

function showReport(report) {
  lastReport = report;
  lastDisclosure = null;
  renderReport(verdict, report);
  const licenceId = licenceIdOf(report);
  const usable = report.outcome === 'VALID' && licenceId;
  usePanel.hidden = !usable;
  useResult.replaceChildren();
  if (usable) {
    useLicence.value = licenceId;
    loadItems();
  }
}

buildChecker(document.getElementById('checker'), {
  jsonPath: '/api/v1/verify',
  imagePath: '/api/v1/verify/image',
  token: hallKey,
  ready,
  intervalMs: 700,
  onStart: () => {
    lastReport = null;
    usePanel.hidden = true;
    verdict.replaceChildren(t('common.working'));
  },
  onReport: showReport,
  onProblem: (problem) => {
    lastReport = null;
    usePanel.hidden = true;
    showProblem(verdict, problem);
  },
});

function renderDisclosure(answer) {
  const disclosure = answer.disclosure ?? {};
  const item = itemByCode(disclosure.serviceItemCode);
  // a profile field is {key, label}, or just the key
  const labels = Object.fromEntries((item?.fields ?? []).map((f) => (typeof f === 'string' ? [f, null] : [f.key, f.label])));
  const fields = Object.entries(disclosure.fields ?? {}).map(([key, value]) => [fieldLabel(key, labels[key]), value]);
  const evidence = answer.evidence ?? '';
  useResult.replaceChildren(
    el('h3', { class: 'subhead', text: t('hall.use.result') }),
    definitionList(fields, 'facts disclosed-fields'),
    definitionList([
      [t('hall.use.item'), item ? `${item.name}（${item.code}）` : disclosure.serviceItemCode],
      [t('hall.use.case'), disclosure.caseNumber],
      [t('hall.use.kind'), disclosure.kind ? t(`kind.${disclosure.kind}`) : ''],
      [t('hall.use.grant'), disclosure.grantId],
      [t('hall.use.disclosedAt'), formatDate(disclosure.disclosedAt, true)],
    ]),
    evidence
      ? el('div', { id: 'evidence-received' },
          message('success', t('hall.use.evidence')),
          el('p', { class: 'raw-code' }, `${t('hall.use.evidenceLabel')}: `,
            el('code', { class: 'wrap', text: evidence.length > 48 ? `${evidence.slice(0, 48)}…` : evidence })))
      : null,
  );
}

useForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!ready()) return;
  const body = { licenceId: useLicence.value, serviceItemCode: useItem.value, caseNumber: useCase.value.trim() };
  if (!body.serviceItemCode || !body.caseNumber) {
    showMessage(useResult, 'warning', t('problem.missing-field'));
    (body.serviceItemCode ? useCase : useItem).focus();
    return;
  }
  try {
    const answer = await busy(document.getElementById('use-submit'), () =>
      call('POST', '/api/v1/hall/disclosures', { token: hallKey(), json: body }),
    );
    lastDisclosure = answer;
    renderDisclosure(answer);
  } catch (error) {
    lastDisclosure = null;
    showProblem(useResult, error instanceof Problem ? error : new Problem(0, 'network-error', ''));
  }
});

onLangChange(() => {
  showKeyState();
  if (lastReport) renderReport(verdict, lastReport);
  if (lastDisclosure) renderDisclosure(lastDisclosure);
});

showKeyState();
