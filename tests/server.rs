//! `http-status serve`, run for real: the binary on 127.0.0.1 (a port the system picks),
//! raw HTTP/1.1 requests over `TcpStream`, so that malformed and slow requests can be sent
//! too. Every child is killed when its guard drops, and every read has a timeout.
#![cfg(feature = "server")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use http_status_i18n::Catalog;

const BIN: &str = env!("CARGO_BIN_EXE_http-status");
/// The longest any single step may take before a test fails.
const STEP: Duration = Duration::from_secs(10);

/// A running `http-status serve`, killed on drop.
struct Service {
    child: Child,
    addr: SocketAddr,
    stderr: Arc<Mutex<String>>,
}

impl Service {
    fn start(args: &[&str]) -> Service {
        Self::start_with(args, &[])
    }

    fn start_with(args: &[&str], env: &[(&str, &str)]) -> Service {
        let mut command = Command::new(BIN);
        command.arg("serve");
        if !args.contains(&"--listen") && !env.iter().any(|(k, _)| *k == "HTTP_STATUS_LISTEN") {
            command.args(["--listen", "127.0.0.1:0"]);
        }
        command.args(args).envs(env.iter().copied());
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let pipe = child.stderr.take().unwrap();
        let log = Arc::clone(&stderr);
        thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("http-status serve: listening on http://") {
                    let _ = ready_tx.send(addr.parse::<SocketAddr>().unwrap());
                }
                let mut log = log.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut service = Service {
            child,
            addr: "127.0.0.1:1".parse().unwrap(),
            stderr,
        };
        match ready_rx.recv_timeout(STEP) {
            Ok(addr) => service.addr = addr,
            Err(_) => panic!("not ready in time; stderr:\n{}", service.stderr()),
        }
        service
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect_timeout(&self.addr, STEP).unwrap();
        stream.set_read_timeout(Some(STEP)).unwrap();
        stream.set_write_timeout(Some(STEP)).unwrap();
        stream
    }

    /// A `GET` of `target` with `headers`, on its own connection.
    fn get(&self, target: &str, headers: &[(&str, &str)]) -> Reply {
        self.send("GET", target, headers)
    }

    fn send(&self, method: &str, target: &str, headers: &[(&str, &str)]) -> Reply {
        let mut raw = format!("{method} {target} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
        for (name, value) in headers {
            raw.push_str(&format!("{name}: {value}\r\n"));
        }
        raw.push_str("\r\n");
        self.raw(raw.as_bytes())
    }

    /// Sends `bytes` and reads until the server closes the connection.
    fn raw(&self, bytes: &[u8]) -> Reply {
        let mut stream = self.connect();
        stream.write_all(bytes).unwrap();
        Reply::parse(&read_to_close(&mut stream))
    }

    /// Waits for the process to end (bounded), returning its status.
    fn wait(&mut self) -> ExitStatus {
        let deadline = Instant::now() + STEP;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "did not exit; stderr:\n{}",
                self.stderr()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_to_close(stream: &mut TcpStream) -> Vec<u8> {
    let mut bytes = Vec::new();
    match stream.read_to_end(&mut bytes) {
        Ok(_) => {}
        // A reset after the response (the server closed with unread input) is a close.
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
        Err(e) => panic!("read failed after {} bytes: {e}", bytes.len()),
    }
    bytes
}

/// A parsed response (the body as sent: chunked bodies are not expected here).
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn parse(bytes: &[u8]) -> Reply {
        let split = bytes
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no complete head in {:?}", String::from_utf8_lossy(bytes)));
        let head = std::str::from_utf8(&bytes[..split]).unwrap();
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap();
        let status = status_line.split(' ').nth(1).unwrap().parse().unwrap();
        let headers = lines
            .map(|line| {
                let (name, value) = line.split_once(':').unwrap();
                (name.to_ascii_lowercase(), value.trim().to_owned())
            })
            .collect();
        Reply {
            status,
            headers,
            body: bytes[split + 4..].to_vec(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .collect()
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

/// The page the library renders for these choices: the oracle for bodies.
fn page(code: u16, tag: &str, format: http_status_i18n::Format) -> String {
    let catalog = Catalog::embedded();
    catalog.error_page(code).locale(tag).render(format)
}

use http_status_i18n::Format;

#[test]
fn the_path_names_the_code_and_the_extension_the_format() {
    let service = Service::start(&["--quiet"]);
    let cases = [
        ("/404", 404, Format::Html),
        ("/404.html", 404, Format::Html),
        ("/503.json", 503, Format::ProblemJson),
        ("/418.txt", 418, Format::Text),
    ];
    for (path, code, format) in cases {
        let reply = service.get(path, &[]);
        assert_eq!(reply.status, code, "{path}");
        assert_eq!(
            reply.header("content-type"),
            Some(format.content_type()),
            "{path}"
        );
        assert_eq!(reply.text(), page(code, "en-US", format), "{path}");
        assert_eq!(
            reply.header("content-length"),
            Some(reply.body.len().to_string().as_str())
        );
    }
}

#[test]
fn other_paths_take_x_code_then_the_default_code() {
    let service = Service::start(&["--quiet"]);
    assert_eq!(service.get("/", &[("X-Code", "502")]).status, 502);
    assert_eq!(
        service.get("/some/page?x=1", &[("X-Code", " 504 ")]).status,
        504
    );
    assert_eq!(service.get("/some/page", &[]).status, 404);
    // The path wins over the header.
    assert_eq!(service.get("/410", &[("X-Code", "502")]).status, 410);
    // Numbers that are no error status count as absent.
    assert_eq!(service.get("/200", &[("X-Code", "503")]).status, 503);
    assert_eq!(service.get("/", &[("X-Code", "302")]).status, 404);
    assert_eq!(service.get("/999", &[]).status, 404);
    assert_eq!(service.get("/", &[("X-Code", "5000")]).status, 404);

    let service = Service::start(&["--quiet", "--default-code", "503"]);
    let reply = service.get("/", &[("X-Code", "abc")]);
    assert_eq!(reply.status, 503);
    assert_eq!(reply.text(), page(503, "en-US", Format::Html));
}

#[test]
fn the_format_comes_from_x_format_then_accept() {
    let service = Service::start(&["--quiet"]);
    let json = service.get(
        "/",
        &[("X-Format", "application/json"), ("Accept", "text/html")],
    );
    assert_eq!(
        json.header("content-type"),
        Some("application/problem+json")
    );
    let json: serde_json::Value = serde_json::from_slice(&json.body).unwrap();
    assert_eq!(json["status"], 404);
    let text = service.get("/", &[("Accept", "text/plain")]);
    assert_eq!(
        text.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    let html = service.get("/500", &[("Accept", browser)]);
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    // The extension wins over both headers.
    let ext = service.get(
        "/500.txt",
        &[
            ("X-Format", "application/json"),
            ("Accept", "application/json"),
        ],
    );
    assert_eq!(
        ext.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
}

#[test]
fn the_language_is_negotiated_from_accept_language() {
    let service = Service::start(&["--quiet"]);
    let cases = [
        // q=0 excludes the first choice.
        ("de;q=0, fr;q=0.5, en;q=0.1", "fr"),
        ("de-CH,de;q=0.9,en;q=0.8", "de"),
        ("ja", "ja"),
        ("tlh", "en-US"),
    ];
    for (header, tag) in cases {
        let reply = service.get("/404", &[("Accept-Language", header)]);
        assert_eq!(reply.header("content-language"), Some(tag), "{header}");
        assert_eq!(reply.text(), page(404, tag, Format::Html), "{header}");
    }
    // A Traditional Chinese region never gets Simplified Chinese.
    for header in ["zh-HK", "zh-MO,zh;q=0.8", "zh-Hant-HK"] {
        let reply = service.get("/404", &[("Accept-Language", header)]);
        let tag = reply.header("content-language").unwrap().to_owned();
        assert!(tag == "zh-HK" || tag == "zh-TW", "{header} → {tag}");
        let simplified = Catalog::embedded().title(404, "zh-CN").unwrap();
        let traditional = Catalog::embedded().title(404, &tag).unwrap();
        assert_ne!(simplified, traditional);
        assert!(reply.text().contains(traditional), "{header}");
        assert!(
            !reply.text().contains(&format!(">{simplified}<")),
            "{header}"
        );
    }
    // Arabic is right to left.
    let reply = service.get("/503", &[("Accept-Language", "ar-EG,ar;q=0.9")]);
    assert_eq!(reply.header("content-language"), Some("ar"));
    assert!(reply.text().contains(r#"<html lang="ar" dir="rtl">"#));
    // Vary names what the page depends on.
    let vary = reply.all("vary");
    assert!(
        vary.contains(&"Accept-Language") && vary.contains(&"Accept"),
        "{vary:?}"
    );
}

#[test]
fn the_query_parameter_and_the_forced_locale_choose_the_language() {
    let service = Service::start(&["--quiet", "--locale-query", "lang"]);
    let reply = service.get("/404?lang=ja", &[("Accept-Language", "de")]);
    assert_eq!(reply.header("content-language"), Some("ja"));
    // A tag the catalogue does not have leaves Accept-Language in charge.
    let reply = service.get("/404?lang=tlh", &[("Accept-Language", "de")]);
    assert_eq!(reply.header("content-language"), Some("de"));
    let reply = service.get("/404?other=ja", &[("Accept-Language", "de")]);
    assert_eq!(reply.header("content-language"), Some("de"));

    let forced = Service::start(&["--quiet", "--locale", "uk", "--locale-query", "lang"]);
    let reply = forced.get("/404.json?lang=ja", &[("Accept-Language", "de")]);
    assert_eq!(reply.header("content-language"), Some("uk"));
    assert_eq!(reply.text(), page(404, "uk", Format::ProblemJson));
}

#[test]
fn status_200_sends_the_same_page_with_200() {
    let service = Service::start(&["--quiet", "--status-200"]);
    let reply = service.get("/503", &[("Accept-Language", "fr")]);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text(), page(503, "fr", Format::Html));
}

#[test]
fn every_page_has_the_security_and_cache_headers() {
    let service = Service::start(&["--quiet"]);
    for path in ["/404", "/500.json", "/429.txt"] {
        let reply = service.get(path, &[]);
        assert_eq!(reply.header("x-robots-tag"), Some("noindex"), "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-store"), "{path}");
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            reply.header("content-security-policy"),
            Some(http_status_i18n::CONTENT_SECURITY_POLICY),
            "{path}"
        );
    }
}

#[test]
fn head_gets_the_headers_without_a_body() {
    let service = Service::start(&["--quiet"]);
    let get = service.get("/404", &[("Accept-Language", "de")]);
    let head = service.send("HEAD", "/404", &[("Accept-Language", "de")]);
    assert_eq!(head.status, 404);
    assert!(head.body.is_empty(), "{} bytes", head.body.len());
    assert_eq!(head.header("content-language"), Some("de"));
    assert_eq!(head.header("content-length"), get.header("content-length"));
    assert!(!get.body.is_empty());
}

#[test]
fn gzip_and_brotli_when_the_client_accepts_them() {
    let service = Service::start(&["--quiet"]);
    let plain = service.get("/404", &[("Accept-Language", "ja")]);
    assert_eq!(plain.header("content-encoding"), None);

    let gzip = service.get(
        "/404",
        &[("Accept-Language", "ja"), ("Accept-Encoding", "gzip")],
    );
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert!(gzip
        .all("vary")
        .iter()
        .any(|v| v.eq_ignore_ascii_case("accept-encoding")));
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&dechunk(&gzip)[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain.body);

    let br = service.get(
        "/404",
        &[
            ("Accept-Language", "ja"),
            ("Accept-Encoding", "br;q=1, gzip;q=0.5"),
        ],
    );
    assert_eq!(br.header("content-encoding"), Some("br"));
    let mut unbrotli = Vec::new();
    brotli::Decompressor::new(&dechunk(&br)[..], 4096)
        .read_to_end(&mut unbrotli)
        .unwrap();
    assert_eq!(unbrotli, plain.body);
    assert!(dechunk(&br).len() < plain.body.len());

    // Compressed pages are cached: the same bytes again, with their length.
    let again = service.get(
        "/404",
        &[("Accept-Language", "ja"), ("Accept-Encoding", "gzip")],
    );
    assert_eq!(again.body, gzip.body);
    assert_eq!(
        again.header("content-length"),
        Some(again.body.len().to_string().as_str())
    );
    // ... but not a page that shows a request ID, nor one in another language.
    let with_id = service.get(
        "/404",
        &[
            ("Accept-Language", "ja"),
            ("Accept-Encoding", "gzip"),
            ("X-Request-ID", "zip-1"),
        ],
    );
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&dechunk(&with_id)[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert!(String::from_utf8(unzipped)
        .unwrap()
        .contains("X-Request-ID: zip-1"));
    let german = service.get(
        "/404",
        &[("Accept-Language", "de"), ("Accept-Encoding", "gzip")],
    );
    assert_eq!(german.header("content-language"), Some("de"));
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&dechunk(&german)[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(
        String::from_utf8(unzipped).unwrap(),
        page(404, "de", Format::Html)
    );
    // No encoding the client accepts: the page as it is.
    let identity = service.get(
        "/404",
        &[("Accept-Language", "ja"), ("Accept-Encoding", "identity")],
    );
    assert_eq!(identity.header("content-encoding"), None);
    assert_eq!(identity.body, plain.body);
}

/// The body of a reply, decoded from chunked transfer coding if it uses it.
fn dechunk(reply: &Reply) -> Vec<u8> {
    if reply.header("transfer-encoding") != Some("chunked") {
        return reply.body.clone();
    }
    let mut out = Vec::new();
    let mut rest = &reply.body[..];
    loop {
        let end = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&rest[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&rest[end + 2..end + 2 + size]);
        rest = &rest[end + 2 + size + 2..];
    }
}

#[test]
fn the_request_id_is_echoed_escaped_and_capped() {
    let service = Service::start(&["--quiet"]);
    let payload = "<script>alert(1)</script>";
    let reply = service.get("/404", &[("X-Request-ID", payload)]);
    assert_eq!(reply.header("x-request-id"), Some(payload));
    let html = reply.text();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains(payload));

    let text = service
        .get("/404.txt", &[("X-Request-ID", "req-42")])
        .text();
    assert!(text.contains("X-Request-ID: req-42"), "{text}");
    // problem+json keeps its cached body; the header carries the ID.
    let json = service.get("/404.json", &[("X-Request-ID", "req-42")]);
    assert_eq!(json.header("x-request-id"), Some("req-42"));
    assert_eq!(json.text(), page(404, "en-US", Format::ProblemJson));

    let longest = "a".repeat(128);
    let reply = service.get("/404", &[("X-Request-ID", &longest)]);
    assert_eq!(reply.header("x-request-id"), Some(longest.as_str()));
    for bad in [
        "a".repeat(129),
        "has space".to_owned(),
        "caf\u{e9}".to_owned(),
    ] {
        let reply = service.get("/404", &[("X-Request-ID", &bad)]);
        assert_eq!(reply.header("x-request-id"), None, "{bad:?}");
        assert_eq!(reply.text(), page(404, "en-US", Format::Html), "{bad:?}");
    }
}

#[test]
fn healthz_answers_ok() {
    let service = Service::start(&["--quiet"]);
    let reply = service.get("/healthz", &[("X-Code", "500")]);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text(), "ok\n");
}

#[test]
fn an_oversized_head_gets_431_or_a_closed_connection() {
    let service = Service::start(&["--quiet", "--max-header-bytes", "8192"]);
    let big = "x".repeat(20_000);
    let mut stream = service.connect();
    let request = format!("GET /404 HTTP/1.1\r\nHost: t\r\nX-Big: {big}\r\n\r\n");
    // The server may close before it has read everything; a failed write is a close.
    let _ = stream.write_all(request.as_bytes());
    let bytes = read_to_close(&mut stream);
    if !bytes.is_empty() {
        assert_eq!(Reply::parse(&bytes).status, 431);
    }
    let many: String = (0..100).map(|i| format!("X-H{i}: v\r\n")).collect();
    let reply = service.raw(format!("GET /404 HTTP/1.1\r\nHost: t\r\n{many}\r\n").as_bytes());
    assert_eq!(reply.status, 431);
    // The service still answers.
    assert_eq!(service.get("/404", &[]).status, 404);
}

#[test]
fn a_malformed_request_gets_400() {
    let service = Service::start(&["--quiet"]);
    for raw in [
        &b"GET /404 HTTP/1.1 extra\r\nHost: t\r\n\r\n"[..],
        b"\x00\x01\x02 garbage\r\n\r\n",
        b"GET /404 HTTP/1.1\r\nBad Header Name: x\r\n\r\n",
    ] {
        let reply = service.raw(raw);
        assert_eq!(reply.status, 400, "{:?}", String::from_utf8_lossy(raw));
    }
    assert_eq!(service.get("/404", &[]).status, 404);
}

#[test]
fn a_slow_client_is_dropped_after_the_header_timeout_while_others_are_served() {
    let service = Service::start(&["--quiet", "--header-timeout", "1", "--max-connections", "2"]);
    let mut slow = service.connect();
    let started = Instant::now();
    slow.write_all(b"GET /404 HTTP/1.1\r\nHost: t\r\nX-Slow: ")
        .unwrap();
    // Another client is served at once, even while the slow one holds a connection.
    let reply = service.get("/503", &[]);
    assert_eq!(reply.status, 503);
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    // The slow client trickles a byte now and then; the timeout still ends it.
    let mut closed = false;
    while started.elapsed() < Duration::from_secs(5) {
        thread::sleep(Duration::from_millis(100));
        if slow.write_all(b"a").is_err() {
            closed = true;
            break;
        }
        slow.set_nonblocking(true).unwrap();
        let mut buf = [0; 512];
        let read = slow.read(&mut buf);
        slow.set_nonblocking(false).unwrap();
        match read {
            Ok(_) => {
                closed = true;
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
    }
    let elapsed = started.elapsed();
    assert!(closed, "the slow client was not dropped");
    assert!(
        elapsed >= Duration::from_millis(900),
        "dropped too early: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(3),
        "dropped too late: {elapsed:?}"
    );
}

#[test]
fn connections_beyond_the_limit_wait_for_a_free_slot() {
    let service = Service::start(&["--quiet", "--header-timeout", "1", "--max-connections", "1"]);
    let mut holder = service.connect();
    holder
        .write_all(b"GET /404 HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    // Served only once the holder's header timeout frees the one slot.
    let reply = service.get("/503", &[]);
    assert_eq!(reply.status, 503);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(600),
        "served without waiting: {waited:?}"
    );
    assert!(waited < Duration::from_secs(4), "{waited:?}");
    let _ = holder.shutdown(Shutdown::Both);
}

#[test]
fn sigterm_lets_the_in_flight_request_finish_then_exits_0() {
    let mut service = Service::start(&["--quiet"]);
    let mut stream = service.connect();
    stream
        .write_all(b"GET /404.txt HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    thread::sleep(Duration::from_millis(200));
    service.signal("TERM");
    thread::sleep(Duration::from_millis(300));
    stream.write_all(b"Accept-Language: de\r\n\r\n").unwrap();
    let reply = Reply::parse(&read_to_close(&mut stream));
    assert_eq!(reply.status, 404);
    assert_eq!(reply.text(), page(404, "de", Format::Text));
    let status = service.wait();
    assert_eq!(status.code(), Some(0), "stderr:\n{}", service.stderr());
    // No new connections after the shutdown.
    assert!(TcpStream::connect_timeout(&service.addr, STEP).is_err());
}

#[test]
fn sigint_stops_an_idle_service_with_0() {
    let mut service = Service::start(&["--quiet"]);
    service.signal("INT");
    assert_eq!(service.wait().code(), Some(0), "{}", service.stderr());
}

#[test]
fn one_access_log_line_per_request_unless_quiet() {
    let service = Service::start(&[]);
    service.get(
        "/503.json?lang=x",
        &[("Accept-Language", "fr"), ("X-Request-ID", "r\"1")],
    );
    service.send(
        "HEAD",
        "/",
        &[
            ("X-Code", "502"),
            ("Accept-Encoding", "gzip"),
            ("X-Request-ID", "id-7"),
        ],
    );
    let deadline = Instant::now() + STEP;
    let lines = loop {
        let log = service.stderr();
        let lines: Vec<String> = log
            .lines()
            .filter(|l| l.starts_with("time="))
            .map(str::to_owned)
            .collect();
        if lines.len() >= 2 || Instant::now() > deadline {
            break lines;
        }
        thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(lines.len(), 2, "{lines:?}");
    let first = logfmt(&lines[0]);
    assert_eq!(first["method"], "GET");
    assert_eq!(first["path"], "/503.json?lang=x");
    assert_eq!(first["code"], "503");
    assert_eq!(first["status"], "503");
    assert_eq!(first["locale"], "fr");
    assert_eq!(first["format"], "problem+json");
    assert_eq!(first["encoding"], "identity");
    assert_eq!(
        first["bytes"],
        page(503, "fr", Format::ProblemJson).len().to_string()
    );
    // A quote is visible ASCII, so the ID is echoed; the log escapes it.
    assert_eq!(first["request_id"], "r\\\"1");
    assert!(
        first["time"].ends_with('Z') && first["time"].len() == 24,
        "{}",
        first["time"]
    );
    first["duration_us"].parse::<u64>().unwrap();
    let second = logfmt(&lines[1]);
    assert_eq!(second["method"], "HEAD");
    assert_eq!(second["code"], "502");
    assert_eq!(second["bytes"], "0");
    assert_eq!(second["request_id"], "id-7");

    let quiet = Service::start(&["--quiet"]);
    quiet.get("/404", &[]);
    thread::sleep(Duration::from_millis(200));
    assert!(!quiet.stderr().contains("time="), "{}", quiet.stderr());
}

/// The fields of a logfmt line (quoted values kept escaped, without their quotes).
fn logfmt(line: &str) -> std::collections::HashMap<String, String> {
    let mut fields = std::collections::HashMap::new();
    let mut rest = line;
    while let Some((key, after)) = rest.split_once('=') {
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let mut end = 0;
            let bytes = quoted.as_bytes();
            while bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            (&quoted[..end], quoted[end + 1..].trim_start())
        } else {
            let end = after.find(' ').unwrap_or(after.len());
            (&after[..end], after[end..].trim_start())
        };
        fields.insert(key.trim().to_owned(), value.to_owned());
        rest = next;
    }
    fields
}

#[test]
fn the_listen_address_comes_from_the_flag_else_the_environment() {
    let from_env = Service::start_with(&["--quiet"], &[("HTTP_STATUS_LISTEN", "127.0.0.1:0")]);
    assert_eq!(from_env.get("/404", &[]).status, 404);
    let free = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let listen = format!("127.0.0.1:{port}");
    let flag = Service::start_with(
        &["--quiet", "--listen", &listen],
        &[("HTTP_STATUS_LISTEN", "127.0.0.1:1")],
    );
    assert_eq!(flag.addr.port(), port);
}

fn run(args: &[&str]) -> Output {
    let mut child = Command::new(BIN)
        .arg("serve")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + STEP;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("`serve {args:?}` did not exit");
        }
        thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn an_address_in_use_exits_1() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = run(&["--listen", &addr]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("cannot listen on {addr}")),
        "{stderr}"
    );
    assert!(stderr.to_lowercase().contains("in use"), "{stderr}");
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        &["--bogus"][..],
        &["--default-code", "200"],
        &["--default-code", "abc"],
        &["--locale", "tlh"],
        &["--listen", "not an address"],
        &["--max-header-bytes", "100"],
        &["--header-timeout", "0"],
        &["--max-connections", "0"],
        &["--json"],
    ] {
        let out = run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn locales_dir_overrides_the_texts_and_a_broken_file_exits_1_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("de")).unwrap();
    std::fs::write(
        dir.path().join("de/http-status.ftl"),
        "http-404 = Nichts zu sehen\n",
    )
    .unwrap();
    let dir_arg = dir.path().to_str().unwrap();
    let service = Service::start(&["--quiet", "--locales-dir", dir_arg]);
    let reply = service.get("/404", &[("Accept-Language", "de")]);
    assert!(reply.text().contains("Nichts zu sehen"), "{}", reply.text());
    drop(service);

    let broken = dir.path().join("de/http-status.ftl");
    std::fs::write(&broken, "http-404 = Nichts\n\nhttp-404 = Doppelt\n").unwrap();
    let out = run(&["--locales-dir", dir_arg]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let position = format!("{}:3:1: `http-404` is defined twice", broken.display());
    assert!(stderr.contains(&position), "{stderr}");
    assert!(!stderr.contains("listening"), "{stderr}");
}

#[test]
fn a_template_and_a_theme_give_the_pages_and_their_policy() {
    use http_status_i18n::{Format, PageTemplate, Theme};
    let dir = std::env::temp_dir().join(format!("hsi-serve-look-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("page.html");
    std::fs::write(
        &html,
        "<!DOCTYPE html><html lang=\"{{ lang }}\"><style>h1{color:{{ theme.accent }}}</style>\
         <h1>{{ code }} {{ title }}</h1></html>\n",
    )
    .unwrap();
    let text = dir.join("page.txt");
    std::fs::write(&text, "{{ code }}: {{ title }}\n").unwrap();
    let service = Service::start(&[
        "--quiet",
        "--template",
        html.to_str().unwrap(),
        "--text-template",
        text.to_str().unwrap(),
        "--theme-accent",
        "teal",
    ]);
    let template = PageTemplate::html_file(&html).unwrap();
    let theme = Theme::new().accent("teal").unwrap();
    let expected = http_status_i18n::ErrorPage::new(503)
        .locale("nl")
        .theme(&theme)
        .template(&template)
        .render_page(Format::Html);

    let reply = service.get("/503", &[("Accept-Language", "nl")]);
    assert_eq!(reply.status, 503);
    assert_eq!(reply.text(), expected.body());
    assert!(
        reply.text().contains("h1{color:#008080}"),
        "{}",
        reply.text()
    );
    assert_eq!(
        reply.header("content-security-policy"),
        Some(expected.headers().content_security_policy())
    );
    let reply = service.get("/503.txt", &[("Accept-Language", "nl")]);
    let title = http_status_i18n::Catalog::embedded()
        .lookup(503, "nl")
        .unwrap()
        .title()
        .to_owned();
    assert_eq!(reply.text(), format!("503: {title}\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_template_that_does_not_load_stops_the_service_with_its_position() {
    let dir = std::env::temp_dir().join(format!("hsi-serve-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.html");
    std::fs::write(&bad, "<p>\n{{ nope }}</p>").unwrap();
    let output = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--template"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(&format!("{}:2:4:", bad.display())),
        "{message}"
    );
    let output = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--theme-accent", "nope"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
