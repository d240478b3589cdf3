// The pasted text survives a reload until the user clears it; the language choice too.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, paste, seed, usePage, waitState } from './helpers.mjs';

const env = usePage();

test('reload restores the text and its analysis; clear forgets it', async () => {
  const page = await openPage(env);
  const text = await seed('000-chengdu-liangshan.txt');
  await paste(page, text);
  const count = await page.locator('#article .hl[data-first]').count();
  await page.waitForFunction((t) => localStorage.getItem('wenxi.text') === t, text);

  await page.reload();
  await waitState(page, ['done']);
  assert.equal(await page.inputValue('#input'), text);
  assert.equal(await page.locator('#article .hl[data-first]').count(), count);

  await page.click('#clear');
  assert.equal(await page.inputValue('#input'), '');
  await page.reload();
  await waitState(page, ['ready']);
  assert.equal(await page.inputValue('#input'), '');
  assert.equal(await page.locator('#article .hl').count(), 0);
  await page.context().close();
});

test('the English switch changes the interface and is remembered', async () => {
  const page = await openPage(env);
  await paste(page, await seed('000-chengdu-liangshan.txt'));
  assert.equal(await page.textContent('#analyse'), '分析');
  await page.click('#lang');
  assert.equal(await page.textContent('#analyse'), 'Analyse');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#result-heading'), 'Annotated article');
  if (await page.locator('#legend .toggle').count()) assert.match(await page.textContent('#legend'), /[a-z]/);
  await page.reload();
  await waitState(page, ['done']);
  assert.equal(await page.textContent('#analyse'), 'Analyse');
  await page.click('#lang');
  assert.equal(await page.textContent('#analyse'), '分析');
  await page.context().close();
});
