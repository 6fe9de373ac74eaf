#!/usr/bin/env python3
"""Prints the Markdown tables of BENCHMARKS.md from one run: criterion's medians (from
target/criterion/**/new/{benchmark,estimates}.json), with ratios to the baseline of the same
group, and the JSON lines of cold-start.sh and load-test.sh given as files.

    python3 scripts/bench_report.py [TARGET_DIR] [cold-start.jsonl] [load-test.json]
"""
import json
import pathlib
import sys

target = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target")
cold_file = sys.argv[2] if len(sys.argv) > 2 else None
load_file = sys.argv[3] if len(sys.argv) > 3 else None

results = {}
for bench in (target / "criterion").glob("*/*/new/benchmark.json"):
    meta = json.loads(bench.read_text())
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    results.setdefault(meta["group_id"], {})[meta["function_id"]] = estimates["median"]["point_estimate"]


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def table(group, baseline, rows, note):
    data = results.get(group, {})
    base = data.get(baseline)
    print(f"\n| {group}: what | median | ratio to {note} |\n|---|---:|---:|")
    for name in rows:
        if name not in data:
            continue
        ratio = f"{data[name] / base:.2f}×" if base else "n/a"
        print(f"| {name} | {fmt_time(data[name])} | {ratio} |")


lookup = results.get("lookup", {})
table("lookup", "floor: http canonical_reason", sorted(lookup, key=lookup.get), "`canonical_reason` (floor)")
pairs = [
    ("zh-HK (fallback)", "fluent-templates lookup (zh-HK, fallback)", "describe(404, \"zh-HK\") fallback, cached"),
    ("zh-CN", "fluent-templates lookup (zh-CN)", "describe(404, \"zh-CN\")"),
]
for label, theirs, ours in pairs:
    if theirs in lookup and ours in lookup:
        print(f"\ndescribe by tag is {lookup[theirs] / lookup[ours]:.0f}× faster than fluent-templates' lookup, {label}")
first = results.get("first use", {})
if first:
    print("\n| first use | median |\n|---|---:|")
    for name, value in sorted(first.items()):
        print(f"| {name} | {fmt_time(value)} |")
neg = results.get("negotiate", {})
chrome = [n for n in neg if "Chrome" in n]
corpus = [n for n in neg if "corpus" in n]
table("negotiate", "http-status-i18n: Chrome header", sorted(chrome, key=neg.get), "http-status-i18n")
corpus_base = next((n for n in corpus if n.startswith("http-status-i18n")), None)
if corpus_base:
    table("negotiate", corpus_base, sorted(corpus, key=neg.get), "http-status-i18n (corpus)")
page = results.get("page", {})
table("page", "render_html 404 zh-CN", sorted(page, key=page.get), "render_html")

if cold_file:
    print("\n| cold start and memory | value |\n|---|---:|")
    for line in pathlib.Path(cold_file).read_text().splitlines():
        row = json.loads(line)
        if "median_micros" in row:
            print(f"| first lookup, {row['mode']} locale(s), fresh process (median of {row['runs']}) | {row['median_micros']:.0f} µs |")
            print(f"| heap held after first lookup, {row['mode']} locale(s) | {row['heap_bytes'] / 1024:.0f} KiB |")
        if "max_rss_kib" in row:
            print(f"| peak RSS, mode {row['mode']} | {row['max_rss_kib']} KiB |")
if load_file:
    row = json.loads(pathlib.Path(load_file).read_text())
    print("\n| load test (wrk, 127.0.0.1) | requests/s |\n|---|---:|")
    print(f"| plain-text 404 | {row['plain_rps']} |")
    print(f"| localized 404 page (zh-CN, HTML) | {row['localized_rps']} |")
    print(f"| ratio localized / plain | {row['ratio']:.3f} |")
