#!/usr/bin/env bash
# Takes screenshots of localized error pages with headless Chromium (Debian's `chromium`
# package): runs the error_pages example on 127.0.0.1 and writes docs/screenshots/*.png.
#   bash scripts/screenshots.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
port="${1:-38080}"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium_bin" ]; then
  echo "screenshots: chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-noto-core)" >&2
  exit 2
fi
cargo build --quiet --example error_pages --features axum
"${CARGO_TARGET_DIR:-target}/debug/examples/error_pages" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
wait_for_server "$port"
mkdir -p docs/screenshots
profile="$(mktemp -d)"
for lang in zh-CN ar; do
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size=900,700 \
    --screenshot="docs/screenshots/404-$lang.png" \
    "http://127.0.0.1:$port/status/404?lang=$lang" >/dev/null 2>&1
  echo "docs/screenshots/404-$lang.png"
done
rm -rf "$profile"
