// One language at a time: in the Chinese interface no Latin word is shown outside a short list of
// names that have no Chinese form (JSON, CSV, Markdown, encodings, file extensions, keys) and the
// article's own content. Every visible text node, the placeholders, titles and labels, the markers and
// the tooltips are read, after results with warnings, removed lines, a timeline with quarters, units
// (元, 公里, 亩) and a refusal.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFile, nextResult, openPage, strays, usePage } from './helpers.mjs';

const env = usePage();

/** Latin words the Chinese interface may show: formats, encodings, extensions, keys, the name. */
const ALLOWED = new Set([
  'JSON', 'CSV', 'Markdown', 'wenxi', 'English', 'MB', 'KB', 'Esc', 'j', 'n', 'k', 'p',
  'UTF-8', 'UTF-16', 'UTF-16LE', 'UTF-16BE', 'GBK', 'gb18030', 'GB18030', 'Big5',
  '.txt', '.text', '.html', '.htm', '.xhtml', '.shtml', 'PNG', 'PDF',
]);

/** A page of the kind the core cleans: navigation, byline, footer, a paragraph printed twice, and two
 *  bytes that are not UTF-8 (a warning). */
function messyPage() {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>成都凉山共建产业园区 上半年工业产值67亿元</title></head>
<body><div class="nav">首页 &gt; 新闻中心 &gt; 园区动态</div>
<h1>成都凉山共建产业园区 上半年工业产值67亿元</h1>
<p>来源：四川日报　2011-08-12 09:30</p>
<p>今年上半年，成都—凉山工业园区30家规模以上工业企业累计实现工业总产值67亿元，较去年同期增长109%。</p>
<p>园区计划总投资12.5亿元，新签约项目18个，占地面积约1200亩，距成都约四百公里。</p>
<p>今年上半年，成都—凉山工业园区30家规模以上工业企业累计实现工业总产值67亿元，较去年同期增长109%。</p>
<p>（记者 王明 责任编辑 李华）</p>
<div class="footer">版权所有 四川日报网 蜀ICP备05003498号</div>
</body></html>`;
  const bytes = Buffer.from(html, 'utf8');
  const at = bytes.indexOf(Buffer.from('园区计划'));
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]);
}

/** Every string the page shows (outside the article's text and the input box), with where it is. */
async function shownStrings(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('textarea, script, style, .tip-text')) continue;
      // The article is the article's own text; a notice drawn in its place is the interface's.
      if (el.closest('#article') && !el.closest('.notice')) continue;
      const inSvgTitle = el.closest('svg title');
      if (!inSvgTitle && !el.checkVisibility()) continue;
      if (node.textContent.trim()) out.push([node.textContent, el.id || el.className || el.tagName]);
    }
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
      for (const name of ['placeholder', 'title', 'aria-label']) {
        if (el.getAttribute(name)) out.push([el.getAttribute(name), `@${name}`]);
      }
    }
    for (const el of document.querySelectorAll('#article [data-mark]')) out.push([el.dataset.mark, '@data-mark']);
    return out;
  });
}

/** The article's own text, where the Latin words of its content come from. */
async function content(page) {
  return page.evaluate(() => document.getElementById('article').textContent
    + [...document.querySelectorAll('#removed-list li')].map((li) => li.lastChild.textContent).join('\n'));
}

/** Shows the tooltip of the first highlight of each list (a figure, a date, an entity) and reads it. */
async function tooltips(page) {
  const out = [];
  for (const layer of ['money', 'length', 'area', 'date', 'place', 'park']) {
    const el = page.locator(`#article .hl[data-first][data-layer="${layer}"]`).first();
    if (await el.count() === 0) continue;
    await el.focus();
    await page.waitForSelector('#tooltip:not([hidden])');
    out.push(...(await page.$$eval('#tooltip dt, #tooltip dd', (els) => els.map((e) => [e.textContent, 'tooltip']))));
  }
  return out;
}

test('no stray Latin word in the Chinese interface: seed 002 (timeline quarters, units)', async () => {
  const page = await openPage(env);
  await nextResult(page, () => page.click('button.sample[data-file="002-kunming-mohan.txt"]'));
  const strings = [...await shownStrings(page), ...await tooltips(page)];
  assert.deepEqual(strays(strings, await content(page), ALLOWED), []);
  // Units by name, dates in words.
  const units = await page.$$eval('#figures-table td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(units.includes('元') && units.includes('公里') && units.includes('亩'), units.join(' '));
  assert.ok(!units.includes('CNY'));
  assert.match(await page.textContent('ol.timeline'), /2025年一季度/);
  // The same page in English: codes, not names.
  await page.click('#lang');
  const english = await page.$$eval('#figures-table td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(english.includes('CNY') && english.includes('km') && english.includes('mu'), english.join(' '));
  assert.match(await page.textContent('ol.timeline'), /2025-Q1/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no stray Latin word in the Chinese interface: removed lines, warnings, format', async () => {
  const page = await openPage(env);
  await nextResult(page, () => dropFile(page, 'messy.html', messyPage(), 'text/html'));
  await page.click('#removed-summary');
  const reasons = await page.$$eval('#removed-list .reason', (els) => els.map((e) => e.textContent));
  assert.ok(reasons.includes('导航'), reasons.join(' '));
  assert.ok(reasons.includes('重复'), reasons.join(' '));
  const warnings = await page.textContent('#warnings');
  assert.match(warnings, /有 2 处字节无法按 UTF-8 解码/);
  assert.match(warnings, /逐字重复的段落，已合并为一段/);
  const strings = [...await shownStrings(page), ...await tooltips(page)];
  assert.deepEqual(strays(strings, `${await content(page)} messy.html`, ALLOWED), []);
  // In English the warnings read as the core wrote them.
  await page.click('#lang');
  assert.match(await page.textContent('#warnings'), /2 malformed byte sequences were in UTF-8 replaced with U\+FFFD/);
  assert.ok((await page.$$eval('#removed-list .reason', (els) => els.map((e) => e.textContent))).includes('navigation'));
  await page.context().close();
});

test('no stray Latin word in the Chinese interface: a refusal', async () => {
  const page = await openPage(env);
  await dropFile(page, 'renamed.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await page.waitForFunction(() => document.body.dataset.state === 'error');
  const strings = await shownStrings(page);
  assert.deepEqual(strays(strings, 'renamed.txt', ALLOWED), []);
  await page.context().close();
});
