// The measurements of `npm run bench`, run inside headless Chromium by scripts/bench.mjs (which also
// opens the real page, www/index.html, for its cold start). Every function resolves to plain numbers
// (milliseconds, bytes) that the runner turns into the table; nothing here prints or judges.
//
// The two wasm packages are imported by name (see the import map in index.html) and only inside the
// functions, so that a cold measurement includes fetching and compiling them.

/** A one-sentence article: the first analysis of it builds whatever the core builds lazily. */
export const TINY = '园区实现工业总产值67亿元，同比增长109%。';

/** The size of the throughput text: at least this many UTF-8 bytes. */
export const BIG_BYTES = 1 << 20;

/** The seed pages measured when the page is run by hand (the runner passes the list it finds). */
const DEFAULT_SEEDS = ['000-chengdu-liangshan.txt', '001-ganmei.txt', '002-kunming-mohan.txt', '003-mianyang.txt',
  '004-ziyang.txt'];

const SEEDS_URL = new URL('../tests/data/seeds/', import.meta.url);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` once untimed, then `runs` times; the median milliseconds and the last result. */
function timed(fn, runs) {
  let result = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = fn();
    times.push(performance.now() - started);
  }
  return { ms: median(times), times, result };
}

function heapBytes() {
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

/**
 * wenxi's cold start in this (fresh) page: fetch + compile + initialise the module the way the page's
 * worker does (`init()` of pkg/wenxi.js), then the first analysis of a tiny text, which builds the
 * lazily made tables (the segmenter's dictionary, the regexes).
 */
export async function coldWenxi() {
  const started = performance.now();
  const core = await import('wenxi');
  await core.default();
  const initialised = performance.now();
  core.analyseText(TINY, {});
  const first = performance.now();
  return { initMs: initialised - started, firstMs: first - initialised, readyMs: first - started };
}

/** jieba-wasm's cold start, measured the same way: `init()`, then the first `cut` of the tiny text. */
export async function coldJieba() {
  const started = performance.now();
  const jieba = await import('jieba-wasm/web');
  await jieba.default();
  const initialised = performance.now();
  jieba.cut(TINY, true);
  const first = performance.now();
  return { initMs: initialised - started, firstMs: first - initialised, readyMs: first - started };
}

/**
 * The throughput text (BENCHMARKS.md, "The 1 MB text"): copies k = 1, 2, … of the seed bodies, each
 * copy the bodies joined by a line break with the tag （第k篇） put before every sentence end (。！？!?) and at the end
 * of every line, the copies separated by a blank line, until the text has at least BIG_BYTES UTF-8
 * bytes (or `target`). The tags make every sentence and paragraph unique, so that the cleaner folds nothing as a
 * verbatim repeat (it would fold plain copies, which would make them trivially fast).
 */
export function bigText(bodies, target = BIG_BYTES) {
  const unit = bodies.join('\n');
  const encoder = new TextEncoder();
  const copies = [];
  let bytes = 0;
  for (let k = 1; bytes < target; k++) {
    const copy = unit.replace(/[。！？!?]|$/gm, `（第${k}篇）$&`);
    bytes += encoder.encode(copy).length + (copies.length ? 2 : 0);
    copies.push(copy);
  }
  return copies.join('\n\n');
}

/**
 * The warm measurements, in one page: wenxi on each seed page (its bytes through `analyseBytes`, as a
 * dropped file) and on the 1 MB text, its memory after the 1 MB analysis, the 8 MB text once (its time and
 * the wasm memory's high-water mark after it), then jieba-wasm's `cut` on each
 * seed body and on the same 1 MB text. Medians of `seedRuns` / `bigRuns` runs after one untimed run.
 */
export async function warm({ seeds = DEFAULT_SEEDS, seedRuns = 15, bigRuns = 5 } = {}) {
  const core = await import('wenxi');
  const wasm = await core.default();
  core.analyseText(TINY, {});
  const out = { seeds: [], wenxi: {}, jieba: {} };

  const bodies = [];
  for (const name of seeds) {
    const response = await fetch(new URL(name, SEEDS_URL));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const run = timed(() => core.analyseBytes(bytes, { file: name }), seedRuns);
    bodies.push(run.result.body);
    out.seeds.push({
      name,
      bytes: bytes.length,
      bodyBytes: new TextEncoder().encode(run.result.body).length,
      wenxiMs: run.ms,
    });
  }

  const text = bigText(bodies);
  const bigBytes = new TextEncoder().encode(text);
  const memoryBefore = wasm.memory.buffer.byteLength;
  const big = timed(() => core.analyseBytes(bigBytes, { file: 'bench-1mb.txt' }), bigRuns);
  const analysis = big.result;
  out.wenxi = {
    bigMs: big.ms,
    bigTimes: big.times,
    wasmMemoryBeforeBig: memoryBefore,
    wasmMemory: wasm.memory.buffer.byteLength,
    jsHeap: heapBytes(),
    folded: analysis.removed.filter((r) => r.reason === 'duplicate').length,
    bodyBytes: new TextEncoder().encode(analysis.body).length,
    figures: analysis.figures.length,
    dates: analysis.dates.length,
    entities: analysis.entities.length,
  };
  out.wenxi.exportsMs = timed(() => core.toMarkdown(analysis).length + core.toCsv(analysis).length, 2).ms;

  // The largest input the core takes (8 MiB, less one copy of the seeds so the text stays inside it),
  // once: its time and the wasm linear memory's high-water mark after it (the memory never shrinks).
  const eightBytes = new TextEncoder().encode(bigText(bodies, 8 * BIG_BYTES - (64 << 10)));
  const eight = timed(() => core.analyseBytes(eightBytes, { file: 'bench-8mb.txt' }).figures.length, 1);
  out.wenxi.eight = { bytes: eightBytes.length, ms: eight.ms, wasmMemory: wasm.memory.buffer.byteLength };
  out.text = text;
  out.textBytes = bigBytes.length;

  const jieba = await import('jieba-wasm/web');
  const jiebaWasm = await jieba.default();
  jieba.cut(TINY, true);
  seeds.forEach((name, i) => {
    out.seeds[i].jiebaMs = timed(() => jieba.cut(bodies[i], true), seedRuns).ms;
  });
  const cut = timed(() => jieba.cut(text, true), bigRuns);
  out.jieba = { bigMs: cut.ms, bigTimes: cut.times, words: cut.result.length, wasmMemory: jiebaWasm.memory.buffer.byteLength };
  return out;
}

// By hand: the button runs the warm measurements and shows them (without the 1 MB text itself).
const button = document.getElementById('run');
button?.addEventListener('click', async () => {
  const output = document.getElementById('out');
  button.disabled = true;
  output.textContent = 'running…';
  try {
    const { text, ...result } = await warm();
    output.textContent = JSON.stringify(result, null, 2);
  } catch (error) {
    output.textContent = String(error?.stack || error);
  } finally {
    button.disabled = false;
  }
});
window.bench = { coldWenxi, coldJieba, warm, bigText, tinyText: () => TINY };
document.body.dataset.ready = 'yes';
