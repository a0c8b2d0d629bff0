//! The checks of build/i18n.rs must refuse a broken text catalogue. Each test copies the real
//! locales/ into a temporary folder, breaks one thing, and expects the generator to name it.
//! A translator who forgets a text, or renames a placeholder, gets a build error that says
//! which file and which key — never an empty spot in the page.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/i18n.rs"]
#[allow(dead_code)]
mod i18n;
#[path = "../build/locale_file.rs"]
mod locale_file;

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{copy_dir, edit, real, scratch_copy};

fn scratch(name: &str) -> PathBuf {
    scratch_copy("locales", name)
}

fn errors_for(dir: &Path) -> String {
    let result = i18n::read_all(dir).and_then(|l| i18n::generate(&l, None));
    let _ = fs::remove_dir_all(dir);
    match result {
        Ok(_) => panic!("the broken catalogue was accepted"),
        Err(e) => e.join("\n"),
    }
}

const FILE: &str = "inkomstenvrijlating.toml";

#[test]
fn the_real_catalogue_is_complete_and_generates() {
    let root = real("locales");
    let locales = i18n::read_all(&root).expect("valid catalogue");
    assert_eq!(locales[0].code, "nl", "Dutch is the master and comes first");
    assert!(locales.iter().any(|l| l.code == "en"));
    let out = i18n::generate(&locales, Some("en")).expect("generates");
    assert!(
        out.contains("pub struct first_months<"),
        "a message with placeholders becomes a struct with one named field per placeholder"
    );
    assert!(
        out.contains("pub const LABEL: Msg"),
        "a message without placeholders becomes a constant"
    );
}

#[test]
fn a_missing_translation_is_named() {
    let dir = scratch("missing");
    edit(&dir.join("en").join(FILE), "too_young =", "# too_young =");
    let e = errors_for(&dir);
    assert!(
        e.contains("locales/en/inkomstenvrijlating.toml: `too_young` is missing"),
        "{e}"
    );
}

#[test]
fn an_extra_key_is_named() {
    let dir = scratch("extra");
    let path = dir.join("en").join(FILE);
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, format!("{text}\nnot_in_dutch = \"x\"\n")).expect("write");
    let e = errors_for(&dir);
    assert!(
        e.contains("`not_in_dutch` is not in locales/nl/inkomstenvrijlating.toml"),
        "{e}"
    );
}

#[test]
fn a_renamed_placeholder_is_named() {
    let dir = scratch("placeholder");
    edit(&dir.join("en").join(FILE), "{min_age}", "{minimum_age}");
    let e = errors_for(&dir);
    assert!(e.contains("`too_young` has placeholders"), "{e}");
}

#[test]
fn a_stray_brace_is_named() {
    let dir = scratch("brace");
    edit(&dir.join("nl").join(FILE), "{min_age} jaar", "{min_age jaar");
    let e = errors_for(&dir);
    assert!(e.contains("inkomstenvrijlating.toml: `too_young`"), "{e}");
}

#[test]
fn a_missing_file_and_a_bad_language_file_are_named() {
    let dir = scratch("file");
    fs::remove_file(dir.join("en").join(FILE)).expect("rm");
    edit(
        &dir.join("en").join("_language.toml"),
        "dir = \"ltr\"",
        "dir = \"sideways\"",
    );
    let e = errors_for(&dir);
    assert!(e.contains("locales/en/inkomstenvrijlating.toml is missing"), "{e}");
    assert!(e.contains("`dir` is \"ltr\" or \"rtl\""), "{e}");
}

#[test]
fn a_new_language_is_a_folder_and_may_be_right_to_left() {
    // What a translator does: copy nl/ to a new folder, translate, set dir = "rtl". Here the
    // "translation" is the Dutch text itself; the point is the structure.
    let dir = scratch("rtl");
    copy_dir(&dir.join("nl"), &dir.join("ar"));
    edit(&dir.join("ar").join("_language.toml"), "dir = \"ltr\"", "dir = \"rtl\"");
    let locales = i18n::read_all(&dir).expect("a copied language is complete");
    let out = i18n::generate(&locales, Some("ar")).expect("generates");
    let _ = fs::remove_dir_all(&dir);
    assert!(out.contains("code: \"ar\"") && out.contains("rtl: true"));
    assert!(
        out.contains("(\"ar\", \"Nederlands\", true)"),
        "listed for the language switch"
    );
}

#[test]
fn an_unknown_build_language_is_refused() {
    let root = real("locales");
    let locales = i18n::read_all(&root).expect("valid");
    let e = i18n::generate(&locales, Some("xx")).expect_err("refused").join("\n");
    assert!(e.contains("REKENHULP_LANG=\"xx\" is not a folder in locales/"), "{e}");
}
