#!/usr/bin/env bash
# The light build's footprint, next to the `http` crate's (issue 10's targets), in one run:
#   - normal dependencies of `default-features = false` (crates besides ours);
#   - clean release build time of a minimal binary calling `describe(404, "zh-CN")`, and
#     of one calling `http::StatusCode::canonical_reason()`;
#   - stripped binary sizes: all locales, the 34 of the first wave, en-US and one other;
#   - first `describe` in a fresh process vs a fresh process calling `canonical_reason`
#     (hyperfine, many runs).
#   bash scripts/footprint.sh           prints JSON lines (about 3 minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${CARGO_TARGET_DIR:-$root/target}/footprint"
rm -rf "$work"
mkdir -p "$work"

deps=$(cd "$root" && cargo tree --quiet --no-default-features -e normal -p http-status-i18n --prefix none \
  | sort -u | grep -vc '^http-status-i18n ' || true)
macros=$(cd "$root" && cargo tree --quiet --no-default-features -e normal -p http-status-i18n --prefix none \
  | grep -c 'proc-macro' || true)
echo "{\"what\":\"dependencies\",\"normal_dependencies\":$deps,\"proc_macros\":$macros}"

make_crate() { # name, dependency line, main body
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2

[profile.release]
strip = true

[workspace]
TOML
  echo "fn main() { $3 }" > "$work/$1/src/main.rs"
}
make_crate describe "http-status-i18n = { path = \"$root\", default-features = false }" \
  'let t = http_status_i18n::describe(404, "zh-CN").unwrap_or(""); std::process::exit((t.len() % 7) as i32);'
make_crate canonical 'http = "1"' \
  'let t = http::StatusCode::NOT_FOUND.canonical_reason().unwrap_or(""); std::process::exit((t.len() % 7) as i32);'

build() { # crate, target dir, [env]
  local start end
  (cd "$work/$1" && cargo fetch --quiet)
  start=$(date +%s.%N)
  (cd "$work/$1" && env ${3:-} CARGO_TARGET_DIR="$2" cargo build --quiet --release --offline)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
for round in 1 2; do
  t_describe=$(build describe "$work/t-describe-$round")
  t_canonical=$(build canonical "$work/t-canonical-$round")
  echo "{\"what\":\"clean release build\",\"round\":$round,\"describe_s\":$t_describe,\"canonical_reason_s\":$t_canonical,\"ratio\":$(echo "scale=2; $t_describe / $t_canonical" | bc)}"
done

first_wave="ar,cs,da,de,el,es,fa,fi,fr,ga,he,hi,hu,id,it,ja,ko,nb,nl,pl,pt-BR,pt-PT,ro,ru,sr,sr-Latn,sv,th,tr,uk,vi,zh-CN,zh-TW"
build describe "$work/t-34" "HTTP_STATUS_I18N_LOCALES=$first_wave" >/dev/null
build describe "$work/t-1" "HTTP_STATUS_I18N_LOCALES=zh-CN" >/dev/null
size() { stat -c %s "$1"; }
base=$(size "$work/t-canonical-1/release/canonical")
all=$(size "$work/t-describe-1/release/describe")
w34=$(size "$work/t-34/release/describe")
one=$(size "$work/t-1/release/describe")
echo "{\"what\":\"stripped binary\",\"canonical_reason_bytes\":$base,\"all_locales_overhead\":$((all - base)),\"first_wave_34_overhead\":$((w34 - base)),\"en_us_and_zh_cn_overhead\":$((one - base))}"

if command -v hyperfine >/dev/null; then
  hyperfine -N -i --warmup 20 --runs 400 --export-json "$work/start.json" \
    "$work/t-canonical-1/release/canonical" "$work/t-describe-1/release/describe" >/dev/null 2>&1 || true
  python3 - "$work/start.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
c, d = (x["median"] * 1e6 for x in r)
print(json.dumps({"what": "fresh process", "canonical_reason_median_us": round(c, 1),
                  "describe_median_us": round(d, 1), "ratio": round(d / c, 3)}))
PY
else
  echo '{"what":"fresh process","skipped":"hyperfine is not installed (apt-get install hyperfine)"}'
fi
