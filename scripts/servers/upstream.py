#!/usr/bin/env python3
"""The application behind the proxies in scripts/servers-check.sh: a few paths on 127.0.0.1.

/missing → bodiless 404, /boom → bodiless 500, /busy → bodiless 503, /ok → 200 "ok".
Usage: upstream.py PORT (prints "upstream: listening on PORT" when ready).
"""
import http.server
import sys

STATUS = {"/missing": 404, "/boom": 500, "/busy": 503}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, with_body):
        path = self.path.split("?", 1)[0]
        if path == "/ok":
            body = b"ok\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
            return
        self.send_response(STATUS.get(path, 404))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self.answer(True)

    def do_HEAD(self):
        self.answer(False)

    def log_message(self, *args):
        pass


def main():
    port = int(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"upstream: listening on {port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
