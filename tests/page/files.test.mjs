// Files go to the core as bytes: a dropped GBK page and a picked Big5 text are decoded by the wasm
// intake (the page never calls a lossy `text()`), and the meta card shows the decoded title. Inputs
// above the core's size limit (its `maxBytes()`, sent with the worker's "ready") are refused by the page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFile, fixture, holdWasm, metaValues, nextResult, openPage, usePage } from './helpers.mjs';

const env = usePage();

async function articleText(page) {
  return page.$eval('#article', (el) => el.textContent);
}

test('a dropped GBK page is decoded', async () => {
  const page = await openPage(env);
  const bytes = await fixture('gbk-article.html');
  await nextResult(page, () => dropFile(page, 'gbk-article.html', bytes, 'text/html'));
  assert.match(await articleText(page), /工业总产值67亿元/);
  const [, , , , encoding, format] = await metaValues(page);
  assert.match(encoding, /GBK|GB18030|GB2312/i);
  assert.equal(format, '网页');
  assert.match(await page.textContent('#file-chip'), /gbk-article\.html/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a dropped GBK page shows its decoded title', async () => {
  const page = await openPage(env);
  const bytes = await fixture('gbk-article.html');
  await nextResult(page, () => dropFile(page, 'gbk-article.html', bytes, 'text/html'));
  const [title] = await metaValues(page);
  assert.equal(title, '成都凉山共建产业园区 上半年工业产值67亿元');
  await page.context().close();
});

test('a picked Big5 text file is decoded', async () => {
  const page = await openPage(env);
  const buffer = await fixture('big5-article.txt');
  await nextResult(page, () => page.setInputFiles('#file', { name: 'big5-article.txt', mimeType: 'text/plain', buffer }));
  assert.match(await articleText(page), /工業產值45億元/);
  const [, , , , encoding, , script] = await metaValues(page);
  assert.match(encoding, /Big5/i);
  assert.equal(script, '繁体');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a picked Big5 text file shows its decoded title', async () => {
  const page = await openPage(env);
  const buffer = await fixture('big5-article.txt');
  await nextResult(page, () => page.setInputFiles('#file', { name: 'big5-article.txt', mimeType: 'text/plain', buffer }));
  const [title, source] = await metaValues(page);
  assert.equal(title, '甘眉工業園區上半年實現產值45億元');
  assert.equal(source, '眉山日報');
  await page.context().close();
});

test('a file that is not text is refused with a message', async () => {
  const page = await openPage(env);
  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await page.waitForFunction(() => document.body.dataset.state === 'error');
  assert.match(await page.textContent('#status'), /photo\.png/);
  await page.context().close();
});

test('an input above the size limit gets a clear message, not a frozen tab', async () => {
  const page = await openPage(env);
  const buffer = Buffer.alloc(9 * 1024 * 1024, 'a');
  await page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer });
  await page.waitForFunction(() => document.body.dataset.state === 'error');
  assert.match(await page.textContent('#status'), /输入过大.*9\.0 MB.*8\.0 MB/);
  await page.context().close();
});

test('a file above the size limit dropped while the core loads waits for the core\'s limit', async () => {
  const context = await env.browser.newContext();
  const release = await holdWasm(context);
  const page = await openPage(env, { context, waitReady: false });
  const buffer = Buffer.alloc(9 * 1024 * 1024, 'a');
  await page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'loading');
  release();
  await page.waitForFunction(() => document.body.dataset.state === 'error');
  // The page's own message (the core's would read 分析失败：input too large …).
  assert.match(await page.textContent('#status'), /输入过大.*9\.0 MB.*8\.0 MB/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
