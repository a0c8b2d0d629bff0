//! Rekenhulp Werk & Inkomen.
//!
//! - [`i18n`]: every text, by language (from locales/), and how numbers and dates are written.
//! - [`rules`]: the law, as pure functions over dated parameters, no UI; compiles and
//!   tests natively. One file per legal concept, named after it.
//! - [`tools`]: the three tools on top of the rules: their forms, how they compose the
//!   rules, and their advice texts.
//! - `ui` (wasm only): the Yew app, mounted on every `[data-rekenhulp]` element.
//! - `api` (wasm only): the JavaScript API for host pages and tests.

// Unit tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic there is a failing test. The library itself is linted without
// `cfg(test)` too (`cargo clippy --all-targets` checks both), so this frees the tests only.
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]
// A bundle with only some tools leaves the others' shared helpers unused; that is expected.
// Unused code is found on the full build (default features), where everything is used;
// every other lint also runs on each single-tool bundle (scripts/test.sh).
#![cfg_attr(
    not(all(
        feature = "werkgever",
        feature = "inwoner",
        feature = "inkomenstoeslag",
        feature = "minima_effect",
        feature = "api"
    )),
    allow(dead_code, unused_imports)
)]

pub mod i18n;
pub mod rules;
pub mod tools;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(all(target_arch = "wasm32", not(api_only)))]
pub mod ui;

// SAFETY: `new_global` requires single-threaded WebAssembly. This module runs on the
// browser's main thread only (no workers, no shared memory), so the allocator needs no lock.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
