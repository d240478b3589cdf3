// `npm run bench` (after scripts/setup.sh and scripts/build.sh): the benchmarks of issue 8 in one run.
//
//   node scripts/bench.mjs [--markdown] [--cold-runs N] [--seed-runs N] [--big-runs N] [--no-native]
//
// Serves the repository root, drives headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM)
// and measures, each as a median:
//   - the real page's cold start (www/index.html in a fresh browser context with the cache disabled):
//     navigation to the `wenxi-ready` mark (the worker has loaded and warmed up the core), then its first
//     analysis of a tiny text, and everything the page downloaded, gzipped;
//   - wenxi's and jieba-wasm's cold start in bench/index.html (fresh contexts): init + first call;
//   - bench/bench.js `warm()`: wenxi on each seed page and on the 1 MB text, its memory, and
//     jieba-wasm's `cut(text, true)` on each seed body and on the same 1 MB text;
//   - natively, the same 1 MB text: criterion's full analysis in process (the budget's number), and the
//     release CLI, process start included.
// It prints the table and every budget as met / NOT met (`--markdown`: as Markdown, for BENCHMARKS.md),
// writes the raw numbers to test-results/bench.json and the Markdown to test-results/bench.md, and exits 0
// whether or not the budgets are met.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { gzSize, mb, pageSize, PAGE_BUDGET_MB } from "./size.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"];
const JIEBA_PKG = "node_modules/jieba-wasm/pkg/web/";
const MiB = 1048576;

/** The budgets of issue 8. */
const BUDGET = { pageGzMb: PAGE_BUDGET_MB, coldMs: 300, browserMbps: 2, nativeMbps: 5, jiebaRatio: 1.5, memoryMb: 100 };

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const markdown = process.argv.includes("--markdown");
const coldRuns = option("--cold-runs", 5);
const seedRuns = option("--seed-runs", 15);
const bigRuns = option("--big-runs", 5);
const native = !process.argv.includes("--no-native");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function log(message) {
  console.error(`bench: ${message}`);
}

/** A fresh context (empty cache, nothing stored) with the HTTP cache disabled, and a page in it. */
async function freshPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return { context, page, errors };
}

/**
 * The real page, cold: navigation start to the `wenxi-ready` mark (the worker has loaded the core),
 * then the first analysis of a tiny text (the page's `wenxi-analyse-start` to `wenxi-rendered`).
 * Also the paths of the files it downloaded (the worker's included).
 */
async function coldPage(browser, origin, tiny) {
  const { context, page, errors } = await freshPage(browser);
  const paths = new Set();
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.add(url.pathname);
  });
  await page.goto(`${origin}/www/index.html`);
  await page.waitForFunction(() => performance.getEntriesByName("wenxi-ready").length > 0, null, { timeout: 60000 });
  const readyMs = await page.evaluate(() => performance.getEntriesByName("wenxi-ready")[0].startTime);
  await page.evaluate((text) => {
    document.getElementById("input").value = text;
    document.getElementById("analyse").click();
  }, tiny);
  await page.waitForFunction(() => document.body.dataset.rendered === "1", null, { timeout: 60000 });
  const firstMs = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    return at("wenxi-rendered") - at("wenxi-analyse-start");
  });
  await context.close();
  if (errors.length) throw new Error(`the page reported errors: ${errors.join("; ")}`);
  return { readyMs, firstMs, paths: [...paths] };
}

/** bench/index.html in a fresh context, then `bench.<name>(arg)` inside it. */
async function inBenchPage(browser, origin, name, arg) {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === "yes");
  try {
    return await page.evaluate(({ name, arg }) => window.bench[name](arg), { name, arg });
  } finally {
    await context.close();
    if (errors.length) log(`bench page errors: ${errors.join("; ")}`);
  }
}

/** The machine, for the record: cores, CPU model, Chromium, Node and rustc versions. */
function machine(chromiumVersion) {
  const rustc = spawnSync("rustc", ["--version"], { encoding: "utf8" }).stdout?.trim() || "rustc: not found";
  return `${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Chromium ${chromiumVersion}, Node ${process.version}, ${rustc}`;
}

/**
 * Native numbers. The budget's: criterion (`cargo bench --bench analyse -- concatenated`), the full
 * analysis of the same 1 MB text in process after warm-up, as the browser's 1 MB row is measured; its
 * median of 10 samples, read from target/criterion. Then, for the record, the release CLI on the 1 MB
 * text and on the tiny text, process start and warm-up included, median of 3 each.
 */
function nativeRun(text, tiny) {
  const target = process.env.CARGO_TARGET_DIR || join(ROOT, "target");
  log("cargo bench --bench analyse -- concatenated (criterion, 1 MB text)");
  const bench = spawnSync("cargo", ["bench", "--bench", "analyse", "--", "concatenated"],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  let criterion = null;
  if (bench.status === 0) {
    const dir = join(target, "criterion", "concatenated", "1MB", "new");
    const estimates = JSON.parse(readFileSync(join(dir, "estimates.json"), "utf8"));
    const { throughput } = JSON.parse(readFileSync(join(dir, "benchmark.json"), "utf8"));
    criterion = { medianMs: estimates.median.point_estimate / 1e6, bytes: throughput.Bytes };
    if (criterion.bytes !== Buffer.byteLength(text)) {
      log(`criterion's 1 MB text has ${criterion.bytes} bytes, the browser's ${Buffer.byteLength(text)}: not the same text`);
    }
  } else {
    log("cargo bench failed: no criterion number");
  }
  log("cargo build --release --bin wenxi");
  const build = spawnSync("cargo", ["build", "--release", "--bin", "wenxi"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) {
    log("cargo build --release failed: no CLI numbers");
    return { criterion, error: "cargo build --release failed" };
  }
  const bin = join(target, "release", "wenxi");
  const dir = mkdtempSync(join(tmpdir(), "wenxi-bench-"));
  try {
    const time = (file) => {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const started = process.hrtime.bigint();
        const run = spawnSync(bin, ["analyse", file, "--format", "json"], { stdio: ["ignore", "ignore", "pipe"] });
        if (run.status !== 0) throw new Error(`wenxi analyse ${file}: ${run.stderr}`);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return median(times);
    };
    writeFileSync(join(dir, "1mb.txt"), text);
    writeFileSync(join(dir, "tiny.txt"), tiny);
    return { criterion, bigMs: time(join(dir, "1mb.txt")), tinyMs: time(join(dir, "tiny.txt")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure() {
  const seeds = readdirSync(join(ROOT, "tests/data/seeds")).filter((f) => f.endsWith(".txt")).sort();
  const server = await startServer({ port: 0, root: ROOT });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const tiny = await inBenchPage(browser, origin, "tinyText");
    const cold = { page: [], first: [], wenxi: [], jieba: [] };
    let paths = [];
    for (let i = 0; i < coldRuns; i++) {
      log(`cold start ${i + 1}/${coldRuns}`);
      const page = await coldPage(browser, origin, tiny);
      cold.page.push(page.readyMs);
      cold.first.push(page.firstMs);
      paths = page.paths;
      cold.wenxi.push(await inBenchPage(browser, origin, "coldWenxi"));
      cold.jieba.push(await inBenchPage(browser, origin, "coldJieba"));
    }
    log(`warm: ${seeds.length} seeds × ${seedRuns}, 1 MB × ${bigRuns}, wenxi then jieba-wasm`);
    const warm = await inBenchPage(browser, origin, "warm", { seeds, seedRuns, bigRuns });
    const version = browser.version();
    return { seeds, tiny, cold, paths, warm, chromium: version };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/** Sizes: wenxi's wasm, what the page downloaded (gzipped), jieba-wasm's wasm and JS. */
function sizes(paths) {
  const file = (rel) => readFileSync(join(ROOT, rel));
  const fetched = paths.map((p) => decodeURIComponent(p).replace(/^\//, "")).filter((p) => !p.endsWith("/"));
  const fetchedGz = fetched.reduce((sum, rel) => sum + gzSize(file(rel)), 0);
  const page = pageSize();
  const listed = page.files.map((f) => `www/${f.file}`);
  const missing = fetched.filter((p) => !listed.includes(p));
  if (missing.length) log(`the page fetched files scripts/size.mjs does not count: ${missing.join(", ")}`);
  const wasm = file("www/pkg/wenxi_bg.wasm");
  const jiebaWasm = file(`${JIEBA_PKG}jieba_rs_wasm_bg.wasm`);
  const jiebaJs = file(`${JIEBA_PKG}jieba_rs_wasm.js`);
  return {
    wasmRaw: wasm.length, wasmGz: gzSize(wasm), pageGz: page.gz, fetchedGz, fetched,
    jiebaRaw: jiebaWasm.length, jiebaGz: gzSize(jiebaWasm), jiebaTotalGz: gzSize(jiebaWasm) + gzSize(jiebaJs),
  };
}

// ---- the report ---------------------------------------------------------------------------------

const ms = (n) => (n == null ? "—" : n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`);
const mbps = (n) => (n == null ? "—" : `${n.toFixed(2)} MB/s`);
const ratio = (a, b) => (a == null || b == null || !b ? "—" : `${(a / b).toFixed(2)}×`);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const size = (n) => (n == null ? "—" : n >= MiB ? mb(n) : kb(n));

function report(r) {
  const { cold, warm, sizes: s } = r;
  const coldCore = (list, key) => median(list.map((c) => c[key]));
  const pageReady = median(cold.page);
  const pageFirst = median(cold.first);
  const wenxiMbps = r.warm.textBytes / MiB / (warm.wenxi.bigMs / 1000);
  const jiebaMbps = r.warm.textBytes / MiB / (warm.jieba.bigMs / 1000);
  const memory = warm.wenxi.wasmMemory + (warm.wenxi.jsHeap ?? 0);
  const eightBar = 16 * warm.wenxi.eight.bytes + 32 * MiB;
  const cliMbps = r.native?.bigMs ? r.warm.textBytes / MiB / (r.native.bigMs / 1000) : null;
  const criterion = r.native?.criterion;
  const nativeMbps = criterion ? criterion.bytes / MiB / (criterion.medianMs / 1000) : null;

  const rows = [
    ["wasm size, raw", size(s.wasmRaw), size(s.jiebaRaw), ratio(s.wasmRaw, s.jiebaRaw)],
    ["wasm size, gzipped", size(s.wasmGz), size(s.jiebaGz), ratio(s.wasmGz, s.jiebaGz)],
    ["download, gzipped (page total / wasm + js)", size(s.pageGz), size(s.jiebaTotalGz), ratio(s.pageGz, s.jiebaTotalGz)],
    ["cold: init (fetch + compile + instantiate)", ms(coldCore(cold.wenxi, "initMs")), ms(coldCore(cold.jieba, "initMs")),
      ratio(coldCore(cold.wenxi, "initMs"), coldCore(cold.jieba, "initMs"))],
    ["cold: first call on a tiny text", ms(coldCore(cold.wenxi, "firstMs")), ms(coldCore(cold.jieba, "firstMs")),
      ratio(coldCore(cold.wenxi, "firstMs"), coldCore(cold.jieba, "firstMs"))],
    ["cold: init + first call", ms(coldCore(cold.wenxi, "readyMs")), ms(coldCore(cold.jieba, "readyMs")),
      ratio(coldCore(cold.wenxi, "readyMs"), coldCore(cold.jieba, "readyMs"))],
    ["page: navigation to ready (core loaded and warmed up)", ms(pageReady), "—", "—"],
    ["page: first analysis of a tiny text, rendered", ms(pageFirst), "—", "—"],
    ...warm.seeds.map((seed) => [`seed ${seed.name} (${kb(seed.bytes)}; jieba: its ${kb(seed.bodyBytes)} body)`,
      ms(seed.wenxiMs), ms(seed.jiebaMs), ratio(seed.wenxiMs, seed.jiebaMs)]),
    [`1 MB text (${(r.warm.textBytes / MiB).toFixed(2)} MB)`, ms(warm.wenxi.bigMs), ms(warm.jieba.bigMs),
      ratio(warm.wenxi.bigMs, warm.jieba.bigMs)],
    ["1 MB throughput", mbps(wenxiMbps), mbps(jiebaMbps), ratio(wenxiMbps, jiebaMbps)],
    ["1 MB: toMarkdown + toCsv of the result (the worker runs both)", ms(warm.wenxi.exportsMs), "—", "—"],
    ["wasm memory after the 1 MB runs", size(warm.wenxi.wasmMemory), size(warm.jieba.wasmMemory),
      ratio(warm.wenxi.wasmMemory, warm.jieba.wasmMemory)],
    ["JS heap after the 1 MB analysis (result held)", size(warm.wenxi.jsHeap), "—", "—"],
    [`8 MB text (${(warm.wenxi.eight.bytes / MiB).toFixed(2)} MB), once`, ms(warm.wenxi.eight.ms), "—", "—"],
    ["wasm memory high-water after the 8 MB text", size(warm.wenxi.eight.wasmMemory), "—", "—"],
    ["native, 1 MB (criterion: in process, warmed up)", criterion ? `${ms(criterion.medianMs)}, ${mbps(nativeMbps)}` : "—", "—", "—"],
    ["native CLI, 1 MB (release, process start included)", r.native?.bigMs ? `${ms(r.native.bigMs)}, ${mbps(cliMbps)}` : "—", "—", "—"],
    ["native CLI, tiny text (process start + warm-up)", ms(r.native?.tinyMs), "—", "—"],
  ];
  const coldTotal = pageReady + pageFirst;
  const met = (ok) => (ok ? "met" : "NOT met");
  const budgets = [
    [`page download, gzipped ≤ ${BUDGET.pageGzMb} MB`, mb(s.pageGz), met(s.pageGz <= BUDGET.pageGzMb * MiB)],
    [`cold start to ready ≤ ${BUDGET.coldMs} ms (page ready + first tiny analysis; the core alone: bench page init + first call)`,
      `${ms(coldTotal)} (${ms(pageReady)} + ${ms(pageFirst)}); core alone ${ms(coldCore(cold.wenxi, "readyMs"))}`,
      met(coldTotal <= BUDGET.coldMs)],
    [`browser throughput ≥ ${BUDGET.browserMbps} MB/s (1 MB text)`, mbps(wenxiMbps), met(wenxiMbps >= BUDGET.browserMbps)],
    [`1 MB analysis ≤ ${BUDGET.jiebaRatio}× jieba-wasm cut`, ratio(warm.wenxi.bigMs, warm.jieba.bigMs),
      met(warm.wenxi.bigMs <= BUDGET.jiebaRatio * warm.jieba.bigMs)],
    [`peak memory, 1 MB input < ${BUDGET.memoryMb} MB (wasm memory + JS heap)`, mb(memory), met(memory < BUDGET.memoryMb * MiB)],
    [`wasm memory ≤ 16× the input + 32 MB (8 MB text: ${mb(eightBar)})`, mb(warm.wenxi.eight.wasmMemory),
      met(warm.wenxi.eight.wasmMemory <= eightBar)],
    [`native ≥ ${BUDGET.nativeMbps} MB/s (1 MB text, criterion)`, mbps(nativeMbps),
      nativeMbps == null ? "not measured" : met(nativeMbps >= BUDGET.nativeMbps)],
  ];
  const notes = [
    `Machine: ${machine(r.chromium)}.`,
    `Cold: median of ${coldRuns} fresh contexts; seeds: median of ${seedRuns}; 1 MB: median of ${bigRuns}; native: criterion's median of 10 samples, the CLI's median of 3.`,
    `1 MB text: ${r.warm.textBytes} bytes; wenxi folded ${warm.wenxi.folded} repeats, kept a ${size(warm.wenxi.bodyBytes)} body, found ${warm.wenxi.figures} figures, ${warm.wenxi.dates} dates, ${warm.wenxi.entities} entities; jieba-wasm cut ${warm.jieba.words} words.`,
    `The page downloaded ${s.fetched.length} files, ${size(s.fetchedGz)} gzipped (scripts/size.mjs counts ${size(s.pageGz)}).`,
  ];
  return { rows, budgets, notes };
}

function printText({ rows, budgets, notes }) {
  const table = (header, body) => {
    const all = [header, ...body];
    const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
    const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
    console.log(line(header));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    body.forEach((row) => console.log(line(row)));
  };
  console.log();
  table(["measure", "wenxi", "jieba-wasm", "wenxi/jieba"], rows);
  console.log();
  table(["budget (issue 8)", "measured", "status"], budgets);
  console.log();
  notes.forEach((note) => console.log(note));
  const missed = budgets.filter((b) => b[2] === "NOT met").length;
  console.log(missed ? `bench: ${missed} budget${missed > 1 ? "s" : ""} NOT met` : "bench: every budget met");
}

/** The tables as Markdown (for BENCHMARKS.md). */
function markdownText({ rows, budgets, notes }) {
  const lines = [];
  const table = (header, body, align) => {
    lines.push(`| ${header.join(" | ")} |`, `| ${align.join(" | ")} |`);
    body.forEach((row) => lines.push(`| ${row.join(" | ")} |`));
    lines.push("");
  };
  table(["measure", "wenxi", "jieba-wasm", "wenxi/jieba"], rows, ["---", "---:", "---:", "---:"]);
  table(["budget (issue 8)", "measured", "status"],
    budgets.map(([b, v, st]) => [b, v, st === "NOT met" ? `**${st}**` : st]), ["---", "---:", "---"]);
  notes.forEach((note) => lines.push(`${note}  `));
  return `${lines.join("\n")}\n`;
}

const results = await measure();
results.sizes = sizes(results.paths);
if (native) results.native = nativeRun(results.warm.text, results.tiny);
delete results.warm.text;
mkdirSync(join(ROOT, "test-results"), { recursive: true });
writeFileSync(join(ROOT, "test-results/bench.json"), JSON.stringify(results, null, 2));
const table = report(results);
writeFileSync(join(ROOT, "test-results/bench.md"), markdownText(table));
if (markdown) process.stdout.write(markdownText(table));
else printText(table);
log("raw numbers in test-results/bench.json, the Markdown tables in test-results/bench.md");
