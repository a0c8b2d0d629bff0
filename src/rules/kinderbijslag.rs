//! Kinderbijslag (Algemene Kinderbijslagwet art. 12): a fixed amount per child per quarter,
//! by age band. Not income-dependent.

use crate::how;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line};
use super::money::Money;
use super::params::{Param, Snapshot};
use super::Date;

pub const AKW_ART_12: LawRef = LawRef {
    citation: "Algemene Kinderbijslagwet art. 12",
    bwb: "BWBR0002368",
    article: "12",
};

const THREE: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// Kinderbijslag expressed per month, for comparing with monthly income: the sum of the
/// quarterly amounts of all children of 0 to 17, divided by 3 and rounded to cents (half away
/// from zero). The SVB itself pays per quarter, after the quarter.
///
/// `child_ages` are the ages on the first day of the quarter: that day decides the age band
/// (a child who turns 6 during a quarter gets the higher amount from the next quarter).
/// Children of 18 or older get nothing here. For 16- and 17-year-olds the AKW has conditions
/// (school or little income) that this function assumes are met.
pub fn kinderbijslag(s: &Snapshot, date: Date, child_ages: &[u8]) -> Line {
    let k = &s.kinderbijslag;
    let base = Line::new(
        "kinderbijslag.monthly",
        "Kinderbijslag, omgerekend per maand",
        Money::ZERO,
        "",
    );
    let band = |age: u8| -> Option<&Param<Money>> {
        match age {
            0..=5 => Some(&k.age_0_5),
            6..=11 => Some(&k.age_6_11),
            12..=17 => Some(&k.age_12_17),
            _ => None,
        }
    };
    let mut parts = Vec::new();
    let mut quarterly = Money::ZERO;
    let mut used: Vec<&Param<Money>> = Vec::new();
    for &age in child_ages {
        if let Some(p) = band(age) {
            quarterly += p.value;
            parts.push(how!("kind van {age} jaar: {} per kwartaal", p.value.dutch()));
            if !used.iter().any(|u| core::ptr::eq(*u, p)) {
                used.push(p);
            }
        }
    }
    let tail = "De SVB betaalt kinderbijslag per kwartaal, na afloop van het kwartaal. Het bedrag hangt niet af van uw inkomen.";
    let skipped = child_ages.iter().filter(|&&a| a >= 18).count();
    let skipped_text = match skipped {
        0 => String::new(),
        1 => " Voor een kind van 18 jaar of ouder is er geen kinderbijslag.".to_string(),
        n => how!(" Voor {n} kinderen van 18 jaar of ouder is er geen kinderbijslag."),
    };
    if parts.is_empty() {
        return Line {
            how: how!("Kinderbijslag is er voor kinderen van 0 tot en met 17 jaar.{skipped_text} {tail}").into(),
            ..base
        }
        .law(AKW_ART_12, date);
    }
    let monthly = quarterly.checked_div(THREE).unwrap_or(Money::ZERO).round_cents();
    let sum_text = if parts.len() == 1 {
        how!("{}.", capitalize(&parts.join("")))
    } else {
        how!(
            "{}; samen {} per kwartaal.",
            capitalize(&parts.join("; ")),
            quarterly.dutch()
        )
    };
    let mut line = Line {
        amount: monthly,
        how: how!(
            "{sum_text} Per maand: {} ÷ 3 = {} (afgerond op centen).{skipped_text} {tail}",
            quarterly.dutch(),
            monthly.dutch()
        )
        .into(),
        ..base
    };
    for p in used {
        line = line.param(p);
    }
    line.law(AKW_ART_12, date)
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn run(date: &str, ages: &[u8]) -> Line {
        let date = Date::from_str(date).expect("date");
        let s = parameters_at(date).expect("snapshot");
        kinderbijslag(s, date, ages)
    }

    #[test]
    fn two_children_from_1_july_2026() {
        // (€ 298,40 + € 426,29) ÷ 3 = € 241,5633 → € 241,56.
        let line = run("2026-07-01", &[4, 13]);
        assert_eq!(line.amount, euro("241.56"));
        assert_eq!(
            line.how,
            "Kind van 4 jaar: € 298,40 per kwartaal; kind van 13 jaar: € 426,29 per kwartaal; samen € 724,69 per kwartaal. Per maand: € 724,69 ÷ 3 = € 241,56 (afgerond op centen). De SVB betaalt kinderbijslag per kwartaal, na afloop van het kwartaal. Het bedrag hangt niet af van uw inkomen."
        );
        // Two age-band parameters (each with its own lid) and the article.
        assert_eq!(line.sources.len(), 3);
        assert!(line
            .sources
            .iter()
            .any(|s| s.url.to_string() == "https://wetten.overheid.nl/BWBR0002368/2026-07-01#Artikel12"));
    }

    #[test]
    fn age_bands_and_edges() {
        // 1 January 2026: 295,07 / 358,30 / 421,53 per quarter.
        assert_eq!(run("2026-01-01", &[5]).amount, euro("98.36"));
        assert_eq!(run("2026-01-01", &[6]).amount, euro("119.43"));
        assert_eq!(run("2026-01-01", &[11]).amount, euro("119.43"));
        assert_eq!(run("2026-01-01", &[12]).amount, euro("140.51"));
        assert_eq!(run("2026-01-01", &[17]).amount, euro("140.51"));
        assert_eq!(run("2026-01-01", &[0, 0]).amount, euro("196.71"));
        let adult = run("2026-01-01", &[18]);
        assert_eq!(adult.amount, Money::ZERO);
        assert!(adult.how.contains("18 jaar of ouder"), "{}", adult.how);
        assert_eq!(run("2026-01-01", &[]).amount, Money::ZERO);
        assert_eq!(run("2026-01-01", &[4, 19]).amount, euro("98.36"));
    }
}
