//! Pins what the tools answer, to prove a restructuring changed nothing it did not mean to.
//!
//! `PIN_OUT=target/pin/before.jsonl cargo test --test pin -- --ignored` writes, for a few
//! hundred varied forms per tool and every language, the JSON the JS API would return (or
//! its field errors), one line per form and language. Run it before and after a change and
//! compare the two files with `scripts/pin-diff.py`. The forms are generated from a fixed
//! seed, so both runs see the same inputs.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/codegen.rs"]
// Only the list of groups a bundle leaves out is used here.
#[allow(dead_code, clippy::too_many_lines, clippy::indexing_slicing)]
mod codegen;
#[path = "../build/locale_file.rs"]
mod locale_file;

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rekenhulp::rules::FieldError;
use rekenhulp::tools::input::{fill_form, FieldValue, FormFields};
use rekenhulp::tools::{armoedeval, inkomenstoeslag, werkgever};
use serde::Serialize;

#[derive(Clone, Copy)]
enum Tool {
    Armoedeval,
    Werkgever,
    Inkomenstoeslag,
}

impl Tool {
    fn slug(self) -> &'static str {
        match self {
            Tool::Armoedeval => "armoedeval",
            Tool::Werkgever => "werkgever",
            Tool::Inkomenstoeslag => "inkomenstoeslag",
        }
    }
}

/// Fills a form the way the JS API does: text fields take the text, yes/no fields a flag.
fn fill<F: FormFields + Default>(fields: &[(&str, String)]) -> F {
    let values = fields
        .iter()
        .map(|(n, v)| {
            let value = match v.as_str() {
                "true" => FieldValue::Flag(true),
                "false" => FieldValue::Flag(false),
                _ => FieldValue::Text(v.clone()),
            };
            (n.to_string(), value)
        })
        .collect();
    fill_form(values).expect("every generated field is a field of the form")
}

fn answer<I, R: Serialize>(valid: Result<I, Vec<FieldError>>, run: impl Fn(&I) -> R) -> String {
    match valid {
        Ok(i) => serde_json::to_string(&run(&i)).expect("json"),
        Err(e) => serde_json::to_string(&serde_json::json!({ "errors": e })).expect("json"),
    }
}

/// What the JS API answers for these fields (the result, or the field errors).
fn run_json(tool: Tool, fields: &[(&str, String)]) -> String {
    match tool {
        Tool::Armoedeval => answer(armoedeval::validate(&fill(fields)), armoedeval::calculate),
        Tool::Werkgever => answer(werkgever::validate(&fill(fields)), werkgever::calculate),
        Tool::Inkomenstoeslag => answer(inkomenstoeslag::validate(&fill(fields)), inkomenstoeslag::calculate),
    }
}

/// A small deterministic generator (64-bit LCG), so the inputs never change between runs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        let i = (self.next() as usize) % options.len();
        options[i]
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
    fn flag(&mut self) -> bool {
        self.next() % 2 == 0
    }
}

const GEMEENTEN: &[&str] = &["landelijk", "ommen", "kampen", "GM0175"];
/// Every gemeente in params/gemeenten/, for the checks that must see each shape.
const ALL_GEMEENTEN: &[&str] = &[
    "landelijk",
    "ommen",
    "kampen",
    "alphen-aan-den-rijn",
    "dalfsen",
    "leidschendam-voorburg",
    "meppel",
    "noordoostpolder",
    "noordwijk",
    "tilburg",
    "west-maas-en-waal",
    "westland",
    "zandvoort",
];
const DATES: &[&str] = &[
    "2025-01-01",
    "2025-03-15",
    "2025-07-01",
    "2025-12-31",
    "2026-01-01",
    "2026-02-10",
    "2026-06-30",
    "2026-07-01",
    "2026-11-30",
    "2026-12-31",
];
const LEEFVORMEN: &[&str] = &["alleenstaande", "alleenstaande_ouder", "gehuwden"];

fn armoedeval_form(r: &mut Lcg) -> Vec<(&'static str, String)> {
    let lv = r.pick(LEEFVORMEN);
    let mut f = vec![
        ("gemeente", r.pick(GEMEENTEN).to_string()),
        ("start_date", r.pick(DATES).to_string()),
        ("leefvorm", lv.to_string()),
        ("age", r.range(18, 66).to_string()),
        ("hours", r.range(1, 40).to_string()),
        ("vermogen", r.pick(&["0", "500", "7000", "12000", "40000"]).to_string()),
    ];
    if lv == "gehuwden" {
        f.push(("partner_age", r.range(18, 66).to_string()));
    }
    let kids: Vec<String> = (0..r.range(if lv == "alleenstaande_ouder" { 1 } else { 0 }, 3))
        .map(|_| r.range(0, 17).to_string())
        .collect();
    f.push(("children", kids.join(", ")));
    f.push(("rent", r.pick(&["", "0", "450", "650", "880", "1200"]).to_string()));
    f.push(("current_income", r.pick(&["", "", "250", "800"]).to_string()));
    f.push(("hourly_wage", r.pick(&["", "", "", "16.50", "22"]).to_string()));
    f.push(("travel_costs", r.pick(&["", "", "40"]).to_string()));
    f.push(("childcare_costs", r.pick(&["", "", "120"]).to_string()));
    f.push(("kwijtschelding_year", r.pick(&["", "", "600"]).to_string()));
    f.push(("gets_iit", r.flag().to_string()));
    f
}

fn werkgever_form(r: &mut Lcg) -> Vec<(&'static str, String)> {
    let known = r.flag();
    vec![
        ("gemeente", r.pick(GEMEENTEN).to_string()),
        ("start_date", r.pick(DATES).to_string()),
        ("contract_hours", r.range(8, 40).to_string()),
        ("fulltime_hours", r.pick(&["36", "38", "40"]).to_string()),
        ("age", r.range(16, 66).to_string()),
        ("hourly_wage", r.pick(&["", "", "15", "18.25"]).to_string()),
        ("loonwaarde_known", known.to_string()),
        ("loonwaarde", r.pick(&["", "20", "35", "50", "75", "100"]).to_string()),
        ("contract_months", r.pick(&["", "6", "12", "24", "36"]).to_string()),
        ("doelgroepregister", r.flag().to_string()),
        ("arbeidsgehandicapt", r.flag().to_string()),
        ("herplaatsing", r.flag().to_string()),
        ("employer_charges_pct", r.pick(&["", "", "20", "30"]).to_string()),
    ]
}

fn iit_form(r: &mut Lcg) -> Vec<(&'static str, String)> {
    let lv = r.pick(LEEFVORMEN);
    let mut f = vec![
        ("gemeente", r.pick(GEMEENTEN).to_string()),
        ("request_date", r.pick(DATES).to_string()),
        ("leefvorm", lv.to_string()),
        ("age", r.range(18, 70).to_string()),
        ("low_income_months", r.range(0, 70).to_string()),
        ("months_without_income", r.pick(&["", "0", "3"]).to_string()),
        ("highest_income", r.pick(&["", "1200", "1500", "2100"]).to_string()),
        ("vermogen", r.pick(&["", "0", "3000", "9000", "20000"]).to_string()),
        ("student", (r.next() % 6 == 0).to_string()),
        ("prospects", r.pick(&["", "geen", "wel"]).to_string()),
        (
            "last_iit_date",
            r.pick(&["", "", "2025-06-01", "2024-01-15"]).to_string(),
        ),
    ];
    if lv == "gehuwden" {
        f.push(("partner_age", r.range(18, 70).to_string()));
    }
    f
}

/// The minima-effectrapportage of gemeente `slug` with a what-if, as JSON.
fn minima_effect_json(slug: &str) -> String {
    use rekenhulp::tools::minima_effect as m;
    let f = m::MinimaEffectForm {
        gemeente: slug.into(),
        date: "2026-07-01".into(),
        zorg_limit: "140".into(),
        iit_limit: "110".into(),
        ..m::MinimaEffectForm::default()
    };
    let input = m::validate(&f).expect("valid report");
    serde_json::to_string(&m::calculate(&input)).expect("json")
}

type Generator = fn(&mut Lcg) -> Vec<(&'static str, String)>;

#[test]
#[ignore = "writes the pin corpus; run with PIN_OUT=<file>"]
fn write_pin() {
    let Ok(out) = std::env::var("PIN_OUT") else {
        panic!("set PIN_OUT to the file to write");
    };
    let per_tool: usize = std::env::var("PIN_N").ok().and_then(|n| n.parse().ok()).unwrap_or(300);
    let mut text = String::new();
    let generators: [(Tool, Generator); 3] = [
        (Tool::Armoedeval, armoedeval_form),
        (Tool::Werkgever, werkgever_form),
        (Tool::Inkomenstoeslag, iit_form),
    ];
    for (tool, generate) in generators {
        let mut r = Lcg(0x5eed_0000 + tool as u64);
        for i in 0..per_tool {
            let fields = generate(&mut r);
            for lang in ["nl", "en"] {
                let answer = rekenhulp::i18n::in_language(lang, || run_json(tool, &fields));
                let _ = writeln!(
                    text,
                    "{{\"tool\":{:?},\"i\":{i},\"lang\":{lang:?},\"answer\":{answer}}}",
                    tool.slug()
                );
            }
        }
    }
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("create the folder");
    }
    std::fs::write(&out, text).expect("write the pin file");
}

/// The one-tool bundles leave out the texts of the parameter groups their tool never cites
/// (build/codegen.rs, NOT_CITED_BY). Here the tool answers a few hundred varied households
/// (with the household fields of every kind filled in now and then); no answer may show an
/// article or label that only such a group has, or the page would show an empty citation.
#[test]
fn a_tool_bundle_cites_no_group_it_leaves_out() {
    let index = || {
        rekenhulp::rules::SNAPSHOTS.iter().flat_map(|s| s.index.iter()).chain(
            rekenhulp::rules::GEMEENTEN
                .iter()
                .flat_map(|g| g.versions.iter())
                .flat_map(|v| v.index.iter()),
        )
    };
    for (tool, groups) in codegen::NOT_CITED_BY {
        assert!(
            ["inwoner", "minima_effect"].contains(tool),
            "add the generator for {tool}"
        );
        let left_out = |path: &str| groups.iter().any(|g| path == *g || path.starts_with(&format!("{g}.")));
        let kept: BTreeSet<&str> = index()
            .filter(|p| !left_out(p.path))
            .flat_map(|p| [p.article, p.label])
            .collect();
        let only_left_out: BTreeSet<&str> = index()
            .filter(|p| left_out(p.path))
            .flat_map(|p| [p.article, p.label])
            .filter(|t| !kept.contains(t))
            .collect();
        assert!(!only_left_out.is_empty());
        if *tool == "minima_effect" {
            // The report is the inwoner tool's households; here every gemeente's report,
            // with and without a what-if, in both languages.
            for g in rekenhulp::rules::GEMEENTEN {
                for lang in ["nl", "en"] {
                    let answer = rekenhulp::i18n::in_language(lang, || minima_effect_json(g.slug));
                    for text in &only_left_out {
                        assert!(!answer.contains(&format!("{text:?}")), "{tool} cites {text:?}");
                    }
                }
            }
            continue;
        }
        let mut r = Lcg(0x0c17_ed00);
        let mut answered = 0;
        for _ in 0..400 {
            let mut fields = armoedeval_form(&mut r);
            // Every gemeente shape: amounts by children's ages, averages, unknown tests.
            fields.retain(|(k, _)| *k != "gemeente");
            fields.push(("gemeente", r.pick(ALL_GEMEENTEN).to_string()));
            fields.push(("months_worked", r.range(0, 14).to_string()));
            fields.push(("kostendelers", r.pick(&["", "", "1", "2"]).to_string()));
            fields.push(("kostendelers_income", r.pick(&["0", "18000"]).to_string()));
            fields.push(("partner_income", r.pick(&["", "", "400"]).to_string()));
            fields.push(("partner_takes_job", r.flag().to_string()));
            fields.push(("medisch_urenbeperkt", r.flag().to_string()));
            fields.push(("pension_pct", r.pick(&["", "", "5"]).to_string()));
            let answer = run_json(Tool::Armoedeval, &fields);
            if answer.contains("\"situations\"") {
                answered += 1;
            }
            for text in &only_left_out {
                assert!(
                    !answer.contains(&format!("{text:?}")),
                    "{tool} cites {text:?} in {answer}"
                );
            }
        }
        assert!(answered > 100, "only {answered} households were answered");
    }
}
