// The three ways to present a QR, shared by the hall and the public page: camera, photo, pasted
// text. Each ends in a validation report (onReport) or a problem (onProblem).
import { call, imageForm, Problem } from './api.js';
import { applyI18n, t } from './i18n.js';
import { busy, el, message } from './ui.js';
import { CameraScanner, cameraErrorKey } from './scanner.js';

function i18n(tag, key, attrs = {}) {
  return el(tag, { ...attrs, 'data-i18n': key });
}

/**
 * Builds the inputs into container. options: jsonPath and imagePath (the verify endpoints),
 * token() (the Bearer key, or null for the public), ready() (false to refuse, e.g. no key yet),
 * onStart(), onReport(report), onProblem(problem), intervalMs.
 */
export function buildChecker(container, options) {
  const { jsonPath, imagePath, token = () => null, ready = () => true, onStart, onReport, onProblem } = options;

  const cameraButton = i18n('button', 'camera.start', { type: 'button', id: 'camera-toggle', class: 'button button--primary', 'aria-pressed': 'false' });
  const cameraStatus = el('div', { id: 'camera-status', class: 'camera-status', role: 'status', 'aria-live': 'polite' });
  const video = el('video', { id: 'camera-video', class: 'camera-video', playsinline: true, muted: true, hidden: true, 'data-i18n-attr': 'aria-label:camera.video' });
  const canvas = el('canvas', { hidden: true });

  const photoInput = el('input', { type: 'file', id: 'photo-input', accept: 'image/png,image/jpeg' });
  const photoForm = el(
    'form',
    { class: 'stack', id: 'photo-form' },
    i18n('label', 'input.photoLabel', { for: 'photo-input' }),
    photoInput,
    i18n('button', 'input.photoSubmit', { type: 'submit', id: 'photo-submit', class: 'button' }),
  );
  const textArea = el('textarea', { id: 'qr-text', rows: '3', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', placeholder: 'ZZ1:…' });
  const textForm = el(
    'form',
    { class: 'stack', id: 'text-form' },
    i18n('label', 'input.textLabel', { for: 'qr-text' }),
    textArea,
    i18n('button', 'input.textSubmit', { type: 'submit', id: 'text-submit', class: 'button' }),
  );

  container.replaceChildren(
    el('div', { class: 'checker' },
      el('div', { class: 'checker__part' }, i18n('h3', 'input.camera'), cameraButton, cameraStatus, video, canvas),
      el('div', { class: 'checker__part' }, i18n('h3', 'input.photo'), photoForm),
      el('div', { class: 'checker__part' }, i18n('h3', 'input.text'), textForm),
    ),
  );
  applyI18n(container);

  const setStatus = (kind, key) => {
    cameraStatus.replaceChildren(key ? message(kind, t(key)) : '');
  };

  const scanner = new CameraScanner({
    video,
    canvas,
    intervalMs: options.intervalMs ?? 700,
    send: (blob) => call('POST', imagePath, { token: token(), form: imageForm(blob) }),
    onReport: (report) => {
      scanningOff();
      setStatus('success', 'camera.found');
      onReport(report);
    },
    onError: (error) => {
      scanningOff();
      setStatus('', null);
      onProblem(error instanceof Problem ? error : new Problem(0, 'network-error', ''));
    },
  });

  function scanningOff() {
    video.hidden = true;
    cameraButton.dataset.i18n = 'camera.start';
    cameraButton.textContent = t('camera.start');
    cameraButton.setAttribute('aria-pressed', 'false');
  }

  cameraButton.addEventListener('click', async () => {
    if (scanner.running) {
      scanner.stop();
      scanningOff();
      setStatus('info', 'camera.stopped');
      return;
    }
    if (!ready()) return;
    setStatus('info', 'camera.starting');
    try {
      await busy(cameraButton, () => scanner.start());
    } catch (error) {
      scanner.stop();
      scanningOff();
      setStatus('error', cameraErrorKey(error));
      photoInput.focus();
      return;
    }
    onStart?.();
    video.hidden = false;
    cameraButton.dataset.i18n = 'camera.stop';
    cameraButton.textContent = t('camera.stop');
    cameraButton.setAttribute('aria-pressed', 'true');
    setStatus('info', 'camera.scanning');
  });

  async function run(button, request) {
    if (!ready()) return;
    onStart?.();
    try {
      onReport(await busy(button, request));
    } catch (error) {
      onProblem(error instanceof Problem ? error : new Problem(0, 'network-error', ''));
    }
  }

  photoForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = photoInput.files?.[0];
    if (!file) {
      onProblem(new Problem(0, 'input-missing', t('input.photoEmpty')));
      return;
    }
    run(photoForm.querySelector('button'), () => call('POST', imagePath, { token: token(), form: imageForm(file, file.name) }));
  });

  textForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const qr = textArea.value.trim();
    if (!qr) {
      onProblem(new Problem(0, 'input-missing', t('input.textEmpty')));
      textArea.focus();
      return;
    }
    run(textForm.querySelector('button'), () => call('POST', jsonPath, { token: token(), json: { qr } }));
  });

  return { stop: () => scanner.stop() };
}
