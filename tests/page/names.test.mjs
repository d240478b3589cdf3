// The page names the core's enumerations itself (legend layers, their hues and markers, the words for
// approx, modality and script): these lists must hold exactly the values of the core's types, as the TypeScript
// types generated from src/model (www/pkg/wenxi.d.ts, built by scripts/build.sh) spell them.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const WWW = new URL('../../www/', import.meta.url);
// i18n.js sets the document's language when the language changes: a stand-in outside the browser.
globalThis.document = { documentElement: {} };
const { LAYERS, setLang, t } = await import(new URL('i18n.js', WWW));

/** The string values of `export type NAME = "a" | "b" …;` in the generated types. */
async function union(name) {
  const types = await readFile(new URL('pkg/wenxi.d.ts', WWW), 'utf8');
  const line = types.match(new RegExp(`^export type ${name} = (.*);$`, 'm'));
  assert.ok(line, `www/pkg/wenxi.d.ts declares ${name} (run scripts/build.sh first)`);
  return [...line[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

/** `[lang, t(key)]` in both languages. */
function inBoth(key) {
  return ['zh', 'en'].map((lang) => {
    setLang(lang);
    return [lang, t(key)];
  });
}

/** The layers of a legend group, sorted. */
function group(name) {
  return LAYERS.filter((l) => l.group === name).map((l) => l.key).sort();
}

test('the legend layers are the figure kinds, the dates and the entity types', async () => {
  assert.deepEqual(group('figure'), (await union('FigureKind')).sort());
  assert.deepEqual(group('date'), ['date']);
  assert.deepEqual(group('entity'), (await union('EntityType')).sort());
  assert.equal(LAYERS.length, group('figure').length + 1 + group('entity').length, 'no other layer, each once');
  assert.equal(new Set(LAYERS.map((l) => l.key)).size, LAYERS.length, 'each layer once');
});

test('every layer has a name, a marker and a hue', async () => {
  const keys = LAYERS.map((l) => l.key).sort();
  for (const table of ['layer', 'marker']) {
    for (const [lang, names] of inBoth(table)) assert.deepEqual(Object.keys(names).sort(), keys, `${lang} ${table}`);
  }
  const css = await readFile(new URL('style.css', WWW), 'utf8');
  const hues = [...css.matchAll(/^\[data-layer="([a-z]+)"\] \{ --h: /gm)].map((m) => m[1]).sort();
  assert.deepEqual(hues, keys, 'style.css gives each layer a hue');
});

test('approx, modality and script have a word for each of the core\'s values', async () => {
  for (const [table, type] of [['approxNames', 'Approx'], ['modalityNames', 'Modality'], ['scriptNames', 'Script']]) {
    const values = (await union(type)).sort();
    for (const [lang, names] of inBoth(table)) assert.deepEqual(Object.keys(names).sort(), values, `${lang} ${table}`);
  }
});
