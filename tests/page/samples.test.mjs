// The page's samples are the seed articles: tests/data/seeds/*.txt is their only checked-in copy,
// scripts/build.sh copies them into www/samples/, and the checked-in www/samples/index.json (names in
// both languages, reference dates) must list exactly those seeds, with the reference dates of their gold.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { openPage, SEEDS, seed, usePage } from './helpers.mjs';

const env = usePage();

/** The seed articles' file names, sorted. */
async function seedNames() {
  return (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();
}

async function served(path) {
  const response = await fetch(new URL(path, env.url));
  assert.equal(response.status, 200, `${path} is served (run scripts/build.sh first)`);
  return response;
}

test('index.json lists exactly the seeds, with their gold reference dates', async () => {
  const index = await (await served('samples/index.json')).json();
  assert.deepEqual(index.map((sample) => sample.file).sort(), await seedNames());
  for (const sample of index) {
    assert.ok(sample.zh && sample.en, `${sample.file} is named in Chinese and English`);
    const gold = JSON.parse(await readFile(new URL(sample.file.replace(/\.txt$/, '.gold.json'), SEEDS), 'utf8'));
    assert.equal(sample.referenceDate, gold.reference_date, `${sample.file}: the reference date of its gold`);
  }
});

test('the served samples are the seeds, byte for byte', async () => {
  for (const name of await seedNames()) {
    const bytes = Buffer.from(await (await served(`samples/${name}`)).arrayBuffer());
    assert.ok(bytes.equals(await readFile(new URL(name, SEEDS))), `samples/${name} is tests/data/seeds/${name}`);
  }
});

test('every seed is a sample button that loads its text', async () => {
  const page = await openPage(env);
  await page.waitForSelector('button.sample');
  const files = await page.$$eval('button.sample', (buttons) => buttons.map((b) => b.dataset.file));
  assert.deepEqual([...files].sort(), await seedNames());
  await page.click('button.sample[data-file="003-mianyang.txt"]');
  await page.waitForFunction(() => document.getElementById('input').value.length > 0);
  assert.equal(await page.inputValue('#input'), await seed('003-mianyang.txt'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
