#!/usr/bin/env bash
# Builds the wasm package (release) into www/pkg: wenxi.js, wenxi_bg.wasm and the TypeScript types.
# Uses wasm-pack when it is installed; otherwise the two steps wasm-pack would run. Then shrinks the
# module with `wasm-opt -Os` when a working wasm-opt is there (Cargo.toml turns off wasm-pack's own
# wasm-opt, which would try to download binaryen); without one the module is left as it is.
# Last, copies the seed articles (tests/data/seeds/*.txt, their only checked-in copy) into
# www/samples/ for the page's samples; only www/samples/index.json is checked in there.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/wasm-env.sh
if [ "$WENXI_WASM_TOOLCHAIN" = none ]; then
    echo "build: no wasm32 toolchain: run scripts/setup.sh first" >&2
    exit 1
fi
target_dir="${CARGO_TARGET_DIR:-target}"
# The module is optimised for size (the page's download budget); native release builds for speed.
# wenxi's own code is the exception: at opt-level 2 the analysis runs about 14 % faster for 30 KB more
# gzipped (stop 34, BENCHMARKS.md); level 3 for every crate gains no more and costs 96 KB.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=s
# The module is always built as Cargo.toml's release profile says (LTO, one codegen unit, no
# incremental state), whatever a shell set for quick native builds: with LTO off and 16 codegen
# units the page is 87 KB over its budget.
export CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_INCREMENTAL=false
own_code_speed=(--config 'profile.release.package.wenxi.opt-level=2')
if command -v wasm-pack >/dev/null; then
    echo "build: wasm-pack build --target web --release (toolchain: $WENXI_WASM_TOOLCHAIN)"
    wasm-pack build --target web --release --mode no-install --out-dir www/pkg --out-name wenxi \
        -- --no-default-features "${own_code_speed[@]}"
else
    echo "build: cargo build --release --target wasm32-unknown-unknown (toolchain: $WENXI_WASM_TOOLCHAIN)"
    cargo build --release --target wasm32-unknown-unknown --no-default-features --lib "${own_code_speed[@]}"
    echo "build: wasm-bindgen --target web --out-dir www/pkg"
    wasm-bindgen --target web --out-dir www/pkg "$target_dir/wasm32-unknown-unknown/release/wenxi.wasm"
fi

# wasm-opt: npm's binaryen (a devDependency, installed by scripts/setup.sh), or one on PATH of
# version 110 or later. Older ones, such as Debian 12's binaryen 108, write the export of the
# externref table wasm-bindgen adds as table 0 (binaryen issue 4711, fixed in 110), and the page
# then fails to load ("WebAssembly.Table.set(): Argument 1 is invalid for table"): they are skipped.
wasm_opt() {
    if [ -x node_modules/.bin/wasm-opt ]; then
        echo node_modules/.bin/wasm-opt
    elif command -v wasm-opt >/dev/null &&
        [ "$(wasm-opt --version | awk '{ print $3 }')" -ge 110 ] 2>/dev/null; then
        command -v wasm-opt
    fi
}
# A function called from one place is inlined there only when it is as small as any function -Os
# inlines: by default binaryen inlines every such function whatever its size, which merged the stages
# into one function of 387 KB. The browser compiles a function that size with its optimising tier
# late (for several analyses the page ran the baseline tier's code), and gzip finds less to share in
# it: with the limit the page downloads 21 KB less and the 1 MB text takes about 8 % less CPU time
# in Node, compilation included (stop 40, BENCHMARKS.md).
opt_flags=(-Os --one-caller-inline-max-function-size=0)
# It takes half a minute or more: its output is kept in the target directory and reused while
# wasm-bindgen's output and the flags are unchanged.
wasm=www/pkg/wenxi_bg.wasm
opt=$(wasm_opt)
if [ -n "$opt" ]; then
    cache="$target_dir/wasm-opt"
    mkdir -p "$cache"
    if cmp -s "$wasm" "$cache/in.wasm" && [ -f "$cache/out.wasm" ] &&
        [ "$(cat "$cache/flags" 2>/dev/null)" = "${opt_flags[*]}" ]; then
        echo "build: wasm-opt ${opt_flags[*]} (unchanged input: reusing $cache/out.wasm)"
    else
        echo "build: $opt ${opt_flags[*]} ($("$opt" --version | awk '{ print $3 }'); $(wc -c <"$wasm") bytes before)"
        "$opt" "${opt_flags[@]}" "$wasm" -o "$cache/out.wasm.tmp"
        cp "$wasm" "$cache/in.wasm"
        echo "${opt_flags[*]}" >"$cache/flags"
        mv "$cache/out.wasm.tmp" "$cache/out.wasm"
    fi
    cp "$cache/out.wasm" "$wasm"
else
    echo "build: no wasm-opt 110 or later (npm install gives one): the module is not shrunk further"
fi
echo "build: $wasm ($(wc -c <"$wasm") bytes)"

# The JavaScript package (js/, packed by `npm pack ./js`) serves the same module and bindings: the
# `web` target's bindings load it in browsers, bundlers and Node alike (js/index.js, js/node.js).
mkdir -p js/pkg
cp www/pkg/wenxi.js www/pkg/wenxi.d.ts www/pkg/wenxi_bg.wasm www/pkg/wenxi_bg.wasm.d.ts js/pkg/
echo "build: js/pkg/ (the same files, for the npm package in js/)"

# The page's samples: the seeds themselves, copied fresh (no stale or renamed seed stays behind).
# www/samples/index.json lists them; tests/page/samples.test.mjs checks that it lists exactly these.
rm -f www/samples/*.txt
cp tests/data/seeds/*.txt www/samples/
echo "build: www/samples/ ($(ls www/samples/*.txt | wc -l) seed articles from tests/data/seeds/)"
