#!/usr/bin/env python3
"""Checks a translated locale folder against the en-US source of http-status-i18n.

Usage: python3 l10n-drafts/check_locale.py l10n-drafts/<tag> <tag>

Checks: both .ftl files parse with no Junk; the same messages and attributes in the same
order as en-US; the same comments; the same placeables; no value identical to English
(except OK / IM Used); no bidi control characters; letters of the locale's own script
only (Latin words only from the kept list); GLOSSARY.md present. Exit 0 when clean.
"""
import re
import sys
import unicodedata
from pathlib import Path

from fluent.syntax import parse, ast

EN = Path(__file__).resolve().parents[1] / "locales" / "en-US"

KEPT = set("""HTTP HTTPS https URI URL TLS SSL TCP DNS IP XML API RFC WebDAV WebSocket GET HEAD
POST Location Range Accept Content Type Encoding Length Retry After Allow Upgrade Expect If
Match Unmodified Since WWW Authenticate Proxy Link Depth Cloudflare nginx Microsoft IIS
Windows Twitter Apache cPanel Wi Fi OK IM Cookie Cookies cookies""".split())

RANGES = {
    "Latin": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x2AF), (0x1E00, 0x1EFF)],
    "Cyrillic": [(0x400, 0x4FF)],
    "Arabic": [(0x600, 0x6FF), (0x750, 0x77F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "Devanagari": [(0x900, 0x97F)],
    "Bengali": [(0x980, 0x9FF)],
    "Gurmukhi": [(0xA00, 0xA7F)],
    "Gujarati": [(0xA80, 0xAFF)],
    "Tamil": [(0xB80, 0xBFF)],
    "Telugu": [(0xC00, 0xC7F)],
    "Kannada": [(0xC80, 0xCFF)],
    "Malayalam": [(0xD00, 0xD7F)],
    "Georgian": [(0x10A0, 0x10FF), (0x1C90, 0x1CBF)],
    "Armenian": [(0x530, 0x58F)],
    "Han": [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3005, 0x3005)],
    "Kana": [(0x3040, 0x30FF)],
    "Hangul": [(0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)],
    "Greek": [(0x370, 0x3FF), (0x1F00, 0x1FFF)],
    "Hebrew": [(0x590, 0x5FF)],
    "Thai": [(0xE00, 0xE7F)],
}

SCRIPT = {
    "zh-HK": "Han", "bn": "Bengali", "ur": "Arabic", "mr": "Devanagari", "gu": "Gujarati",
    "pa": "Gurmukhi", "ta": "Tamil", "te": "Telugu", "kn": "Kannada", "ml": "Malayalam",
    "bg": "Cyrillic", "kk": "Cyrillic", "ka": "Georgian", "hy": "Armenian",
    "zh-CN": "Han", "zh-TW": "Han", "ja": "Han Kana", "ko": "Hangul", "ru": "Cyrillic",
    "uk": "Cyrillic", "sr": "Cyrillic", "el": "Greek", "ar": "Arabic", "fa": "Arabic",
    "he": "Hebrew", "hi": "Devanagari", "th": "Thai",
}

# Letters that betray another language in the same script.
FORBIDDEN = {
    "zh-HK": set("这们为务网络请应浏览录缓连线档资错误时间问题无数据页访认证过长执处试协议设实现响头码终户区关开动态类传输断压缩给让还进选择样与对会没个从将当经况确写读变产单体书图东车见说话语识记计许论项须预顾华专业发导达迁运远适递释钟钥铁锁键门闭闲阅队际险随难电络绝统继续维缘编缩罗职联脑节获装规视觉订讨训讯讲评诉词译诗诚询详谁调谈谢负贡财责败货质购贴费赏赛赞转轮软轻载较辅辑输边齐"),
    "bg": set("ыэё"),
    "kk": set("ё"),
    "ur": set("ي"),  # Arabic yeh; Urdu writes ی / ے
}

BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def script_of(c):
    u = ord(c)
    for name, ranges in RANGES.items():
        if any(a <= u <= b for a, b in ranges):
            return name
    return None


def pattern_text(pattern):
    text, vars_ = "", []
    for el in pattern.elements:
        if isinstance(el, ast.TextElement):
            text += el.value
        elif isinstance(el, ast.Placeable):
            expr = el.expression
            if isinstance(expr, ast.VariableReference):
                vars_.append(expr.id.name)
                text += "{$" + expr.id.name + "}"
            elif isinstance(expr, ast.StringLiteral):
                text += expr.parse()["value"]
            else:
                vars_.append(type(expr).__name__)
    return text, sorted(vars_)


def load(path):
    res = parse(path.read_text(encoding="utf-8"))
    junk = [e for e in res.body if isinstance(e, ast.Junk)]
    msgs, comments = [], []
    for e in res.body:
        if isinstance(e, ast.Message):
            parts = []
            if e.value:
                parts.append(("", pattern_text(e.value)))
            for a in e.attributes:
                parts.append((a.id.name, pattern_text(a.value)))
            msgs.append((e.id.name, parts, e.comment.content if e.comment else None))
        elif isinstance(e, (ast.Comment, ast.GroupComment, ast.ResourceComment)):
            comments.append(e.content)
    return msgs, comments, junk


def main():
    folder, tag = Path(sys.argv[1]), sys.argv[2]
    problems = []
    script = SCRIPT.get(tag, "Latin")
    for name in ["http-status.ftl", "error-page.ftl"]:
        f = folder / name
        if not f.exists():
            problems.append(f"{name}: missing")
            continue
        raw = f.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{name}: byte order mark")
        if b"\r" in raw or b"\t" in raw:
            problems.append(f"{name}: CR or tab")
        en_msgs, en_comments, _ = load(EN / name)
        msgs, comments, junk = load(f)
        for j in junk:
            problems.append(f"{name}: Junk: {j.content[:80]!r}")
        if comments != en_comments:
            problems.append(f"{name}: standalone/group comments differ from en-US")
        if [m[0] for m in msgs] != [m[0] for m in en_msgs]:
            problems.append(f"{name}: message IDs or their order differ from en-US")
        en_by_id = {m[0]: m for m in en_msgs}
        for mid, parts, comment in msgs:
            en = en_by_id.get(mid)
            if not en:
                continue
            if comment != en[2]:
                problems.append(f"{name} {mid}: comment differs from en-US")
            if [p[0] for p in parts] != [p[0] for p in en[1]]:
                problems.append(f"{name} {mid}: attributes differ from en-US")
            for (attr, (text, vars_)), (_, (en_text, en_vars)) in zip(parts, en[1]):
                where = f"{name} {mid}{'.' + attr if attr else ''}"
                if vars_ != en_vars:
                    problems.append(f"{where}: placeables {vars_} != en-US {en_vars}")
                if text.strip() == en_text.strip() and mid not in ("http-200", "http-226"):
                    problems.append(f"{where}: identical to English: {text!r}")
                if any(c in BIDI for c in text):
                    problems.append(f"{where}: bidi control character")
                for c in text:
                    if c in FORBIDDEN.get(tag, ()):
                        problems.append(f"{where}: letter {c!r} belongs to another language")
                plain = re.sub(r"\{\$\w+\}", "", text)
                if "Latin" not in script.split():
                    for w in re.findall(r"[A-Za-z0-9]+", plain):
                        if not any(ch.isalpha() for ch in w):
                            continue
                        if w in KEPT or re.fullmatch(r"\d+x+", w):
                            continue
                        problems.append(f"{where}: Latin word {w!r} (not a kept word)")
                for c in plain:
                    if not c.isalpha():
                        continue
                    s = script_of(c)
                    if s == "Latin" and "Latin" not in script.split():
                        continue  # reported per word above
                    if s not in script.split():
                        problems.append(
                            f"{where}: {c!r} U+{ord(c):04X} ({unicodedata.name(c, '?')}) is not {script}"
                        )
    if not (folder / "GLOSSARY.md").exists():
        problems.append("GLOSSARY.md: missing")
    for p in problems:
        print(p)
    print(f"{tag}: {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
