//! Helpers for the tests that break copies of the data files (tests/param_files.rs,
//! tests/locales.rs): copy a folder of the project to a scratch place, edit one text in it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

/// A folder of the project, e.g. `real("locales")`.
pub fn real(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(folder)
}

pub fn copy_dir(from: &Path, to: &Path) {
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

/// A fresh copy of the project's `folder` (params, locales) to break, unique per test.
pub fn scratch_copy(folder: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rekenhulp-{folder}-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&real(folder), &dir);
    dir
}

/// Replaces the first `from` in the file by `to`; the text must be there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} does not contain {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}
