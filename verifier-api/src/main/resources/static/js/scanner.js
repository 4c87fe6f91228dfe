// Camera scanning without a QR library: frames are drawn to a canvas and sent as PNG to the
// service, which decodes the QR. One request at a time, every intervalMs, until a report says the
// QR was read (format check no longer "no-qr-found"), or stop() is called.

const NOT_READ = new Set(['no-qr-found', 'not-an-image']);
const MAX_WIDTH = 1280;
const RATE_LIMITED_PAUSE_MS = 5000;

/** Why the camera could not start, as an i18n key. */
export function cameraErrorKey(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'camera.denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'camera.missing';
    case 'TypeError':
      return 'camera.unsupported';
    default:
      return 'camera.error';
  }
}

/** Whether a report means a QR was read (whatever its verdict). */
export function qrWasRead(report) {
  const format = (report.checks ?? []).find((c) => c.name === 'format');
  return !format || format.result === 'PASSED' || !NOT_READ.has(format.reason);
}

export class CameraScanner {
  /**
   * video, canvas: elements; send(blob) → report (may throw); onReport(report) when a QR was read;
   * onError(error) when sending failed; intervalMs between frames.
   */
  constructor({ video, canvas, send, onReport, onError, intervalMs = 700 }) {
    Object.assign(this, { video, canvas, send, onReport, onError, intervalMs });
    this.stream = null;
    this.timer = null;
    this.running = false;
  }

  /** Starts the camera; rejects with an Error whose name says why (see cameraErrorKey). */
  async start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      throw new TypeError('camera unsupported');
    }
    this.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
    this.video.srcObject = this.stream;
    this.video.muted = true;
    this.video.setAttribute('playsinline', '');
    await this.video.play().catch(() => {});
    this.running = true;
    this.schedule(0);
  }

  stop() {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.stream) {
      for (const track of this.stream.getTracks()) track.stop();
      this.stream = null;
    }
    this.video.srcObject = null;
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delay);
  }

  async frame() {
    const { videoWidth: w, videoHeight: h } = this.video;
    if (!w || !h) return null;
    const scale = Math.min(1, MAX_WIDTH / w);
    this.canvas.width = Math.round(w * scale);
    this.canvas.height = Math.round(h * scale);
    const context = this.canvas.getContext('2d');
    context.drawImage(this.video, 0, 0, this.canvas.width, this.canvas.height);
    return new Promise((resolve) => this.canvas.toBlob(resolve, 'image/png'));
  }

  async tick() {
    if (!this.running) return;
    let blob = null;
    try {
      blob = await this.frame();
    } catch {
      blob = null;
    }
    if (!blob) {
      this.schedule(200);
      return;
    }
    try {
      const report = await this.send(blob);
      if (!this.running) return;
      if (qrWasRead(report)) {
        this.stop();
        this.onReport(report);
        return;
      }
    } catch (error) {
      if (!this.running) return;
      if (error?.status === 429) {
        // rate limited (the public endpoints): slow down instead of giving up
        this.schedule(RATE_LIMITED_PAUSE_MS);
        return;
      }
      this.stop();
      this.onError(error);
      return;
    }
    this.schedule(this.intervalMs);
  }
}
