// Browsers and bundlers: the core is fetched from the .wasm beside pkg/wenxi.js (bundlers such as
// webpack 5, Vite, Rollup and esbuild copy it as an asset through `new URL(…, import.meta.url)`).
import initWasm from './pkg/wenxi.js';
import { api } from './api.js';

export const { init, analyse, toMarkdown, toCsv, unitNames, maxBytes, fileExtensions, version } =
  api(() => initWasm({ module_or_path: new URL('./pkg/wenxi_bg.wasm', import.meta.url) }));
