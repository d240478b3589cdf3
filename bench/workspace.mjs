// The workspace's budget (issue 22): 100 seed-sized articles analysed and shown in under 10 s in
// headless Chromium. `node bench/workspace.mjs [--articles N] [--runs N]` (after `npm run build`).
//
// Serves www/, opens the page in a fresh context, opens the workspace (its code and the worker pool
// load then: that is timed apart), then drops N articles at once (the five seeds in turn, each copy
// with a line of its own so that no two are the same text) and times, in the page, from the drop to
// the moment the list, the tables, the timeline and the chart show every article
// (`performance.mark('wenxi-workspace-drawn')`, when `#workspace[data-state=idle]`). The workspace is
// cleared between runs; the median is the number. Exits 0 whether or not the budget is met.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const BUDGET_MS = 10000;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const count = option('--articles', 100);
const runs = option('--runs', 3);

const seedsDir = join(ROOT, 'tests/data/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const articles = Array.from({ length: count }, (_, i) => ({
  name: `article-${String(i + 1).padStart(3, '0')}.txt`,
  text: `${seeds[i % seeds.length]}\n（本文为第 ${i + 1} 篇）\n`,
}));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer({ port: 0, root: join(ROOT, 'www') });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const results = [];
let openMs = null;
let workers = null;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => ['ready', 'done'].includes(document.body.dataset.state), null, { timeout: 60000 });
  const opened = Date.now();
  await page.click('#view');
  await page.waitForFunction(() => document.getElementById('workspace').dataset.state === 'idle', null, { timeout: 60000 });
  openMs = Date.now() - opened;
  for (let run = 0; run < runs; run += 1) {
    const { ms, ...drawing } = await page.evaluate(async (list) => {
      const root = document.getElementById('workspace');
      const dt = new DataTransfer();
      for (const { name, text } of list) dt.items.add(new File([text], name, { type: 'text/plain' }));
      performance.clearMarks('wenxi-workspace-drawn');
      const started = performance.now();
      const drop = document.getElementById('ws-drop');
      for (const type of ['dragenter', 'dragover', 'drop']) drop.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      await new Promise((resolve) => {
        const check = () => {
          if (root.dataset.state === 'idle' && root.dataset.done === String(list.length) && performance.getEntriesByName('wenxi-workspace-drawn').length) resolve();
          else setTimeout(check, 10);
        };
        check();
      });
      const tables = performance.getEntriesByName('wenxi-workspace-tables').filter((m) => m.startTime >= started);
      const cores = performance.getEntriesByName('wenxi-workspace-article').filter((m) => m.startTime >= started - 1000);
      performance.clearMeasures('wenxi-workspace-article');
      return {
        ms: performance.getEntriesByName('wenxi-workspace-drawn').at(-1).startTime - started,
        coreMs: cores.reduce((n, m) => n + m.duration, 0),
        tables: tables.length, tablesMs: tables.reduce((n, m) => n + m.duration, 0), lastTablesMs: tables.at(-1)?.duration,
      };
    }, articles);
    const shown = await page.evaluate(() => ({
      rows: document.querySelectorAll('#ws-articles tbody tr').length,
      done: document.querySelectorAll('#ws-articles tbody tr[data-status="done"]').length,
      figures: document.querySelectorAll('#ws-figures tbody tr').length,
      timeline: document.querySelectorAll('#ws-timeline li').length,
      dots: document.querySelectorAll('#ws-chart circle').length,
    }));
    workers = await page.evaluate(() => document.getElementById('ws-status').textContent);
    results.push({ ms, ...shown, ...drawing });
    console.error(`workspace bench: run ${run + 1}/${runs}: ${ms.toFixed(0)} ms; the core's time in the workers ${drawing.coreMs.toFixed(0)} ms in all; tables drawn ${drawing.tables}× in ${drawing.tablesMs.toFixed(0)} ms (the last ${drawing.lastTablesMs.toFixed(0)} ms); ${JSON.stringify(shown)}`);
    // Clear (asked twice) for the next run.
    await page.click('#ws-clear');
    await page.click('#ws-clear');
    await page.waitForFunction(() => document.getElementById('workspace').dataset.total === '0');
  }
  if (errors.length) console.error(`workspace bench: page errors: ${errors.join('; ')}`);
  await context.close();
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

const ms = median(results.map((r) => r.ms));
console.log(`${count} articles (${(bytes / 1024).toFixed(0)} KB, seed-sized), ${cpus().length} cores, Chromium ${browser.version()}`);
console.log(`open the workspace (code, pool of workers, compiled core): ${openMs} ms`);
console.log(`${count} articles dropped → analysed and shown: median ${ms.toFixed(0)} ms of ${runs} (${results.map((r) => r.ms.toFixed(0)).join(', ')})`);
console.log(`the core's time in the workers, all articles (median): ${median(results.map((r) => r.coreMs)).toFixed(0)} ms`);
console.log(`last status line: ${workers}`);
console.log(`budget: ${count} articles in < ${BUDGET_MS / 1000} s: ${ms < BUDGET_MS ? 'met' : 'NOT met'}`);
