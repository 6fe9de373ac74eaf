//! `http-status serve`: localized error pages as a service, for web servers and proxies
//! that are not Rust applications (nginx, Caddy, HAProxy, Traefik, a Kubernetes ingress
//! default backend). Cargo feature `server`.
//!
//! [`ErrorPages`] is the request → response logic, with no socket: which code, format
//! and language a request asks for, and the page with its headers. [`Server`] serves it
//! over HTTP/1.1 with hyper, within [`Limits`], with gzip and brotli, an access log and
//! graceful shutdown on [`shutdown_signal`].
//!
//! ```no_run
//! use http_status_i18n::server::{shutdown_signal, ErrorPages, Limits, Server};
//!
//! # async fn run() -> std::io::Result<()> {
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! let pages = ErrorPages::new().locale_query("lang");
//! Server::new(pages)
//!     .limits(Limits::default())
//!     .run(listener, shutdown_signal())
//!     .await
//! # }
//! ```

mod access_log;
mod choose;
mod compress;
mod listen;
mod respond;

pub use access_log::MAX_LOGGED_PATH;
pub use choose::MAX_REQUEST_ID_LEN;
pub use listen::{Limits, Server};
pub use respond::{
    Answer, ConfigError, ErrorPages, CACHE_CONTROL, HEALTH_PATH, X_CODE, X_FORMAT, X_REQUEST_ID,
    X_ROBOTS_TAG,
};

/// Completes on SIGTERM or SIGINT (Ctrl-C); on other platforms, on Ctrl-C. If a signal
/// handler cannot be installed, that signal is not waited for.
pub async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
