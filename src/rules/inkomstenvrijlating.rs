//! Inkomstenvrijlating (Participatiewet art. 31 lid 2 sub n and r): part of what someone on
//! bijstand earns with work is not deducted from the bijstand, for a limited time.

use super::explain::{LawRef, Line};
use super::money::Money;
use super::params::Snapshot;
use super::Date;
use crate::how;
use crate::i18n::msg::inkomstenvrijlating as txt;
use crate::i18n::Text;

pub const PW_ART_31: LawRef = LawRef {
    citation: "Participatiewet art. 31 lid 2 onder n en r, lid 5",
    bwb: "BWBR0015703",
    article: "31",
};

#[derive(Clone, Copy, Debug)]
pub struct VrijlatingInput {
    /// Net income from work in this month.
    pub net_earnings: Money,
    /// Which month of working while on bijstand this is (1 = the first).
    pub month: u32,
    pub age: u16,
    /// Alleenstaande ouder with full care for a child under 12 (sub r).
    pub single_parent_child_under_12: bool,
}

/// The amount of this month's earnings that is not deducted from the bijstand.
///
/// The law adds "voor zover dit naar het oordeel van het college bijdraagt aan de
/// arbeidsinschakeling": this function assumes the college agrees, and the tools say so.
pub fn vrijlating(s: &Snapshot, date: Date, input: VrijlatingInput) -> Line {
    let v = &s.vrijlating;
    let earnings = input.net_earnings.at_least_zero();
    let base = Line::new("bijstand.vrijlating", txt::LABEL, Money::ZERO, Text::Empty);
    let min_age = u16::try_from(v.min_age.value).unwrap_or(u16::MAX);
    if input.age < min_age {
        return Line {
            how: how!(txt::too_young { min_age }),
            ..base
        }
        .param(&v.min_age)
        .law(PW_ART_31, date);
    }
    let cap = |raw: Money, max: Money| {
        if raw > max {
            how!(txt::capped { max })
        } else {
            Text::Empty
        }
    };
    if input.month >= 1 && input.month <= v.work_months.value {
        let raw = earnings * v.work_pct.value;
        let amount = raw.min(v.work_max.value).round_cents();
        return Line {
            amount,
            how: how!(txt::first_months {
                cap: cap(raw, v.work_max.value),
                earnings,
                month: input.month,
                months: v.work_months.value,
                pct: v.work_pct.value,
                raw: raw.round_cents()
            }),
            ..base
        }
        .param(&v.work_pct)
        .param(&v.work_max)
        .param(&v.work_months)
        .law(PW_ART_31, date);
    }
    let parent_last = v.work_months.value + v.single_parent_months.value;
    if input.single_parent_child_under_12 && input.month > v.work_months.value && input.month <= parent_last {
        let raw = earnings * v.single_parent_pct.value;
        let amount = raw.min(v.single_parent_max.value).round_cents();
        return Line {
            amount,
            how: how!(txt::single_parent {
                cap: cap(raw, v.single_parent_max.value),
                earnings,
                months: v.single_parent_months.value,
                pct: v.single_parent_pct.value,
                raw: raw.round_cents(),
                work_months: v.work_months.value
            }),
            ..base
        }
        .param(&v.single_parent_pct)
        .param(&v.single_parent_max)
        .param(&v.single_parent_months)
        .law(PW_ART_31, date);
    }
    let after = if input.single_parent_child_under_12 {
        Text::from(txt::after_single_parent {
            months: v.work_months.value,
        })
    } else {
        Text::from(txt::after {
            months: v.work_months.value,
        })
    };
    Line {
        how: how!(after),
        ..base
    }
    .param(&v.work_months)
    .law(PW_ART_31, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn run(earn: &str, month: u32, age: u16, parent: bool) -> Line {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        vrijlating(
            s,
            date,
            VrijlatingInput {
                net_earnings: euro(earn),
                month,
                age,
                single_parent_child_under_12: parent,
            },
        )
    }

    #[test]
    fn public_vectors_2026() {
        assert_eq!(run("800", 1, 30, false).amount, euro("200.00"));
        assert_eq!(run("1200", 6, 30, false).amount, euro("285.00"));
        assert_eq!(run("800", 7, 30, false).amount, Money::ZERO);
        assert_eq!(run("800", 7, 30, true).amount, euro("100.00"));
        assert_eq!(run("2000", 36, 30, true).amount, euro("177.66"));
        assert_eq!(run("2000", 37, 30, true).amount, Money::ZERO);
        assert_eq!(
            run("800", 1, 26, false).amount,
            Money::ZERO,
            "art. 31 lid 5: not under 27"
        );
    }

    #[test]
    fn how_text_shows_the_numbers() {
        let line = run("1200", 1, 30, false);
        assert_eq!(line.how, "25% van € 1.200,00 = € 300,00, maximaal € 285,00. Dit geldt de eerste 6 maanden dat u werkt naast de bijstand (nu maand 1).");
        crate::i18n::in_language("en", || {
            assert_eq!(line.how, "25% of €1,200.00 = €300.00, up to €285.00. This applies in the first 6 months that you work while on bijstand (this is month 1).");
        });
    }
}
