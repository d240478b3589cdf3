// Prints the size of the built wasm module, raw and gzipped (what a browser downloads).
// Usage: node scripts/size.mjs [path], default www/pkg/wenxi_bg.wasm (built by `npm run build`).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const path = process.argv[2] ?? new URL("../www/pkg/wenxi_bg.wasm", import.meta.url).pathname;
let bytes;
try {
  bytes = readFileSync(path);
} catch (e) {
  console.error(`size: cannot read ${path} (run \`npm run build\` first): ${e.message}`);
  process.exit(1);
}
const gzipped = gzipSync(bytes, { level: 9 }).length;
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
console.log(`size: wasm ${bytes.length} bytes raw (${mb(bytes.length)}), ${gzipped} bytes gzipped (${mb(gzipped)})`);
