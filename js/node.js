// Node: the core is read from the .wasm in the package and compiled on first use.
import { readFile } from 'node:fs/promises';
import initWasm from './pkg/wenxi.js';
import { api } from './api.js';

export const { init, analyse, toMarkdown, toCsv, unitNames, maxBytes, fileExtensions, version } =
  api(async () => initWasm({ module_or_path: await readFile(new URL('./pkg/wenxi_bg.wasm', import.meta.url)) }));
