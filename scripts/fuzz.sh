#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ with cargo-fuzz (libFuzzer) on the stable toolchain
# (RUSTC_BOOTSTRAP=1 lets it take the sanitizer flags).
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# New inputs go to fuzz/corpus/<target> (not committed); fuzz/seeds/<target> is the
# committed seed corpus. A crash leaves its input in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(resolve_tag negotiate ftl_override render_html serve_request)
command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo install cargo-fuzz" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  cargo fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -rss_limit_mb=4096
done
