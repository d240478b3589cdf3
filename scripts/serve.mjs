// A small static file server for www/ (no dependencies): `node scripts/serve.mjs [--port 8080] [--root DIR]`.
//
// Serves only files inside its root (no `..`, no symlinks leading out), GET and HEAD only, with the
// right Content-Type (application/wasm for .wasm, so the browser can stream-compile it) and no caching.
//
// Tests start it on a free port:
//   import { startServer } from "../../scripts/serve.mjs";
//   const server = await startServer({ port: 0 });          // resolves once listening
//   const url = `http://127.0.0.1:${server.address().port}/`;
//   ...
//   server.close();
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The directory served by default: the page. */
export const WWW = fileURLToPath(new URL("../www/", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Maps a request path to a file inside `root`, or null when it would leave `root`.
 * `root` must be a real path (no symlinks) ending without a separator.
 */
async function locate(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  let file = resolve(root, "." + (path.startsWith("/") ? path : "/" + path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text + "\n");
}

/**
 * Starts serving `root` (default www/) on `port` (0: any free port) and `host`.
 * @returns {Promise<import("node:http").Server>} the server, once it listens.
 */
export async function startServer({ port = 8080, root = WWW, host = "127.0.0.1" } = {}) {
  const base = await realpath(root);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "method not allowed");
    }
    const file = await locate(base, req.url ?? "/");
    if (!file) return send(res, 404, "not found");
    const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    const { size } = await stat(file);
    res.writeHead(200, { "Content-Type": type, "Content-Length": size, "Cache-Control": "no-cache" });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).on("error", () => res.destroy()).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      ok();
    });
  });
  return server;
}

// Run as a program: serve www/ (or `--root DIR`, e.g. `--root .` for bench/index.html) until interrupted.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg("--port") ?? process.env.PORT ?? 8080);
  const root = arg("--root") ?? WWW;
  try {
    await startServer({ port, root });
  } catch (e) {
    console.error(`serve: cannot serve ${root} on port ${port}: ${e.message}`);
    process.exit(1);
  }
  console.log(`wenxi: serving ${root === WWW ? "www/" : root} on http://localhost:${port}/  (Ctrl-C to stop)`);
}
