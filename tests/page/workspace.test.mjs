// The workspace (many articles): 20 articles dropped at once (the five seeds and fifteen generated
// variants) plus a file that is not text; the list, the parks and partners merged by canonical name
// (甘眉工業園區 and 甘眉园区 one park), the figures filtered and sorted, the joint timeline opening its
// sentence in the single view, the chart; the exports (JSON, CSV zip, Markdown); a reload finds it all
// again; clearing forgets it. Keyboard use and the accessible names of every control; every string in
// the interface's language. Its code loads only when it is opened.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULTS, ROOT, SEEDS, holdWasm, openPage, strays, usePage, waitState } from './helpers.mjs';

const env = usePage();

/** Where the screenshots go: test-results/, or (WENXI_SCREENSHOTS=docs) the README's. */
const SCREENSHOTS = process.env.WENXI_SCREENSHOTS ? join(ROOT, process.env.WENXI_SCREENSHOTS) : RESULTS;

const SEED_NAMES = readdirSync(fileURLToPath(SEEDS)).filter((f) => f.endsWith('.txt')).sort();

/** Fifteen generated articles of the seeds' kind: a park, a year, output and investment figures. */
function variants() {
  const parks = ['甘眉园区', '甘眉园区', '甘眉园区', '磨憨—磨丁合作区', '资阳临空经济区'];
  const sources = ['眉山日报', '四川日报', '甘孜日报', '昆明日报', '资阳发布'];
  const out = [];
  for (let i = 0; i < 15; i += 1) {
    const park = parks[i % parks.length];
    const year = 2019 + (i % 6);
    const output = (300 + i * 23.5).toFixed(1);
    const text = `您的位置: 首页 > 园区动态 >

${park}${year}年工业总产值突破${Math.floor(output / 100) * 100}亿元

${sources[i % sources.length]}    ${year + 1}年0${1 + (i % 9)}月1${i % 10}日

本报讯 ${year}年，${park}实现工业总产值${output}亿元，同比增长${(10 + i * 1.3).toFixed(1)}%。园区全年新签约项目${10 + i}个，计划总投资${120 + i * 7}亿元。

${park}负责人介绍，${year + 1}年园区将力争实现工业总产值${(Number(output) * 1.2).toFixed(0)}亿元。

（记者 张三）
`;
    out.push({ name: `variant-${String(i + 1).padStart(2, '0')}.txt`, text });
  }
  return out;
}

/** The 20 articles (seeds and variants), and a PNG under a text file's name. */
async function articles() {
  const seeds = await Promise.all(SEED_NAMES.map(async (name) => ({ name, text: await readFile(new URL(name, SEEDS), 'utf8') })));
  return [...seeds, ...variants()];
}
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

/** Drops files onto the workspace, the way a browser delivers several dragged files. */
async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, data, text } of list) {
      dt.items.add(new File([text !== undefined ? text : new Uint8Array(data)], name, { type: name.endsWith('.png') ? 'image/png' : 'text/plain' }));
    }
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('#ws-drop', type, { dataTransfer: transfer });
}

/** Opens the workspace and waits for it (and its saved articles) to be shown. */
async function openWorkspace(page) {
  await page.click('#view');
  await page.waitForFunction(() => document.body.dataset.view === 'workspace' && document.getElementById('ws-add-files'));
}

/** Waits until every article of the workspace finished (`total` of them) and the tables were drawn. */
async function settled(page, total, timeout = 60000) {
  await page.waitForFunction((n) => {
    const ws = document.getElementById('workspace');
    return ws.dataset.state === 'idle' && ws.dataset.total === String(n) && ws.dataset.done === String(n)
      && Number(ws.dataset.drawn || 0) > 0;
  }, total, { timeout });
  // The tables follow the last result in a task of their own.
  await page.waitForFunction(() => document.querySelectorAll('#ws-figures tbody tr').length > 0 || document.getElementById('workspace').dataset.total === '0');
}

/** Rows of a table as arrays of cell texts. */
function tableRows(page, id) {
  return page.$$eval(`#${id} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
}

/** The text of a download started by clicking `selector`. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The files of a store-only zip: `{ name: text }`, checking each one's CRC-32. */
function unzip(bytes) {
  const table = [];
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  const crc = (b) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const files = {};
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    assert.equal(bytes.readUInt16LE(at + 8), 0, 'stored');
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extra = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const data = bytes.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    assert.equal(crc(data), bytes.readUInt32LE(at + 14), `CRC of ${name}`);
    files[name] = data.toString('utf8');
    at += 30 + nameLength + extra + size;
  }
  assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'the central directory follows the files');
  return files;
}

/** Latin words the Chinese interface may show (as in language.test.mjs), and the workspace's own. */
const ALLOWED = new Set([
  'JSON', 'CSV', 'Markdown', 'wenxi', 'English', 'MB', 'KB', 'Esc', 'j', 'n', 'k', 'p', 'zip',
  'UTF-8', 'UTF-16', 'GBK', 'Big5', '.txt', '.html', 'PNG', 'PDF',
]);

/** Every string the workspace shows or names (text, placeholders, titles, labels), with where it is. */
function shownStrings(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.getElementById('workspace');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('textarea')) continue;
      if (!el.closest('svg') && !el.checkVisibility()) continue;
      if (node.textContent.trim()) out.push([node.textContent, el.id || el.className || el.tagName]);
    }
    for (const el of root.querySelectorAll('[placeholder], [title], [aria-label], optgroup[label]')) {
      for (const name of ['placeholder', 'title', 'aria-label', 'label']) {
        if (el.getAttribute(name)) out.push([el.getAttribute(name), `@${name}`]);
      }
    }
    for (const option of root.querySelectorAll('option')) out.push([option.textContent, 'option']);
    out.push([document.getElementById('view').textContent, '#view']);
    return out;
  });
}

/** Interactive elements of the workspace without an accessible name (text, aria-label or a label). */
function unnamed(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('#workspace button, #workspace select, #workspace textarea, #workspace input, #workspace progress')) {
      const name = el.getAttribute('aria-label') || (el.labels && [...el.labels].map((l) => l.textContent).join(' ')) || el.textContent;
      if (!name || !name.trim()) out.push(el.id || el.outerHTML.slice(0, 80));
    }
    return out;
  });
}

test('the workspace: 20 articles dropped, the tables, the timeline, the chart, exports, reload, clear', async () => {
  const page = await openPage(env);
  // The workspace's code is not part of the page's first download.
  assert.ok(!page.requests.some((url) => url.includes('/workspace/')), 'the workspace is loaded only when opened');
  await openWorkspace(page);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ws-add-files');
  assert.ok(page.requests.some((url) => url.endsWith('/workspace/workspace.js')));
  assert.ok(await page.isHidden('main.layout'));

  const list = await articles();
  await dropFiles(page, [...list, { name: 'picture.png', data: PNG }]);
  await settled(page, 21);

  // The list: title, source, date, counts, status.
  const rows = await tableRows(page, 'ws-articles');
  assert.equal(rows.length, 21);
  assert.equal(rows.filter((r) => r[7] === '完成').length, 20, rows.map((r) => r[7]).join(' '));
  const bad = rows.find((r) => r[7] !== '完成');
  assert.match(bad[7], /^出错：.*picture\.png.*不是文本文件/);
  const ganmei = rows.find((r) => r[1].startsWith('鞏固成果'));
  assert.deepEqual([ganmei[2], ganmei[3]], ['甘孜日報', '2023-06-02']);
  assert.ok(Number(ganmei[4]) > 0 && Number(ganmei[6]) > 0);
  assert.match(await page.textContent('#ws-status'), /全部完成：20 \/ 21 篇，1 篇出错/);

  // Parks and partners: 甘眉工業園區 (seed 001, canonical 甘眉工业园区) and 甘眉园区 (the variants) are one park.
  const parks = await tableRows(page, 'ws-parks');
  const gm = parks.filter((r) => r[0].includes('甘眉'));
  assert.equal(gm.length, 1, gm.map((r) => r[0]).join(' | '));
  assert.match(gm[0][0], /甘眉园区/);
  assert.match(gm[0][0], /甘眉工业园区/);
  assert.equal(gm[0][1], '园区');
  const gmArticles = await page.$$eval('#ws-parks tbody tr', (trs) => trs.find((tr) => tr.cells[0].textContent.includes('甘眉')).querySelectorAll('button').length);
  assert.equal(gmArticles, 10, 'seed 001 and nine variants');
  assert.equal(gm[0][4], '2020-01-10');
  assert.equal(gm[0][5], '2025-06-15');
  assert.ok(parks.some((r) => r[0] === '成都' && r[1] === '合作方'));

  // Figures: filter by kind and by article, sort by value both ways (aria-sort says which).
  await page.selectOption('#ws-f-kind', 'money');
  const kinds = new Set((await tableRows(page, 'ws-figures')).map((r) => r[2]));
  assert.deepEqual([...kinds], ['金额']);
  await page.click('#ws-figures [data-sort="value"]');
  await page.click('#ws-figures [data-sort="value"]');
  assert.equal(await page.getAttribute('#ws-figures th:has([data-sort="value"])', 'aria-sort'), 'descending');
  const values = (await tableRows(page, 'ws-figures')).map((r) => Number(r[3].replace(/,/g, ''))).filter((v) => !Number.isNaN(v));
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  const articleId = await page.$eval('#ws-f-article', (s) => [...s.options].find((o) => o.textContent.startsWith('建设重点')).value);
  await page.selectOption('#ws-f-article', articleId);
  const kunming = await tableRows(page, 'ws-figures');
  assert.ok(kunming.length > 0 && kunming.every((r) => r[0].startsWith('建设重点')));
  assert.match(await page.textContent('#ws-figures-shown'), /显示 \d+ \/ \d+/);
  await page.selectOption('#ws-f-article', '');
  await page.selectOption('#ws-f-kind', '');
  await page.selectOption('#ws-f-modality', 'plan');
  assert.ok((await tableRows(page, 'ws-figures')).every((r) => r[7] === '计划'));
  await page.selectOption('#ws-f-modality', '');

  // The joint timeline, by date.
  const dates = await page.$$eval('#ws-timeline time', (ts) => ts.map((t) => t.dateTime));
  assert.ok(dates.length > 30, `${dates.length} timeline entries`);
  assert.deepEqual(dates, [...dates].sort());

  // The chart: the merged park's money figures over time, in SVG with its name; its data exportable.
  const park = await page.$eval('#ws-chart-pick', (s) => [...s.options].find((o) => o.textContent === '甘眉园区').value);
  await page.selectOption('#ws-chart-pick', park);
  assert.match(await page.getAttribute('#ws-chart svg', 'aria-label'), /甘眉园区/);
  const dots = await page.locator('#ws-chart svg circle').count();
  assert.ok(dots >= 18, `${dots} dots`);
  const chartCsv = await downloaded(page, '#ws-chart-export');
  assert.equal(chartCsv.bytes.toString('utf8').trim().split('\r\n').length, dots + 1);

  // Exports: JSON (every analysis and the tables), CSV (a zip of four tables), the Markdown brief.
  const json = JSON.parse((await downloaded(page, '#ws-export-json')).bytes.toString('utf8'));
  assert.equal(json.articles.length, 21);
  assert.equal(json.articles.filter((a) => a.analysis && a.analysis.version === 1).length, 20);
  assert.ok(json.parks.some((p) => p.forms.includes('甘眉工业园区') && p.forms.includes('甘眉园区')));
  assert.ok(json.figures.length > 100 && json.timeline.length === dates.length);
  const zipped = await downloaded(page, '#ws-export-csv');
  assert.equal(zipped.name, 'wenxi-workspace.zip');
  const files = unzip(zipped.bytes);
  assert.deepEqual(Object.keys(files), ['articles.csv', 'parks.csv', 'figures.csv', 'timeline.csv']);
  assert.equal(files['articles.csv'].trim().split('\r\n').length, 22);
  assert.equal(files['figures.csv'].trim().split('\r\n').length, json.figures.length + 1);
  const brief = (await downloaded(page, '#ws-export-md')).bytes.toString('utf8');
  assert.match(brief, /^# 工作区简报/);
  assert.match(brief, /## 园区与合作方[\s\S]*甘眉园区/);

  // Reload: the workspace comes back as it was.
  const parksBefore = await tableRows(page, 'ws-parks');
  await page.reload();
  await waitState(page, ['ready', 'done']);
  await page.waitForFunction(() => document.body.dataset.view === 'workspace');
  await settled(page, 21);
  assert.deepEqual(await tableRows(page, 'ws-articles'), rows);
  assert.deepEqual(await tableRows(page, 'ws-parks'), parksBefore);
  assert.equal(await page.locator('#ws-timeline time').count(), dates.length);
  assert.match(await page.textContent('#ws-status'), /已恢复上次的工作区：21 篇文章/);

  // A timeline entry opens its sentence in the single-article view.
  const entry = page.locator('#ws-timeline button', { hasText: '實現工業總產值507.3億元' }).first();
  await entry.click();
  await page.waitForFunction(() => document.body.dataset.view === 'single' && document.body.dataset.state === 'done');
  const flashed = await page.evaluate(() => {
    const h = CSS.highlights.get('wenxi-flash');
    return h ? [...h][0].toString() : null;
  });
  assert.match(flashed, /實現工業總產值507\.3億元/);
  assert.match(await page.textContent('#meta-card'), /甘孜日報/);

  // Back to the workspace; clear it (asked twice), and a reload finds it empty.
  await openWorkspace(page);
  await page.click('#ws-clear');
  assert.match(await page.textContent('#ws-clear'), /再点一次/);
  await page.click('#ws-clear');
  await page.waitForFunction(() => document.getElementById('workspace').dataset.total === '0');
  assert.ok(await page.isVisible('#ws-empty'));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.view === 'workspace' && document.getElementById('ws-empty'));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#ws-articles tbody tr').count(), 0);
  // Nothing left the browser: every request went to the page's own origin (downloads are blobs).
  assert.deepEqual(page.requests.filter((url) => !url.startsWith(env.origin) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the workspace by keyboard: paste, add, sort, open; every control named; one language at a time', async () => {
  const page = await openPage(env, { colorScheme: 'dark' });
  await page.focus('#view');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ws-add-files');
  // Paste two articles one after another, by keyboard only.
  const list = await articles();
  for (const article of [list[1], list[8]]) {
    await page.focus('#ws-paste');
    await page.keyboard.insertText(article.text);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ws-add-paste');
    await page.keyboard.press('Enter');
  }
  await settled(page, 2);
  const rows = await tableRows(page, 'ws-articles');
  assert.deepEqual(rows.map((r) => r[7]), ['完成', '完成']);
  assert.deepEqual(await unnamed(page), []);
  for (const id of ['ws-articles', 'ws-parks', 'ws-figures']) assert.ok((await page.textContent(`#${id} caption`)).trim(), `${id} has a caption`);
  assert.ok(await page.getAttribute('#ws-timeline', 'aria-label'));
  assert.equal(await page.getAttribute('#ws-chart svg', 'role'), 'img');

  // Sorting by keyboard: focus a column's button, Enter; the focus stays on it.
  await page.focus('#ws-figures [data-sort="metric"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#ws-figures th:has([data-sort="metric"])', 'aria-sort'), 'ascending');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sort), 'metric');

  // No stray Latin word in the Chinese workspace (the articles' own words aside).
  const source = list.map((a) => a.text).join('\n');
  assert.deepEqual(strays(await shownStrings(page), source, ALLOWED), []);
  // In English, the workspace's own words are English.
  await page.click('#lang');
  assert.equal(await page.textContent('#ws-heading'), 'Workspace: many articles');
  assert.equal(await page.textContent('#view'), 'One article');
  assert.deepEqual((await tableRows(page, 'ws-articles')).map((r) => r[7]), ['done', 'done']);
  const own = await page.evaluate(() => {
    const root = document.getElementById('workspace');
    const out = [...root.querySelectorAll('[data-i18n], thead th, .ws-status, #ws-status, .ws-filters option:first-child, #ws-figures-shown')]
      .map((el) => el.textContent);
    for (const el of root.querySelectorAll('[data-i18n-aria], [data-i18n-placeholder], optgroup')) {
      out.push(el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('label'));
    }
    // Labels that quote an article's title or text: the words around the quotation.
    for (const el of root.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label').replace(/“[^”]*”/g, '').replace(/^.*?: /, ''));
    for (const el of root.querySelectorAll('svg circle title')) out.push(el.textContent.replace(/: .*/, ''));
    return out.filter((text) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text));
  });
  assert.deepEqual(own, []);

  // Open an article from the list by keyboard: the single view shows it.
  await page.focus('#ws-articles tbody tr:first-child .ws-open');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.view === 'single' && document.body.dataset.state === 'done');
  assert.match(await page.textContent('#meta-card'), /甘孜日報/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the workspace in light and dark (screenshots), and on a phone nothing is wider than the screen', async () => {
  const list = await articles();
  for (const [scheme, viewport] of [['light', { width: 1280, height: 1000 }], ['dark', { width: 1280, height: 1000 }], ['light', { width: 390, height: 844 }]]) {
    const context = await env.browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await openPage(env, { context });
    await openWorkspace(page);
    await dropFiles(page, list);
    await settled(page, 20);
    const park = await page.$eval('#ws-chart-pick', (s) => [...s.options].find((o) => o.textContent === '甘眉园区').value);
    await page.selectOption('#ws-chart-pick', park);
    if (viewport.width < 500) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= viewport.width, `the page is ${wide} px wide on a ${viewport.width} px screen`);
    } else {
      await page.screenshot({ path: join(SCREENSHOTS, `workspace-${scheme}.png`) });
      await page.evaluate(() => window.scrollTo(0, document.getElementById('ws-parks-heading').getBoundingClientRect().top + window.scrollY - 8));
      await page.screenshot({ path: join(SCREENSHOTS, `workspace-tables-${scheme}.png`) });
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('a file dropped again (same name, same bytes) is listed once, and the status line says so', async () => {
  const [first, second] = await articles();
  const page = await openPage(env);
  await openWorkspace(page);
  await dropFiles(page, [first]);
  await settled(page, 1);
  await dropFiles(page, [first, second, { name: first.name, text: `${first.text}\n（修订）` }]);
  await settled(page, 3);
  const rows = await tableRows(page, 'ws-articles');
  assert.equal(rows.length, 3, 'the same file once; another file and a changed copy of the same name are added');
  assert.match(await page.textContent('#ws-status'), /1 个文件已在工作区中/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a folder picked: its articles, in subfolders too, are added; its other files are skipped', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wenxi-folder-'));
  try {
    const list = await articles();
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'a.txt'), list[0].text);
    await writeFile(join(dir, 'more', 'b.txt'), list[6].text);
    await writeFile(join(dir, 'more', 'c.html'), `<html><head><meta charset="utf-8"><title>t</title></head><body><p>${list[7].text.replace(/\n+/g, '</p><p>')}</p></body></html>`);
    await writeFile(join(dir, 'picture.png'), Buffer.from(PNG));
    const page = await openPage(env);
    await openWorkspace(page);
    assert.ok(await page.isVisible('#ws-add-folder'), 'Chromium has a folder picker');
    await page.setInputFiles('#ws-folder', dir);
    await settled(page, 3);
    const rows = await tableRows(page, 'ws-articles');
    assert.deepEqual(rows.map((r) => r[7]), ['完成', '完成', '完成']);
    assert.ok(rows.some((r) => r[1].startsWith('成都凉山')));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('while articles wait for the pool, the list is usable: statuses, progress, remove, open another view', async () => {
  const page = await openPage(env);
  // The pool's workers wait for the core (the single view's copy is already loaded).
  const release = await holdWasm(page.context());
  await openWorkspace(page);
  const list = await articles();
  await dropFiles(page, list.slice(0, 6));
  await page.waitForFunction(() => document.querySelectorAll('#ws-articles tbody tr').length === 6);
  assert.equal(await page.getAttribute('#workspace', 'data-state'), 'busy');
  assert.deepEqual((await tableRows(page, 'ws-articles')).map((r) => r[7]), Array(6).fill('排队中'));
  assert.ok(await page.isVisible('#ws-progress'));
  assert.match(await page.textContent('#ws-status'), /已分析 0 \/ 6 篇/);
  // Remove one by keyboard; the focus goes back to the first control.
  await page.focus('#ws-articles tbody tr:nth-child(2) .ws-remove');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#ws-articles tbody tr').length === 5);
  // The single view and back, while the batch waits.
  await page.click('#view');
  assert.equal(await page.evaluate(() => document.body.dataset.view), 'single');
  await page.click('#view');
  release();
  await settled(page, 5);
  const rows = await tableRows(page, 'ws-articles');
  assert.deepEqual(rows.map((r) => r[0]), ['1', '3', '4', '5', '6']);
  assert.deepEqual(rows.map((r) => r[7]), Array(5).fill('完成'));
  assert.match(await page.textContent('#ws-status'), /全部完成：5 \/ 5 篇/);
  assert.ok(await page.isHidden('#ws-progress'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
