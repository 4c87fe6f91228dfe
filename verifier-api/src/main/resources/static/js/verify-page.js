// verify.html: the public check of a printed licence, masked (no key, rate limited per address).
import { initPage } from './layout.js';
import { onLangChange, t } from './i18n.js';
import { buildChecker } from './checker.js';
import { renderReport } from './verdict.js';
import { showProblem } from './ui.js';

initPage('verify.html');

const verdict = document.getElementById('verdict');
let last = null;

function show(report) {
  last = report;
  renderReport(verdict, report, { masked: true });
}

buildChecker(document.getElementById('checker'), {
  jsonPath: '/api/v1/public/verify',
  imagePath: '/api/v1/public/verify/image',
  // public requests are rate limited per address: scan more slowly than the hall does
  intervalMs: 1500,
  onStart: () => {
    last = null;
    verdict.replaceChildren(t('common.working'));
  },
  onReport: show,
  onProblem: (problem) => {
    last = null;
    showProblem(verdict, problem);
  },
});

onLangChange(() => {
  if (last) renderReport(verdict, last, { masked: true });
});
