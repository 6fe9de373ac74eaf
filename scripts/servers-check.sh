#!/usr/bin/env bash
# The error pages behind real servers: Apache httpd, nginx, Caddy and HAProxy (Debian's
# packages, installed if missing), each on 127.0.0.1 with the configuration that
# `http-status pages` writes, in front of scripts/servers/upstream.py (bodiless 404, 500,
# 503), and nginx, Caddy and HAProxy also with `http-status serve` as the error backend.
# scripts/servers/check.py asks each with real HTTP requests; a table is printed at the
# end and any failed check makes the exit status 1.
#   bash scripts/servers-check.sh            (as root on Debian 12, like .ci/run)
# Ports 18501-18519 on 127.0.0.1. Every server runs in the foreground under `timeout`,
# with its own configuration and pid, and is stopped by its PID on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v apache2 >/dev/null 2>&1 || need+=(apache2)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
if [ "${#need[@]}" -gt 0 ]; then
  echo "servers-check: installing ${need[*]} (their Debian services are not started)"
  # policy-rc.d exit 101: the packages' services must not start on install.
  added_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    added_policy=1
  fi
  timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${need[@]}" >/dev/null
  [ -z "$added_policy" ] || rm -f /usr/sbin/policy-rc.d
  systemctl disable nginx apache2 caddy haproxy >/dev/null 2>&1 || true
fi

UPSTREAM=18501 SERVE=18502 DEAD=18509
APACHE=18511 NGINX_STATIC=18512 NGINX_SERVE=18513 CADDY_STATIC=18514 CADDY_SERVE=18515
HAPROXY_STATIC=18516 HAPROXY_SERVE=18517

work="$(mktemp -d /tmp/servers-check.XXXXXX)"
chmod 755 "$work"   # Apache's and nginx's workers (www-data, nobody) read the pack
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_all EXIT

# start NAME COMMAND...: runs COMMAND in the foreground of a background job, bounded.
start() {
  local name="$1"
  shift
  timeout 300 "$@" >"$work/$name.log" 2>&1 &
  pids+=("$!")
}

# wait_port NAME PORT: until something answers HTTP on PORT (10 s at most).
wait_port() {
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$2/ok" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "servers-check: $1 did not start on port $2; its log:" >&2
  cat "$work/$1.log" >&2 || true
  return 1
}

echo "servers-check: building http-status (all features, as the tests build it)"
timeout 900 cargo build --quiet --all-features --bin http-status  # the build `cargo test --all-features` made
bin="${CARGO_TARGET_DIR:-$repo/target}/debug/http-status"

pack="$work/pack"
timeout 60 "$bin" pages --out "$pack" --serve-addr "127.0.0.1:$SERVE"

start upstream python3 scripts/servers/upstream.py "$UPSTREAM"
start serve "$bin" serve --listen "127.0.0.1:$SERVE" --quiet
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
wait_port upstream "$UPSTREAM"

# --- Apache httpd: type maps (negotiation with q-values), ErrorDocument, mod_proxy.
mkdir -p "$work/apache"
cat >"$work/apache/httpd.conf" <<EOF
ServerRoot $work/apache
PidFile $work/apache/httpd.pid
Listen 127.0.0.1:$APACHE
ServerName 127.0.0.1
ErrorLog $work/apache/error.log
LogLevel warn
User www-data
Group www-data
TypesConfig /etc/mime.types
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule negotiation_module /usr/lib/apache2/modules/mod_negotiation.so
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
DocumentRoot $work/apache

Include $pack/apache/http-status-pages.conf
ProxyErrorOverride On
ProxyPass /http-status-pages/ !
ProxyPass /down/ http://127.0.0.1:$DEAD/
ProxyPass / http://127.0.0.1:$UPSTREAM/
EOF
start apache apache2 -f "$work/apache/httpd.conf" -DFOREGROUND

# --- nginx: the static maps on one port, `http-status serve` on another.
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $pack/nginx/http-status-map.conf;
    server {
        listen 127.0.0.1:$NGINX_STATIC;
        include $pack/nginx/http-status-static.conf;
        location /down/ { proxy_pass http://127.0.0.1:$DEAD; }
        location / { proxy_pass http://127.0.0.1:$UPSTREAM; }
    }
    server {
        listen 127.0.0.1:$NGINX_SERVE;
        include $pack/nginx/http-status-serve.conf;
        location /down/ { proxy_pass http://127.0.0.1:$DEAD; }
        location / { proxy_pass http://127.0.0.1:$UPSTREAM; }
    }
}
EOF
start nginx nginx -c "$work/nginx/nginx.conf" -g 'daemon off;'

# --- Caddy: the static snippet on one port, `http-status serve` on another.
mkdir -p "$work/caddy"
cat >"$work/caddy/Caddyfile" <<EOF
{
    admin off
    auto_https off
}
import $pack/caddy/http-status-pages.caddy
http://127.0.0.1:$CADDY_STATIC {
    import http-status-static
    handle /down/* {
        reverse_proxy 127.0.0.1:$DEAD
    }
    handle {
        reverse_proxy 127.0.0.1:$UPSTREAM {
            import http-status-intercept
        }
    }
}
http://127.0.0.1:$CADDY_SERVE {
    import http-status-serve
    handle /down/* {
        reverse_proxy 127.0.0.1:$DEAD
    }
    handle {
        reverse_proxy 127.0.0.1:$UPSTREAM {
            import http-status-intercept
        }
    }
}
EOF
start caddy env HOME="$work/caddy" XDG_DATA_HOME="$work/caddy" XDG_CONFIG_HOME="$work/caddy" \
  caddy run --config "$work/caddy/Caddyfile" --adapter caddyfile

# --- HAProxy: the pack's named defaults; the serve variant adds the dedicated backend.
mkdir -p "$work/haproxy"
cat >"$work/haproxy/haproxy.cfg" <<EOF
defaults plain
    mode http
    timeout connect 2s
    timeout client 10s
    timeout server 10s

frontend static from http-status-pages
    bind 127.0.0.1:$HAPROXY_STATIC
    use_backend dead if { path_beg /down/ }
    default_backend app

frontend served from http-status-pages
    bind 127.0.0.1:$HAPROXY_SERVE
    acl down path_beg /down/
    http-request set-header X-Code 503 if down { nbsrv(dead) lt 1 }
    use_backend http-status-serve if down { nbsrv(dead) lt 1 }
    use_backend dead if down
    default_backend app

backend app from plain
    server app 127.0.0.1:$UPSTREAM

backend dead from plain
    server dead 127.0.0.1:$DEAD check inter 200ms fall 1 rise 1
EOF
start haproxy haproxy -db -f "$pack/haproxy/http-status-pages.cfg" \
  -f "$pack/haproxy/http-status-serve.cfg" -f "$work/haproxy/haproxy.cfg"

wait_port apache "$APACHE"
wait_port nginx "$NGINX_STATIC"
wait_port caddy "$CADDY_STATIC"
wait_port haproxy "$HAPROXY_STATIC"
sleep 1   # HAProxy's health check marks the dead upstream down (inter 200ms, fall 1)

results="$work/results.tsv"
: >"$results"
check() { timeout 120 python3 scripts/servers/check.py run "$1" "http://127.0.0.1:$2" "$3" "$results"; }
check apache "$APACHE" negotiating,down-localized
check nginx-static "$NGINX_STATIC" first-language,down-localized
check nginx-serve "$NGINX_SERVE" negotiating,down-localized
check caddy-static "$CADDY_STATIC" first-language,down-localized
check caddy-serve "$CADDY_SERVE" negotiating,down-localized
check haproxy-static "$HAPROXY_STATIC" negotiating,down-en-US
check haproxy-serve "$HAPROXY_SERVE" negotiating,down-localized

echo
echo "== servers × checks"
python3 scripts/servers/check.py summary "$results"
