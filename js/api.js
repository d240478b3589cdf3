// The package's API over the wasm core (pkg/: the page's own build, wasm-bindgen's `web` target),
// whichever way the module is loaded: index.js fetches the .wasm beside it (browsers, bundlers),
// node.js reads it from disk. Each entry hands its loader to `api`.
import * as core from './pkg/wenxi.js';

/**
 * The package's functions, loading the core with `load` (a function returning a promise) on first use.
 * `analyse(input, options)` takes what the page's worker takes: a string (a paste) or the bytes of a file
 * (Uint8Array, ArrayBuffer, a Node Buffer) in any common encoding, and `{ referenceDate, file }`. It
 * resolves to the analysis of the contract (docs/CONTRACT.md), or rejects, as the page's analyser does,
 * with an Error whose `code` is the core's `not-text`, `too-large` or `bad-option` and whose `params`
 * are `{ looksLike, bytes, limit }`.
 */
export function api(load) {
  let loading;
  const init = () => (loading ??= Promise.resolve().then(load).then(() => undefined));
  // Each function waits for the core, then calls it; a failed load is retried on the next call.
  const after = (call) => async (...args) => {
    try {
      await init();
    } catch (error) {
      loading = undefined;
      throw error;
    }
    return call(...args);
  };
  return {
    init,
    analyse: after((input, options) => {
      try {
        if (typeof input === 'string') return core.analyseText(input, options);
        if (input instanceof ArrayBuffer) return core.analyseBytes(new Uint8Array(input), options);
        if (ArrayBuffer.isView(input)) {
          return core.analyseBytes(new Uint8Array(input.buffer, input.byteOffset, input.byteLength), options);
        }
      } catch (error) {
        throw refusal(error);
      }
      throw new TypeError('wenxi.analyse: the input must be a string, a Uint8Array or an ArrayBuffer');
    }),
    toMarkdown: after((analysis, lang) => core.toMarkdown(analysis, lang)),
    toCsv: after((analysis, lang) => core.toCsv(analysis, lang)),
    unitNames: after((lang) => core.unitNames(lang)),
    maxBytes: after(() => core.maxBytes()),
    fileExtensions: after(() => core.fileExtensions()),
    version: after(() => core.version()),
  };
}

/** The core's error with the `params` the page's analyser gives it. */
function refusal(error) {
  if (error instanceof Error && typeof error.code === 'string') {
    const { looksLike, bytes, limit } = error;
    error.params = { looksLike, bytes, limit };
  }
  return error;
}
