//! The data-file checks of build/codegen.rs must refuse bad parameter files. Each test
//! copies the real params/ into a temporary folder, breaks one thing, and expects the
//! generator to name that problem.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/codegen.rs"]
#[allow(dead_code)]
mod codegen;

use std::fs;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rekenhulp-params-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("params").as_path(), &dir);
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} does not contain {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}

fn errors_for(dir: &Path) -> String {
    let result = codegen::generate(dir);
    let _ = fs::remove_dir_all(dir);
    match result {
        Ok(_) => String::new(),
        Err(errors) => errors.join("\n"),
    }
}

#[test]
fn the_real_files_pass() {
    let dir = scratch("ok");
    assert_eq!(errors_for(&dir), "");
}

#[test]
fn a_value_without_source_is_refused() {
    let dir = scratch("nosource");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "source = \"pw\"\nstatus = \"verified\"\n\n[bijstand.couple]",
        "status = \"verified\"\n\n[bijstand.couple]",
    );
    assert!(errors_for(&dir).contains("bijstand.single: `source` must be a text"));
}

#[test]
fn a_source_that_does_not_exist_is_refused() {
    let dir = scratch("badsource");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "source = \"akw\"",
        "source = \"nergens\"",
    );
    assert!(errors_for(&dir).contains("source `nergens` is not in this file's [sources]"));
}

#[test]
fn a_file_named_after_another_date_is_refused() {
    let dir = scratch("badname");
    fs::rename(
        dir.join("national/2026-07-01.toml"),
        dir.join("national/2026-08-01.toml"),
    )
    .expect("rename");
    let errors = errors_for(&dir);
    assert!(
        errors.contains("valid_from 2026-07-01 differs from the file name"),
        "{errors}"
    );
    assert!(errors.contains("start on 1 January or 1 July"), "{errors}");
}

#[test]
fn a_float_for_money_is_refused() {
    let dir = scratch("float");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "value = \"14.71\"",
        "value = 14.71",
    );
    assert!(errors_for(&dir).contains("write decimals as a string"));
}

#[test]
fn an_unverified_value_needs_a_note_and_status_must_be_known() {
    let dir = scratch("status");
    let f = dir.join("national/2026-01-01.toml");
    edit(&f, "value = \"2294.40\"\nunit = \"euro per maand\"\narticle = \"Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder b\"\nsource = \"wml\"\nstatus = \"verified\"",
        "value = \"2294.40\"\nunit = \"euro per maand\"\narticle = \"Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder b\"\nsource = \"wml\"\nstatus = \"unverified\"");
    edit(
        &f,
        "status = \"verified\"\n\n[wml.vakantiebijslag]",
        "status = \"maybe\"\n\n[wml.vakantiebijslag]",
    );
    let errors = errors_for(&dir);
    assert!(errors.contains("a unverified value needs a note"), "{errors}");
    assert!(errors.contains("status `maybe`"), "{errors}");
}

#[test]
fn snapshots_must_have_the_same_keys() {
    let dir = scratch("keys");
    edit(
        &dir.join("national/2025-07-01.toml"),
        "[kinderbijslag.age_6_11]",
        "[kinderbijslag.age_6_to_11]",
    );
    let errors = errors_for(&dir);
    assert!(errors.contains("lacks `kinderbijslag.age_6_11`"), "{errors}");
}

#[test]
fn a_national_value_cannot_be_unknown_but_a_gemeente_value_can() {
    let dir = scratch("unknown");
    edit(&dir.join("national/2026-01-01.toml"), "value = \"8000\"\nunit = \"euro\"\narticle = \"Participatiewet art. 34 lid 3 onder a\"\nsource = \"pw\"\nstatus = \"verified\"",
        "unit = \"euro\"\narticle = \"Participatiewet art. 34 lid 3 onder a\"\nsource = \"pw\"\nstatus = \"unknown\"\nnote = \"x\"");
    assert!(errors_for(&dir).contains("a national value cannot be unknown"));
}

#[test]
fn a_gemeente_needs_a_real_cbs_code() {
    let dir = scratch("cbs");
    edit(&dir.join("gemeenten/ommen/gemeente.toml"), "GM0175", "0175");
    assert!(errors_for(&dir).contains("cbs_code must look like GM0175"));
}

#[test]
fn a_new_gemeente_is_a_data_file_only() {
    let dir = scratch("newgemeente");
    copy_dir(&dir.join("gemeenten/kampen"), &dir.join("gemeenten/dalfsen"));
    edit(
        &dir.join("gemeenten/dalfsen/gemeente.toml"),
        "name = \"Kampen\"\ncbs_code = \"GM0166\"",
        "name = \"Dalfsen\"\ncbs_code = \"GM0148\"",
    );
    let out = codegen::generate(&dir);
    let _ = fs::remove_dir_all(&dir);
    let out = out.expect("valid");
    assert!(out.contains("slug: \"dalfsen\", name: \"Dalfsen\", cbs_code: \"GM0148\""));
}
