#!/usr/bin/env bash
# Load test of `http-status serve` next to nginx serving static files of the same pages
# (same bytes, so the same size), both on 127.0.0.1, in the same run, under wrk:
#   bash scripts/serve-bench.sh [SECONDS] [ROUNDS] [PORT_SERVE] [PORT_NGINX]
# Cases: the HTML 404 uncompressed, problem+json, and the HTML 404 with
# `Accept-Encoding: gzip` (nginx `gzip on`, level 6 as flate2's default that tower-http
# uses). nginx runs `worker_processes` = number of cores; serve uses tokio's default of
# one worker thread per core. Prints a Markdown table: requests/s, p99 latency and the
# ratio serve/nginx (target: >= 0.8 for uncompressed HTML). Each case runs ROUNDS times,
# nginx and serve alternating, and the table gives the medians, so that load from other
# processes on the machine hits both alike. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
rounds="${2:-3}"
port_serve="${3:-38090}"
port_nginx="${4:-38091}"
command -v wrk >/dev/null || { echo "serve-bench: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get install -y -qq nginx >/dev/null || { echo "serve-bench: cannot install nginx" >&2; exit 2; }
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
cores="$(nproc)"

cargo build --quiet --release --features server --bin http-status
bin="${CARGO_TARGET_DIR:-target}/release/http-status"

work="$(mktemp -d)"
chmod 755 "$work"
serve_pid=""
nginx_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" serve --quiet --listen "127.0.0.1:$port_serve" 2>"$work/serve.log" &
serve_pid=$!
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port_serve/healthz" 2>/dev/null && break
  sleep 0.1
done

# The static files are the service's own pages, byte for byte.
mkdir -p "$work/root"
curl -sS -o "$work/root/404.html" "http://127.0.0.1:$port_serve/404.html"
curl -sS -o "$work/root/404.json" "http://127.0.0.1:$port_serve/404.json"
chmod -R a+rX "$work/root"

cat >"$work/nginx.conf" <<CONF
worker_processes $cores;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp-body;
  proxy_temp_path $work/tmp-proxy;
  fastcgi_temp_path $work/tmp-fastcgi;
  uwsgi_temp_path $work/tmp-uwsgi;
  scgi_temp_path $work/tmp-scgi;
  types { text/html html; application/problem+json json; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip on;
  gzip_comp_level 6;
  gzip_types application/problem+json;
  server {
    listen 127.0.0.1:$port_nginx;
    root $work/root;
  }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -e "$work/nginx-error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port_nginx/404.html" 2>/dev/null && break
  sleep 0.1
done

# One wrk run: prints "requests_per_second p99_latency".
measure() {
  local url="$1"; shift
  wrk -t2 -c64 -d"${seconds}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ {rps = $2}
    $1 == "99%" {p99 = $2}
    END {print rps, p99}'
}

# Warm up both.
wrk -t2 -c16 -d1s "http://127.0.0.1:$port_serve/404.html" >/dev/null
wrk -t2 -c16 -d1s "http://127.0.0.1:$port_nginx/404.html" >/dev/null

html_size=$(stat -c %s "$work/root/404.html")
json_size=$(stat -c %s "$work/root/404.json")
echo "pages: HTML $html_size bytes, problem+json $json_size bytes; $cores cores; wrk -t2 -c64 -d${seconds}s --latency; medians of $rounds rounds; load average before: $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| case | serve req/s | serve p99 | nginx req/s | nginx p99 | serve/nginx |"
echo "|---|---|---|---|---|---|"
# Median of the numbers on stdin (wrk's latencies keep their unit: us, ms or s).
median() {
  python3 -c '
import sys
def us(text):
    for unit, factor in (("us", 1), ("ms", 1000), ("s", 1000000)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)
values = sorted(sys.stdin.read().split(), key=us)
print(values[len(values) // 2])'
}
row() {
  local name="$1" path="$2"; shift 2
  local n_rps=() n_p99=() s_rps=() s_p99=()
  for _ in $(seq 1 "$rounds"); do
    read -r rps p99 < <(measure "http://127.0.0.1:$port_nginx$path" "$@")
    n_rps+=("$rps"); n_p99+=("$p99")
    read -r rps p99 < <(measure "http://127.0.0.1:$port_serve$path" "$@")
    s_rps+=("$rps"); s_p99+=("$p99")
  done
  local nr np sr sp
  nr=$(printf '%s\n' "${n_rps[@]}" | median)
  np=$(printf '%s\n' "${n_p99[@]}" | median)
  sr=$(printf '%s\n' "${s_rps[@]}" | median)
  sp=$(printf '%s\n' "${s_p99[@]}" | median)
  ratio=$(python3 -c "print(f'{$sr / $nr:.2f}')")
  echo "| $name | ${sr%.*} | $sp | ${nr%.*} | $np | $ratio |"
}
row "HTML 404, uncompressed" /404.html
row "problem+json" /404.json
row "HTML 404, gzip" /404.html -H 'Accept-Encoding: gzip'
