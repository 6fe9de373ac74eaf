#!/usr/bin/env bash
# Cold start and memory of the catalogue (issue targets: one locale ≤ 1 ms from a fresh
# process; all locales ≤ 4 MiB). Runs examples/cold_start.rs in fresh processes.
#   bash scripts/cold-start.sh [RUNS]     prints JSON lines and a summary
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
cargo build --quiet --release --example cold_start
bin="${CARGO_TARGET_DIR:-target}/release/examples/cold_start"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for mode in one all; do
  times=$(for _ in $(seq "$runs"); do "$bin" "$mode"; done | sed -E 's/.*"micros":([0-9.]+).*/\1/')
  heap=$("$bin" "$mode" | sed -E 's/.*"heap_bytes":([0-9]+).*/\1/')
  echo "{\"mode\":\"$mode\",\"runs\":$runs,\"median_micros\":$(echo "$times" | median),\"heap_bytes\":$heap}"
done
if [ -x /usr/bin/time ]; then
  for mode in none one all; do
    rss=$(/usr/bin/time -v "$bin" "$mode" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}')
    echo "{\"mode\":\"$mode\",\"max_rss_kib\":$rss}"
  done
else
  echo "cold-start: /usr/bin/time is not installed (apt-get install time); peak RSS skipped" >&2
fi
