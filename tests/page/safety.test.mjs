// Safety: article text is only ever inserted as text, the CSP is in place, and the page asks for
// nothing beyond its own files.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFile, fixture, nextResult, openPage, paste, seed, usePage } from './helpers.mjs';

const env = usePage();

const EVIL = [
  '园区合作签约项目总投资8亿元',
  '本次签约项目12个，总投资8亿元。<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">项目预计带动就业3000人。',
  '<svg onload="window.__pwned = \'svg\'"></svg><a href="javascript:window.__pwned=1">链接</a>',
].join('\n');

test('a pasted article containing <script> and <img onerror> runs nothing', async () => {
  const page = await openPage(env);
  await paste(page, EVIL);
  await page.hover('#article');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article script, #article img, #article svg, #article a, #summary script, #summary img').count(), 0);
  assert.deepEqual(page.errors, []);
  assert.ok(page.requests.every((url) => !/\/x$/.test(url)), 'the img src was never requested');
  await page.context().close();
});

test('a dropped HTML file with script, onerror and onload runs nothing', async () => {
  const page = await openPage(env);
  const bytes = await fixture('script-article.html');
  await nextResult(page, () => dropFile(page, 'script-article.html', bytes, 'text/html'));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article script, #article img, #article svg').count(), 0);
  assert.match(await page.textContent('#article'), /总投资8亿元/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page carries a strict Content-Security-Policy', async () => {
  const page = await openPage(env);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
    "img-src 'self' data:", "connect-src 'self'", "worker-src 'self'"]) {
    assert.ok(csp.includes(part), `CSP has ${part}`);
  }
  assert.ok(!/unsafe-inline/.test(csp));
  await page.context().close();
});

test('no request leaves the origin', async () => {
  const page = await openPage(env);
  await paste(page, await seed('002-kunming-mohan.txt'));
  await nextResult(page, () => page.click('button.sample[data-file="001-ganmei.txt"]'));
  await page.click('#lang');
  const first = page.locator('#article .hl[data-first]').first();
  if (await first.count()) await first.hover();
  const origin = new URL(env.url).origin;
  const foreign = page.requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.ok(page.requests.some((url) => url.endsWith('.wasm')), 'the wasm came from the origin');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
