#!/usr/bin/env python3
"""Real HTTP checks of one server variant in front of scripts/servers/upstream.py.

    check.py run NAME URL PROFILE RESULTS   checks one variant, appends to RESULTS (TSV)
    check.py summary RESULTS                 prints the server x check table; exit 1 on a fail

PROFILE says what the variant can do (its documented behaviour is what is asserted):
    negotiating      q-values honoured: `fr;q=0, ja,en;q=0.5` gets ja
    first-language   only the first language counts: that header gets fr (nginx/Caddy maps)
and, after a comma, how the proxy's own error (upstream down) comes out:
    down-localized   in the negotiated language
    down-en-US       in en-US (HAProxy's http-error without `http-status serve`)
Every request has a 5 second timeout; the script stops nothing and starts nothing.
"""
import http.client
import json
import re
import socket
import sys
from urllib.parse import urlsplit

TIMEOUT = 5
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def request(url, path, headers, method="GET"):
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        conn.request(method, path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        headers = {}
        for name, value in response.getheaders():  # repeated fields are one list (RFC 9110)
            name = name.lower()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        return response.status, headers, body
    finally:
        conn.close()


def raw_head(url, path, headers):
    """HEAD over a raw socket: the status and every byte after the header block."""
    parts = urlsplit(url)
    lines = [f"HEAD {path} HTTP/1.1", f"Host: {parts.hostname}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    data = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            pass
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, rest


def html_lang_dir(body):
    match = re.search(rb'<html lang="([^"]+)" dir="([^"]+)">', body)
    return (match.group(1).decode(), match.group(2).decode()) if match else (None, None)


class Checker:
    def __init__(self, name, url, profile):
        self.name, self.url = name, url
        self.profile = set(profile.split(","))
        self.rows = []

    def record(self, check, ok, detail):
        self.rows.append((self.name, check, "pass" if ok else "fail", detail))
        print(f"  {'pass' if ok else 'FAIL'}  {self.name:15} {check:24} {detail}", flush=True)

    def attempt(self, check, function):
        try:
            ok, detail = function()
        except Exception as error:  # a refused connection or a timeout is a failed check
            ok, detail = False, f"{type(error).__name__}: {error}"
        self.record(check, ok, detail)

    def status_unchanged(self):
        seen = {}
        for path, want in [("/missing", 404), ("/boom", 500), ("/busy", 503), ("/ok", 200)]:
            status, _, body = request(self.url, path, {"Accept": BROWSER_ACCEPT})
            seen[path] = status
            if status != want:
                return False, f"{path}: {status}, want {want}"
            if path == "/ok" and body != b"ok\n":
                return False, "/ok: the upstream's body was replaced"
        return True, " ".join(f"{p}={s}" for p, s in seen.items())

    def language(self, header, want, want_dir="ltr", path="/missing", code=404):
        status, headers, body = request(
            self.url, path, {"Accept": BROWSER_ACCEPT, "Accept-Language": header}
        )
        lang, direction = html_lang_dir(body)
        content_language = headers.get("content-language")
        ok = status == code and lang == want and content_language == want and direction == want_dir
        detail = f"{header!r}: {status} lang={lang} dir={direction} Content-Language={content_language}"
        return ok, detail + ("" if ok else f" (want {code} {want} {want_dir})")

    def vary(self):
        _, headers, _ = request(self.url, "/missing", {"Accept-Language": "de"})
        vary = headers.get("vary", "").lower()
        ok = "accept-language" in vary and "accept" in [v.strip() for v in vary.split(",")]
        return ok, f"Vary: {headers.get('vary')}"

    def problem_json(self):
        status, headers, body = request(
            self.url, "/missing", {"Accept": "application/json", "Accept-Language": "de"}
        )
        content_type = headers.get("content-type", "")
        problem = json.loads(body) if content_type.startswith("application/problem+json") else {}
        ok = (
            status == 404
            and problem.get("status") == 404
            and problem.get("title") == "Nicht gefunden"
            and headers.get("content-language") == "de"
        )
        return ok, f"{status} {content_type} title={problem.get('title')!r}"

    def head(self):
        status, rest = raw_head(self.url, "/missing", {"Accept-Language": "ja"})
        return status == 404 and rest == b"", f"{status}, {len(rest)} body bytes"

    def upstream_down(self):
        want = "de" if "down-localized" in self.profile else "en-US"
        status, headers, body = request(
            self.url, "/down/page", {"Accept": BROWSER_ACCEPT, "Accept-Language": "de-DE,de;q=0.9"}
        )
        lang, _ = html_lang_dir(body)
        ok = status in (502, 503, 504) and lang == want and headers.get("content-language") == want
        return ok, f"{status} lang={lang} Content-Language={headers.get('content-language')} (want {want})"

    def run(self):
        q_zero = "ja" if "negotiating" in self.profile else "fr"  # fr: the first-language map
        self.attempt("status unchanged", self.status_unchanged)
        self.attempt("de-DE browser", lambda: self.language("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de"))
        self.attempt("q=0 first choice", lambda: self.language("fr;q=0, ja,en;q=0.5", q_zero))
        self.attempt("zh-HK not zh-CN", lambda: self.language("zh-HK,zh;q=0.9", "zh-HK"))
        self.attempt("zh-MO -> zh-HK", lambda: self.language("zh-MO", "zh-HK"))
        self.attempt("ar-EG rtl", lambda: self.language("ar-EG,ar;q=0.9", "ar", "rtl"))
        self.attempt("500 in ja", lambda: self.language("ja", "ja", path="/boom", code=500))
        self.attempt("Vary", self.vary)
        self.attempt("problem+json", self.problem_json)
        self.attempt("HEAD no body", self.head)
        self.attempt("upstream down", self.upstream_down)


def summary(path):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()]
    servers = list(dict.fromkeys(r[0] for r in rows))
    checks = list(dict.fromkeys(r[1] for r in rows))
    result = {(r[0], r[1]): r[2] for r in rows}
    width = max(len(c) for c in checks) + 2
    print("check".ljust(width) + "".join(s.ljust(16) for s in servers))
    for check in checks:
        cells = "".join(result.get((s, check), "-").ljust(16) for s in servers)
        print(check.ljust(width) + cells)
    failures = [r for r in rows if r[2] != "pass"]
    print(f"{len(rows) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "run":
        _, _, name, url, profile, results = sys.argv
        checker = Checker(name, url, profile)
        checker.run()
        with open(results, "a", encoding="utf-8") as out:
            for row in checker.rows:
                out.write("\t".join(row) + "\n")
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "summary":
        return summary(sys.argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
