#!/usr/bin/env bash
# Accessibility and validity of the error pages, in a real browser: renders the default page
# and the example template (examples/templates/product.html) with `http-status page` for
# every shipped locale and the codes 404 (plain) and 503 (with a theme and a detail), then
#   1. audits each page with axe-core in headless Chromium (Debian's `chromium`, driven by
#      puppeteer-core), in light and dark colour scheme at desktop (1280x800) and phone
#      (390x844) width, with every axe rule tagged wcag2a, wcag2aa, wcag21a, wcag21aa or
#      best-practice, and reflow at 320 px (no sideways scrolling): 0 violations required;
#   2. checks every page with the Nu HTML Checker (vnu-jar, `java -jar`, one JVM): 0 errors.
# Both run even when the first fails; the exit code is 1 if either found anything, 2 if a
# tool is missing. The npm packages are pinned by scripts/browser/package-lock.json and
# installed there (`npm ci --ignore-scripts`) when absent.
#   bash scripts/browser-a11y-check.sh [--keep DIR]   (--keep: write the pages to DIR and keep them)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=""
if [ "${1:-}" = "--keep" ]; then
  keep="${2:?--keep needs a directory}"
fi
export CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$CHROMIUM" ] || { echo "browser-a11y-check: chromium is not installed" >&2; exit 2; }
command -v java >/dev/null || { echo "browser-a11y-check: java is not installed (default-jre-headless)" >&2; exit 2; }
command -v node >/dev/null || { echo "browser-a11y-check: node is not installed" >&2; exit 2; }
if [ ! -d scripts/browser/node_modules/axe-core ]; then
  (cd scripts/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

if [ -n "$keep" ]; then
  pages="$keep"
  mkdir -p "$pages"
else
  pages="$(mktemp -d)"
  trap 'rm -rf "$pages"' EXIT
fi

start=$SECONDS
# CI sets HTTP_STATUS_FEATURES=--all-features to reuse the build of its test run.
# shellcheck disable=SC2086
cargo build --quiet ${HTTP_STATUS_FEATURES:---features cli,templates} --bin http-status
echo "browser-a11y-check: http-status built in $((SECONDS - start)) s"
start=$SECONDS
bin="${CARGO_TARGET_DIR:-target}/debug/http-status"
tags=$("$bin" locales --tags)
template=examples/templates/product.html
# 404: the page as it comes; 503: with a theme (name, logo, accent) and the application's
# detail, so that every part of both pages is audited.
theme=(--theme-name "Acme Cloud" --theme-accent "#1747b8")
full=("${theme[@]}" --theme-logo /logo.svg --detail "Maintenance until 14:00 UTC. INV-2026-0042")
for tag in $tags; do
  "$bin" page 404 --locale "$tag" >"$pages/default-$tag-404.html"
  "$bin" page 503 --locale "$tag" "${full[@]}" >"$pages/default-$tag-503.html"
  "$bin" page 404 --locale "$tag" --template "$template" "${theme[@]}" >"$pages/product-$tag-404.html"
  "$bin" page 503 --locale "$tag" --template "$template" "${full[@]}" >"$pages/product-$tag-503.html"
done
echo "browser-a11y-check: $(find "$pages" -name '*.html' | wc -l) pages ($(echo "$tags" | wc -w) locales × 404, 503 × the default page, $template) written in $((SECONDS - start)) s"

status=0
worst() { [ "$1" -gt "$status" ] && status=$1; return 0; }
start=$SECONDS
node scripts/browser/a11y.mjs "$pages" || worst $?
echo "browser-a11y-check: axe took $((SECONDS - start)) s"
start=$SECONDS
node scripts/browser/vnu.mjs "$pages" || worst $?
echo "browser-a11y-check: vnu took $((SECONDS - start)) s"
exit "$status"
