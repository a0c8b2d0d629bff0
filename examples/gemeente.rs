//! What the tools read from one gemeente's data, and what the IIT check says with it:
//!
//!     cargo run --example gemeente -- alphen-aan-den-rijn [2026-11-01]
//!
//! The build has already checked every file (it stops with the file, the key and what is
//! expected); this prints the values as the tools see them, with status and source, and the
//! IIT check for three plain households, so a policy officer can compare it with the
//! verordening. See docs/gemeenten.md.

use std::process::ExitCode;

use rekenhulp::rules::bijstandsnorm::Leefvorm;
use rekenhulp::rules::inkomenstoeslag::{check, IitInput, Uitzicht};
use rekenhulp::rules::money::Money;
use rekenhulp::rules::{gemeente, Date, GEMEENTEN};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(key) = args.next() else {
        let slugs: Vec<&str> = GEMEENTEN.iter().map(|g| g.slug).collect();
        eprintln!(
            "usage: cargo run --example gemeente -- <slug> [date]\ngemeenten: {}",
            slugs.join(", ")
        );
        return ExitCode::FAILURE;
    };
    let Some(g) = gemeente(&key) else {
        eprintln!("no gemeente `{key}` in params/gemeenten/");
        return ExitCode::FAILURE;
    };
    let date = match args.next().unwrap_or_else(|| "2026-11-01".into()).parse::<Date>() {
        Ok(d) => d,
        Err(_) => {
            eprintln!("the date is written as 2026-11-01");
            return ExitCode::FAILURE;
        }
    };
    println!("{} ({}), rules on {date}", g.name, g.cbs_code);
    let rules = g.rules_at(date);
    let (participatie, name) = rules.participatie.version();
    println!(
        "from {}: income test `{}`, amounts `{}`, participatiefonds `{participatie}` {name}",
        rules.valid_from,
        rules.iit_toets.version(),
        rules.iit_bedrag.version()
    );
    for p in rules.index {
        println!("  {}: {} [{:?}] {}", p.label, p.value, p.status, p.source.url);
        if !p.note.is_empty() {
            println!("      {}", p.note);
        }
    }
    println!("(what the file leaves out is the national default: landelijk)\n");
    let households = [
        ("alleenstaande", Leefvorm::Alleenstaande, Vec::new()),
        (
            "alleenstaande ouder, kind van 13",
            Leefvorm::AlleenstaandeOuder,
            vec![13],
        ),
        ("gehuwden zonder kinderen", Leefvorm::Gehuwden, Vec::new()),
    ];
    for (who, leefvorm, child_ages) in households {
        let input = IitInput {
            gemeente: g,
            request: date,
            leefvorm,
            age: 45,
            partner_age: (leefvorm == Leefvorm::Gehuwden).then_some(45),
            low_income_months: 40,
            months_without_income: 0,
            highest_income: None,
            low_income_months_in_window: None,
            average_income: None,
            highest_year_income: None,
            child_ages,
            opleiding_months_ago: None,
            maatregel_months_ago: None,
            arbeidsplicht_months_ago: None,
            vermogen: Money::ZERO,
            student: false,
            uitzicht: Uitzicht::Geen,
            last_iit: None,
        };
        let result = check(&input);
        println!("IIT, {who}, 40 months on bijstand: {}", result.verdict.text().text());
        for c in &result.conditions {
            println!("  {}: {} {}", c.title, c.outcome.text().text(), c.reason);
        }
        match &result.amount {
            Some(a) => println!("  amount: {}", a.how),
            None => println!("  amount: unknown"),
        }
    }
    ExitCode::SUCCESS
}
