#!/usr/bin/env bash
# Loads error pages rendered with script-injection payloads in headless Chromium (Debian's
# `chromium`) and fails if any payload ran: the default page and the example template
# (examples/templates/product.html), with the payloads in the detail, the home URL, the
# Accept-Language header, the theme, the overrides and the template's file name (see
# examples/xss_pages.rs). The pages are opened from files, so no Content-Security-Policy
# header protects them: escaping alone must hold. A control page with a real script must
# be seen running, or the check itself is broken.
#   bash scripts/browser-xss-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "browser-xss-check: chromium is not installed" >&2; exit 2; }
pages="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$pages" "$profile"' EXIT
start=$SECONDS
# CI sets HTTP_STATUS_FEATURES=--all-features to reuse the build of its test run.
# shellcheck disable=SC2086
cargo run --quiet ${HTTP_STATUS_FEATURES:---features templates} --example xss_pages -- "$pages"
echo "browser-xss-check: pages built and written in $((SECONDS - start)) s"
start=$SECONDS
dom() {
  timeout 60 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=3000 --dump-dom "file://$1" 2>/dev/null
}
if ! dom "$pages/control.html" | grep -q 'data-pwned="1"'; then
  echo "browser-xss-check: the control script did not run; the check cannot see scripts" >&2
  exit 1
fi
ran=0
checked=0
for page in "$pages"/detail-*.html "$pages"/override-*.html "$pages"/theme-*.html \
  "$pages"/template-*.html; do
  checked=$((checked + 1))
  if dom "$page" | grep -q 'data-pwned="1"'; then
    echo "browser-xss-check: a payload ran in $(basename "$page")" >&2
    ran=$((ran + 1))
  fi
done
payloads=$(find "$pages" -name 'detail-*.html' | wc -l)
echo "browser-xss-check: $checked pages loaded ($payloads payloads; default page and example template), $ran payloads ran ($((SECONDS - start)) s)"
[ "$ran" -eq 0 ]
