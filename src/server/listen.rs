//! The serving loop: hyper's HTTP/1.1 connections over a tokio listener, with the limits
//! of [`Limits`], gzip and brotli (tower-http's, cached per page), the access log and
//! graceful shutdown.

use std::convert::Infallible;
use std::future::Future;
use std::io::{self, Write as _};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LANGUAGE};
use http::{Request, Response};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::access_log::Record;
use super::compress::Compressor;
use super::respond::{ErrorPages, X_REQUEST_ID};
use crate::Format;

/// The limits that keep a slow or hostile client from tying the service up.
///
/// ```
/// use std::time::Duration;
/// use http_status_i18n::server::Limits;
///
/// let limits = Limits::default().header_timeout(Duration::from_secs(5));
/// assert_eq!(limits.max_connections_value(), 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    max_header_bytes: usize,
    max_headers: usize,
    header_timeout: Duration,
    max_connections: usize,
    shutdown_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_header_bytes: Self::DEFAULT_MAX_HEADER_BYTES,
            max_headers: Self::DEFAULT_MAX_HEADERS,
            header_timeout: Self::DEFAULT_HEADER_TIMEOUT,
            max_connections: Self::DEFAULT_MAX_CONNECTIONS,
            shutdown_timeout: Self::DEFAULT_SHUTDOWN_TIMEOUT,
        }
    }
}

impl Limits {
    /// Default of [`max_header_bytes`](Self::max_header_bytes): 16 KiB.
    pub const DEFAULT_MAX_HEADER_BYTES: usize = 16 * 1024;
    /// The smallest header buffer hyper takes: 8 KiB.
    pub const MIN_HEADER_BYTES: usize = 8 * 1024;
    /// Default of [`max_headers`](Self::max_headers): 64.
    pub const DEFAULT_MAX_HEADERS: usize = 64;
    /// Default of [`header_timeout`](Self::header_timeout): 10 s.
    pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
    /// Default of [`max_connections`](Self::max_connections): 1024.
    pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
    /// Default of [`shutdown_timeout`](Self::shutdown_timeout): 10 s.
    pub const DEFAULT_SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(10);

    /// The most bytes of request line and headers a connection may buffer; a request
    /// whose head is larger gets `431 Request Header Fields Too Large` and the connection
    /// is closed. Raised to [`MIN_HEADER_BYTES`](Self::MIN_HEADER_BYTES) if smaller.
    #[must_use]
    pub fn max_header_bytes(mut self, bytes: usize) -> Self {
        self.max_header_bytes = bytes.max(Self::MIN_HEADER_BYTES);
        self
    }

    /// The most header fields in a request (431 beyond); at least 1.
    #[must_use]
    pub fn max_headers(mut self, count: usize) -> Self {
        self.max_headers = count.max(1);
        self
    }

    /// How long a connection may take to send a request's complete head, counted from
    /// when the server starts waiting for it (so an idle keep-alive connection is closed
    /// after this long too); at least 1 ms.
    #[must_use]
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.header_timeout = timeout.max(Duration::from_millis(1));
        self
    }

    /// The most connections served at once; further clients wait in the listen
    /// queue until one closes. At least 1.
    #[must_use]
    pub fn max_connections(mut self, count: usize) -> Self {
        self.max_connections = count.max(1);
        self
    }

    /// How long shutdown waits for in-flight requests before it closes their
    /// connections.
    #[must_use]
    pub fn shutdown_timeout(mut self, timeout: Duration) -> Self {
        self.shutdown_timeout = timeout;
        self
    }

    /// The header byte limit in effect.
    pub fn max_header_bytes_value(&self) -> usize {
        self.max_header_bytes
    }

    /// The header count limit in effect.
    pub fn max_headers_value(&self) -> usize {
        self.max_headers
    }

    /// The header timeout in effect.
    pub fn header_timeout_value(&self) -> Duration {
        self.header_timeout
    }

    /// The connection limit in effect.
    pub fn max_connections_value(&self) -> usize {
        self.max_connections
    }

    /// The shutdown timeout in effect.
    pub fn shutdown_timeout_value(&self) -> Duration {
        self.shutdown_timeout
    }
}

/// The error-page service on a listener: [`ErrorPages`] behind hyper, with [`Limits`],
/// gzip and brotli (tower-http) and an access log.
#[derive(Debug, Clone)]
pub struct Server {
    pages: Arc<ErrorPages>,
    limits: Limits,
    access_log: bool,
}

/// What the access log needs from the inner service, passed in the response's
/// extensions (only when the log is on).
#[derive(Debug, Clone, Copy)]
struct Served {
    code: u16,
    format: Option<Format>,
    bytes: usize,
}

impl Server {
    /// A server for `pages` with the default limits and the access log on.
    pub fn new(pages: ErrorPages) -> Self {
        Server {
            pages: Arc::new(pages),
            limits: Limits::default(),
            access_log: true,
        }
    }

    /// Sets the limits.
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Writes one access-log line per request to stderr when `on` (the default).
    #[must_use]
    pub fn access_log(mut self, on: bool) -> Self {
        self.access_log = on;
        self
    }

    /// Serves connections from `listener` on `threads` threads, each with its own
    /// single-threaded tokio runtime accepting from the same socket (as nginx's worker
    /// processes do), until `shutdown` completes; then every thread stops accepting and
    /// lets its in-flight requests finish. Blocks until all threads are done. The
    /// connection limit is shared by all threads.
    ///
    /// A connection stays on the thread that accepted it, so no request moves between
    /// threads: with one worker per core this is faster than one work-stealing runtime.
    ///
    /// `ready` is called once `shutdown` has been polled for the first time (so that a
    /// future such as [`shutdown_signal`](super::shutdown_signal) has installed its
    /// signal handlers) and the threads are about to serve: the moment to announce the
    /// service.
    pub fn run_threads(
        self,
        listener: std::net::TcpListener,
        threads: usize,
        shutdown: impl Future<Output = ()>,
        ready: impl FnOnce(),
    ) -> io::Result<()> {
        listener.set_nonblocking(true)?;
        let limit = Arc::new(Semaphore::new(self.limits.max_connections));
        let (stop_sender, stop) = tokio::sync::watch::channel(false);
        let mut workers = Vec::new();
        for number in 1..threads.max(1) {
            let listener = listener.try_clone()?;
            let server = self.clone();
            let limit = Arc::clone(&limit);
            let mut stop = stop.clone();
            let worker = std::thread::Builder::new()
                .name(format!("http-status-serve-{number}"))
                .spawn(move || {
                    single_threaded()?.block_on(async move {
                        let listener = TcpListener::from_std(listener)?;
                        let stopped = async move {
                            // A dropped sender (the first thread failed) stops too.
                            let _ = stop.wait_for(|stop| *stop).await;
                        };
                        server.serve(listener, limit, stopped).await
                    })
                })?;
            workers.push(worker);
        }
        let result = single_threaded()?.block_on(async move {
            let listener = TcpListener::from_std(listener)?;
            let mut shutdown = std::pin::pin!(shutdown);
            let stopping = tokio::select! {
                biased;
                () = &mut shutdown => true,
                () = std::future::ready(()) => false,
            };
            ready();
            let stopped = async move {
                if !stopping {
                    shutdown.await;
                }
                let _ = stop_sender.send(true);
            };
            self.serve(listener, limit, stopped).await
        });
        for worker in workers {
            worker
                .join()
                .map_err(|_| io::Error::other("a server thread panicked"))??;
        }
        result
    }

    /// Serves connections from `listener` until `shutdown` completes, then stops
    /// accepting, lets in-flight requests finish (up to the shutdown timeout) and
    /// returns.
    pub async fn run(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()>,
    ) -> io::Result<()> {
        let limit = Arc::new(Semaphore::new(self.limits.max_connections));
        self.serve(listener, limit, shutdown).await
    }

    /// [`run`](Self::run) with a connection limit that may be shared with other threads.
    async fn serve(
        self,
        listener: TcpListener,
        connections: Arc<Semaphore>,
        shutdown: impl Future<Output = ()>,
    ) -> io::Result<()> {
        let Server {
            pages,
            limits,
            access_log,
        } = self;
        let graceful = GracefulShutdown::new();
        let mut builder = http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .max_buf_size(limits.max_header_bytes)
            .max_headers(limits.max_headers)
            .keep_alive(true)
            .writev(false);
        let compressor = Arc::new(Compressor::default());
        tokio::pin!(shutdown);
        loop {
            let permit = tokio::select! {
                permit = connections.clone().acquire_owned() => permit,
                () = &mut shutdown => break,
            };
            let Ok(permit) = permit else { break };
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = &mut shutdown => break,
            };
            let stream = match accepted {
                Ok((stream, _peer)) => stream,
                Err(error) => {
                    // Out of file descriptors and the like: wait, then go on.
                    let _ = writeln!(io::stderr(), "http-status serve: accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let compressor = Arc::clone(&compressor);
            let pages = Arc::clone(&pages);
            let connection = builder.serve_connection(
                TokioIo::new(stream),
                hyper::service::service_fn(move |request: Request<Incoming>| {
                    let compressor = Arc::clone(&compressor);
                    let pages = Arc::clone(&pages);
                    async move {
                        let log = access_log.then(|| LogStart::of(&request));
                        let answer =
                            pages.respond(request.method(), request.uri(), request.headers());
                        let served = Served {
                            code: answer.code(),
                            format: answer.format(),
                            bytes: answer.response().body().len(),
                        };
                        let response = match request.headers().get(ACCEPT_ENCODING) {
                            Some(accept_encoding) => {
                                let head = request.method() == http::Method::HEAD;
                                let response = answer.into_response();
                                compressor
                                    .compress(served.code, response, accept_encoding, head)
                                    .await
                            }
                            None => answer.into_response(),
                        };
                        let mut response = response.map(Full::new);
                        if access_log {
                            response.extensions_mut().insert(served);
                        }
                        if let Some(start) = log {
                            start.write(&response);
                        }
                        Ok::<_, Infallible>(response)
                    }
                }),
            );
            let connection = graceful.watch(connection);
            tokio::spawn(async move {
                // A client that breaks its connection is its own business.
                let _ = connection.await;
                drop(permit);
            });
        }
        drop(listener);
        tokio::select! {
            () = graceful.shutdown() => {}
            () = tokio::time::sleep(limits.shutdown_timeout) => {
                let _ = writeln!(
                    io::stderr(),
                    "http-status serve: shutdown timeout; closing the remaining connections"
                );
            }
        }
        Ok(())
    }
}

/// A single-threaded tokio runtime with timers, I/O and signals.
fn single_threaded() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

/// What is known of a request when it arrives, for its log line.
#[derive(Debug)]
struct LogStart {
    time: SystemTime,
    started: Instant,
    method: http::Method,
    path: String,
    request_id: Option<String>,
}

impl LogStart {
    fn of<B>(request: &Request<B>) -> Self {
        let uri = request.uri();
        let path = uri
            .path_and_query()
            .map_or_else(|| uri.path(), |p| p.as_str());
        LogStart {
            time: SystemTime::now(),
            started: Instant::now(),
            method: request.method().clone(),
            path: path
                .get(..super::access_log::MAX_LOGGED_PATH + 1)
                .unwrap_or(path)
                .to_owned(),
            request_id: request
                .headers()
                .get(X_REQUEST_ID)
                .and_then(|v| super::choose::request_id(v.as_bytes()))
                .map(str::to_owned),
        }
    }

    fn write(self, response: &Response<Full<Bytes>>) {
        let served = response.extensions().get::<Served>().copied();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &http::HeaderValue| v.to_str().ok())
                .unwrap_or("")
        };
        let encoding = match header(CONTENT_ENCODING) {
            "" => "identity",
            "gzip" => "gzip",
            "br" => "br",
            _ => "other",
        };
        let record = Record {
            time: self.time,
            method: self.method.as_str(),
            path: &self.path,
            code: served.map_or(0, |s| s.code),
            status: response.status().as_u16(),
            locale: header(CONTENT_LANGUAGE),
            format: served.and_then(|s| s.format),
            encoding,
            bytes: served.map_or(0, |s| s.bytes),
            duration: self.started.elapsed(),
            request_id: self.request_id.as_deref(),
        };
        // A full or closed stderr must not stop the service.
        let _ = io::stderr().write_all(record.line().as_bytes());
    }
}
