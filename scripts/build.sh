#!/usr/bin/env bash
# Builds the wasm package (release) into www/pkg: wenxi.js, wenxi_bg.wasm and the TypeScript types.
# Uses wasm-pack when it is installed; otherwise the two steps wasm-pack would run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/wasm-env.sh
if [ "$WENXI_WASM_TOOLCHAIN" = none ]; then
    echo "build: no wasm32 toolchain: run scripts/setup.sh first" >&2
    exit 1
fi
target_dir="${CARGO_TARGET_DIR:-target}"
if command -v wasm-pack >/dev/null; then
    echo "build: wasm-pack build --target web --release (toolchain: $WENXI_WASM_TOOLCHAIN)"
    wasm-pack build --target web --release --mode no-install --out-dir www/pkg --out-name wenxi \
        -- --no-default-features
else
    echo "build: cargo build --release --target wasm32-unknown-unknown (toolchain: $WENXI_WASM_TOOLCHAIN)"
    cargo build --release --target wasm32-unknown-unknown --no-default-features --lib
    echo "build: wasm-bindgen --target web --out-dir www/pkg"
    wasm-bindgen --target web --out-dir www/pkg "$target_dir/wasm32-unknown-unknown/release/wenxi.wasm"
fi
echo "build: www/pkg/wenxi_bg.wasm ($(wc -c <www/pkg/wenxi_bg.wasm) bytes)"
