// Exports: the downloaded JSON equals the core's analysis, the CSV and Markdown are the core's, in the
// interface's language (a language switch makes them again).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { coreAnalyse, openPage, paste, seed, usePage } from './helpers.mjs';

const env = usePage();

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('the exported JSON equals the analysis, CSV and Markdown are the core\'s', async () => {
  const page = await openPage(env);
  const text = await seed('002-kunming-mohan.txt');
  await paste(page, text);
  const expected = await coreAnalyse(page, text, {}, 'zh');

  const json = await download(page, '#export-json');
  assert.equal(json.name, 'wenxi.json');
  assert.deepEqual(JSON.parse(json.text), expected.analysis);

  const csv = await download(page, '#export-csv');
  assert.equal(csv.text, expected.csv);
  assert.match(csv.text, /^文件,原文,类型,数值,单位/);
  const md = await download(page, '#export-md');
  assert.equal(md.text, expected.markdown);
  assert.match(md.text, /## 关键数字/);

  // In English, the exports are made again in English (the buttons wait for them).
  await page.click('#lang');
  await page.waitForFunction(() => !document.getElementById('export-md').disabled);
  const english = await coreAnalyse(page, text, {}, 'en');
  assert.equal((await download(page, '#export-md')).text, english.markdown);
  assert.equal((await download(page, '#export-csv')).text, english.csv);
  assert.match(english.markdown, /## Key figures/);
  await page.context().close();
});

test('copy puts the JSON on the clipboard', async () => {
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openPage(env, { context });
  const text = await seed('000-chengdu-liangshan.txt');
  await paste(page, text);
  await page.click('#copy-json');
  await page.waitForFunction(() => /已复制/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await coreAnalyse(page, text);
  assert.deepEqual(JSON.parse(copied), expected.analysis);
  await context.close();
});

test('a sample is one click away and exports under its name', async () => {
  const page = await openPage(env);
  const { nextResult } = await import('./helpers.mjs');
  await nextResult(page, () => page.click('button.sample[data-file="004-ziyang.txt"]'));
  assert.equal(await page.inputValue('#reference-date'), '2023-01-10');
  const text = await seed('004-ziyang.txt');
  assert.equal(await page.inputValue('#input'), text);
  const json = await download(page, '#export-json');
  assert.equal(json.name, '004-ziyang.json');
  const expected = await coreAnalyse(page, text, { referenceDate: '2023-01-10', file: '004-ziyang.txt' });
  assert.deepEqual(JSON.parse(json.text), expected.analysis);
  await page.context().close();
});
