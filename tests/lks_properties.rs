//! Property tests of the loonkostensubsidie rules and the employer tool: invariants that
//! must hold for any input, not just the public vectors.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rekenhulp::rules::loonkostensubsidie::{lks_month, Basis, LksInput};
use rekenhulp::rules::{parameters_at, Date, Money, Rate};
use rekenhulp::tools::werkgever::{calculate, validate, WerkgeverForm};
use rust_decimal::Decimal;

fn total(date: &str, basis: Basis, hours: u32, fulltime: u32, age: u16) -> Money {
    let d: Date = date.parse().expect("date");
    let s = parameters_at(d).expect("snapshot");
    lks_month(
        s,
        d,
        LksInput {
            basis,
            contract_hours: Decimal::from(hours),
            fulltime_hours: Decimal::from(fulltime),
            age,
        },
    )
    .expect("valid age")
    .total
    .amount
}

fn lw(p: u32) -> Basis {
    Basis::Loonwaarde(Rate::from_percent(Decimal::from(p)))
}

const DATES: [&str; 4] = ["2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"];

proptest! {
    #[test]
    fn lks_is_never_negative_and_never_above_the_cap(p in 0u32..=100, hours in 1u32..=60, ft in prop::sample::select(vec![36u32, 38, 40]), d in 0usize..4, age in 15u16..67) {
        let t = total(DATES[d], lw(p), hours, ft, age);
        let cap = total(DATES[d], lw(0), ft, ft, age);
        prop_assert!(!t.is_negative());
        prop_assert!(t <= cap, "{t} > {cap}");
    }

    #[test]
    fn lks_falls_as_loonwaarde_rises_and_is_flat_below_30(a in 0u32..=100, b in 0u32..=100, hours in 1u32..=40) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(total("2026-07-01", lw(lo), hours, 38, 30) >= total("2026-07-01", lw(hi), hours, 38, 30));
        if hi <= 30 {
            prop_assert_eq!(total("2026-07-01", lw(lo), hours, 38, 30), total("2026-07-01", lw(hi), hours, 38, 30));
        }
    }

    #[test]
    fn hours_above_full_time_do_not_count(extra in 1u32..=20, ft in prop::sample::select(vec![36u32, 38, 40])) {
        prop_assert_eq!(total("2026-01-01", lw(55), ft + extra, ft, 40), total("2026-01-01", lw(55), ft, ft, 40));
    }

    #[test]
    fn forfaitair_equals_loonwaarde_50(hours in 1u32..=40, d in 0usize..4) {
        prop_assert_eq!(total(DATES[d], Basis::Forfaitair, hours, 40, 35), total(DATES[d], lw(50), hours, 40, 35));
    }

    #[test]
    fn a_higher_cao_wage_never_changes_the_lks(extra_cents in 0u32..2000, p in 0u32..100) {
        let base = WerkgeverForm { start_date: "2026-07-01".into(), contract_hours: "32".into(), age: "30".into(), loonwaarde: p.to_string(), ..WerkgeverForm::default() };
        let wage = Money::new(Decimal::new(1499 + i64::from(extra_cents), 2));
        let cao = WerkgeverForm { hourly_wage: wage.amount().to_string(), ..base.clone() };
        let a = calculate(&validate(&base).expect("valid"));
        let b = calculate(&validate(&cao).expect("valid"));
        for (x, y) in a.months.iter().zip(&b.months) {
            prop_assert_eq!(x.lks, y.lks);
            prop_assert!(y.gross_cost >= x.gross_cost);
        }
    }

    /// Whatever is typed, the employer tool answers with a result or field errors; it never
    /// panics (a panic would kill the page).
    #[test]
    fn any_text_in_any_field_is_answered(texts in prop::collection::vec(".{0,12}", 8), flags in prop::collection::vec(any::<bool>(), 4), g in prop::sample::select(vec!["", "ommen", "GM0166", "x"])) {
        let f = WerkgeverForm {
            gemeente: g.into(),
            start_date: texts[0].clone(),
            contract_hours: texts[1].clone(),
            fulltime_hours: texts[2].clone(),
            age: texts[3].clone(),
            hourly_wage: texts[4].clone(),
            loonwaarde: texts[5].clone(),
            contract_months: texts[6].clone(),
            employer_charges_pct: texts[7].clone(),
            loonwaarde_known: flags[0],
            doelgroepregister: flags[1],
            arbeidsgehandicapt: flags[2],
            herplaatsing: flags[3],
        };
        match validate(&f) {
            Ok(v) => { let r = calculate(&v); prop_assert_eq!(r.months.len() as u32, v.contract_months.unwrap_or(36).min(36)); }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    /// Plausible but extreme valid forms: the overview has the contract's months (at most
    /// 36), costs are never negative, net cost = gross − LKS − LKV when the LKS is known, and
    /// each year's LKV, spread over its months, adds up to exactly the yearly amount.
    #[test]
    fn valid_forms_give_consistent_overviews(hours in 1u32..=60, age in 15u32..67, p in 0u32..=100, months in prop::option::of(1u32..48), known in any::<bool>(), day in 0u32..700, g in prop::sample::select(vec!["landelijk", "ommen", "kampen"])) {
        let start = Date::new(2025, 1, 1).expect("date").add_months(day % 24);
        let f = WerkgeverForm {
            gemeente: g.into(),
            start_date: start.to_string(),
            contract_hours: hours.to_string(),
            fulltime_hours: "38".into(),
            age: age.to_string(),
            loonwaarde_known: known,
            loonwaarde: p.to_string(),
            contract_months: months.map(|m| m.to_string()).unwrap_or_default(),
            doelgroepregister: true,
            ..WerkgeverForm::default()
        };
        let r = calculate(&validate(&f).expect("valid"));
        prop_assert_eq!(r.months.len() as u32, months.unwrap_or(36).min(36));
        for y in &r.lkv_years {
            let spread: Money = r.months.iter().filter(|m| (y.from_month..=y.to_month).contains(&m.month)).map(|m| m.lkv).sum();
            prop_assert_eq!(spread, y.line.amount);
        }
        for m in &r.months {
            prop_assert!(!m.gross_cost.is_negative());
            if let (Some(l), Some(n)) = (m.lks, m.net_cost) {
                prop_assert!(!l.is_negative());
                prop_assert_eq!(n, m.gross_cost - l - m.lkv);
            }
        }
    }
}
