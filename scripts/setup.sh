#!/usr/bin/env bash
# Installs what building and testing wenxi needs, skipping whatever is already there (a rerun takes
# seconds). Run as root, or as a user with sudo. Steps:
#   1. the wasm32 toolchain: rustup's target if it can be had, else Debian's route (docs/TOOLCHAIN.md);
#   2. Chromium and chromedriver (the wasm tests and page tests run in headless Chromium), and a Chinese
#      font (the page tests measure the layout of Chinese text, and take the README's screenshots);
#   3. wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock;
#   4. the npm dependencies (playwright-core; jieba-wasm for `npm run bench`; binaryen for wasm-opt;
#      typescript to check the npm package's types);
#   5. a Python virtual environment in .venv with maturin (builds the Python package) and pytest, and
#      for the Spark example pyspark, pandas, pyarrow and warcio, with Java (a JRE) for Spark.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

APT_UPDATED=no
apt_install() {
    local missing=()
    for p in "$@"; do installed "$p" || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        say "missing ${missing[*]} and there is no apt-get: install them with your package manager"
        exit 1
    fi
    if [ "$APT_UPDATED" = no ]; then
        say "apt-get update"
        "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
        APT_UPDATED=yes
    fi
    say "apt-get install ${missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

# 1. The wasm32 toolchain.
# shellcheck source=scripts/wasm-env.sh
. scripts/wasm-env.sh
DEBIAN_RUST=(rustc-web cargo-web rust-web-src lld-19)
debian_rust_ready() {
    for p in "${DEBIAN_RUST[@]}"; do installed "$p" || return 1; done
}
if [ "$WENXI_WASM_TOOLCHAIN" = rustup ]; then
    say "wasm32 target: rustup's (already installed)"
elif debian_rust_ready; then
    say "wasm32 target: Debian's rustc-web with std from source (already installed)"
elif command -v rustup >/dev/null &&
    say "wasm32 target: trying rustup target add (20 s at most)" &&
    timeout -k 5 20 rustup target add wasm32-unknown-unknown; then
    say "wasm32 target: rustup's (just installed)"
else
    say "wasm32 target: rustup cannot fetch it here, using Debian's rustc-web (docs/TOOLCHAIN.md)"
    apt_install "${DEBIAN_RUST[@]}"
fi
# C code inside minicov (under wasm-bindgen-test, for the wasm tests) is compiled for wasm32 by clang.
apt_install clang
# wasm-pack checks for this sysroot directory before building; Debian's toolchain has none.
if [ -d /usr/lib/rustlib/src/rust/library ] && [ ! -d /usr/lib/rustlib/wasm32-unknown-unknown/lib ]; then
    say "mkdir /usr/lib/rustlib/wasm32-unknown-unknown/lib (for wasm-pack's target check)"
    "${SUDO[@]}" mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib
fi

# 2. Headless Chromium and its driver, and a Chinese font (5 MB): without one, Chinese text is drawn as
# boxes of one width, and the page tests' layout checks and screenshots measure those.
apt_install chromium chromium-driver fonts-wqy-microhei

# 3. wasm-bindgen-cli pinned to Cargo.lock's wasm-bindgen (the CLI and the crate must match exactly).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" = "$want" ]; then
    say "wasm-bindgen $want (already installed)"
else
    say "cargo install wasm-bindgen-cli --version =$want (a few minutes, once)"
    cargo install -q wasm-bindgen-cli --version "=$want"
fi

# 4. npm dependencies.
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    say "npm dependencies (already installed)"
elif [ -f package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
else
    say "npm install"
    npm install --no-audit --no-fund --loglevel=error
fi

# 5. Python: the package is built by maturin (pyproject.toml, bindings/python) into .venv, where its tests
# and the Spark example's run; pip fetches these once (pyspark is 400 MB: a few minutes).
PYTHON_PACKAGES=('maturin>=1.5,<2' 'pytest>=7' 'pyspark>=3.5,<5' 'pandas>=2,<3' 'pyarrow>=15' 'warcio>=1.7')
if [ -x .venv/bin/python ] &&
    .venv/bin/python -c 'import maturin, pytest, pyspark, pyarrow, warcio, pandas; assert pandas.__version__ < "3"' 2>/dev/null; then
    say "python: .venv with maturin, pytest, pyspark, pandas, pyarrow, warcio (already installed)"
else
    command -v python3 >/dev/null || apt_install python3
    python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
    [ -x .venv/bin/python ] || { say "python: python3 -m venv .venv"; python3 -m venv .venv; }
    say "python: pip install ${PYTHON_PACKAGES[*]}"
    .venv/bin/pip install -q --disable-pip-version-check "${PYTHON_PACKAGES[@]}"
fi
# Spark runs on the JVM (Java 17 or later).
command -v java >/dev/null || apt_install default-jre-headless
say "done"
