//! Test cases as data: every `tests/cases/**/*.toml` file holds readable input → output
//! cases in the domain's words, run by this one harness (see docs/cases.md):
//!
//! ```toml
//! [[case]]
//! name = "Alleenstaande met € 33.000 toetsingsinkomen krijgt € 91 zorgtoeslag per maand"
//! source = "Rijksoverheid, tabel zorgtoeslag 2026"
//! rule = "zorgtoeslag"              # or tool = "armoedeval" | "werkgever" | "inkomenstoeslag" | "intake"
//! date = 2026-01-01
//! input = { toetsingsinkomen = "33000", toeslagpartner = false }
//! expect = { "zorgtoeslag.monthly" = "91" }
//! ```
//!
//! Inputs use the field names of the JS API; an unknown field is refused, as there.
//! `expect` names what to compare in short form (see `short_path`) or as a full path in the
//! answer's JSON; amounts compare as numbers. `expect_error = { field = …, code = … }`
//! expects a refusal instead. `lang` (default "nl") is the language the texts are written in.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rekenhulp::rules::FieldError;
use rekenhulp::tools::input::{fill_form, FieldValue};
use rekenhulp::tools::{armoedeval, inkomenstoeslag, intake, rule, werkgever};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;
use toml::Table;

fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            case_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

/// The case's input as named values, with the date and gemeente of the case added under
/// the name the tool uses for them.
fn inputs(case: &Table, date_field: &str) -> Vec<(String, FieldValue)> {
    let mut values = Vec::new();
    if let Some(d) = case.get("date") {
        values.push((date_field.to_string(), FieldValue::Text(plain(d))));
    }
    if let Some(g) = case.get("gemeente") {
        values.push(("gemeente".to_string(), FieldValue::Text(plain(g))));
    }
    if let Some(toml::Value::Table(t)) = case.get("input") {
        for (k, v) in t {
            let fv = match v {
                toml::Value::Boolean(b) => FieldValue::Flag(*b),
                toml::Value::Integer(_) | toml::Value::Float(_) => FieldValue::Number(plain(v)),
                other => FieldValue::Text(plain(other)),
            };
            values.push((k.clone(), fv));
        }
    }
    values
}

fn plain(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    }
}

fn json<T: Serialize>(t: &T) -> Value {
    serde_json::to_value(t).expect("json")
}

/// What the tool or rule answers: its JSON (as the JS API gives it), or its field errors.
fn answer(case: &Table) -> Result<Value, Vec<FieldError>> {
    let get = |k: &str| case.get(k).and_then(|v| v.as_str());
    match (get("rule"), get("tool")) {
        (Some(name), None) => rule::rule(name, inputs(case, "date")).map(|a| json(&a)),
        (None, Some("armoedeval")) => {
            let form: armoedeval::ArmoedevalForm = fill_form(inputs(case, "start_date"))?;
            armoedeval::validate(&form).map(|i| json(&armoedeval::calculate(&i)))
        }
        (None, Some("werkgever")) => {
            let form: werkgever::WerkgeverForm = fill_form(inputs(case, "start_date"))?;
            werkgever::validate(&form).map(|i| json(&werkgever::calculate(&i)))
        }
        (None, Some("inkomenstoeslag")) => {
            let form: inkomenstoeslag::IitForm = fill_form(inputs(case, "request_date"))?;
            inkomenstoeslag::validate(&form).map(|i| json(&inkomenstoeslag::calculate(&i)))
        }
        (None, Some("intake")) => {
            let form: intake::IntakeForm = fill_form(inputs(case, "date"))?;
            intake::validate(&form).map(|i| json(&intake::calculate(&i)))
        }
        other => {
            panic!("a case names one `rule` or one `tool` (armoedeval, werkgever, inkomenstoeslag), got {other:?}")
        }
    }
}

/// Every leaf of the answer by its path: arrays of objects are keyed by the object's `key`,
/// `column`, `month` or `hours` (the words a case uses), else by position.
fn flatten(v: &Value, prefix: &str, out: &mut BTreeMap<String, String>) {
    let join = |seg: &str| {
        if prefix.is_empty() {
            seg.to_string()
        } else {
            format!("{prefix}.{seg}")
        }
    };
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                flatten(x, &join(k), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                let name = ["key", "column", "month", "hours"]
                    .iter()
                    .find_map(|k| {
                        x.get(*k).and_then(|n| {
                            n.as_str()
                                .map(str::to_string)
                                .or_else(|| n.as_u64().map(|n| n.to_string()))
                        })
                    })
                    .unwrap_or_else(|| i.to_string());
                flatten(x, &join(&name), out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

/// The short names a case may use, per kind of answer, as full paths.
fn short_path(kind: &str, key: &str) -> Vec<String> {
    let mut paths = vec![key.to_string()];
    match kind {
        "rule" => paths.push(format!("lines.{key}.amount")),
        "armoedeval" => {
            if let Some((col, rest)) = key.split_once('.') {
                paths.push(format!("situations.{col}.lines.{rest}.amount"));
                paths.push(format!("situations.{col}.{rest}.amount"));
                paths.push(format!("situations.{col}.{rest}"));
                paths.push(format!("difference.difference.{rest}.amount"));
                paths.push(format!("curve.{rest}.net_household"));
            }
            paths.push(format!("{key}.amount"));
        }
        "werkgever" => {
            paths.push(format!("summary.{key}.amount"));
            if let Some((m, rest)) = key.split_once('.') {
                paths.push(format!("months.{}.{rest}", m.trim_start_matches("maand_")));
            }
        }
        "inkomenstoeslag" => {
            paths.push(format!("conditions.{key}.outcome"));
            paths.push(format!("{key}.amount"));
        }
        // "werken.nu.bijstand", "inkomenstoeslag.verdict", "werkgever.total.lks",
        // "apply_now.zorgtoeslag.monthly": each answer with its own tool's short names.
        "intake" => {
            if let Some((answer, rest)) = key.split_once('.') {
                let (tool, prefix) = match answer {
                    "werken" => ("armoedeval", "armoedeval"),
                    other => (other, other),
                };
                paths.extend(short_path(tool, rest).into_iter().map(|p| format!("{prefix}.{p}")));
                if answer == "apply_now" {
                    paths.push(format!("apply_now.{rest}.amount"));
                }
            }
        }
        _ => {}
    }
    paths
}

fn same(expected: &str, actual: &str) -> bool {
    match (expected.parse::<Decimal>(), actual.parse::<Decimal>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => expected == actual,
    }
}

/// The keys a case may have: anything else is a typo that would be ignored.
const CASE_KEYS: [&str; 11] = [
    "name",
    "source",
    "rule",
    "tool",
    "date",
    "gemeente",
    "lang",
    "input",
    "expect",
    "expect_error",
    "note",
];

fn check(case: &Table, file: &str) -> Result<(), String> {
    let name = case.get("name").and_then(|v| v.as_str()).unwrap_or("(no name)");
    let here = format!("{file}: {name:?}");
    if let Some(k) = case.keys().find(|k| !CASE_KEYS.contains(&k.as_str())) {
        return Err(format!("{here}: unknown key `{k}`"));
    }
    if case.get("source").and_then(|v| v.as_str()).is_none_or(str::is_empty) {
        return Err(format!(
            "{here}: every case says where its numbers come from (`source`)"
        ));
    }
    let lang = case.get("lang").and_then(|v| v.as_str()).unwrap_or("nl").to_string();
    let result = rekenhulp::i18n::in_language(&lang, || answer(case));
    let kind = case
        .get("rule")
        .map(|_| "rule".to_string())
        .or_else(|| case.get("tool").and_then(|v| v.as_str()).map(str::to_string))
        .unwrap_or_default();
    match (result, case.get("expect_error")) {
        (Err(errors), Some(toml::Value::Table(want))) => {
            let field = want.get("field").and_then(|v| v.as_str());
            let code = want.get("code").and_then(|v| v.as_str());
            let found = errors
                .iter()
                .any(|e| field.is_none_or(|f| e.field == f) && code.is_none_or(|c| e.code == c));
            if found {
                Ok(())
            } else {
                Err(format!("{here}: expected refusal {want:?}, got {errors:?}"))
            }
        }
        (_, Some(toml::Value::Table(want))) => Err(format!("{here}: expected refusal {want:?}, but it was answered")),
        (_, Some(other)) => Err(format!(
            "{here}: expect_error is a table {{ field, code }}, not {other}"
        )),
        (Err(errors), None) => Err(format!(
            "{here}: refused: {}",
            errors
                .iter()
                .map(|e| format!("{} ({}): {}", e.field, e.code, e.message))
                .collect::<Vec<_>>()
                .join("; ")
        )),
        (Ok(v), None) => compare(&v, case, &kind, &here),
    }
}

/// Every `expect` entry against the answer.
fn compare(answer: &serde_json::Value, case: &Table, kind: &str, here: &str) -> Result<(), String> {
    let mut facts = BTreeMap::new();
    flatten(answer, "", &mut facts);
    let Some(toml::Value::Table(expect)) = case.get("expect") else {
        return Err(format!("{here}: needs `expect` or `expect_error`"));
    };
    let mut problems = Vec::new();
    for (key, want) in expect {
        let want = plain(want);
        match short_path(kind, key).iter().find_map(|p| facts.get(p)) {
            Some(got) if same(&want, got) => {}
            Some(got) => problems.push(format!("{key}: expected {want}, got {got}")),
            None => problems.push(format!(
                "{key}: not in the answer (paths tried: {:?})",
                short_path(kind, key)
            )),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{here}:\n    {}", problems.join("\n    ")))
    }
}

#[test]
fn every_case_file_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files = Vec::new();
    case_files(&root, &mut files);
    let mut count = 0;
    let mut failures = Vec::new();
    for path in &files {
        let file = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .display()
            .to_string();
        let text = fs::read_to_string(path).expect("read");
        let table: Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let Some(toml::Value::Array(cases)) = table.get("case") else {
            panic!("{file}: needs [[case]] tables");
        };
        for c in cases {
            let toml::Value::Table(c) = c else {
                panic!("{file}: a case is a table")
            };
            count += 1;
            if let Err(e) = check(c, &file) {
                failures.push(e);
            }
        }
    }
    println!("{count} cases in {} files", files.len());
    assert!(count >= 40, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn a_wrong_expectation_or_a_missing_source_fails() {
    let wrong: Table = toml::from_str(
        r#"
name = "zorgtoeslag with a wrong number"
source = "test"
rule = "zorgtoeslag"
date = 2026-01-01
input = { toetsingsinkomen = "33000" }
expect = { "zorgtoeslag.monthly" = "92" }
"#,
    )
    .expect("toml");
    let e = check(&wrong, "inline").unwrap_err();
    assert!(e.contains("expected 92, got 91"), "{e}");
    let mut no_source = wrong.clone();
    no_source.remove("source");
    assert!(check(&no_source, "inline").unwrap_err().contains("source"));
    let mut answered = wrong.clone();
    answered.insert("expect_error".into(), toml::Value::Table(Table::new()));
    assert!(check(&answered, "inline").unwrap_err().contains("but it was answered"));
}
