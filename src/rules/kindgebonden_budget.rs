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
use crate::i18n::msg::kindgebonden_budget as txt;
use crate::i18n::{Euros, Text};
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::{
    KindgebondenBudget, KindgebondenBudgetTweedeAfbouw, KindgebondenBudgetTweedeAfbouwTweedeKnik, Param, Snapshot,
};
use super::wetten::WET_OP_HET_KINDGEBONDEN_BUDGET;
use super::zorgtoeslag::{below_uitbetaalgrens, uitbetaalgrens_sources, AWIR_ART_14_LID_4};
use super::Date;

pub const WKGB_ART_2: LawRef = WET_OP_HET_KINDGEBONDEN_BUDGET.art("2");
pub const WKGB_ART_1_LID_4: LawRef = WET_OP_HET_KINDGEBONDEN_BUDGET.art("1").lid("4").note("(vermogen)");

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
    let base = Line::new(keys::KGB_MONTHLY, txt::LABEL, Money::ZERO, Text::Empty);
    let limit_param = if input.has_partner {
        &k.vermogen_partner
    } else {
        &k.vermogen_single
    };
    let children = Children::of(input.child_ages);
    if children.under_18 == 0 {
        return Line {
            how: how!(txt::NO_CHILDREN),
            ..base
        }
        .param(&k.per_child)
        .law(WKGB_ART_2, date);
    }
    if input.vermogen > limit_param.value {
        return vermogen_too_high(base, &input, limit_param, date);
    }
    let (full, full_text) = maximum(k, &input, children);
    let (reduction, reduction_text, second) = reductions(s, k, &input);
    let sources = |line: Line| {
        let line = with_sources(line, k, &input, children, limit_param, date);
        match second {
            Some(v) => line.param(&v.vanaf).param(&v.pct),
            None => line,
        }
    };
    let raw = full - reduction;
    let yearly = raw.at_least_zero().round_euros();
    if yearly.is_zero() {
        return sources(Line {
            how: how!(Text::join([
                full_text,
                reduction_text,
                Text::from(txt::nothing_left { full, raw, reduction }),
            ])),
            ..base
        });
    }
    let yearly_text = if reduction.is_zero() {
        how!(txt::yearly { yearly: Euros(yearly) })
    } else {
        how!(txt::yearly_reduced {
            full,
            raw,
            reduction,
            yearly: Euros(yearly)
        })
    };
    if let Some(not_paid) = below_uitbetaalgrens(s, yearly) {
        let line = sources(Line {
            how: how!(Text::join([full_text, reduction_text, yearly_text, not_paid])),
            ..base
        });
        return uitbetaalgrens_sources(line, s, date);
    }
    let monthly = yearly.checked_div(TWELVE).unwrap_or(Money::ZERO).round_cents();
    sources(Line {
        amount: monthly,
        how: how!(Text::join([
            full_text,
            reduction_text,
            yearly_text,
            Text::from(txt::monthly {
                monthly,
                yearly: Euros(yearly)
            }),
        ])),
        ..base
    })
}

/// The children that count, by the age bands of art. 2.
#[derive(Clone, Copy)]
struct Children {
    /// Children under 18: only they give kindgebonden budget.
    under_18: usize,
    aged_12_15: usize,
    aged_16_17: usize,
    /// Children of 18 or older, mentioned so nobody wonders where they went.
    adults: usize,
}

impl Children {
    fn of(ages: &[u8]) -> Children {
        let under_18 = ages.iter().filter(|&&a| a < 18).count();
        Children {
            under_18,
            aged_12_15: ages.iter().filter(|&&a| (12..=15).contains(&a)).count(),
            aged_16_17: ages.iter().filter(|&&a| (16..=17).contains(&a)).count(),
            adults: ages.len().saturating_sub(under_18),
        }
    }
}

/// The yearly maximum: an amount per child, extra for children of 12–15 and 16–17, and the
/// alleenstaande-ouderkop for a parent without a toeslagpartner.
fn maximum(k: &KindgebondenBudget, input: &KgbInput<'_>, children: Children) -> (Money, Text) {
    let count = |c: usize| Decimal::from(u64::try_from(c).unwrap_or(u64::MAX));
    let n = children.under_18;
    let mut parts = Vec::new();
    let basic = k.per_child.value * count(n);
    parts.push(if n == 1 {
        how!(txt::one_child { amount: basic })
    } else {
        how!(txt::children {
            amount: basic,
            n,
            per_child: k.per_child.value
        })
    });
    let extra_12 = k.extra_12_15.value * count(children.aged_12_15);
    if children.aged_12_15 > 0 {
        let (amount, extra, n) = (extra_12, k.extra_12_15.value, children.aged_12_15);
        parts.push(how!(if n == 1 {
            Text::from(txt::extra_12_15_one { amount, extra, n })
        } else {
            Text::from(txt::extra_12_15 { amount, extra, n })
        }));
    }
    let extra_16 = k.extra_16_17.value * count(children.aged_16_17);
    if children.aged_16_17 > 0 {
        let (amount, extra, n) = (extra_16, k.extra_16_17.value, children.aged_16_17);
        parts.push(how!(if n == 1 {
            Text::from(txt::extra_16_17_one { amount, extra, n })
        } else {
            Text::from(txt::extra_16_17 { amount, extra, n })
        }));
    }
    let kop = if input.has_partner {
        Money::ZERO
    } else {
        parts.push(how!(txt::ouderkop {
            amount: k.alleenstaande_ouderkop.value
        }));
        k.alleenstaande_ouderkop.value
    };
    let full = basic + extra_12 + extra_16 + kop;
    let full_text = how!({
        let adults = match children.adults {
            0 => Text::Empty,
            1 => txt::ADULT_CHILD.into(),
            _ => txt::ADULT_CHILDREN.into(),
        };
        let list = parts
            .into_iter()
            .reduce(|first, next| txt::list_sep { first, next }.into())
            .unwrap_or_default();
        Text::join([txt::amounts { full, parts: list }.into(), adults])
    });
    (full, full_text)
}

/// The reduction: a share of the income above the drempelinkomen (higher with a
/// toeslagpartner).
fn income_reduction(k: &KindgebondenBudget, input: &KgbInput<'_>) -> (Money, Text) {
    let income = input.toetsingsinkomen.at_least_zero();
    let drempel = if input.has_partner {
        k.drempelinkomen.value + k.partner_extra.value
    } else {
        k.drempelinkomen.value
    };
    let above = (income - drempel).at_least_zero();
    let reduction = (above * k.phaseout_pct.value).round_cents();
    let reduction_text = how!({
        let drempel_text = if input.has_partner {
            Text::from(txt::drempel_partner {
                base: k.drempelinkomen.value,
                drempel,
                extra: k.partner_extra.value,
            })
        } else {
            Text::from(txt::drempel { drempel })
        };
        match (above.is_zero(), input.has_partner) {
            (true, false) => Text::from(txt::not_above {
                drempel: drempel_text,
                income,
            }),
            (true, true) => Text::from(txt::not_above_partner {
                drempel: drempel_text,
                income,
            }),
            (false, false) => Text::from(txt::above {
                above,
                drempel: drempel_text,
                income,
                pct: k.phaseout_pct.value,
                reduction,
            }),
            (false, true) => Text::from(txt::above_partner {
                above,
                drempel: drempel_text,
                income,
                pct: k.phaseout_pct.value,
                reduction,
            }),
        }
    });
    (reduction, reduction_text)
}

/// No budget with vermogen above the limit (art. 1 lid 4 with the Awir).
fn vermogen_too_high(base: Line, input: &KgbInput<'_>, limit_param: &Param<Money>, date: Date) -> Line {
    let (limit, vermogen) = (limit_param.value, input.vermogen);
    Line {
        how: how!(if input.has_partner {
            Text::from(txt::vermogen_too_high_partner { limit, vermogen })
        } else {
            Text::from(txt::vermogen_too_high { limit, vermogen })
        }),
        ..base
    }
    .param(limit_param)
    .law(WKGB_ART_1_LID_4, date)
}

/// Both phase-out bands together, and the second band's parameters when it took something
/// off.
fn reductions<'a>(
    s: &'a Snapshot,
    k: &KindgebondenBudget,
    input: &KgbInput<'_>,
) -> (Money, Text, Option<&'a KindgebondenBudgetTweedeAfbouwTweedeKnik>) {
    let (first, mut text) = income_reduction(k, input);
    let (second, second_text) = tweede_afbouw(s, input, k.phaseout_pct.value);
    text.push(second_text);
    let used = match &s.kindgebonden_budget_tweede_afbouw {
        KindgebondenBudgetTweedeAfbouw::TweedeKnik(v) if second > Money::ZERO => Some(v),
        _ => None,
    };
    (first + second, text, used)
}

/// The second phase-out band, where the data has one (version `tweede_knik`): above its
/// limit the higher rate applies instead of the basic one, so the extra reduction is the
/// difference of the rates over the income above the limit.
fn tweede_afbouw(s: &Snapshot, input: &KgbInput<'_>, basic: Rate) -> (Money, Text) {
    let KindgebondenBudgetTweedeAfbouw::TweedeKnik(v) = &s.kindgebonden_budget_tweede_afbouw else {
        return (Money::ZERO, Text::Empty);
    };
    let above = (input.toetsingsinkomen - v.vanaf.value).at_least_zero();
    if above.is_zero() {
        return (Money::ZERO, Text::Empty);
    }
    let extra_pct = Rate::from_fraction(v.pct.value.fraction() - basic.fraction());
    let extra = (above * extra_pct).round_cents();
    let text = how!(txt::tweede_afbouw {
        above,
        extra,
        extra_pct,
        limit: v.vanaf.value,
        pct: v.pct.value,
    });
    (extra, text)
}

/// The parameters and articles a computed budget rests on: only the amounts that counted.
fn with_sources(
    line: Line,
    k: &KindgebondenBudget,
    input: &KgbInput<'_>,
    children: Children,
    limit_param: &Param<Money>,
    date: Date,
) -> Line {
    let mut line = line.param(&k.per_child);
    if children.aged_12_15 > 0 {
        line = line.param(&k.extra_12_15);
    }
    if children.aged_16_17 > 0 {
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
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.how,
                "Amounts per year: 1 child: €2,580.00; extra for single parents (alleenstaande-ouderkop, you have no toeslagpartner): €3,416.00. Together €5,996.00. Your income (€20,000.00) is not higher than €29,736.00 (drempelinkomen, threshold income), so nothing is taken off. Per year: €5,996. Per month: €5,996 ÷ 12 = €499.67 (rounded to cents)."
            );
        });
    }

    #[test]
    fn couple_text_lists_every_part() {
        let line = run("50000", true, &[13, 17, 20], "0");
        assert_eq!(
            line.how,
            "Bedragen per jaar: 2 kinderen × € 2.580,00 = € 5.160,00; extra voor 1 kind van 12 tot en met 15 jaar: 1 × € 724,00 = € 724,00; extra voor 1 kind van 16 of 17 jaar: 1 × € 964,00 = € 964,00. Samen € 6.848,00. Voor een kind van 18 jaar of ouder is er geen kindgebonden budget. Uw gezamenlijke inkomen (€ 50.000,00) is € 10.859,00 hoger dan € 39.141,00 (drempelinkomen € 29.736,00 plus € 9.405,00 omdat u een toeslagpartner hebt). Daarom gaat er 7,6% × € 10.859,00 = € 825,28 af. Per jaar: € 6.848,00 − € 825,28 = € 6.022,72, afgerond op hele euro's € 6.023. Per maand: € 6.023 ÷ 12 = € 501,92 (afgerond op centen)."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.how,
                "Amounts per year: 2 children × €2,580.00 = €5,160.00; extra for 1 child aged 12 to 15: 1 × €724.00 = €724.00; extra for 1 child aged 16 or 17: 1 × €964.00 = €964.00. Together €6,848.00. A child of 18 or older gets no kindgebonden budget. Your joint income (€50,000.00) is €10,859.00 higher than €39,141.00 (drempelinkomen, threshold income: €29,736.00 plus €9,405.00 because you have a toeslagpartner). So 7.6% × €10,859.00 = €825.28 is taken off. Per year: €6,848.00 − €825.28 = €6,022.72, rounded to whole euros: €6,023. Per month: €6,023 ÷ 12 = €501.92 (rounded to cents)."
            );
        });
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
            line.sources
                .iter()
                .any(|s| s.article.to_string().contains("art. 14 lid 5")),
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
