//! Rekenhulp Werk & Inkomen.
//!
//! - [`rules`]: the rules engine, pure functions over dated parameters, no UI; compiles and
//!   tests natively.
//! - `ui` (wasm only): the Yew app, mounted on every `[data-rekenhulp]` element.
//! - `api` (wasm only): the JavaScript API for host pages and tests.

pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod ui;
