// The analysis worker: loads the wasm core once and analyses what the page sends, off the main thread.
//
// Messages in:  { id, text, options } or { id, bytes, options } (bytes: an ArrayBuffer of a file).
// Messages out: { type: 'ready', version, maxBytes, extensions } once the core is loaded and warmed up
// (maxBytes: the largest input the core takes, in bytes; extensions: the file name extensions it reads), { type: 'fatal', message } if it cannot load, then per
// request { type: 'progress', id, stage }, and { type: 'result', id, analysis, markdown, csv, ms } or
// { type: 'error', id, message }.
//
// The page starts this worker first thing (boot.js), so loading the core overlaps the page's own
// loading. The module's code is requested at once, alongside its bindings, rather than after them.

const wasm = fetch(new URL('./pkg/wenxi_bg.wasm', import.meta.url));
wasm.catch(() => {}); // a failed fetch is reported by init() below

async function load() {
  const core = await import('./pkg/wenxi.js');
  await core.default({ module_or_path: wasm });
  // Build the core's tables (dictionary, gazetteer, regexes) now, not on the user's first paste.
  core.warmUp();
  postMessage({ type: 'ready', version: core.version(), maxBytes: core.maxBytes(), extensions: core.fileExtensions() });
  return core;
}

const loaded = load().catch((error) => {
  postMessage({ type: 'fatal', message: messageOf(error) });
  return null;
});

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

self.onmessage = async (event) => {
  const { id, text, bytes, options } = event.data;
  const core = await loaded;
  if (!core) return;
  const { analyseBytes, analyseText, toCsv, toMarkdown } = core;
  try {
    postMessage({ type: 'progress', id, stage: 'analysing' });
    const started = performance.now();
    const analysis = bytes ? analyseBytes(new Uint8Array(bytes), options) : analyseText(text, options);
    const ms = Math.round(performance.now() - started);
    postMessage({ type: 'progress', id, stage: 'exporting' });
    const markdown = toMarkdown(analysis);
    const csv = toCsv(analysis);
    postMessage({ type: 'result', id, analysis, markdown, csv, ms });
  } catch (error) {
    postMessage({ type: 'error', id, message: messageOf(error) });
  }
};
