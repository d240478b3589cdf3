// The legend switches layers off and on; toggles and highlights are reachable by keyboard; the
// summary panel scrolls to and flashes a mention.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnLayers, openPage, paste, seed, usePage } from './helpers.mjs';

const env = usePage();

/** The background and marker of the first drawn mention of `layer`. */
function look(page, layer) {
  return page.$eval(`#article .hl[data-layer="${layer}"][data-first]`, (el) => ({
    background: getComputedStyle(el).backgroundColor,
    marker: getComputedStyle(el, '::before').content,
    tabIndex: el.tabIndex,
  }));
}

test('a legend toggle hides and shows its layer', async () => {
  const page = await openPage(env);
  await paste(page, await seed('000-chengdu-liangshan.txt'));
  const [layer, other] = await drawnLayers(page);
  const toggle = page.locator(`#legend button.toggle[data-layer="${layer}"]`);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const count = Number(await toggle.locator('.count').textContent());
  assert.equal(count, await page.locator(`#article .hl[data-layer="${layer}"][data-first]`).count());

  const on = await look(page, layer);
  assert.notEqual(on.background, 'rgba(0, 0, 0, 0)');
  assert.notEqual(on.marker, 'none');

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const off = await look(page, layer);
  assert.equal(off.background, 'rgba(0, 0, 0, 0)');
  assert.equal(off.marker, 'none');
  assert.equal(off.tabIndex, -1);
  // Other layers stay.
  if (other) assert.notEqual((await look(page, other)).background, 'rgba(0, 0, 0, 0)');

  await toggle.click();
  assert.deepEqual(await look(page, layer), on);
  await page.context().close();
});

test('toggles are reached by Tab and switched by the keyboard', async () => {
  const page = await openPage(env);
  await paste(page, await seed('000-chengdu-liangshan.txt'));
  await drawnLayers(page);
  // The legend follows the input pane in the tab order: Tab from the last sample button.
  await page.locator('button.sample').last().focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => (document.activeElement.matches('#legend button.toggle')
    ? document.activeElement.dataset.layer : null));
  if (await page.locator('#legend button.toggle').count() > 1) {
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement.matches('#legend button.toggle'));
    assert.ok(second, 'the next toggle takes the focus by Tab');
    await page.keyboard.press('Shift+Tab');
  }
  assert.ok(focused, 'a legend toggle takes the focus by Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`#legend button.toggle[data-layer="${focused}"]`, 'aria-pressed'), 'false');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute(`#legend button.toggle[data-layer="${focused}"]`, 'aria-pressed'), 'true');
  await page.context().close();
});

test('j and k move through the highlights and show their tooltip', async () => {
  const page = await openPage(env);
  await paste(page, await seed('000-chengdu-liangshan.txt'));
  await drawnLayers(page);
  await page.focus('#legend button.toggle');
  await page.keyboard.press('j');
  const first = await page.evaluate(() => document.activeElement.dataset.id);
  const all = await page.$$eval('#article .hl[data-first]', (els) => els.map((el) => el.dataset.id));
  assert.equal(first, all[0]);
  assert.equal(await page.isVisible('#tooltip'), true);
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), all[1]);
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), all[0]);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tooltip'), false);
  await page.context().close();
});

test('clicking a row of the figures table scrolls to and flashes its span', async () => {
  const page = await openPage(env);
  await paste(page, await seed('002-kunming-mohan.txt'));
  await drawnLayers(page, 'money', 'the figures extractor');
  const rows = page.locator('#figures-table tbody tr');
  const n = await rows.count();
  assert.ok(n > 0, 'the figures table has rows');
  const last = rows.nth(n - 1);
  const id = await last.getAttribute('data-id');
  await last.locator('button.jump').click();
  const span = page.locator(`#article .hl[data-id="${id}"][data-first]`);
  await page.waitForFunction((sel) => document.querySelector(sel).classList.contains('flash'),
    `#article .hl[data-id="${id}"][data-first]`);
  assert.equal(await span.evaluate((el) => document.activeElement === el), true);
  await page.context().close();
});

test('the figures table sorts and filters', async () => {
  const page = await openPage(env);
  await paste(page, await seed('002-kunming-mohan.txt'));
  await drawnLayers(page, 'money', 'the figures extractor');
  const total = await page.locator('#figures-table tbody tr').count();
  await page.click('#figures-table button.sort[data-column="value"]');
  const values = await page.$$eval('#figures-table tbody tr', (trs) => trs.map((tr) => tr.dataset.id));
  assert.equal(values.length, total);
  assert.equal(await page.getAttribute('#figures-table th:nth-child(4)', 'aria-sort'), 'ascending');
  await page.selectOption('#figure-kind', 'money');
  const kinds = await page.$$eval('#figures-table tbody tr td:nth-child(3)', (tds) => [...new Set(tds.map((td) => td.textContent))]);
  assert.ok(kinds.length <= 1);
  if (kinds.length) assert.equal(kinds[0], '金额');
  await page.selectOption('#figure-kind', '');
  await page.fill('#figure-filter', 'zzz-no-such-figure');
  assert.equal(await page.locator('#figures-table tbody tr').count(), 0);
  await page.context().close();
});
