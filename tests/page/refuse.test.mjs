// Refused and empty inputs: a file that is not text (by its name, or by its bytes: a PNG renamed .txt),
// an empty file, a file without any text. Each clears the old result and its file chip and says, in
// the result area and the status line and in the interface's language, what was wrong and what is
// accepted. A saved text whose analysis failed, was cancelled or never ended is brought back on a
// reload but not analysed again until asked.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFile, nextResult, openPage, paste, seed, usePage, waitState } from './helpers.mjs';

const env = usePage();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

/** A page with seed 002 analysed from a dropped file: a result and a file chip to lose. */
async function pageWithResult() {
  const page = await openPage(env);
  const bytes = Buffer.from(await seed('002-kunming-mohan.txt'));
  await nextResult(page, () => dropFile(page, 'kunming.txt', bytes));
  assert.match(await page.textContent('#file-chip'), /kunming\.txt/);
  assert.ok(await page.locator('#article .hl').count() > 0);
  return page;
}

/** What the page shows after a refusal: the state, status, notice, chip and what is left of the result. */
async function shown(page) {
  await waitState(page, ['error']);
  return page.evaluate(() => ({
    status: document.getElementById('status').textContent,
    notice: document.querySelector('#article .notice')?.textContent ?? '',
    chip: document.getElementById('file-chip').hidden ? null : document.getElementById('file-chip').textContent,
    highlights: document.querySelectorAll('#article .hl').length,
    summary: document.getElementById('summary').children.length,
    legend: document.getElementById('legend').children.length,
    exports: [...document.querySelectorAll('.exports button')].every((b) => b.disabled),
  }));
}

function assertCleared(state) {
  assert.equal(state.chip, null, 'the file chip does not name a refused file, nor an old one');
  assert.equal(state.highlights, 0, 'the old article is gone');
  assert.equal(state.summary, 0, 'the old summary is gone');
  assert.equal(state.legend, 0);
  assert.ok(state.exports, 'nothing to export');
  assert.match(state.notice, /可以分析：.*\.txt.*\.html.*8\.0 MB/, 'the notice says what is accepted');
}

test('a dropped PNG clears the old result and says why, in Chinese', async () => {
  const page = await pageWithResult();
  await dropFile(page, 'photo.png', PNG, 'image/png');
  const state = await shown(page);
  assertCleared(state);
  assert.match(state.notice, /无法打开“photo\.png”：这不是文本文件/);
  assert.match(state.status, /photo\.png/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a PNG renamed .txt is refused by the core with a translated message', async () => {
  const page = await pageWithResult();
  await dropFile(page, 'renamed.txt', PNG);
  const state = await shown(page);
  assertCleared(state);
  assert.match(state.notice, /无法分析“renamed\.txt”：这不是文本文件，看起来是 PNG 图片/);
  assert.doesNotMatch(state.notice + state.status, /not a text file|looks like/);
  // The notice follows the language.
  await page.click('#lang');
  assert.match(await page.textContent('#article .notice'), /Cannot analyse “renamed\.txt”: it is not text; it looks like a PNG image/);
  assert.match(await page.textContent('#article .notice'), /Accepted: .*\.txt/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a PDF renamed .html is refused the same way', async () => {
  const page = await openPage(env);
  await dropFile(page, 'report.html', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), 'text/html');
  const state = await shown(page);
  assert.match(state.notice, /看起来是 PDF 文档/);
  await page.context().close();
});

test('an empty file says it is empty and clears the old result', async () => {
  const page = await pageWithResult();
  await dropFile(page, 'empty.txt', Buffer.alloc(0));
  const state = await shown(page);
  assertCleared(state);
  assert.match(state.notice, /“empty\.txt”是空文件/);
  assert.doesNotMatch(state.status, /分析完成/);
  await page.context().close();
});

test('a file without any text (blank lines only) says so', async () => {
  const page = await pageWithResult();
  await dropFile(page, 'blank.html', Buffer.from('<html><body>\n\n   \n</body></html>'), 'text/html');
  const state = await shown(page);
  assertCleared(state);
  assert.match(state.notice, /“blank\.html”中没有找到可分析的文字/);
  await page.context().close();
});

test('a good file after a refused one is analysed and named', async () => {
  const page = await openPage(env);
  await dropFile(page, 'photo.png', PNG, 'image/png');
  await waitState(page, ['error']);
  await nextResult(page, () => dropFile(page, 'again.txt', Buffer.from('园区实现工业总产值67亿元，同比增长109%。')));
  assert.match(await page.textContent('#file-chip'), /again\.txt/);
  assert.equal(await page.locator('#article .notice').count(), 0);
  await page.context().close();
});

test('a cancelled analysis of the saved text is not started again on reload', async () => {
  const page = await openPage(env);
  const text = await seed('000-chengdu-liangshan.txt');
  await paste(page, text);
  await page.waitForFunction((t) => localStorage.getItem('wenxi.text') === t, text);
  // A run that never ended (the tab was closed while it ran) and one that was cancelled.
  for (const [outcome, message] of [['pending', /上次的分析没有完成/], ['cancelled', /上次的分析已取消/], ['failed', /上次的分析失败了/]]) {
    await page.evaluate((o) => localStorage.setItem('wenxi.run', o), outcome);
    await page.reload();
    await waitState(page, ['ready']);
    await page.waitForFunction(() => /上次的分析/.test(document.getElementById('status').textContent));
    assert.match(await page.textContent('#status'), message);
    assert.equal(await page.inputValue('#input'), text, 'the text is back');
    assert.equal(await page.locator('#article .hl').count(), 0, 'but not analysed');
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  }
  // Asked, it is analysed; then a reload analyses it again as usual.
  await nextResult(page, () => page.click('#analyse'));
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.run')), null);
  await page.reload();
  await waitState(page, ['done']);
  await page.context().close();
});

test('pressing Cancel remembers it for the reload', async () => {
  const page = await openPage(env);
  // A text long enough (no analysis as you type) that the analysis is still under way when cancelled.
  await page.evaluate(() => {
    const input = document.getElementById('input');
    input.value = Array.from({ length: 6000 }, (_, i) => `第${i}号园区实现工业总产值${i}亿元，同比增长${i % 97}%。`).join('');
    input.dispatchEvent(new Event('input'));
  });
  await page.click('#analyse');
  await waitState(page, ['busy', 'rendering']);
  await page.click('#cancel');
  await waitState(page, ['ready']);
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.run')), 'cancelled');
  await page.context().close();
});
