//! Integrations with web stacks, behind cargo features: [`http`] (the `http` crate's types),
//! [`axum`] (a tower layer and a fallback handler) and [`actix`] (an actix-web middleware
//! and a default service). The two frameworks share one code path for what a page needs
//! of a request, which responses get one and the cache of rendered pages.

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "http")]
pub mod http;
#[cfg(any(feature = "axum", feature = "actix-web", feature = "server"))]
pub(crate) mod pages;
