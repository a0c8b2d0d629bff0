//! Kinderbijslag (Algemene Kinderbijslagwet art. 12): a fixed amount per child per quarter,
//! by age band. Not income-dependent.

use crate::how;
use crate::i18n::msg::kinderbijslag as txt;
use crate::i18n::Text;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::params::{Param, Snapshot};
use super::wetten::ALGEMENE_KINDERBIJSLAGWET;
use super::Date;

pub const AKW_ART_12: LawRef = ALGEMENE_KINDERBIJSLAGWET.art("12");

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
    let base = Line::new(keys::KINDERBIJSLAG_MONTHLY, txt::LABEL, Money::ZERO, Text::Empty);
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
            parts.push(if parts.is_empty() {
                how!(txt::child_first { age, amount: p.value })
            } else {
                how!(txt::child { age, amount: p.value })
            });
            if !used.iter().any(|u| core::ptr::eq(*u, p)) {
                used.push(p);
            }
        }
    }
    let skipped = child_ages.iter().filter(|&&a| a >= 18).count();
    let skipped_text = match skipped {
        0 => Text::Empty,
        1 => how!(txt::ADULT_CHILD),
        n => how!(txt::adult_children { n }),
    };
    if parts.is_empty() {
        return Line {
            how: how!(Text::join([txt::NO_CHILDREN.into(), skipped_text, txt::SVB.into()])),
            ..base
        }
        .law(AKW_ART_12, date);
    }
    let monthly = quarterly.checked_div(THREE).unwrap_or(Money::ZERO).round_cents();
    let mut line = Line {
        amount: monthly,
        how: how!({
            let count = parts.len();
            let list = parts
                .into_iter()
                .reduce(|first, next| txt::list_sep { first, next }.into())
                .unwrap_or_default();
            let sum_text = if count == 1 {
                Text::from(txt::one_child { child: list })
            } else {
                Text::from(txt::children { list, quarterly })
            };
            Text::join([
                sum_text,
                Text::from(txt::per_month { monthly, quarterly }),
                skipped_text,
                txt::SVB.into(),
            ])
        }),
        ..base
    };
    for p in used {
        line = line.param(p);
    }
    line.law(AKW_ART_12, date)
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
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.how,
                "Child aged 4: €298.40 per quarter; child aged 13: €426.29 per quarter; together €724.69 per quarter. Per month: €724.69 ÷ 3 = €241.56 (rounded to cents). The SVB pays kinderbijslag every quarter, after the quarter has ended. The amount does not depend on your income."
            );
        });
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

    #[test]
    fn texts_for_one_child_and_adults() {
        assert_eq!(
            run("2026-01-01", &[4, 19, 20]).how,
            "Kind van 4 jaar: € 295,07 per kwartaal. Per maand: € 295,07 ÷ 3 = € 98,36 (afgerond op centen). Voor 2 kinderen van 18 jaar of ouder is er geen kinderbijslag. De SVB betaalt kinderbijslag per kwartaal, na afloop van het kwartaal. Het bedrag hangt niet af van uw inkomen."
        );
        let adult = run("2026-01-01", &[18]);
        assert_eq!(
            adult.how,
            "Kinderbijslag is er voor kinderen van 0 tot en met 17 jaar. Voor een kind van 18 jaar of ouder is er geen kinderbijslag. De SVB betaalt kinderbijslag per kwartaal, na afloop van het kwartaal. Het bedrag hangt niet af van uw inkomen."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                adult.how,
                "Kinderbijslag is for children aged 0 to 17. A child of 18 or older gets no kinderbijslag. The SVB pays kinderbijslag every quarter, after the quarter has ended. The amount does not depend on your income."
            );
        });
    }
}
