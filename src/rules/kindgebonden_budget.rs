//! Kindgebonden budget (Wet op het kindgebonden budget art. 2): a yearly amount per child
//! under 18, more for older children and for a parent without a toeslagpartner, reduced by a
//! share of the income above a threshold.
//!
//! Rounding, so every how text adds up: each euro amount shown is rounded to cents and the
//! next step uses that shown amount. The yearly budget is rounded to whole euros like every
//! toeslag (Awir art. 14 lid 4); the monthly figure is that yearly amount ÷ 12, rounded to
//! cents (half away from zero). The Dienst Toeslagen pays monthly advances; how it spreads
//! the euros over the months was not checked, so the monthly figure is an average.

use crate::how;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line};
use super::money::Money;
use super::params::Snapshot;
use super::zorgtoeslag::{below_uitbetaalgrens, uitbetaalgrens_sources, AWIR_ART_14_LID_4};
use super::Date;

pub const WKGB_ART_2: LawRef = LawRef {
    citation: "Wet op het kindgebonden budget art. 2",
    bwb: "BWBR0022751",
    article: "2",
};
pub const WKGB_ART_1: LawRef = LawRef {
    citation: "Wet op het kindgebonden budget art. 1 lid 4 (vermogen)",
    bwb: "BWBR0022751",
    article: "1",
};

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

#[derive(Clone, Copy, Debug)]
pub struct KgbInput<'a> {
    /// Yearly toetsingsinkomen of the household (applicant plus toeslagpartner).
    pub toetsingsinkomen: Money,
    pub has_partner: bool,
    /// Ages of the children in the household; only those under 18 count.
    pub child_ages: &'a [u8],
    /// Vermogen (rendementsgrondslag box 3) on 1 January, together with the toeslagpartner.
    pub vermogen: Money,
}

/// Kindgebonden budget per month (yearly amount ÷ 12, to cents).
///
/// The alleenstaande-ouderkop needs at least one child under 18: a child of 18 or older no
/// longer gives kindgebonden budget at all.
pub fn kindgebonden_budget(s: &Snapshot, date: Date, input: KgbInput<'_>) -> Line {
    let k = &s.kindgebonden_budget;
    let base = Line::new("kgb.monthly", "Kindgebonden budget per maand", Money::ZERO, "");

    let (limit_param, who) = if input.has_partner {
        (&k.vermogen_partner, "samen met uw toeslagpartner ")
    } else {
        (&k.vermogen_single, "")
    };
    let children: Vec<u8> = input.child_ages.iter().copied().filter(|&a| a < 18).collect();
    if children.is_empty() {
        return Line {
            how: "Kindgebonden budget is er alleen voor kinderen jonger dan 18 jaar. U hebt geen kind jonger dan 18 ingevuld.".into(),
            ..base
        }
        .param(&k.per_child)
        .law(WKGB_ART_2, date);
    }
    if input.vermogen > limit_param.value {
        return Line {
            how: how!(
                "Uw vermogen {who}op 1 januari ({}) is hoger dan de vermogensgrens van {}. Dan krijgt u geen kindgebonden budget.",
                input.vermogen.dutch(),
                limit_param.value.dutch()
            ).into(),
            ..base
        }
        .param(limit_param)
        .law(WKGB_ART_1, date);
    }

    let n = children.len();
    let n_12_15 = children.iter().filter(|&&a| (12..=15).contains(&a)).count();
    let n_16_17 = children.iter().filter(|&&a| (16..=17).contains(&a)).count();
    let count = |c: usize| Decimal::from(u64::try_from(c).unwrap_or(u64::MAX));

    let mut parts = Vec::new();
    let basic = k.per_child.value * count(n);
    parts.push(if n == 1 {
        how!("1 kind: {}", basic.dutch())
    } else {
        how!("{n} kinderen × {} = {}", k.per_child.value.dutch(), basic.dutch())
    });
    let extra_12 = k.extra_12_15.value * count(n_12_15);
    if n_12_15 > 0 {
        parts.push(how!(
            "extra voor {} van 12 tot en met 15 jaar: {} × {} = {}",
            kids(n_12_15),
            n_12_15,
            k.extra_12_15.value.dutch(),
            extra_12.dutch()
        ));
    }
    let extra_16 = k.extra_16_17.value * count(n_16_17);
    if n_16_17 > 0 {
        parts.push(how!(
            "extra voor {} van 16 of 17 jaar: {} × {} = {}",
            kids(n_16_17),
            n_16_17,
            k.extra_16_17.value.dutch(),
            extra_16.dutch()
        ));
    }
    let kop = if input.has_partner {
        Money::ZERO
    } else {
        parts.push(how!(
            "alleenstaande-ouderkop (u hebt geen toeslagpartner): {}",
            k.alleenstaande_ouderkop.value.dutch()
        ));
        k.alleenstaande_ouderkop.value
    };
    let full = basic + extra_12 + extra_16 + kop;
    let adults_text = match input.child_ages.len().saturating_sub(n) {
        0 => "",
        1 => " Voor een kind van 18 jaar of ouder is er geen kindgebonden budget.",
        _ => " Voor kinderen van 18 jaar of ouder is er geen kindgebonden budget.",
    };
    let full_text = how!(
        "Bedragen per jaar: {}. Samen {}.{adults_text}",
        parts.join("; "),
        full.dutch()
    );

    let income = input.toetsingsinkomen.at_least_zero();
    let drempel = if input.has_partner {
        k.drempelinkomen.value + k.partner_extra.value
    } else {
        k.drempelinkomen.value
    };
    let drempel_text = if input.has_partner {
        how!(
            "{} (drempelinkomen {} plus {} omdat u een toeslagpartner hebt)",
            drempel.dutch(),
            k.drempelinkomen.value.dutch(),
            k.partner_extra.value.dutch()
        )
    } else {
        how!("{} (drempelinkomen)", drempel.dutch())
    };
    let income_word = if input.has_partner {
        "Uw gezamenlijke inkomen"
    } else {
        "Uw inkomen"
    };
    let above = (income - drempel).at_least_zero();
    let reduction = (above * k.phaseout_pct.value).round_cents();
    let reduction_text = if above.is_zero() {
        how!(
            "{income_word} ({}) is niet hoger dan {drempel_text}, dus er gaat niets af.",
            income.dutch()
        )
    } else {
        how!(
            "{income_word} ({}) is {} hoger dan {drempel_text}. Daarom gaat er {} × {} = {} af.",
            income.dutch(),
            above.dutch(),
            k.phaseout_pct.value.dutch(),
            above.dutch(),
            reduction.dutch()
        )
    };

    let raw = full - reduction;
    let yearly = raw.at_least_zero().round_euros();
    let sources = |line: Line| {
        let mut line = line.param(&k.per_child);
        if n_12_15 > 0 {
            line = line.param(&k.extra_12_15);
        }
        if n_16_17 > 0 {
            line = line.param(&k.extra_16_17);
        }
        if !input.has_partner {
            line = line.param(&k.alleenstaande_ouderkop);
        }
        line = line.param(&k.drempelinkomen);
        if input.has_partner {
            line = line.param(&k.partner_extra);
        }
        line.param(&k.phaseout_pct)
            .param(limit_param)
            .law(WKGB_ART_2, date)
            .law(AWIR_ART_14_LID_4, date)
    };

    if yearly.is_zero() {
        return sources(Line {
            how: how!(
                "{full_text} {reduction_text} Wat overblijft: {} − {} = {}, dat is € 0 of minder. U krijgt geen kindgebonden budget.",
                full.dutch(),
                reduction.dutch(),
                raw.dutch()
            ).into(),
            ..base
        });
    }
    let yearly_text = if reduction.is_zero() {
        how!("Per jaar: {}.", yearly.dutch_whole())
    } else {
        how!(
            "Per jaar: {} − {} = {}, afgerond op hele euro's {}.",
            full.dutch(),
            reduction.dutch(),
            raw.dutch(),
            yearly.dutch_whole()
        )
    };
    if let Some(not_paid) = below_uitbetaalgrens(s, yearly) {
        let line = sources(Line {
            how: how!("{full_text} {reduction_text} {yearly_text} {not_paid}").into(),
            ..base
        });
        return uitbetaalgrens_sources(line, s, date);
    }
    let monthly = yearly.checked_div(TWELVE).unwrap_or(Money::ZERO).round_cents();
    sources(Line {
        amount: monthly,
        how: how!(
            "{full_text} {reduction_text} {yearly_text} Per maand: {} ÷ 12 = {} (afgerond op centen).",
            yearly.dutch_whole(),
            monthly.dutch()
        )
        .into(),
        ..base
    })
}

fn kids(n: usize) -> &'static str {
    if n == 1 {
        "1 kind"
    } else {
        "kinderen"
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

    fn run(income: &str, partner: bool, ages: &[u8], vermogen: &str) -> Line {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        kindgebonden_budget(
            s,
            date,
            KgbInput {
                toetsingsinkomen: euro(income),
                has_partner: partner,
                child_ages: ages,
                vermogen: euro(vermogen),
            },
        )
    }

    #[test]
    fn single_parent_one_child_low_income() {
        // (€ 2.580 + € 3.416) ÷ 12 = € 499,666… → € 499,67.
        let line = run("20000", false, &[5], "0");
        assert_eq!(line.amount, euro("499.67"));
        assert_eq!(
            line.how,
            "Bedragen per jaar: 1 kind: € 2.580,00; alleenstaande-ouderkop (u hebt geen toeslagpartner): € 3.416,00. Samen € 5.996,00. Uw inkomen (€ 20.000,00) is niet hoger dan € 29.736,00 (drempelinkomen), dus er gaat niets af. Per jaar: € 5.996. Per maand: € 5.996 ÷ 12 = € 499,67 (afgerond op centen)."
        );
    }

    #[test]
    fn couple_with_teenagers_above_the_threshold() {
        // 2 × 2.580 + 724 + 964 = 6.848; 7,6% × (50.000 − 39.141) = 825,28;
        // 6.022,72 → € 6.023 a year → € 501,92 a month.
        assert_eq!(run("50000", true, &[13, 17], "0").amount, euro("501.92"));
    }

    #[test]
    fn single_parent_above_the_threshold() {
        // 2.580 + 3.416 = 5.996; 7,6% × (40.000 − 29.736) = 780,06; 5.215,94 → 5.216 → 434,67.
        assert_eq!(run("40000", false, &[3], "0").amount, euro("434.67"));
    }

    #[test]
    fn adults_and_no_children_get_nothing() {
        assert_eq!(run("20000", false, &[18], "0").amount, Money::ZERO);
        assert_eq!(run("20000", false, &[], "0").amount, Money::ZERO);
        // The adult child does not count, the younger one does (and brings the ouderkop).
        let mixed = run("20000", false, &[19, 5], "0");
        assert_eq!(mixed.amount, euro("499.67"));
        assert!(mixed.how.contains("18 jaar of ouder"), "{}", mixed.how);
    }

    #[test]
    fn high_income_phases_out_to_zero() {
        // One child, couple: 2.580 ÷ 7,6% = 33.947 above 39.141 → zero from about € 73.089.
        assert_eq!(run("80000", true, &[5], "0").amount, Money::ZERO);
    }

    #[test]
    fn uitbetaalgrens_applies() {
        // Couple, one child: 2.580 − 7,6% × (73.000 − 39.141) = 2.580 − 2.573,28 = 6,72 → € 7 < € 24.
        let line = run("73000", true, &[5], "0");
        assert_eq!(line.amount, Money::ZERO);
        assert!(
            line.sources.iter().any(|s| s.article.contains("art. 14 lid 5")),
            "{:?}",
            line.sources
        );
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let many = vec![0u8; 10_000];
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        for income in [Decimal::MAX, Decimal::MIN] {
            let line = kindgebonden_budget(
                s,
                date,
                KgbInput {
                    toetsingsinkomen: Money::new(income),
                    has_partner: false,
                    child_ages: &many,
                    vermogen: Money::new(Decimal::MIN),
                },
            );
            assert!(!line.amount.is_negative());
        }
    }

    #[test]
    fn vermogen_test() {
        assert_eq!(run("20000", false, &[5], "146012").amount, Money::ZERO);
        assert_eq!(run("20000", true, &[5], "184633").amount, euro("215.00"));
    }
}
