// The layout at 1280 px and on a 390 px phone, with seed 002 analysed: the article has no scroll of
// its own (the page scrolls; on the desktop the summary stays in view beside it), nothing on the phone
// scrolls inside the page, hidden chips take no room, list numbers sit level with their item's first
// line, a highlight's marker stays on the line of its text, chart labels are whole, the timeline's
// texts start at one place and the filter's label stands apart from its input. Screenshots in light
// and dark of both land in test-results/ (the README's come from them: WENXI_SCREENSHOTS=docs).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, ROOT, nextResult, openPage, usePage } from './helpers.mjs';

const env = usePage();

const SCREENSHOTS = process.env.WENXI_SCREENSHOTS ? join(ROOT, process.env.WENXI_SCREENSHOTS) : RESULTS;

async function open(viewport, colorScheme = 'light') {
  const context = await env.browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
  const page = await openPage(env, { context });
  await nextResult(page, () => page.click('button.sample[data-file="002-kunming-mohan.txt"]'));
  return page;
}

/** Elements (other than the page, and the input box, a text field) that scroll vertically: more
 *  content than height, overflow not visible. */
async function innerScrollers(page) {
  return page.evaluate(() => [...document.querySelectorAll('body *:not(textarea)')].filter((el) => {
    const style = getComputedStyle(el);
    return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.checkVisibility();
  }).map((el) => el.id || el.className || el.tagName));
}

/** A screenshot of the window scrolled to the result (the legend, the article and the summary). */
async function screenshot(page, name) {
  await page.evaluate(() => window.scrollTo(0, document.getElementById('result-pane').getBoundingClientRect().top + window.scrollY - 8));
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** The visual checks shared by both widths; returns nothing, fails on the first defect. */
async function checkDetails(page) {
  // Hidden chips take no room.
  const chips = await page.$$eval('#file-chip, #held-chip', (els) => els.map((el) => el.getBoundingClientRect().width));
  assert.deepEqual(chips, [0, 0], 'hidden chips are not drawn');

  // Numbers of the numbered lists level with the first line of their item.
  const numbers = await page.$$eval('ol.plain > li', (lis) => lis.map((li) => {
    const num = li.querySelector('.num').getBoundingClientRect();
    const item = li.lastElementChild;
    const range = document.createRange();
    range.selectNodeContents(item);
    const firstLine = range.getClientRects()[0];
    return { gap: Math.abs(num.top - firstLine.top), lines: Math.round(item.getBoundingClientRect().height / firstLine.height) };
  }));
  assert.ok(numbers.length > 5);
  assert.ok(numbers.some((n) => n.lines > 1), 'some item wraps');
  for (const n of numbers) assert.ok(n.gap < 6, `a number ${n.gap}px off its item's first line`);

  // A highlight's marker on the line of its first character.
  const apart = await page.$$eval('#article .hl[data-first]', (els) => els.filter((el) => {
    const rects = el.getClientRects();
    const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.length > 0);
    if (!text || rects.length < 2) return false;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    return Math.abs(range.getClientRects()[0].top - rects[0].top) > 4;
  }).map((el) => el.textContent));
  assert.deepEqual(apart, [], 'markers wrapped onto the line before their text');

  // Chart labels whole and inside the chart.
  const labels = await page.$$eval('#money-chart .bar-label', (els) => els.map((el) => {
    const chart = el.closest('svg').getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { text: el.textContent, inside: box.left >= chart.left - 1 && box.right <= chart.right + 1 };
  }));
  assert.ok(labels.some((l) => l.text === '计划总投资 12.92亿元'), labels.map((l) => l.text).join(' | '));
  for (const l of labels) {
    assert.ok(!l.text.endsWith('…'), `cut: ${l.text}`);
    assert.ok(l.inside, `outside the chart: ${l.text}`);
  }

  // Timeline texts start at one place.
  const starts = await page.$$eval('ol.timeline button.jump > span', (els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
  assert.ok(starts.length > 3);
  assert.equal(new Set(starts).size, 1, `timeline texts start at ${[...new Set(starts)]}`);

  // The filter's label apart from its input.
  const gap = await page.$eval('label.filter', (label) => label.querySelector('input').getBoundingClientRect().left
    - label.querySelector('span').getBoundingClientRect().right);
  assert.ok(gap >= 4, `the filter label is ${gap}px from its input`);
}

test('desktop, 1280 px: the article scrolls with the page, the summary stays beside it', async () => {
  const page = await open({ width: 1280, height: 900 });
  // The summary pane is the one box that scrolls by itself (seed 002's summary is taller than the window).
  assert.deepEqual(await innerScrollers(page), ['summary-pane']);
  const boxes = await page.evaluate(() => {
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    const article = document.getElementById('article');
    return {
      article: box('article'),
      overflow: getComputedStyle(article).overflowY,
      summary: box('summary-pane'),
      viewport: window.innerHeight,
    };
  });
  assert.equal(boxes.overflow, 'visible', 'the article has no scroll box');
  assert.ok(boxes.summary.left > boxes.article.right, 'the summary beside the article');
  assert.ok(boxes.summary.height <= boxes.viewport, 'the summary fits the window');
  // Scrolled down the article, the summary is still in view.
  const scrolled = await page.evaluate(() => {
    const article = document.getElementById('article').getBoundingClientRect();
    const y = Math.round(window.scrollY + article.top + article.height / 2 - window.innerHeight / 2);
    window.scrollTo(0, y);
    return { y, tall: article.height > 2 * window.innerHeight };
  });
  assert.ok(scrolled.tall, 'the article is taller than two windows: it is not capped');
  const top = await page.$eval('#summary-pane', (el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 20, `the summary is at ${top}px after scrolling`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkDetails(page);
  await screenshot(page, 'page-desktop-light.png');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('phone, 390 px: stacked, nothing scrolls inside the page, nothing wider than the screen', async () => {
  const page = await open({ width: 390, height: 844 });
  assert.deepEqual(await innerScrollers(page), []);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  assert.ok(widths.page <= widths.view, `the page is ${widths.page}px wide on a ${widths.view}px screen`);
  const order = await page.evaluate(() => ['input-pane', 'result-pane', 'summary-pane']
    .map((id) => document.getElementById(id).getBoundingClientRect().top));
  assert.ok(order[0] < order[1] && order[1] < order[2], 'input, article, summary stacked');
  await checkDetails(page);
  await screenshot(page, 'page-phone-light.png');
  await page.context().close();
});

test('screenshots in dark, desktop and phone', async () => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const page = await open(viewport, 'dark');
    await screenshot(page, `page-${name}-dark.png`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
