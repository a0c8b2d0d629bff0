//! Fuzzing the one input adapter natively: arbitrary forms and rule calls, as the JS API,
//! share links and the case files hand them in, through every tool (`fill_form` →
//! `validate` → `calculate`, the armoedeval curve and the intake) and every rule of
//! `tools::rule::RULES`. Field names are known or not (misspelt, unicode, very long);
//! texts are Dutch and English numbers, garbage, unicode, huge, negative, dates valid,
//! invalid and outside the known rules; flags and program numbers come in the wrong fields
//! too.
//!
//! What must hold, for every case: no panic; an answer serialises; a refusal is a
//! non-empty list of field errors, each at a field the call knows ("rule", "form", a field
//! of the form or rule, or an unknown name it was given), with a message in Dutch and in
//! English.
//!
//! `cargo test` runs a sample (`every_input_is_answered_or_refused`, 20 000 cases). The
//! full run is `scripts/fuzz.sh` (release, `FUZZ_N` cases, default 1 000 000, on every
//! core); `FUZZ_SEED` picks another seed. A failing case prints its seed and number, and
//! `FUZZ_FROM=<number> FUZZ_N=1` runs that one case again.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use rekenhulp::i18n::in_language;
use rekenhulp::rules::FieldError;
use rekenhulp::tools::input::{fill_form, FieldValue, FormFields, Slot};
use rekenhulp::tools::rule::{rule, RULES};
use rekenhulp::tools::{armoedeval, inkomenstoeslag, intake, werkgever};
use serde::Serialize;

/// SplitMix64: small, fast and the same on every machine, so a case number names a case.
struct Rng(u64);

impl Rng {
    fn for_case(seed: u64, case: u64) -> Rng {
        let mut r = Rng(seed ^ case.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below(hi.abs_diff(lo) + 1) as i64
    }
    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T: ?Sized>(&mut self, options: &[&'a T]) -> &'a T {
        options[self.below(options.len() as u64) as usize]
    }
}

#[derive(Clone, Copy, Debug)]
enum Target {
    Armoedeval,
    Curve,
    Werkgever,
    Inkomenstoeslag,
    Intake,
    Rule(usize),
    UnknownRule,
}

impl Target {
    fn of(r: &mut Rng) -> Target {
        match r.below(13) {
            0 | 1 => Target::Armoedeval,
            2 => Target::Curve,
            3 | 4 => Target::Werkgever,
            5 | 6 => Target::Inkomenstoeslag,
            7 => Target::UnknownRule,
            8 => Target::Intake,
            _ => Target::Rule(r.below(RULES.len() as u64) as usize),
        }
    }
    fn name(self) -> &'static str {
        match self {
            Target::Armoedeval => "armoedeval",
            Target::Curve => "armoedeval curve",
            Target::Werkgever => "werkgever",
            Target::Inkomenstoeslag => "inkomenstoeslag",
            Target::Intake => "intake",
            Target::Rule(i) => RULES[i].0,
            Target::UnknownRule => "unknown rule",
        }
    }
}

/// A form's fields with whether each is a yes/no.
fn form_fields<F: FormFields + Default>() -> Vec<(&'static str, bool)> {
    F::default()
        .slots()
        .into_iter()
        .map(|(name, slot)| (name, matches!(slot, Slot::Flag(_))))
        .collect()
}

/// The yes/no fields of the rules (`RULES` lists names only).
const RULE_FLAGS: &[&str] = &[
    "toeslagpartner",
    "iack",
    "all_under_21",
    "single_parent_child_under_12",
    "works",
    "partner_works",
];

fn rule_fields(i: usize) -> Vec<(&'static str, bool)> {
    RULES[i].1.iter().map(|n| (*n, RULE_FLAGS.contains(n))).collect()
}

const GEMEENTEN: &[&str] = &[
    "landelijk",
    "ommen",
    "kampen",
    "GM0175",
    "gm0166",
    "Ommen",
    " ommen ",
    "Kampen",
    "nergens",
    "GM9999",
    "",
];
const CHOICES: &[&str] = &[
    "alleenstaande",
    "alleenstaande_ouder",
    "gehuwden",
    "Gehuwden",
    "geen",
    "wel",
    "onbekend",
    "forfaitair",
    "ja",
    "true",
    "null",
    "undefined",
];

fn digits(r: &mut Rng, n: u64) -> String {
    (0..n).map(|_| char::from(b'0' + r.below(10) as u8)).collect()
}

/// A number as people type it: Dutch and English marks, currency, ambiguous "1,200",
/// negative, huge, exponents, other scripts' digits.
fn typed_number(r: &mut Rng) -> String {
    let magnitude = r.below(9) as u32;
    let whole = r.below(10u64.pow(magnitude)) as i64 * if r.chance(8) { -1 } else { 1 };
    let cents = r.below(100);
    match r.below(16) {
        0 => format!("{whole}"),
        1 => format!("{whole},{cents:02}"),
        2 => format!("{whole}.{cents:02}"),
        3 => dutch_thousands(whole, Some(cents)),
        4 => format!("€ {}", dutch_thousands(whole, None)),
        5 => format!("€{},-", dutch_thousands(whole, None)),
        6 => format!("{},{:03}", r.range(1, 999), r.below(1000)),
        7 => format!("{}.{:03}", r.range(1, 999), r.below(1000)),
        8 => format!("{whole:}e{}", r.range(-30, 400)),
        9 => {
            let (sign, n) = (if r.chance(50) { "-" } else { "" }, 20 + r.below(60));
            format!("{sign}{}", digits(r, n))
        }
        10 => r
            .pick(&[
                "NaN",
                "Infinity",
                "-Infinity",
                "∞",
                "½",
                "0x1F",
                "1_000",
                "+5",
                ".5",
                "5.",
                "-0",
                "--5",
            ])
            .into(),
        11 => r
            .pick(&[
                "１２",
                "١٢",
                "12\u{a0}000",
                "12\u{202f}000",
                " 12 ",
                "1 200",
                "12\u{200b}3",
                "1.2.3",
                "1,2,3",
            ])
            .into(),
        12 => format!("{whole}%"),
        13 => {
            let n = 1 + r.below(40);
            format!("{whole}.{}", digits(r, n))
        }
        14 => {
            let n = 1 + r.below(30);
            format!("0,{}", digits(r, n))
        }
        _ => format!("{}", r.range(0, 130)),
    }
}

fn dutch_thousands(n: i64, cents: Option<u64>) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    let sign = if n < 0 { "-" } else { "" };
    match cents {
        Some(c) => format!("{sign}{out},{c:02}"),
        None => format!("{sign}{out}"),
    }
}

/// A date, mostly near the known rules, also outside them, impossible or malformed.
fn date(r: &mut Rng) -> String {
    let year = match r.below(10) {
        0 => r.range(1, 9999),
        1 => *r.pick(&[&1899, &1900, &2200, &2201, &0, &65535]),
        _ => r.range(2023, 2029),
    };
    let (month, day) = (r.range(0, 13), r.range(0, 32));
    match r.below(12) {
        0 => format!("{year}-{month}-{day}"),
        1 => format!("{day:02}-{month:02}-{year:04}"),
        2 => format!("{year:04}/{month:02}/{day:02}"),
        3 => format!("{year:04}-{month:02}-{day:02}T00:00"),
        4 => r
            .pick(&[
                "2024-02-29",
                "2026-02-29",
                "2026-02-30",
                "２０２６-０７-０１",
                "2026-07-01\u{0}",
                "-2026-07-01",
            ])
            .into(),
        _ => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// Any text: control characters, right-to-left and combining marks, emoji, very long.
fn garbage(r: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "0",
        "9",
        ",",
        ".",
        "-",
        "€",
        " ",
        "\t",
        "\n",
        "\u{0}",
        "\u{7f}",
        "\u{a0}",
        "\u{200f}",
        "\u{202e}",
        "\u{2068}",
        "\u{301}",
        "\u{fffd}",
        "\u{ffff}",
        "😀",
        "👩‍👩‍👧",
        "ß",
        "İ",
        "ﬀ",
        "ق",
        "中",
        "{",
        "}",
        "{0}",
        "%",
        "\"",
        "\\",
        "<script>",
        "&amp;",
        "=",
        "&",
    ];
    let len = if r.chance(3) {
        1000 + r.below(20_000)
    } else {
        r.below(40)
    };
    (0..len).map(|_| r.pick(PIECES)).collect()
}

fn children(r: &mut Rng) -> String {
    let n = if r.chance(5) { r.below(40) } else { r.below(5) };
    let sep = r.pick(&[", ", ",", ";", " ", " , ", "/"]);
    (0..n)
        .map(|_| {
            if r.chance(90) {
                r.range(0, 17).to_string()
            } else {
                r.range(-3, 300).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(sep)
}

/// A text for field `name`: usually the kind the field expects, often not.
fn text_for(r: &mut Rng, name: &str) -> String {
    let fitting = r.chance(80);
    match r.below(20) {
        0 => String::new(),
        1 => garbage(r),
        2 => r.pick(CHOICES).to_string(),
        _ if !fitting => typed_number(r),
        _ if name.contains("date") => date(r),
        _ if name == "gemeente" => r.pick(GEMEENTEN).to_string(),
        _ if name == "leefvorm" => r
            .pick(&["alleenstaande", "alleenstaande_ouder", "gehuwden"])
            .to_string(),
        _ if name == "prospects" => r.pick(&["geen", "wel", "onbekend", ""]).to_string(),
        _ if name == "children" => children(r),
        _ if name == "loonwaarde" && r.chance(30) => "forfaitair".into(),
        _ if name.contains("age") && r.chance(70) => r.range(10, 80).to_string(),
        _ if name.contains("hours") && r.chance(70) => r.range(0, 45).to_string(),
        _ if name.contains("month") && r.chance(70) => r.range(0, 60).to_string(),
        _ => typed_number(r),
    }
}

/// A number as a program writes it (the JS API's `FieldValue::Number`).
fn program_number(r: &mut Rng) -> String {
    match r.below(6) {
        0 => {
            let (whole, n) = (r.range(-100_000, 100_000), 1 + r.below(6));
            format!("{whole}.{}", digits(r, n))
        }
        1 => r
            .pick(&[
                "NaN",
                "Infinity",
                "-Infinity",
                "1e21",
                "-0",
                "5e-324",
                "1.7976931348623157e308",
            ])
            .into(),
        _ => r.range(-10, 100_000).to_string(),
    }
}

fn value_for(r: &mut Rng, name: &str, flag: bool) -> FieldValue {
    match (flag, r.below(10)) {
        (true, 0) => FieldValue::Text(text_for(r, name)),
        (true, 1) => FieldValue::Number(program_number(r)),
        (true, _) => FieldValue::Flag(r.chance(50)),
        (false, 0) => FieldValue::Flag(r.chance(50)),
        (false, 1 | 2) => FieldValue::Number(program_number(r)),
        (false, _) => FieldValue::Text(text_for(r, name)),
    }
}

/// A field name nobody asked for: a near miss, another case, unicode, very long.
fn unknown_name(r: &mut Rng, known: &[(&'static str, bool)]) -> String {
    let base = known.get(r.below(known.len() as u64) as usize).map_or("x", |(n, _)| *n);
    match r.below(6) {
        0 => format!("{base}s"),
        1 => base.to_uppercase(),
        2 => format!(" {base}"),
        3 => "a".repeat(1 + r.below(200) as usize),
        4 => String::new(),
        _ => garbage(r),
    }
}

/// A value a person would give for `name`, so a case gets past validation and the
/// calculation behind it is fuzzed too.
fn plausible(r: &mut Rng, name: &str, flag: bool) -> FieldValue {
    if flag {
        // Mostly no: "student" is refused by the armoedeval, and some of the others only apply
        // to some households.
        return FieldValue::Flag(r.chance(15));
    }
    let number = |r: &mut Rng, lo: i64, hi: i64| r.range(lo, hi).to_string();
    let text = match name {
        "gemeente" => r
            .pick(&[
                "landelijk",
                "ommen",
                "kampen",
                "GM0175",
                "alphen-aan-den-rijn",
                "tilburg",
                "west-maas-en-waal",
                "zandvoort",
            ])
            .to_string(),
        "last_iit_date" if r.chance(50) => String::new(),
        "last_iit_date" => format!("{}-{:02}-{:02}", r.range(2022, 2025), r.range(1, 12), r.range(1, 28)),
        "months_without_income" => r.pick(&["", "0", "2"]).to_string(),
        // The IIT questions only some verordeningen need: mostly left empty.
        "low_income_months_in_window"
        | "opleiding_months_ago"
        | "maatregel_months_ago"
        | "arbeidsplicht_months_ago" => r.pick(&["", "", "", "6", "40"]).to_string(),
        "average_income" => r.pick(&["", "", "1200", "1500,50"]).to_string(),
        "highest_year_income" => r.pick(&["", "", "17000", "23000"]).to_string(),
        "start_date" | "request_date" | "date" => {
            // Mostly 2026: the armoedeval refuses tenants before it (no huurtoeslag rule).
            let year = if r.chance(25) { 2025 } else { 2026 };
            format!("{year}-{:02}-{:02}", r.range(1, 12), r.range(1, 28))
        }
        "leefvorm" => r
            .pick(&["alleenstaande", "alleenstaande_ouder", "gehuwden"])
            .to_string(),
        "age" | "partner_age" => number(r, 21, 66),
        "children" => {
            let n = r.range(0, 3);
            (0..n)
                .map(|_| r.range(0, 17).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
        "prospects" => r.pick(&["geen", "wel", ""]).to_string(),
        "loonwaarde" => r.pick(&["", "forfaitair", "30", "55", "80", "100"]).to_string(),
        "fulltime_hours" => r.pick(&["36", "38", "40"]).to_string(),
        "hours" | "contract_hours" => number(r, 1, 40),
        "month" | "low_income_months" | "contract_months" => number(r, 1, 60),
        "household_size" => number(r, 1, 5),
        "hourly_wage" => r.pick(&["", "", "16,50", "18.25", "24"]).to_string(),
        "employer_charges_pct" => r.pick(&["", "18", "23,5", "30"]).to_string(),
        "current_income" | "travel_costs" | "childcare_costs" | "kwijtschelding_year" | "highest_income" => {
            if r.chance(50) {
                String::new()
            } else {
                number(r, 0, 900)
            }
        }
        "rent" => number(r, 0, 1200),
        "kostendelers" => r.pick(&["", "0", "0", "1", "2"]).to_string(),
        "kostendelers_income" => number(r, 0, 30_000),
        "partner_income" if r.chance(50) => String::new(),
        "partner_income" => number(r, 0, 900),
        "months_worked" => r.pick(&["", "0", "3", "12"]).to_string(),
        "pension_pct" => r.pick(&["", "0", "5,5"]).to_string(),
        // A child's opvang needs its three fields together, and they are drawn one by one
        // here: plausible forms leave them empty (the arbitrary half fills them, and the
        // kinderopvangtoeslag rule is fuzzed on its own).
        n if n.starts_with("opvang_") => String::new(),
        "vermogen" => number(r, 0, 40_000),
        _ => number(r, 0, 60_000),
    };
    if r.chance(10) && !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        FieldValue::Number(text)
    } else {
        FieldValue::Text(text)
    }
}

/// The fields of one call. Half the cases give what a person would, with one or two values
/// made arbitrary; the other half give arbitrary values to most fields. Now and then a
/// field comes twice, or a name nobody asked for is added.
fn fields(r: &mut Rng, known: &[(&'static str, bool)]) -> Vec<(String, FieldValue)> {
    let mut out = Vec::new();
    if r.chance(50) {
        for (name, flag) in known {
            out.push((name.to_string(), plausible(r, name, *flag)));
        }
        let arbitrary = if r.chance(50) { 0 } else { 1 + r.below(2) };
        for _ in 0..arbitrary {
            let i = r.below(out.len() as u64) as usize;
            let (name, flag) = known[i];
            out[i].1 = value_for(r, name, flag);
        }
    } else {
        for (name, flag) in known {
            if r.chance(88) {
                out.push((name.to_string(), value_for(r, name, *flag)));
            }
        }
    }
    if r.chance(4) {
        let (name, flag) = known[r.below(known.len() as u64) as usize];
        out.push((name.to_string(), value_for(r, name, flag)));
    }
    if r.chance(6) {
        let name = unknown_name(r, known);
        let v = value_for(r, &name, false);
        out.push((name, v));
    }
    out
}

/// One call's outcome: an answer as JSON, or its refusal.
type Outcome = Result<String, Vec<FieldError>>;

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("an answer serialises")
}

fn tool<F: FormFields + Default, I, R: Serialize>(
    values: Vec<(String, FieldValue)>,
    validate: fn(&F) -> Result<I, Vec<FieldError>>,
    calculate: fn(&I) -> R,
) -> Outcome {
    let form: F = fill_form(values)?;
    let input = validate(&form)?;
    Ok(json(&calculate(&input)))
}

fn call(target: Target, values: Vec<(String, FieldValue)>, unknown_rule: &str) -> Outcome {
    match target {
        Target::Armoedeval => tool(values, armoedeval::validate, armoedeval::calculate),
        Target::Curve => tool(values, armoedeval::validate, armoedeval::curve),
        Target::Werkgever => tool(values, werkgever::validate, werkgever::calculate),
        Target::Inkomenstoeslag => tool(values, inkomenstoeslag::validate, inkomenstoeslag::calculate),
        Target::Intake => tool(values, intake::validate, intake::calculate),
        Target::Rule(i) => rule(RULES[i].0, values).map(|a| json(&a)),
        Target::UnknownRule => rule(unknown_rule, values).map(|a| json(&a)),
    }
}

/// What is wrong with a refusal, if anything.
fn bad_refusal(errors: &[FieldError], known: &[(&'static str, bool)], given: &[String]) -> Option<String> {
    if errors.is_empty() {
        return Some("refused without a field error".into());
    }
    for e in errors {
        // An unknown name is named back cut to 60 characters.
        let was_given = given
            .iter()
            .any(|g| *g == e.field || g.chars().take(60).eq(e.field.chars()));
        if !(e.field == "rule" || e.field == "form" || known.iter().any(|(n, _)| *n == e.field) || was_given) {
            return Some(format!(
                "error at field {:?}, which the call does not know: {e:?}",
                e.field
            ));
        }
        for lang in ["nl", "en"] {
            if in_language(lang, || e.message.render().trim().is_empty()) {
                return Some(format!("empty {lang} message for {:?} ({})", e.field, e.code));
            }
        }
    }
    None
}

#[derive(Default)]
struct Tally {
    cases: u64,
    answered: [u64; 7],
    refused: [u64; 7],
    failures: Vec<String>,
}

fn slot(target: Target) -> usize {
    match target {
        Target::Armoedeval => 0,
        Target::Curve => 1,
        Target::Werkgever => 2,
        Target::Inkomenstoeslag => 3,
        Target::Rule(_) => 4,
        Target::UnknownRule => 5,
        Target::Intake => 6,
    }
}

/// One generated call: what it goes to, the fields it knows, the values it is given, the
/// rule name an unknown-rule call uses, and the page language.
struct Case {
    target: Target,
    known: Vec<(&'static str, bool)>,
    values: Vec<(String, FieldValue)>,
    unknown_rule: String,
    lang: &'static str,
}

fn generate(seed: u64, case: u64) -> Case {
    let mut r = Rng::for_case(seed, case);
    let target = Target::of(&mut r);
    let known = match target {
        Target::Armoedeval | Target::Curve => form_fields::<armoedeval::ArmoedevalForm>(),
        Target::Werkgever => form_fields::<werkgever::WerkgeverForm>(),
        Target::Inkomenstoeslag => form_fields::<inkomenstoeslag::IitForm>(),
        Target::Intake => form_fields::<intake::IntakeForm>(),
        Target::Rule(i) => rule_fields(i),
        Target::UnknownRule => rule_fields(r.below(RULES.len() as u64) as usize),
    };
    let values = fields(&mut r, &known);
    let unknown_rule = if r.chance(50) {
        unknown_name(&mut r, &known)
    } else {
        garbage(&mut r)
    };
    let lang = if case % 2 == 0 { "nl" } else { "en" };
    Case {
        target,
        known,
        values,
        unknown_rule,
        lang,
    }
}

fn run_case(seed: u64, case: u64, tally: &mut Tally) {
    let Case {
        target,
        known,
        values,
        unknown_rule,
        lang,
    } = generate(seed, case);
    let given: Vec<String> = values.iter().map(|(n, _)| n.clone()).collect();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        in_language(lang, || call(target, values, &unknown_rule))
    }));
    tally.cases += 1;
    let failure = match outcome {
        Err(_) => Some("panicked".to_string()),
        Ok(Ok(_)) => {
            tally.answered[slot(target)] += 1;
            None
        }
        Ok(Err(errors)) => {
            tally.refused[slot(target)] += 1;
            bad_refusal(&errors, &known, &given)
        }
    };
    if let Some(why) = failure {
        // Generated again to show it: the case depends only on (seed, number).
        let again = generate(seed, case);
        let shown: String = format!("{:?}", again.values).chars().take(2000).collect();
        let target = match target {
            Target::UnknownRule => format!("rule {:?}", again.unknown_rule.chars().take(80).collect::<String>()),
            other => other.name().to_string(),
        };
        tally.failures.push(format!(
            "seed {seed:#x} case {case} ({target}, {lang}): {why}\n    {shown}"
        ));
    }
}

/// Runs cases `from..from + n` on every core; each case depends only on (seed, number).
fn fuzz(seed: u64, from: u64, n: u64) -> Tally {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get()) as u64;
    let per = n.div_ceil(threads);
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    let start = from + t * per;
                    for case in start..(start + per).min(from + n) {
                        run_case(seed, case, &mut tally);
                    }
                    tally
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a fuzz thread")).collect()
    });
    tallies.into_iter().fold(Tally::default(), |mut all, t| {
        all.cases += t.cases;
        for i in 0..7 {
            all.answered[i] += t.answered[i];
            all.refused[i] += t.refused[i];
        }
        all.failures.extend(t.failures);
        all
    })
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| {
        let v = v.trim().replace('_', "");
        match v.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).ok(),
            None => v.parse().ok(),
        }
    })
}

/// Runs, prints the count, the time and what was answered, and fails on any bad case.
fn run_and_report(default_n: u64) -> Tally {
    let seed = env_u64("FUZZ_SEED").unwrap_or(0x5eed_f022);
    let from = env_u64("FUZZ_FROM").unwrap_or(0);
    let n = env_u64("FUZZ_N").unwrap_or(default_n);
    let started = Instant::now();
    let tally = fuzz(seed, from, n);
    let secs = started.elapsed().as_secs_f64();
    let names = [
        "armoedeval",
        "curve",
        "werkgever",
        "inkomenstoeslag",
        "rules",
        "unknown rule",
        "intake",
    ];
    println!(
        "fuzz: {} cases in {secs:.1} s ({:.0} per second), seed {seed:#x}, 0 panics allowed, {} bad",
        tally.cases,
        tally.cases as f64 / secs.max(1e-9),
        tally.failures.len()
    );
    for (i, name) in names.iter().enumerate() {
        println!(
            "  {name:<16} answered {:>8}  refused {:>8}",
            tally.answered[i], tally.refused[i]
        );
    }
    assert!(
        tally.failures.is_empty(),
        "{} bad cases, the first:\n{}",
        tally.failures.len(),
        tally.failures.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
    assert_eq!(tally.cases, n);
    tally
}

#[test]
fn every_input_is_answered_or_refused() {
    let t = run_and_report(20_000);
    // The generator must get past validation, or the calculations go untested.
    if env_u64("FUZZ_N").is_none() {
        for (i, answered) in t.answered.iter().take(5).enumerate() {
            let all = answered + t.refused[i];
            assert!(*answered * 20 >= all, "target {i}: only {answered} of {all} answered");
        }
    }
}

#[test]
#[ignore = "the full run: scripts/fuzz.sh (FUZZ_N, default 1 000 000)"]
fn fuzz_at_scale() {
    run_and_report(1_000_000);
}

#[test]
fn a_bad_refusal_is_caught() {
    let known = [("age", false)];
    let given = ["x".repeat(80)];
    let error = |field: &str| FieldError::new(field, "x", rekenhulp::i18n::Text::verbatim("x"));
    assert!(bad_refusal(&[], &known, &[]).is_some(), "an empty refusal");
    assert!(
        bad_refusal(&[error("elsewhere")], &known, &[]).is_some(),
        "a field nobody named"
    );
    assert!(bad_refusal(&[error("age")], &known, &[]).is_none());
    assert!(
        bad_refusal(&[error(&"x".repeat(60))], &known, &given).is_none(),
        "a long name, cut"
    );
    let empty = FieldError::new("age", "x", rekenhulp::i18n::Text::Empty);
    assert!(bad_refusal(&[empty], &known, &[]).is_some(), "an empty message");
}
