#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md in one run: criterion benches (lookup, negotiate, page),
# cold start and memory, and the load test; then prints the tables.
#   bash scripts/bench.sh            (about 10 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
# Only this run's results go into the report.
rm -rf "${CARGO_TARGET_DIR:-target}/criterion"
cargo bench --bench lookup --bench negotiate --bench page -- --warm-up-time 2 --measurement-time 5 \
  | tee "$out/criterion.txt" | grep -E '^[a-z].*|time:' || true
bash scripts/cold-start.sh > "$out/cold-start.jsonl"
load=""
if command -v wrk >/dev/null; then
  bash scripts/load-test.sh 10 > "$out/load-test.json"
  bash scripts/load-test.sh 10 38082 actix_error_pages actix-web > "$out/load-test-actix.json"
  load="$out/load-test.json"
fi
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(rustc --version)"
python3 scripts/bench_report.py "${CARGO_TARGET_DIR:-target}" "$out/cold-start.jsonl" $load
if [ -n "$load" ]; then
  echo
  echo "actix-web example, same load test: $(cat "$out/load-test-actix.json")"
fi
echo
echo "(raw results kept in $out)"
