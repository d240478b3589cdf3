// The page's handle on the analysis worker: one request at a time, cancellable by restarting the worker.

/** Thrown (as a rejection) when a request was cancelled or replaced by a newer one. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Runs analyses in `worker.js`. `onStatus(state, detail)` hears `loading`, `ready` (detail: the core's
 * version), `fatal`, and the stages of a request: `analysing`, `planning`, `sending` (detail: the
 * fraction of the long lists received so far).
 */
export class Analyser {
  constructor(onStatus) {
    this.onStatus = onStatus;
    this.nextId = 1;
    this.pending = null; // { id, resolve, reject, sent, parts }
    /** Requests whose result came and whose Markdown and CSV are still being made: id → { resolve, reject }. */
    this.exporting = new Map();
    /** The core's version, the largest input it takes (bytes) and the file name extensions it reads,
     *  once it said ready; a restarted worker keeps them. */
    this.version = null;
    this.maxBytes = null;
    this.extensions = null;
    /** The Chinese names of the units (CNY → 元), from the core. */
    this.units = null;
    this.start();
  }

  start() {
    for (const { reject } of this.exporting.values()) reject(new Cancelled());
    this.exporting.clear();
    this.onStatus('loading');
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (event) => this.receive(event.data, resolve, reject);
      const onError = (event) => {
        event.preventDefault();
        const message = event.message || 'worker error';
        this.onStatus('fatal', message);
        reject(new Error(message));
        this.fail(new Error(message));
      };
      // The first worker was started by boot.js; a restart (after a cancel) makes a new one.
      const boot = globalThis.wenxiBoot;
      globalThis.wenxiBoot = null;
      this.worker = boot ? boot.worker : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      this.worker.onmessage = onMessage;
      this.worker.onerror = onError;
      if (boot) {
        boot.worker.removeEventListener('message', boot.keep);
        boot.worker.removeEventListener('error', boot.keep);
        for (const event of boot.early) (event.type === 'message' ? onMessage : onError)(event);
      }
    });
    this.ready.catch(() => {});
  }

  receive(message, resolve, reject) {
    if (message.type === 'ready') {
      this.version = message.version;
      this.maxBytes = message.maxBytes;
      this.extensions = message.extensions;
      this.units = message.units;
      this.onStatus('ready', message.version);
      resolve();
    } else if (message.type === 'fatal') {
      this.onStatus('fatal', message.message);
      reject(new Error(message.message));
      this.fail(new Error(message.message));
    } else if (message.type === 'exports') {
      const waiting = this.exporting.get(message.id);
      this.exporting.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(message.error));
      else waiting.resolve({ markdown: message.markdown, csv: message.csv });
    } else if (this.pending && message.id === this.pending.id) {
      const pending = this.pending;
      if (message.type === 'progress') this.onStatus(message.stage);
      else if (message.type === 'part') {
        const parts = pending.parts[message.list] || (pending.parts[message.list] = []);
        for (const item of message.items) parts.push(item);
      } else {
        this.pending = null;
        if (message.type === 'result') {
          for (const [list, items] of Object.entries(pending.parts)) message.analysis[list] = items;
          // The Markdown and CSV follow in their own message.
          message.exports = new Promise((resolve, reject) => this.exporting.set(message.id, { resolve, reject }));
          message.exports.catch(() => {});
          pending.resolve(message);
        } else {
          // The core's refusals carry a code (not-text, too-large, bad-option) the page translates.
          const error = new Error(message.message);
          error.code = message.code;
          error.params = message.params || {};
          pending.reject(error);
        }
      }
    }
  }

  fail(error) {
    if (!this.pending) return;
    const { reject } = this.pending;
    this.pending = null;
    reject(error);
  }

  /** The Markdown and CSV of result `id` in `lang` (the worker keeps its last result): a promise of
   *  `{ markdown, csv }`, rejected when that result is gone. */
  exports(id, lang) {
    const promise = new Promise((resolve, reject) => this.exporting.set(id, { resolve, reject }));
    promise.catch(() => {});
    this.worker.postMessage({ type: 'exports', id, lang });
    return promise;
  }

  /** Analyses `{ text }` or `{ bytes }` with `options`, its Markdown and CSV in `lang`; resolves to the
   *  worker's result message `{ analysis, drawing, ms, warningCodes, exports }`, `exports` a promise of
   *  `{ markdown, csv }`. A refusal of the core rejects with an Error carrying `code` and `params`. */
  async analyse(input, options, lang = 'en') {
    this.cancel();
    const id = this.nextId++;
    const promise = new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, parts: {} };
    });
    // A cancel while the worker is still starting rejects `promise` before it is returned to the
    // caller (who handles it): mark it handled now so that it is not reported as unhandled.
    promise.catch(() => {});
    const ready = this.ready;
    await ready.catch(() => {});
    if (this.ready !== ready || !this.pending || this.pending.id !== id) return promise;
    this.pending.sent = true;
    const transfer = input.bytes ? [input.bytes] : [];
    this.worker.postMessage({ id, ...input, options, lang }, transfer);
    return promise;
  }

  /** Stops the running analysis (if any) by restarting the worker. */
  cancel() {
    if (!this.pending) return;
    const { sent } = this.pending;
    this.fail(new Cancelled());
    if (sent) {
      this.worker.terminate();
      this.start();
    }
  }
}
