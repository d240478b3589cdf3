// The analysis worker: loads the wasm core once and analyses what the page sends, off the main thread.
//
// Messages in:  { id, text, options } or { id, bytes, options } (bytes: an ArrayBuffer of a file).
// Messages out: { type: 'ready', version } once the core is loaded, { type: 'fatal', message } if it
// cannot load, then per request { type: 'progress', id, stage }, and { type: 'result', id, analysis,
// markdown, csv, ms } or { type: 'error', id, message }.

import init, { analyseBytes, analyseText, toCsv, toMarkdown, version } from './pkg/wenxi.js';

const loaded = init().then(
  () => {
    postMessage({ type: 'ready', version: version() });
    return true;
  },
  (error) => {
    postMessage({ type: 'fatal', message: messageOf(error) });
    return false;
  },
);

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

self.onmessage = async (event) => {
  const { id, text, bytes, options } = event.data;
  if (!(await loaded)) return;
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
