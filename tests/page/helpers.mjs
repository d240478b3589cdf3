// Shared set-up of the page tests: serve www/, drive headless Chromium with playwright-core, and ask the
// wasm core directly (inside the page) for the analysis the page should show.

import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = new URL('../data/seeds/', import.meta.url);
export const FIXTURES = new URL('./fixtures/', import.meta.url);
export const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The page served: www/ (with its built pkg/), or WENXI_WWW to try another copy. */
const WWW = process.env.WENXI_WWW || fileURLToPath(new URL('../../www/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** A seed article's text. */
export function seed(name) {
  return readFile(new URL(name, SEEDS), 'utf8');
}

/** A fixture's bytes. */
export function fixture(name) {
  return readFile(new URL(name, FIXTURES));
}

/**
 * Registers before/after hooks that start the server and the browser for the calling test file.
 * Returns an object whose `url`, `browser` are filled in once the hooks ran.
 */
export function usePage() {
  const env = {};
  before(async () => {
    env.server = await startServer({ port: 0, root: WWW });
    env.origin = `http://127.0.0.1:${env.server.address().port}`;
    env.url = `${env.origin}/`;
    env.browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    await mkdir(RESULTS, { recursive: true });
  });
  after(async () => {
    await env.browser?.close();
    await new Promise((done) => (env.server ? env.server.close(done) : done()));
  });
  return env;
}

/**
 * Opens the page in a fresh context and waits for the core to be ready. `page.requests` lists every
 * URL the page asked for, `page.errors` every uncaught error and console error.
 */
export async function openPage(env, { colorScheme = 'light', waitReady = true, context: given } = {}) {
  const context = given || await env.browser.newContext({ colorScheme, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    page.errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(env.url);
  // A wait, not a timing: on a loaded 2-core machine a fresh context's worker has taken over 30 s to
  // compile and warm up the core after an 8 MB analysis in the context before.
  if (waitReady) await waitState(page, ['ready', 'done'], 60000);
  return page;
}

/** Waits until `body[data-state]` is one of `states`. */
export async function waitState(page, states, timeout = 30000) {
  await page.waitForFunction((wanted) => wanted.includes(document.body.dataset.state), states, { timeout });
}

/** Runs `action`, then waits for the next finished rendering of a result. */
export async function nextResult(page, action, timeout = 30000) {
  const before = await page.evaluate(() => Number(document.body.dataset.rendered || 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.rendered || 0) > n && document.body.dataset.state === 'done',
    before, { timeout });
}

/** Pastes `text` into the input (as the user would: an input event) and waits for the result. */
export async function paste(page, text) {
  await nextResult(page, () => page.fill('#input', text));
}

/** The analysis, Markdown and CSV (in `lang`: en or zh) the wasm core gives for `text`, computed inside
 *  the page. */
export async function coreAnalyse(page, text, options = {}, lang = 'en') {
  return page.evaluate(async ({ text, options, lang }) => {
    const core = await import('./pkg/wenxi.js');
    await core.default();
    const analysis = core.analyseText(text, options);
    return { analysis, markdown: core.toMarkdown(analysis, lang), csv: core.toCsv(analysis, lang) };
  }, { text, options, lang });
}

/** Per layer, the number of distinct mentions drawn in the article. */
export async function drawnCounts(page) {
  return page.evaluate(() => {
    const counts = {};
    for (const el of document.querySelectorAll('#article .hl[data-first]')) {
      counts[el.dataset.layer] = (counts[el.dataset.layer] || 0) + 1;
    }
    return counts;
  });
}

/** Per layer, the number of mentions in an analysis. */
export function expectedCounts(analysis) {
  const counts = {};
  const add = (layer) => {
    counts[layer] = (counts[layer] || 0) + 1;
  };
  analysis.figures.forEach((f) => add(f.kind));
  analysis.dates.forEach(() => add('date'));
  analysis.entities.forEach((e) => add(e.type));
  return counts;
}

/** Drops a file with `bytes` onto the drop zone, the way a browser delivers a dragged file. */
export async function dropFile(page, name, bytes, type = 'text/plain') {
  const transfer = await page.evaluateHandle(({ name, data, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], name, { type }));
    return dt;
  }, { name, data: [...bytes], type });
  await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
}

/** The text of the meta card's value for a label position (0 title, 1 source …). */
export async function metaValues(page) {
  return page.$$eval('#meta-card dl.meta dd', (dds) => dds.map((dd) => dd.textContent));
}

/**
 * The layers that have drawn mentions, most mentions first. Fails at once, naming what it waits on,
 * when the core found nothing of `wanted` (a layer, or any layer when left out).
 */
export async function drawnLayers(page, wanted, waitsOn = 'the extractors') {
  const counts = await drawnCounts(page);
  const layers = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
  if (wanted ? !counts[wanted] : layers.length === 0) {
    throw new Error(`the core found no ${wanted || ''} mentions in this article: waits on ${waitsOn}`);
  }
  return layers;
}

/** Holds back the wasm module of every page of `context` (the core stays loading) until the returned
 *  function is called. */
export async function holdWasm(context) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The Latin words of `strings` (`[text, where]` pairs) that are neither in `allowed` nor in `source`
 * (the article's own text, where the Latin words of its content come from). */
export function strays(strings, source, allowed) {
  const found = [];
  for (const [text, where] of strings) {
    for (const word of text.match(/\.?[A-Za-z][A-Za-z0-9+-]*/g) || []) {
      if (!allowed.has(word) && !source.includes(word.replace(/^\./, ''))) found.push(`${word} (in ${where}: ${text.slice(0, 80)})`);
    }
  }
  return found;
}
