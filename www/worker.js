// The analysis worker: loads the wasm core once and analyses what the page sends, off the main thread.
//
// Messages in:  { id, text, options, lang } or { id, bytes, options, lang } (bytes: an ArrayBuffer of a
// file; lang: the language of the Markdown and CSV, en or zh), and { type: 'exports', id, lang } for
// the Markdown and CSV of the last result in another language.
// Messages out: { type: 'ready', version, maxBytes, extensions, units } once the core is loaded and
// warmed up (maxBytes: the largest input the core takes, in bytes; extensions: the file name extensions
// it reads; units: the Chinese names of the units, CNY → 元),
// { type: 'fatal', message } if it cannot load, then per request:
//   { type: 'progress', id, stage }  (stage: analysing, planning, sending, exporting)
//   { type: 'part', id, list, items } the items of a long list (figures, dates, entities, removed) in
//                                     slices of PART_ITEMS, ahead of the result: the page reads each
//                                     message in one task, and one message of 200 000 figures would
//                                     hold its main thread for most of a second
//   { type: 'result', id, analysis, drawing, ms, warningCodes } the analysis with those lists left
//                                     empty (the page puts the parts back), the drawing plan of
//                                     layout.js, and each warning's code and count (or null), which the
//                                     page words in its language
//   { type: 'exports', id, lang, markdown, csv }  afterwards (toMarkdown and toCsv take seconds on a
//                                     large result; the page draws meanwhile)
// or { type: 'error', id, message, code, params } (code: the core's not-text, too-large or bad-option;
// params: looksLike, bytes, limit).
//
// The page starts this worker first thing (boot.js), so loading the core overlaps the page's own
// loading. The module's code is requested at once, alongside its bindings, rather than after them.

const wasm = fetch(new URL('./pkg/wenxi_bg.wasm', import.meta.url));
wasm.catch(() => {}); // a failed fetch is reported by init() below

const layout = import('./layout.js');

/** Items per `part` message. */
const PART_ITEMS = 1000;
const PARTED = ['figures', 'dates', 'entities', 'removed'];

async function load() {
  const core = await import('./pkg/wenxi.js');
  await layout;
  await core.default({ module_or_path: wasm });
  // Build the core's tables (dictionary, gazetteer, regexes) now, not on the user's first paste.
  core.warmUp();
  postMessage({
    type: 'ready', version: core.version(), maxBytes: core.maxBytes(), extensions: core.fileExtensions(),
    units: core.unitNames('zh'),
  });
  return core;
}

const loaded = load().catch((error) => {
  postMessage({ type: 'fatal', message: messageOf(error) });
  return null;
});

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** The last result, for its Markdown and CSV in another language: `{ id, analysis }`. */
let last = null;

function exports(core, id, analysis, lang) {
  try {
    postMessage({ type: 'exports', id, lang, markdown: core.toMarkdown(analysis, lang), csv: core.toCsv(analysis, lang) });
  } catch (error) {
    postMessage({ type: 'exports', id, lang, error: messageOf(error) });
  }
}

self.onmessage = async (event) => {
  const { id, text, bytes, options, lang } = event.data;
  const core = await loaded;
  if (!core) return;
  if (event.data.type === 'exports') {
    if (last && last.id === id) exports(core, id, last.analysis, lang);
    else postMessage({ type: 'exports', id, lang, error: 'no such result' });
    return;
  }
  const { plan, planBuffers } = await layout;
  const { analyseBytes, analyseText } = core;
  last = null;
  let analysis;
  try {
    postMessage({ type: 'progress', id, stage: 'analysing' });
    const started = performance.now();
    analysis = bytes ? analyseBytes(new Uint8Array(bytes), options) : analyseText(text, options);
    const ms = Math.round(performance.now() - started);
    postMessage({ type: 'progress', id, stage: 'planning' });
    const drawing = plan(analysis);
    postMessage({ type: 'progress', id, stage: 'sending' });
    const head = { ...analysis };
    for (const list of PARTED) {
      const items = analysis[list] || [];
      if (items.length <= PART_ITEMS) continue;
      head[list] = [];
      for (let at = 0; at < items.length; at += PART_ITEMS) {
        postMessage({ type: 'part', id, list, items: items.slice(at, at + PART_ITEMS) });
      }
    }
    const warningCodes = analysis.warning_codes || [];
    postMessage({ type: 'result', id, analysis: head, drawing, ms, warningCodes }, planBuffers(drawing));
  } catch (error) {
    const { code, looksLike, bytes: size, limit } = error ?? {};
    postMessage({ type: 'error', id, message: messageOf(error), code, params: { looksLike, bytes: size, limit } });
    return;
  }
  last = { id, analysis };
  exports(core, id, analysis, lang);
};
