// A worker of the workspace's pool: analyses one article at a time with the wasm core. The pool
// compiles the module once and sends it to every worker (`init`), so each only instantiates it.
//
// Messages in:  { type: 'init', module }, then { id, text, options } or { id, bytes, options }.
// Messages out: { type: 'ready' } or { type: 'fatal', message }; per article
//   { type: 'result', id, analysis, ms } or { type: 'error', id, message, code, params }.

let core = null;

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

self.onmessage = async (event) => {
  const data = event.data;
  if (data.type === 'init') {
    try {
      core = await import('../pkg/wenxi.js');
      await core.default({ module_or_path: data.module });
      core.warmUp();
      postMessage({ type: 'ready' });
    } catch (error) {
      postMessage({ type: 'fatal', message: messageOf(error) });
    }
    return;
  }
  const { id, text, bytes, options } = data;
  try {
    const started = performance.now();
    const analysis = bytes ? core.analyseBytes(new Uint8Array(bytes), options) : core.analyseText(text, options);
    postMessage({ type: 'result', id, analysis, ms: Math.round(performance.now() - started) });
  } catch (error) {
    const { code, looksLike, bytes: size, limit } = error ?? {};
    postMessage({ type: 'error', id, message: messageOf(error), code, params: { looksLike, bytes: size, limit } });
  }
};
