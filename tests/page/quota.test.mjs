// The user's text is never lost to a full storage: when localStorage refuses it (QuotaExceededError)
// it goes to IndexedDB and a reload brings it back; when IndexedDB refuses it too, the status line says
// so in both languages and the text stays on the page; a long paste goes to IndexedDB and a reload
// brings it back held out of the input box.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextResult, openPage, paste, seed, usePage, waitState } from './helpers.mjs';

const env = usePage();

/** A context whose localStorage is full: every setItem throws QuotaExceededError, as a full store does. */
async function fullLocalStorage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.", 'QuotaExceededError');
    };
  });
  return context;
}

/** Makes IndexedDB refuse writes too, the way a full quota does (a QuotaExceededError). */
async function fullIndexedDb(context) {
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

test('localStorage full: the text goes to IndexedDB and a reload brings it back', async () => {
  const context = await fullLocalStorage();
  const page = await openPage(env, { context });
  const text = await seed('000-chengdu-liangshan.txt');
  await paste(page, text);
  // Saved once the typing pause passed: not in localStorage (full), but in IndexedDB.
  await page.waitForFunction(() => new Promise((resolve) => {
    const request = indexedDB.open('wenxi');
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('texts')) return resolve(false);
      const get = db.transaction('texts').objectStore('texts').get('text');
      get.onsuccess = () => resolve(typeof get.result === 'string' && get.result.length > 1000);
      get.onerror = () => resolve(false);
    };
    request.onerror = () => resolve(false);
  }), null, { polling: 200 });
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.text')), null);
  assert.doesNotMatch(await page.textContent('#status'), /存储|未能保存/);
  const count = await page.locator('#article .hl[data-first]').count();

  await page.reload();
  await waitState(page, ['done']);
  assert.equal(await page.inputValue('#input'), text);
  assert.equal(await page.locator('#article .hl[data-first]').count(), count);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('all storage full: the user is told, in both languages, and the text stays on the page', async () => {
  const context = await fullLocalStorage();
  await fullIndexedDb(context);
  const page = await openPage(env, { context });
  const text = await seed('002-kunming-mohan.txt');
  await paste(page, text);
  await page.waitForFunction(() => /未能保存/.test(document.getElementById('status').textContent), null, { polling: 100 });
  assert.match(await page.textContent('#status'), /分析完成.*存储空间不足.*保留在内存中/);
  assert.equal(await page.inputValue('#input'), text);
  await page.click('#lang');
  assert.match(await page.textContent('#status'), /Analysed in .*storage is full.*kept in memory/);
  // The note stays while the text is unsaved: the next analysis keeps it.
  await nextResult(page, () => page.click('#analyse'));
  assert.match(await page.textContent('#status'), /storage is full/);
  assert.equal(await page.inputValue('#input'), text);
  // Clear drops the text on purpose, and the note with it.
  await page.click('#clear');
  assert.doesNotMatch(await page.textContent('#status'), /storage/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a long paste is kept in IndexedDB and comes back held out of the input box after a reload', { timeout: 60000 }, async () => {
  const page = await openPage(env);
  const text = (await seed('002-kunming-mohan.txt')).replace(/\n/g, '').repeat(60);
  assert.ok(text.length > 200000);
  await nextResult(page, () => page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const input = document.getElementById('input');
    input.focus();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text), 50000);
  assert.equal(await page.isVisible('#held-chip'), true);
  await page.waitForTimeout(500); // the save waits for a pause
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.text')), null);
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('held-chip').hidden, null, { polling: 100 });
  assert.equal(await page.inputValue('#input'), '');
  await waitState(page, ['busy', 'rendering', 'done'], 50000);
  if (await page.isVisible('#cancel')) await page.click('#cancel', { timeout: 2000 }).catch(() => {}); // it may have finished
  await waitState(page, ['ready', 'done']);
  assert.equal(await page.isVisible('#held-chip'), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
