// The JavaScript package (js/) as a user gets it: packed with `npm pack`, installed from the tarball
// into an empty project, then imported by name in Node (its "node" entry) and in headless Chromium
// through an import map (its default entry, for browsers and bundlers). It needs the wasm build
// (scripts/build.sh copies www/pkg into js/pkg).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = '002-kunming-mohan.txt';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let app;
/** The files `npm pack` put in the tarball. */
let packedFiles;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'js/pkg/wenxi_bg.wasm')), 'js/pkg/ is built by scripts/build.sh');
  app = await mkdtemp(join(tmpdir(), 'wenxi-js-'));
  const npm = (...args) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: app, encoding: 'utf8' });
  const [packed] = JSON.parse(npm('pack', join(ROOT, 'js'), '--pack-destination', app, '--json'));
  packedFiles = packed.files.map((f) => f.path).sort();
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm('install', '--offline', join(app, packed.filename));
  await writeFile(join(app, 'seed.txt'), await readFile(join(ROOT, 'tests/data/seeds', SEED)));
});

after(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

test('the packed package has the core, its bindings and the types, and nothing else', async () => {
  const installed = join(app, 'node_modules/wenxi');
  assert.deepEqual(packedFiles, ['README.md', 'api.js', 'index.d.ts', 'index.js', 'node.js', 'package.json',
    'pkg/wenxi.d.ts', 'pkg/wenxi.js', 'pkg/wenxi_bg.wasm', 'pkg/wenxi_bg.wasm.d.ts']);
  const wasm = await readFile(join(installed, 'pkg/wenxi_bg.wasm'));
  assert.deepEqual(wasm, await readFile(join(ROOT, 'www/pkg/wenxi_bg.wasm')), "the page's own module");
  const types = await readFile(join(installed, 'index.d.ts'), 'utf8');
  assert.match(types, /export function analyse\(input: string \| Uint8Array \| ArrayBuffer, options\?: AnalyseOptions\): Promise<Analysis>;/);
});

test('Node imports the package by name and analyses a seed as the page does', async () => {
  await writeFile(join(app, 'node.mjs'), `
    import { readFile } from 'node:fs/promises';
    import { analyse, toMarkdown, toCsv, version, maxBytes } from 'wenxi';
    const bytes = await readFile('seed.txt');
    const a = await analyse(bytes, { file: '${SEED}' });
    const b = await analyse(bytes.toString('utf8'));
    let refused;
    await analyse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])).catch((e) => (refused = e));
    let bad;
    await analyse('一', { referenceDate: '2023-6-1' }).catch((e) => (bad = e));
    console.log(JSON.stringify({
      a, sameAsText: JSON.stringify({ ...a, file: undefined }) === JSON.stringify({ ...b, file: undefined }),
      markdown: await toMarkdown(a), csv: await toCsv(a, 'zh'), version: await version(), maxBytes: await maxBytes(),
      refused: { message: refused.message, code: refused.code, params: refused.params }, bad: bad.code,
    }));
  `);
  const out = JSON.parse(execFileSync('node', ['node.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.equal(out.a.version, 1);
  assert.equal(out.a.file, SEED);
  const figure = out.a.figures.find((f) => f.text === '12.92亿元');
  assert.equal(figure.value, 1292000000);
  assert.equal(figure.metric, '计划总投资');
  assert.equal(out.a.body.slice(figure.start, figure.end), figure.text);
  assert.ok(out.sameAsText, 'the bytes and the text give the same analysis');
  const snapshot = await readFile(join(ROOT, 'tests/snapshots', SEED.replace('.txt', '.md')), 'utf8');
  assert.equal(out.markdown, snapshot, "the brief is the seed's snapshot");
  assert.match(out.csv, /^文件,原文,类型,数值,单位,约数,指标,时期,性质\n/);
  assert.equal(out.version, JSON.parse(await readFile(join(ROOT, 'js/package.json'), 'utf8')).version);
  assert.equal(out.maxBytes, 8 * 1024 * 1024);
  assert.equal(out.refused.code, 'not-text');
  assert.equal(out.refused.params.looksLike, 'a PNG image');
  assert.equal(out.bad, 'bad-option');
});

test('TypeScript (strict) checks a program against the packed types', async () => {
  await writeFile(join(app, 'check.ts'), `
    import { analyse, toMarkdown, type Analysis, type Figure, type Refusal } from 'wenxi';
    const a: Analysis = await analyse(new Uint8Array([0xe4, 0xb8, 0x80]), { referenceDate: '2025-05-08', file: 'a.txt' });
    const f: Figure | undefined = a.figures[0];
    const value: number | undefined = f?.value;
    const kind: 'money' | 'percent' | string | undefined = f?.kind;
    const md: string = await toMarkdown(a, 'zh');
    const published: string | null = a.meta.published;
    analyse('x').catch((e: Refusal) => e.code === 'not-text' && e.params.looksLike);
    console.log(value, kind, md, published);
  `);
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  execFileSync('node', [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--skipLibCheck', 'false', 'check.ts'], { cwd: app, encoding: 'utf8' });
  // A misuse is caught: a number is no input, and `figures` holds no strings.
  await writeFile(join(app, 'wrong.ts'), `
    import { analyse } from 'wenxi';
    const a = await analyse(42);
    const s: string = a.figures[0];
  `);
  assert.throws(() => execFileSync('node', [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022',
    'wrong.ts'], { cwd: app, encoding: 'utf8', stdio: 'pipe' }), (e) => /TS2345/.test(e.stdout) && /TS2322/.test(e.stdout));
});

test('a browser imports the package through an import map and analyses a seed', async () => {
  await writeFile(join(app, 'index.html'), `<!doctype html><meta charset="utf-8">
    <script type="importmap">{ "imports": { "wenxi": "./node_modules/wenxi/index.js" } }</script>
    <script type="module">
      import { analyse } from 'wenxi';
      const bytes = new Uint8Array(await (await fetch('seed.txt')).arrayBuffer());
      window.result = await analyse(bytes, { file: '${SEED}' }).catch((e) => ({ error: e.message }));
    </script>`);
  const server = await startServer({ port: 0, root: app });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => window.result, null, { timeout: 60000 });
    const result = await page.evaluate(() => window.result);
    assert.equal(result.error, undefined);
    assert.equal(result.file, SEED);
    assert.ok(result.figures.some((f) => f.text === '12.92亿元' && f.value === 1292000000));
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
