# Sourced (not run) by the wasm build and test scripts: the one place that sets the environment for
# compiling wenxi to wasm32-unknown-unknown. Native `cargo` commands must not source it.
#
# Two toolchains are supported, chosen here the same way scripts/setup.sh installed them:
# - rustup's wasm32-unknown-unknown target (an ordinary machine with internet): nothing to set;
# - Debian's rustc-web/cargo-web with the standard library built from source (see docs/TOOLCHAIN.md):
#   Debian's cargo first on PATH, `-Z build-std` allowed on the stable compiler, wasm-ld-19 as linker.

# Tools installed by `cargo install` (wasm-bindgen, wasm-pack) live here.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

wenxi_rustup_has_wasm() {
    command -v rustc >/dev/null 2>&1 &&
        [ -d "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/wasm32-unknown-unknown/lib" ] &&
        [ -n "$(ls -A "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib" 2>/dev/null)" ]
}

if wenxi_rustup_has_wasm; then
    WENXI_WASM_TOOLCHAIN=rustup
elif [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/bin/cargo ]; then
    WENXI_WASM_TOOLCHAIN=debian
    export PATH="/usr/bin:$PATH"
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
else
    WENXI_WASM_TOOLCHAIN=none
fi
export WENXI_WASM_TOOLCHAIN

# Headless Chromium for the wasm tests (wasm-bindgen-test-runner reads these).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The module embeds jieba's dictionary (several MB): give the browser time to compile it.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
