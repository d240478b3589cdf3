// Prints the size of the built wasm module, raw and gzipped (what a browser downloads), then the gzipped
// total of everything the page downloads when it opens, and fails (exit status 1) when that total is
// over the budget of issue 8 (1.5 MB). `npm test` runs it; `npm run bench` uses `pageFiles`/`gzSize`.
//
// Usage: node scripts/size.mjs [wasm path], default www/pkg/wenxi_bg.wasm (built by `npm run build`).
//
// The page's files are those www/index.html loads before the first analysis: the HTML, the styles, the
// scripts (app, worker and their modules), the wasm package (pkg/wenxi.js, pkg/wenxi_bg.wasm) and the
// list of samples (samples/index.json). The sample articles are fetched only when one is chosen, and
// pkg/*.d.ts never. Each file is gzipped on its own at level 9, as a static host serves it precompressed.
// "MB" is 2^20 bytes here and in BENCHMARKS.md.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** The page's download budget (gzipped, all files), in MB. */
export const PAGE_BUDGET_MB = 1.5;
const PAGE_BUDGET = PAGE_BUDGET_MB * 1048576;

const WWW = fileURLToPath(new URL("../www/", import.meta.url));

/** Gzipped size of some bytes, level 9. */
export function gzSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Paths (relative to www/) of the files the page downloads when it opens. */
export function pageFiles(www = WWW) {
  const top = readdirSync(www).filter((name) => /\.(html|js|css)$/.test(name)).sort();
  return [...top, "pkg/wenxi.js", "pkg/wenxi_bg.wasm", "samples/index.json"];
}

/** `{ file, raw, gz }` per page file, and their totals. */
export function pageSize(www = WWW) {
  const files = pageFiles(www).map((file) => {
    const bytes = readFileSync(join(www, file));
    return { file, raw: bytes.length, gz: gzSize(bytes) };
  });
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum("raw"), gz: sum("gz") };
}

export const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;

// Run as a program: the wasm line (scripts/test.sh shows it), then the page total.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const path = process.argv[2] ?? join(WWW, "pkg/wenxi_bg.wasm");
  let bytes;
  let page;
  try {
    bytes = readFileSync(path);
    page = pageSize();
  } catch (e) {
    console.error(`size: cannot read the built page (run \`npm run build\` first): ${e.message}`);
    process.exit(1);
  }
  const gzipped = gzSize(bytes);
  console.log(`size: wasm ${bytes.length} bytes raw (${mb(bytes.length)}), ${gzipped} bytes gzipped (${mb(gzipped)})`);
  const over = page.gz > PAGE_BUDGET;
  console.log(`size: page total ${page.gz} bytes gzipped (${mb(page.gz)}), budget ${PAGE_BUDGET_MB} MB: ${over ? "OVER" : "ok"}`);
  if (over) {
    for (const f of page.files) console.error(`size:   ${f.file} ${f.gz} bytes gzipped`);
    process.exit(1);
  }
}
