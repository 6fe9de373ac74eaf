//! Integrations with web stacks, behind cargo features: [`http`] (the `http` crate's types)
//! and [`axum`] (a tower layer and a fallback handler).

#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "http")]
pub mod http;
