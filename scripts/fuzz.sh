#!/usr/bin/env bash
# `npm run fuzz [-- SECONDS [TARGET...]]`: fuzzes the core with cargo-fuzz (libFuzzer), each target in
# turn for SECONDS (default 600), all targets unless some are named (decode, html, analyse_bytes,
# analyse_text). Not part of `npm test`. Steps:
#   1. cargo-fuzz, installed when missing (pinned);
#   2. the toolchain: rustup's nightly where it is installed, else the stable compiler with
#      RUSTC_BOOTSTRAP=1 (cargo-fuzz needs nightly flags); WENXI_FUZZ_TOOLCHAIN=stable|nightly chooses;
#   3. the build, with AddressSanitizer, or without a sanitizer when that build fails;
#   4. each target's corpus (fuzz/corpus/<target>/, git-ignored) seeded from tests/data: the seed
#      articles, the encodings, the texts of the extraction cases and the findings of tests/data/fuzz/;
#   5. the runs, one at a time; then executions, and any crash, per target.
# A crash is saved under fuzz/artifacts/<target>/; docs/TOOLCHAIN.md tells how it becomes a test.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.1
ALL_TARGETS=(decode html analyse_bytes analyse_text)

say() { printf 'fuzz: %s\n' "$*"; }

seconds=${1:-600}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: scripts/fuzz.sh [SECONDS [TARGET...]]   (targets: ${ALL_TARGETS[*]})" >&2
    exit 2
fi
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL_TARGETS[@]}")
for t in "${targets[@]}"; do
    if ! [[ " ${ALL_TARGETS[*]} " == *" $t "* ]]; then
        echo "fuzz: no target $t (targets: ${ALL_TARGETS[*]})" >&2
        exit 2
    fi
done

# 1. cargo-fuzz.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    say "cargo-fuzz $CARGO_FUZZ_VERSION (already installed)"
else
    say "cargo install --locked cargo-fuzz --version =$CARGO_FUZZ_VERSION (about a minute, once)"
    cargo install -q --locked cargo-fuzz --version "=$CARGO_FUZZ_VERSION"
fi

# 2. The toolchain.
toolchain=${WENXI_FUZZ_TOOLCHAIN:-}
if [ -z "$toolchain" ]; then
    if command -v rustup >/dev/null && rustup run nightly rustc --version >/dev/null 2>&1; then
        toolchain=nightly
    else
        toolchain=stable
    fi
fi
case $toolchain in
nightly) fuzz=(cargo +nightly fuzz) ;;
stable)
    # The stable compiler accepts the nightly flags cargo-fuzz passes (-Zsanitizer …) with this.
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
    ;;
*)
    echo "fuzz: WENXI_FUZZ_TOOLCHAIN must be stable or nightly, not $toolchain" >&2
    exit 2
    ;;
esac
if [ "$toolchain" = nightly ]; then rustc_version=$(rustc +nightly --version); else rustc_version=$(rustc --version); fi
say "toolchain: $toolchain ($rustc_version)"

# 3. The build (release, debug assertions on: cargo-fuzz's default).
sanitizer=(--sanitizer address)
say "building the targets with AddressSanitizer"
if ! "${fuzz[@]}" build "${sanitizer[@]}"; then
    say "the AddressSanitizer build failed: building without a sanitizer"
    sanitizer=(--sanitizer none)
    "${fuzz[@]}" build "${sanitizer[@]}"
fi

# 4. The corpora. analyse_text reads a choice byte first (fuzz/calls.rs): 0 for a paste without
# options, 8 for one named a.html, 2 for a reference date line before the text.
python3 - "${targets[@]}" <<'EOF'
import glob, hashlib, os, sys, tomllib

def seeds():
    """(name, bytes, options byte, reference date) of every input in tests/data."""
    for path in sorted(glob.glob("tests/data/seeds/*.txt") + glob.glob("tests/data/encodings/*.*")):
        if path.endswith(".py"):
            continue
        with open(path, "rb") as f:
            yield os.path.basename(path), f.read(), 8 if path.endswith(".html") else 0, None
    for path in sorted(glob.glob("tests/data/*.toml")):
        with open(path, "rb") as f:
            cases = tomllib.load(f).get("case", [])
        for i, case in enumerate(cases):
            if "text" in case:
                name = f"{os.path.basename(path)}-{i}"
                yield name, case["text"].encode(), 0, case.get("reference_date")

for target in sys.argv[1:]:
    corpus = f"fuzz/corpus/{target}"
    os.makedirs(corpus, exist_ok=True)
    inputs = []
    for name, data, choice, date in seeds():
        if target == "analyse_text":
            head = bytes([2]) + date.encode() + b"\n" if date else bytes([choice])
            data = head + data
        inputs.append(data)
    for path in sorted(glob.glob(f"tests/data/fuzz/{target}/*")):
        if os.path.basename(path) != "README.md":
            with open(path, "rb") as f:
                inputs.append(f.read())
    for data in inputs:
        # libFuzzer's own naming: the SHA-1 of the content (a rerun adds nothing twice).
        with open(os.path.join(corpus, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    print(f"fuzz: corpus {corpus}: {len(os.listdir(corpus))} inputs ({len(inputs)} from tests/data)")
EOF

# 5. The runs.
summary=()
failed=0
for t in "${targets[@]}"; do
    say "running $t for $seconds s"
    log=fuzz/artifacts/$t.log
    mkdir -p "fuzz/artifacts/$t"
    marker=fuzz/artifacts/$t.start
    touch "$marker"
    status=0
    "${fuzz[@]}" run "${sanitizer[@]}" "$t" "$PWD/fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -print_final_stats=1 -timeout=30 -rss_limit_mb=4096 \
        >"$log" 2>&1 || status=$?
    execs=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -1)
    crashes=$(find "fuzz/artifacts/$t" -type f -newer "$marker" | sort)
    rm -f "$marker"
    if [ "$status" -ne 0 ] || [ -n "$crashes" ]; then
        failed=1
        grep -m1 -E "panicked at|ERROR: (libFuzzer|AddressSanitizer)" "$log" || tail -5 "$log"
        summary+=("$(printf '%-14s %s executions, FAILED (exit %s): %s; log %s' "$t" "${execs:-?}" \
            "$status" "$(echo $crashes)" "$log")")
    else
        summary+=("$(printf '%-14s %s executions, no crash' "$t" "${execs:-?}")")
    fi
    echo "${summary[-1]}"
done

echo
echo "=== fuzz summary ($seconds s each, $toolchain, ${sanitizer[*]})"
printf '%s\n' "${summary[@]}"
exit $failed
