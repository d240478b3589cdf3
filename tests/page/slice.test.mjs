// The vertical slice: paste seed 000 and its money and percent figures are highlighted, with the
// value the wasm core computed in the tooltip; the page draws exactly the mentions the core found.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreAnalyse, drawnCounts, drawnLayers, expectedCounts, openPage, paste, seed, usePage } from './helpers.mjs';

const env = usePage();

test('pasting seed 000 highlights 67亿元 and 109% with their values in the tooltip', async () => {
  const page = await openPage(env);
  const text = await seed('000-chengdu-liangshan.txt');
  await paste(page, text);
  await drawnLayers(page, 'money', 'the figures extractor');

  const money = page.locator('#article .hl[data-layer="money"][data-first]', { hasText: /^67亿元$/ }).first();
  await money.hover();
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  const moneyTip = await tip.textContent();
  assert.match(moneyTip, /67亿元/);
  assert.match(moneyTip, /6,700,000,000/, `tooltip shows the value in yuan: ${moneyTip}`);
  assert.match(moneyTip, /单位\s*元/, `the unit by its Chinese name: ${moneyTip}`);

  const percent = page.locator('#article .hl[data-layer="percent"][data-first]', { hasText: /^109%$/ }).first();
  await percent.focus();
  await page.waitForFunction(() => /109%/.test(document.getElementById('tooltip').textContent));
  const percentTip = await tip.textContent();
  assert.match(percentTip, /百分比/);
  assert.match(percentTip, /数值\s*109(?!\d)/, percentTip);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page draws every figure, date and entity the core finds, each at its offsets', async () => {
  const page = await openPage(env);
  for (const name of ['000-chengdu-liangshan.txt', '001-ganmei.txt', '002-kunming-mohan.txt']) {
    const text = await seed(name);
    await paste(page, text);
    const { analysis } = await coreAnalyse(page, text);
    assert.deepEqual(await drawnCounts(page), expectedCounts(analysis), `${name}: counts per layer`);
    const drawn = await page.$$eval('#article .hl[data-first]', (els) => els.map((el) => el.dataset.id));
    assert.equal(new Set(drawn).size, drawn.length, `${name}: one first element per mention`);
    // Every mention whose element holds it whole shows exactly the core's text.
    const texts = await page.$$eval('#article .hl[data-first]', (els) => els
      .filter((el) => !document.querySelector(`#article .hl[data-id="${el.dataset.id}"]:not([data-first])`))
      .map((el) => [el.dataset.id, el.textContent]));
    for (const [id, shown] of texts) {
      const [list, index] = id.split(':');
      assert.equal(shown, analysis[list][Number(index)].text, `${name}: ${id}`);
    }
    // The article shows the body, paragraph by paragraph.
    const body = await page.$$eval('#article p', (ps) => ps.map((p) => p.textContent).join('\n'));
    assert.equal(body, analysis.body.split('\n').filter((line) => line.trim() !== '').join('\n'));
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
