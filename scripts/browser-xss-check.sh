#!/usr/bin/env bash
# Loads error pages rendered with script-injection payloads in headless Chromium (Debian's
# `chromium`) and fails if any payload ran. The pages are opened from files, so no
# Content-Security-Policy header protects them: escaping alone must hold. A control page
# with a real script must be seen running, or the check itself is broken.
#   bash scripts/browser-xss-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "browser-xss-check: chromium is not installed" >&2; exit 2; }
pages="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$pages" "$profile"' EXIT
cargo run --quiet --example xss_pages -- "$pages"
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
for page in "$pages"/detail-*.html "$pages"/override-*.html; do
  checked=$((checked + 1))
  if dom "$page" | grep -q 'data-pwned="1"'; then
    echo "browser-xss-check: a payload ran in $(basename "$page")" >&2
    ran=$((ran + 1))
  fi
done
echo "browser-xss-check: $checked pages loaded, $ran payloads ran"
[ "$ran" -eq 0 ]
