//! Turns the parameter files in `params/` into Rust statics (see src/rules/params.rs).
//!
//! Why at build time: the browser then gets plain constants instead of a TOML parser
//! (measured at ~59 KB gzip), and every rule about the data is enforced before anything
//! ships: a value without a source, a status we do not know, a float where money belongs,
//! or a file whose name is not its validity date stops the build with a message that names
//! the file and the key. The checks live in build/codegen.rs.

#[path = "build/codegen.rs"]
mod codegen;

use std::path::{Path, PathBuf};

fn main() {
    // A bundle built for exactly one tool (scripts/build.sh) leaves out the start and rules
    // pages: they live in the start page's bundle.
    println!("cargo::rustc-check-cfg=cfg(single_tool)");
    let tools = ["WERKGEVER", "INWONER", "INKOMENSTOESLAG"]
        .iter()
        .filter(|t| std::env::var_os(format!("CARGO_FEATURE_{t}")).is_some())
        .count();
    if tools == 1 {
        println!("cargo::rustc-cfg=single_tool");
    }
    println!("cargo:rerun-if-changed=params");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=build.rs");
    match codegen::generate(Path::new("params")) {
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
