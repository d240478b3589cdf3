// A small pool of analysis workers (as many as the device's cores, at most 4): the workspace queues
// articles, each idle worker takes the next one. The wasm module is compiled once, here, and sent to
// each worker.

/** Workers in the pool: the device's cores, at most 4 (1 when the browser does not say). */
export const POOL_SIZE = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 4));

export class Pool {
  /** `onStart(job)` is called when a worker takes a job. */
  constructor(onStart = () => {}) {
    this.onStart = onStart;
    this.queue = [];
    this.workers = [];
    this.module = null;
    this.generation = 0;
    /** The error of a pool whose every worker failed to load: later jobs are refused with it. */
    this.broken = null;
  }

  async compile() {
    if (!this.module) {
      const url = new URL('../pkg/wenxi_bg.wasm', import.meta.url);
      const compiled = WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()))
        : fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
      // A failure is not kept: the next batch tries again.
      this.module = compiled.catch((error) => {
        this.module = null;
        throw error;
      });
    }
    return this.module;
  }

  /** Starts the workers (once). */
  async grow() {
    if (this.workers.length) return;
    const generation = this.generation;
    const module = await this.compile();
    if (generation !== this.generation || this.workers.length) return;
    for (let i = 0; i < POOL_SIZE; i += 1) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      const slot = { worker, job: null, ready: false };
      worker.onmessage = (event) => this.receive(slot, event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(slot, new Error(event.message || 'worker error'));
      };
      worker.postMessage({ type: 'init', module });
      this.workers.push(slot);
      slot.failed = false;
    }
  }

  receive(slot, message) {
    if (message.type === 'ready') {
      slot.ready = true;
      this.next(slot);
    } else if (message.type === 'fatal') {
      this.fail(slot, new Error(message.message));
    } else if (slot.job && message.id === slot.job.id) {
      const { resolve, reject } = slot.job;
      slot.job = null;
      if (message.type === 'result') resolve(message);
      else {
        const error = new Error(message.message);
        error.code = message.code;
        error.params = message.params || {};
        reject(error);
      }
      this.next(slot);
    }
  }

  /** A worker that cannot load fails its job and the queue's (no worker would take them). */
  fail(slot, error) {
    if (slot.job) slot.job.reject(error);
    slot.job = null;
    slot.ready = false;
    slot.failed = true;
    this.broken = this.workers.every((s) => s.failed) ? error : null;
    if (this.broken) for (const job of this.queue.splice(0)) job.reject(error);
  }

  next(slot) {
    if (!slot.ready || slot.job || this.queue.length === 0) return;
    const job = this.queue.shift();
    slot.job = job;
    this.onStart(job);
    const { id, text, bytes, options } = job;
    slot.worker.postMessage(bytes ? { id, bytes: bytes.slice(0), options } : { id, text, options });
  }

  /** Queues `{ id, text | bytes, options }`; resolves to `{ analysis, ms }`, rejects with the core's
   *  refusal (an Error with `code` and `params`). */
  add(job) {
    if (this.broken) return Promise.reject(this.broken);
    const promise = new Promise((resolve, reject) => this.queue.push({ ...job, resolve, reject }));
    this.grow().then(() => this.workers.forEach((slot) => this.next(slot)), (error) => {
      // The core could not be fetched or compiled: no worker will take the queue.
      for (const queued of this.queue.splice(0)) queued.reject(error);
    });
    return promise;
  }

  /** Drops a queued job (its promise never settles); one a worker has taken runs to its end. */
  drop(id) {
    this.queue = this.queue.filter((job) => job.id !== id);
  }

  /** Drops the queue and stops the workers (their jobs are abandoned: their promises never settle). */
  clear() {
    this.generation += 1;
    this.broken = null;
    this.queue = [];
    for (const slot of this.workers) slot.worker.terminate();
    this.workers = [];
  }
}
