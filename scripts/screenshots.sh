#!/usr/bin/env bash
# Takes screenshots of localized error pages with headless Chromium (Debian's `chromium`
# package): runs the error_pages example on 127.0.0.1 and writes docs/screenshots/*.png:
# the 404 page in zh-CN and Arabic, and one sheet of the 404 page in every shipped locale
# (ImageMagick's `montage`; fonts from fonts-noto-core and fonts-noto-cjk); then the
# example template (examples/templates/product.html, rendered by `http-status page`) in
# light and dark (en-US) and in Arabic, with scripts/browser/screenshot.mjs (puppeteer-core,
# for the dark colour scheme; `npm ci` in scripts/browser).
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
shots="$(mktemp -d)"
tags=$(cargo run --quiet --features cli --bin http-status -- locales | awk '{print $1}' | grep -E '^[a-z]{2,3}(-[A-Za-z0-9]+)*$')
for lang in $tags; do
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size=640,360 \
    --screenshot="$shots/$lang.png" \
    "http://127.0.0.1:$port/status/404?lang=$lang" >/dev/null 2>&1
done
if command -v montage >/dev/null 2>&1; then
  montage $(for lang in $tags; do printf '%s ' "-label $lang $shots/$lang.png"; done) \
    -tile 6x -geometry 320x260+6+6 -pointsize 14 "$shots/sheet.png"
  convert "$shots/sheet.png" -resize 75% -colors 64 PNG8:docs/screenshots/404-all-locales.png
  echo "docs/screenshots/404-all-locales.png ($(echo "$tags" | wc -w) locales)"
else
  echo "screenshots: montage is not installed (apt-get install imagemagick); sheet skipped" >&2
fi
rm -rf "$profile" "$shots"

# The example template, next to the default page.
if [ ! -d scripts/browser/node_modules/puppeteer-core ]; then
  (cd scripts/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
cargo build --quiet --features cli,templates --bin http-status
bin="${CARGO_TARGET_DIR:-target}/debug/http-status"
rendered="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$rendered"' EXIT
for lang in en-US ar; do
  "$bin" page 404 --locale "$lang" --template examples/templates/product.html \
    --theme-name "Acme Cloud" --theme-accent "#1747b8" >"$rendered/product-$lang.html"
done
export CHROMIUM="$chromium_bin"
node scripts/browser/screenshot.mjs 900x700 light \
  "file://$rendered/product-en-US.html" docs/screenshots/template-404-light.png \
  "file://$rendered/product-ar.html" docs/screenshots/template-404-ar.png
node scripts/browser/screenshot.mjs 900x700 dark \
  "file://$rendered/product-en-US.html" docs/screenshots/template-404-dark.png
