//! Shared by build/codegen.rs and build/i18n.rs (each includes it): reading a TOML file,
//! and a language's `locales/<code>/_language.toml`, so both read it the same way.
// Each including module uses only part of it.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

use toml::{Table, Value};

/// The master language: it defines the keys, and params/ is written in it.
pub const MASTER: &str = "nl";

/// A language's `_language.toml`: its name, writing direction, and how it writes numbers,
/// amounts, percentages and dates.
pub struct Meta {
    pub name: String,
    pub rtl: bool,
    pub decimal: char,
    pub group: char,
    pub currency: (String, String),
    pub percent: (String, String),
    pub date: String,
    pub months: Vec<String>,
}

/// Reads `_language.toml`; every problem goes to `errors` (the values are then placeholders).
pub fn read_meta(path: &Path, errors: &mut Vec<String>) -> Option<Meta> {
    let t = read_table(path, errors)?;
    Some(meta_of(&t, &path.display().to_string(), errors))
}

fn meta_of(t: &Table, here: &str, errors: &mut Vec<String>) -> Meta {
    let s = |k: &str, errors: &mut Vec<String>| match t.get(k) {
        Some(Value::String(v)) => v.clone(),
        _ => {
            errors.push(format!("{here}: needs `{k}` as a text"));
            String::new()
        }
    };
    let ch = |k: &str, errors: &mut Vec<String>| {
        let v = s(k, errors);
        let mut it = v.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => {
                errors.push(format!("{here}: `{k}` is one character"));
                '?'
            }
        }
    };
    let pattern = |k: &str, errors: &mut Vec<String>| {
        let v = s(k, errors);
        match v.split_once("{n}") {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => {
                errors.push(format!("{here}: `{k}` must contain {{n}} where the number goes"));
                (String::new(), String::new())
            }
        }
    };
    let dir = s("dir", errors);
    if dir != "ltr" && dir != "rtl" {
        errors.push(format!("{here}: `dir` is \"ltr\" or \"rtl\""));
    }
    let date = s("date", errors);
    for part in ["{day}", "{month}", "{year}"] {
        if !date.contains(part) {
            errors.push(format!("{here}: `date` must contain {part}"));
        }
    }
    let months: Vec<String> = match t.get("months") {
        Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    if months.len() != 12 {
        errors.push(format!("{here}: `months` lists the 12 month names"));
    }
    Meta {
        name: s("name", errors),
        rtl: dir == "rtl",
        decimal: ch("decimal", errors),
        group: ch("group", errors),
        currency: pattern("currency", errors),
        percent: pattern("percent", errors),
        date,
        months,
    }
}

pub fn read_table(path: &Path, errors: &mut Vec<String>) -> Option<Table> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("{}: {e}", path.display()));
            return None;
        }
    };
    match text.parse::<Table>() {
        Ok(t) => Some(t),
        Err(e) => {
            errors.push(format!("{}: {e}", path.display()));
            None
        }
    }
}
