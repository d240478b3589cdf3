// Light and dark themes follow the system, keep text contrast ≥ 4.5:1, and are saved as screenshots
// under test-results/.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPage, paste, RESULTS, seed, usePage } from './helpers.mjs';

const env = usePage();

/** The lowest contrast ratios found on the page, worst first: `[ratio, description]`. */
function contrasts(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const background = (el) => {
      const layers = [];
      for (let node = el; node; node = node.parentElement) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      let [r, g, b] = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : [255, 255, 255];
      for (const [lr, lg, lb, la] of layers.reverse()) {
        r = lr * la + r * (1 - la);
        g = lg * la + g * (1 - la);
        b = lb * la + b * (1 - la);
      }
      return [r, g, b];
    };
    const lum = ([r, g, b]) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const selectors = ['body', 'h1', '.tagline', '.muted', 'button:not(:disabled)', 'button.primary', 'textarea',
      '#article p', '#article .hl', '.legend-title', '.toggle .count', '.swatch', '#meta-card dt', '#meta-card dd',
      '#figures-table td', '#figures-table button.sort', 'button.jump', '.chip', 'ol.timeline time', '.removed summary'];
    const found = [];
    for (const selector of selectors) {
      for (const el of [...document.querySelectorAll(selector)].slice(0, 40)) {
        if (!el.textContent.trim() || el.closest('[hidden]')) continue;
        const fg = parse(getComputedStyle(el).color);
        found.push([ratio(fg, background(el)), `${selector} ${el.dataset.layer || ''} “${el.textContent.trim().slice(0, 12)}”`]);
      }
    }
    return found.sort((a, b) => a[0] - b[0]).slice(0, 5);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`${colorScheme} theme: screenshot and text contrast of at least 4.5:1`, async () => {
    const page = await openPage(env, { colorScheme });
    await paste(page, await seed('002-kunming-mohan.txt'));
    const first = page.locator('#article .hl[data-first]').first();
    if (await first.count()) await first.hover();
    await page.screenshot({ path: join(RESULTS, `page-${colorScheme}.png`), fullPage: true });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, colorScheme === 'dark' ? 'rgb(21, 22, 26)' : 'rgb(255, 255, 255)');
    const worst = await contrasts(page);
    assert.ok(worst.length > 0);
    assert.ok(worst[0][0] >= 4.5, `lowest contrast ${worst[0][0].toFixed(2)}: ${worst.map((w) => `${w[0].toFixed(2)} ${w[1]}`).join('; ')}`);
    await page.context().close();
  });
}
