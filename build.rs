//! Turns the parameter files in `params/` into Rust statics (see src/rules/params.rs).
//!
//! Why at build time: the browser then gets plain constants instead of a TOML parser
//! (measured at ~59 KB gzip), and every rule about the data is enforced before anything
//! ships: a value without a source, a status we do not know, a float where money belongs,
//! or a file whose name is not its validity date stops the build with a message that names
//! the file and the key. The checks live in build/codegen.rs.
//!
//! The parameter texts (labels, notes, printed values) are written in the bundle's language:
//! a WebAssembly build in `REKENHULP_LANG` (default nl), a native build in Dutch. Every
//! language's translations (locales/<code>/_parameters.toml) are checked on every build.

// A build script reports invalid data by failing: `panic!` with the list of problems is how
// cargo shows them and stops, and an OUT_DIR that cannot be written leaves nothing to build.
#![allow(clippy::panic, clippy::expect_used)]

// codegen.rs is being changed for the 2027 snapshot in parallel; its four long functions
// (generate_national, check_shapes, generate_gemeenten, emit_group) and the byte look-ups of
// parse_date are left as they are until that lands, so the two changes merge cleanly.
#[path = "build/codegen.rs"]
#[allow(clippy::too_many_lines, clippy::indexing_slicing)]
mod codegen;
#[path = "build/i18n.rs"]
mod i18n;
#[path = "build/locale_file.rs"]
mod locale_file;

use std::path::{Path, PathBuf};

fn main() {
    // A bundle built for exactly one tool (scripts/build.sh) leaves out the start and rules
    // pages: they live in the start page's bundle.
    println!("cargo::rustc-check-cfg=cfg(single_tool)");
    println!("cargo::rustc-check-cfg=cfg(api_only)");
    let built: Vec<&str> = ["werkgever", "inwoner", "inkomenstoeslag", "minima_effect"]
        .into_iter()
        .filter(|t| std::env::var_os(format!("CARGO_FEATURE_{}", t.to_uppercase())).is_some())
        .collect();
    let tools = built.len();
    let single = match built.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    if tools == 1 {
        println!("cargo::rustc-cfg=single_tool");
    }
    // The API bundle (dist/api/): the JavaScript API without the app.
    if tools == 0 && std::env::var_os("CARGO_FEATURE_API").is_some() {
        println!("cargo::rustc-cfg=api_only");
    }
    println!("cargo:rerun-if-changed=params");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=build.rs");
    let lang = generate_texts();
    let params_lang = lang.as_deref().unwrap_or(codegen::MASTER);
    let result = codegen::read_languages(Path::new("locales"))
        .and_then(|languages| codegen::generate_for(Path::new("params"), &languages, params_lang, single));
    match result {
        Ok(out) => {
            let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("params_generated.rs");
            std::fs::write(dest, out).expect("write generated parameters");
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            panic!("parameter files are invalid:\n  {}", errors.join("\n  "));
        }
    }
}

/// The text catalogue (locales/). A WebAssembly bundle carries one language, chosen with
/// `REKENHULP_LANG` (default nl), so each page stays within its download budget; native
/// builds carry all of them, so the tests can check every language. Returns the chosen
/// language (`None`: all).
fn generate_texts() -> Option<String> {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-env-changed=REKENHULP_LANG");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let chosen = std::env::var("REKENHULP_LANG").ok().filter(|s| !s.is_empty());
    let include = match (wasm, chosen) {
        (true, c) => Some(c.unwrap_or_else(|| i18n::MASTER.to_string())),
        (false, _) => None,
    };
    let result = i18n::read_all(Path::new("locales")).and_then(|l| i18n::generate(&l, include.as_deref()));
    match result {
        Ok(out) => {
            let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("texts_generated.rs");
            std::fs::write(dest, out).expect("write generated texts");
            include
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            panic!("text files in locales/ are invalid:\n  {}", errors.join("\n  "));
        }
    }
}
