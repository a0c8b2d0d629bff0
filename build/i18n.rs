//! Text catalogue code generation and validation, shared by build.rs and tests/locales.rs.
//!
//! `locales/<code>/` holds one language: `_language.toml` (name, writing direction, how
//! numbers, amounts and dates are written) and one message file per part of the program
//! (`armoedeval.toml`, `ui_inwoner.toml`, …) with `key = "text with {placeholders}"`.
//! Dutch (`nl`) is the master: it defines the keys and their placeholders; every other
//! language must have exactly the same keys, each with the same placeholders (in any
//! order), or the build stops and names the file, the key and what is wrong.
//!
//! The program refers to a message by a generated constant (no placeholders) or struct
//! (with placeholders, one named field each): `msg::inkomstenvrijlating::capped { max }`.
//! So a misspelt key, a missing or a misnamed value is a compile error, not an empty text
//! in the page, and two values of the same type cannot change places unnoticed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use toml::Value;

use super::locale_file::{read_meta, read_table};
pub use super::locale_file::{Meta, MASTER};

/// One language as read from disk.
pub struct Locale {
    pub code: String,
    pub meta: Meta,
    /// file stem → key → template.
    pub files: BTreeMap<String, BTreeMap<String, String>>,
}

/// Reads every language under `root`; returns them master first, or every problem found.
pub fn read_all(root: &Path) -> Result<Vec<Locale>, Vec<String>> {
    let mut errors = Vec::new();
    let mut codes: Vec<String> = match fs::read_dir(root) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect(),
        Err(e) => return Err(vec![format!("{}: {e}", root.display())]),
    };
    codes.sort_by_key(|c| (c != MASTER, c.clone()));
    if codes.first().map(String::as_str) != Some(MASTER) {
        return Err(vec![format!(
            "{}: the master language `{MASTER}` is missing",
            root.display()
        )]);
    }
    let mut locales = Vec::new();
    for code in codes {
        if !(2..=8).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            errors.push(format!(
                "{}/{code}: a language folder is a BCP 47 code in lower case, e.g. `en` or `ar`",
                root.display()
            ));
            continue;
        }
        if let Some(l) = read_locale(&root.join(&code), &code, &mut errors) {
            locales.push(l);
        }
    }
    if let Some((master, others)) = locales.split_first() {
        for other in others {
            compare(master, other, &mut errors);
        }
    }
    if errors.is_empty() {
        Ok(locales)
    } else {
        Err(errors)
    }
}

fn read_locale(dir: &Path, code: &str, errors: &mut Vec<String>) -> Option<Locale> {
    let meta_path = dir.join("_language.toml");
    let meta = read_meta(&meta_path, errors)?;
    let mut stems: Vec<(String, std::path::PathBuf)> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p)))
                .filter(|(s, _)| !s.starts_with('_'))
                .collect()
        })
        .unwrap_or_default();
    stems.sort();
    let mut files = BTreeMap::new();
    for (stem, path) in stems {
        let name = path.display().to_string();
        if !is_ident(&stem) {
            errors.push(format!(
                "{name}: a message file name is lower-case letters, digits and _"
            ));
            continue;
        }
        let Some(table) = read_table(&path, errors) else {
            continue;
        };
        let mut messages = BTreeMap::new();
        for (key, v) in table {
            let Value::String(text) = v else {
                errors.push(format!("{name}: `{key}` must be a text"));
                continue;
            };
            if !is_ident(&key) {
                errors.push(format!("{name}: key `{key}` is lower-case letters, digits and _"));
                continue;
            }
            if let Err(e) = placeholders(&text) {
                errors.push(format!("{name}: `{key}`: {e}"));
                continue;
            }
            if text.trim().is_empty() {
                errors.push(format!("{name}: `{key}` is empty"));
            }
            messages.insert(key, text);
        }
        files.insert(stem, messages);
    }
    Some(Locale {
        code: code.to_string(),
        meta,
        files,
    })
}

fn compare(master: &Locale, other: &Locale, errors: &mut Vec<String>) {
    let code = &other.code;
    for (stem, messages) in &master.files {
        let Some(theirs) = other.files.get(stem) else {
            errors.push(format!(
                "locales/{code}/{stem}.toml is missing (locales/{MASTER}/{stem}.toml has {} texts)",
                messages.len()
            ));
            continue;
        };
        for (key, text) in messages {
            match theirs.get(key) {
                None => errors.push(format!("locales/{code}/{stem}.toml: `{key}` is missing (nl: {text:?})")),
                Some(t) => {
                    let (a, b) = (
                        placeholders(text).unwrap_or_default(),
                        placeholders(t).unwrap_or_default(),
                    );
                    if a != b {
                        errors.push(format!(
                            "locales/{code}/{stem}.toml: `{key}` has placeholders {b:?}, the Dutch text has {a:?}"
                        ));
                    }
                }
            }
        }
        for key in theirs.keys().filter(|k| !messages.contains_key(*k)) {
            errors.push(format!(
                "locales/{code}/{stem}.toml: `{key}` is not in locales/{MASTER}/{stem}.toml"
            ));
        }
    }
    for stem in other.files.keys().filter(|s| !master.files.contains_key(*s)) {
        errors.push(format!(
            "locales/{code}/{stem}.toml has no Dutch original locales/{MASTER}/{stem}.toml"
        ));
    }
}

/// The placeholder names of a template, sorted; an error for a stray brace or a bad name.
pub fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        if rest.as_bytes().get(i) == Some(&b'}') {
            return Err("a `}` without `{`".into());
        }
        let after = &rest[i + 1..];
        let Some(end) = after.find('}') else {
            return Err("a `{` without `}`".into());
        };
        let name = &after[..end];
        if !is_ident(name) {
            return Err(format!(
                "placeholder {{{name}}} is not lower-case letters, digits and _"
            ));
        }
        names.insert(name.to_string());
        rest = &after[end + 1..];
    }
    if names.len() > 10 {
        return Err("more than 10 placeholders".into());
    }
    Ok(names)
}

/// The template with each `{name}` replaced by `{i}`, `i` its place in alphabetical order,
/// which is the order of the generated function's parameters.
fn indexed(text: &str) -> String {
    let names: Vec<String> = placeholders(text).unwrap_or_default().into_iter().collect();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find('}').unwrap_or(after.len());
        let idx = names.iter().position(|n| n == &after[..end]).unwrap_or(0);
        let _ = write!(out, "{{{idx}}}");
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// `max_amount` → `MaxAmount`, for the type parameters of a message struct.
fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in",
    "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
    "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do",
    "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Rust source: the `msg` modules, and `LANGUAGES` with the tables of `include` (all
/// languages when `None`).
pub fn generate(locales: &[Locale], include: Option<&str>) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let Some(master) = locales.first() else {
        return Err(vec!["no languages".into()]);
    };
    let chosen: Vec<&Locale> = locales.iter().filter(|l| include.is_none_or(|c| c == l.code)).collect();
    if chosen.is_empty() {
        errors.push(format!(
            "REKENHULP_LANG={:?} is not a folder in locales/ (there are: {})",
            include.unwrap_or_default(),
            locales.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    let mut out = String::from("// @generated by build.rs from locales/. Do not edit.\n\n");
    emit_messages(&mut out, master, &chosen, &mut errors);
    emit_languages(&mut out, &chosen, locales);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The `msg` modules, one per message file, and `ALL_MESSAGES` for the tests.
fn emit_messages(out: &mut String, master: &Locale, chosen: &[&Locale], errors: &mut Vec<String>) {
    let mut all = Vec::new();
    out.push_str("/// Every text of the program, by the file in locales/nl/ it lives in.\npub mod msg {\n");
    for (stem, messages) in &master.files {
        if KEYWORDS.contains(&stem.as_str()) {
            errors.push(format!(
                "locales/{MASTER}/{stem}.toml: `{stem}` is a Rust keyword; rename the file"
            ));
        }
        let _ = writeln!(
            out,
            "    pub mod {stem} {{\n        #[allow(unused_imports)]\n        use crate::i18n::{{Arg, Msg, Text}};"
        );
        for (key, text) in messages {
            all.push(emit_message(out, stem, key, text, &texts_of(chosen, stem, key), errors));
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "/// Every message, for the tests.\n#[cfg(test)]\npub static ALL_MESSAGES: [Msg; {}] = [\n    {}\n];\n",
        all.len(),
        all.join(",\n    ")
    );
}

/// A message's texts in the languages of this build. Each message carries its own texts,
/// so a bundle links only the messages its code uses: the werkgever page does not download
/// the texts of the inwoner tool.
fn texts_of(chosen: &[&Locale], stem: &str, key: &str) -> String {
    let list: Vec<String> = chosen
        .iter()
        .map(|l| {
            let t = l
                .files
                .get(stem)
                .and_then(|f| f.get(key))
                .map(String::as_str)
                .unwrap_or_default();
            format!("{:?}", indexed(t))
        })
        .collect();
    format!("Msg(&[{}])", list.join(", "))
}

/// One message: a constant when it has no placeholders, else a struct with one field each.
/// Returns how `ALL_MESSAGES` names it.
fn emit_message(out: &mut String, stem: &str, key: &str, text: &str, texts: &str, errors: &mut Vec<String>) -> String {
    let names: Vec<String> = placeholders(text).unwrap_or_default().into_iter().collect();
    let doc = text.replace('\n', " ");
    let _ = writeln!(out, "        #[doc = {doc:?}]");
    if names.is_empty() {
        let _ = writeln!(out, "        pub const {}: Msg = {texts};", key.to_uppercase());
        return format!("msg::{stem}::{}", key.to_uppercase());
    }
    if KEYWORDS.contains(&key) {
        errors.push(format!(
            "locales/{MASTER}/{stem}.toml: `{key}` is a Rust keyword; rename it"
        ));
    }
    for n in &names {
        if KEYWORDS.contains(&n.as_str()) {
            errors.push(format!(
                "locales/{MASTER}/{stem}.toml: `{key}`: placeholder {{{n}}} is a Rust keyword; rename it"
            ));
        }
    }
    // A struct with one field per placeholder: a call names every value
    // (`txt::capped { max }`), so two amounts cannot be swapped unseen.
    let tys: Vec<String> = names.iter().map(|n| format!("T{}", camel(n))).collect();
    let fields: Vec<String> = names.iter().zip(&tys).map(|(n, t)| format!("pub {n}: {t}")).collect();
    let bounds: Vec<String> = tys.iter().map(|t| format!("{t}: Into<Arg>")).collect();
    let args: Vec<String> = names.iter().map(|n| format!("m.{n}.into()")).collect();
    let generics = tys.join(", ");
    let _ = writeln!(
        out,
        "        #[allow(non_camel_case_types)]\n        pub struct {key}<{generics}> {{ {} }}\n        impl<{}> From<{key}<{generics}>> for Text {{\n            #[inline]\n            fn from(m: {key}<{generics}>) -> Text {{\n                Text::with({texts}, [{}])\n            }}\n        }}\n        impl<{}> From<{key}<{generics}>> for Arg {{\n            #[inline]\n            fn from(m: {key}<{generics}>) -> Arg {{\n                Arg::from(Text::from(m))\n            }}\n        }}",
        fields.join(", "),
        bounds.join(", "),
        args.join(", "),
        bounds.join(", "),
    );
    texts.to_string()
}

/// `LANGUAGES` (those in this build), `DEFAULT_LANGUAGE` and `ALL_LANGUAGES`.
fn emit_languages(out: &mut String, chosen: &[&Locale], locales: &[Locale]) {
    let _ = writeln!(out, "/// The languages in this build (scripts/build.sh builds one bundle per language).\npub static LANGUAGES: [Language; {}] = [", chosen.len());
    for (index, l) in chosen.iter().enumerate() {
        let m = &l.meta;
        let _ = writeln!(
            out,
            "    Language {{\n        index: {index},\n        code: {:?},\n        name: {:?},\n        rtl: {},\n        decimal: {:?},\n        group: {:?},\n        currency: ({:?}, {:?}),\n        percent: ({:?}, {:?}),\n        date: {:?},\n        months: {:?},\n    }},",
            l.code, m.name, m.rtl, m.decimal, m.group, m.currency.0, m.currency.1, m.percent.0, m.percent.1, m.date, m.months
        );
    }
    out.push_str("];\n\n");
    // `generate` refuses a build without languages, so the array has a first element; the
    // index is checked when the static is compiled, not when a page runs.
    if !chosen.is_empty() {
        out.push_str("/// The language of a thread that chose none: the master language natively, the\n/// bundle's one language in a browser.\npub static DEFAULT_LANGUAGE: &Language = &LANGUAGES[0];\n\n");
    }
    out.push_str("/// Every language of the project, also those not in this build, as (code, own name,\n/// right-to-left): the language switch links to their bundles.\npub static ALL_LANGUAGES: &[(&str, &str, bool)] = &[\n");
    for l in locales {
        let _ = writeln!(out, "    ({:?}, {:?}, {}),", l.code, l.meta.name, l.meta.rtl);
    }
    out.push_str("];\n");
}
