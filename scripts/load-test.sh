#!/usr/bin/env bash
# Load test on 127.0.0.1 only: the example server's localized 404 page against the same
# server answering a plain-text 404, each under wrk for a bounded time.
#   bash scripts/load-test.sh [SECONDS] [PORT] [EXAMPLE FEATURE]
# EXAMPLE and FEATURE default to the axum example (error_pages, axum); the actix-web one is
# `actix_error_pages actix-web`.
# Prints requests/s of both and the ratio (target: localized ≥ 0.9 × plain).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
seconds="${1:-10}"
port="${2:-38081}"
example="${3:-error_pages}"
feature="${4:-axum}"
command -v wrk >/dev/null || { echo "load-test: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
cargo build --quiet --release --example "$example" --features "$feature"
"${CARGO_TARGET_DIR:-target}/release/examples/$example" "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
wait_for_server "$port"
run() {
  wrk -t1 -c16 -d"${seconds}s" -H 'Accept-Language: zh-CN,zh;q=0.9,en;q=0.8' "$1" \
    | awk '/Requests\/sec/ {print $2}'
}
# Warm up both paths (locale loading, caches), then measure each twice, interleaved.
wrk -t1 -c4 -d1s "http://127.0.0.1:$port/status/404" >/dev/null
wrk -t1 -c4 -d1s "http://127.0.0.1:$port/plain/404" >/dev/null
p1=$(run "http://127.0.0.1:$port/plain/404")
l1=$(run "http://127.0.0.1:$port/status/404")
p2=$(run "http://127.0.0.1:$port/plain/404")
l2=$(run "http://127.0.0.1:$port/status/404")
python3 - "$p1" "$p2" "$l1" "$l2" <<'PY'
import json, sys
p1, p2, l1, l2 = map(float, sys.argv[1:])
plain, localized = (p1 + p2) / 2, (l1 + l2) / 2
print(json.dumps({"plain_rps": round(plain), "localized_rps": round(localized),
                  "ratio": round(localized / plain, 3), "runs": [p1, l1, p2, l2]}))
PY
