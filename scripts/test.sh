#!/usr/bin/env bash
# `npm test`: set-up, the release wasm build the page loads, then the three kinds of tests and a lint
#   1. native: cargo test (all targets, then the doc tests), the scoring test's table and the peer suites'
#   2. wasm:   tests/wasm.rs in headless Chromium (wasm-bindgen-test-runner, or wasm-pack when present)
#   3. page:   node --test tests/page/ (playwright-core driving headless Chromium)
#      js:     node --test tests/js/ (the npm package of js/, packed, installed, used in Node and Chromium)
#      python: pip install . (maturin, bindings/python) into .venv, then pytest tests/python/ and
#              tests/spark/ (the Spark example with local[2], against the CLI's JSON Lines)
#   4. lint:   cargo fmt --check, cargo clippy --all-targets -- -D warnings (and for wasm32), and the
#              API docs without warnings (#![warn(missing_docs)], no broken links)
# and the wasm size. Every part runs even when an earlier one failed; the summary shows all counts.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1
bash scripts/build.sh || exit 1

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=0
summary=()

# Sums the "test result: ok. 3 passed; 0 failed; 1 ignored" lines of cargo / wasm-bindgen-test-runner.
cargo_counts() {
    awk '/test result:/ {
            for (i = 1; i <= NF; i++) {
                if ($(i) ~ /^passed/) p += $(i - 1)
                if ($(i) ~ /^failed/) f += $(i - 1)
                if ($(i) ~ /^ignored/) g += $(i - 1)
            }
            n++
        }
        END { if (n == 0) print "no results"; else printf "%d passed, %d failed, %d ignored\n", p, f, g }' "$@"
}

# Runs one part: its name, then the command; records the counts it printed.
part() {
    local name=$1 counter=$2
    shift 2
    echo
    echo "=== $name: $*"
    "$@" 2>&1 | tee "$logs/$name.log"
    local status=${PIPESTATUS[0]} counts
    counts=$("$counter" "$logs/$name.log")
    if [ "$status" -ne 0 ] || [ "$counts" = "no results" ]; then
        failed=1
        counts="FAILED ($counts, exit status $status)"
    fi
    echo "=== $name: $counts"
    summary+=("$(printf '%-7s %s' "$name" "$counts")")
}

# Then the scoring test and the peer suites once more with --nocapture, to print their tables (each
# pass is counted once: the "test result" lines of the second runs are left out).
native_tests() {
    cargo test --all-targets && cargo test --doc &&
        cargo test -q --test score -- --nocapture | grep -v -e '^test result:' -e '^running ' -e '^\.$' &&
        cargo test -q --test peers -- --nocapture | grep -v -e '^test result:' -e '^running ' -e '^\.$'
}

wasm_tests() {
    . scripts/wasm-env.sh
    if command -v wasm-pack >/dev/null; then
        wasm-pack test --headless --chrome --chromedriver "$CHROMEDRIVER" --mode no-install \
            -- --no-default-features --test wasm
    else
        cargo test --target wasm32-unknown-unknown --no-default-features --test wasm
    fi
}

# Node's test runner (spec reporter): "ℹ pass 3" / "ℹ fail 0".
node_counts() {
    awk '/^ℹ (pass|fail|skipped) / { c[$2] = $3; n++ }
        END { if (n == 0) print "no results"; else printf "%d passed, %d failed, %d skipped\n", c["pass"], c["fail"], c["skipped"] }' "$@"
}

page_tests() {
    node --test --test-reporter=spec tests/page/
}

js_tests() {
    node --test --test-reporter=spec tests/js/
}

# The Python package, built in place (bindings/python/target keeps cargo's work between runs).
python_tests() {
    (
        export PATH="$PWD/.venv/bin:$PATH"
        pip install -q --disable-pip-version-check --no-build-isolation --no-deps . &&
            python -m pytest -v -W ignore::FutureWarning tests/python/ tests/spark/
    )
}

# pytest's closing line: "=== 1 failed, 5 passed, 2 skipped in 1.04s ===".
pytest_counts() {
    awk '/^=+ .* in [0-9.]+s/ {
            for (i = 2; i <= NF; i++) {
                w = $(i); gsub(/,/, "", w)
                if (w == "passed") p = $(i - 1)
                if (w == "failed" || w == "error" || w == "errors") f += $(i - 1)
                if (w == "skipped") s = $(i - 1)
            }
            n++
        }
        END { if (n == 0) print "no results"; else printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$@"
}

# One lint check: its name, then the command; prints "lint: ok: NAME" or "lint: failed: NAME".
lint_check() {
    local name=$1
    shift
    echo "--- $*"
    if "$@"; then
        echo "lint: ok: $name"
    else
        echo "lint: failed: $name"
        return 1
    fi
}

# Both checks run (a formatting slip does not hide clippy's findings); the part fails when either does.
lint_checks() {
    local status=0
    lint_check fmt cargo fmt --check || status=1
    lint_check clippy cargo clippy --all-targets -- -D warnings || status=1
    lint_check docs env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet || status=1
    # The wasm edge (src/wasm.rs, tests/wasm.rs) compiles for wasm32 only: clippy checks it where
    # rustup has the wasm32 standard library (Debian's fallback toolchain has no clippy).
    if (. scripts/wasm-env.sh && [ "$WENXI_WASM_TOOLCHAIN" = rustup ]); then
        lint_check clippy-wasm cargo clippy --target wasm32-unknown-unknown --no-default-features --lib \
            --test wasm -- -D warnings || status=1
    fi
    return $status
}

# The "lint: ok" / "lint: failed" lines of lint_check: "2 passed, 0 failed".
lint_counts() {
    awk '/^lint: (ok|failed): / { c[$2]++; n++ }
        END { if (n == 0) print "no results"; else printf "%d passed, %d failed\n", c["ok:"], c["failed:"] }' "$@"
}

part native cargo_counts native_tests
part wasm cargo_counts wasm_tests
part page node_counts page_tests
part js node_counts js_tests
part python pytest_counts python_tests
part lint lint_counts lint_checks

echo
size=$(node scripts/size.mjs) || failed=1
echo "$size"

echo
echo "=== summary"
printf '%s\n' "${summary[@]}" "$size"
if [ "$failed" -ne 0 ]; then
    echo "npm test: FAILED"
    exit 1
fi
echo "npm test: all passed"
