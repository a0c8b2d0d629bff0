//! Zorgtoeslag (Wet op de zorgtoeslag art. 2): the state pays the part of the standaardpremie
//! above the normpremie, a share of the household income the law expects you to pay
//! yourself.
//!
//! Rounding, so every how text adds up: each euro amount shown is rounded to cents and the
//! next step uses that shown amount. The yearly toeslag is then rounded to whole euros (Awir
//! art. 14 lid 4) and the monthly advance is floor(yearly / 12). This reproduces the whole
//! published Rijksoverheid table for 2026 (see the tests).

use crate::how;
use crate::i18n::msg::zorgtoeslag as txt;
use crate::i18n::{Euros, Text};
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::{Param, Snapshot, Zorgtoeslag};
use super::wetten::{AWIR, WET_OP_DE_ZORGTOESLAG};
use super::Date;

pub const WZT_ART_2: LawRef = WET_OP_DE_ZORGTOESLAG.art("2");
pub const WZT_ART_3: LawRef = WET_OP_DE_ZORGTOESLAG.art("3").note("(vermogen)");
/// Every toeslag is rounded to whole euros, half away from zero ("rekenkundig").
pub const AWIR_ART_14_LID_4: LawRef = AWIR.art("14").lid("4");
pub const AWIR_ART_14_LID_5: LawRef = AWIR.art("14").lid("5");

/// Awir art. 14 lid 5, for every toeslag: below the uitbetaalgrens per year nothing is
/// paid. `None` when `yearly` is paid; otherwise the sentence that explains why not.
pub fn below_uitbetaalgrens(s: &Snapshot, yearly: Money) -> Option<Text> {
    let grens = s.awir.uitbetaalgrens.value;
    (yearly < grens).then(|| how!(txt::below_uitbetaalgrens { grens: Euros(grens) }))
}

/// The sources a line gets when the uitbetaalgrens decided it.
pub fn uitbetaalgrens_sources(line: Line, s: &Snapshot, date: Date) -> Line {
    line.param(&s.awir.uitbetaalgrens).law(AWIR_ART_14_LID_5, date)
}

#[derive(Clone, Copy, Debug)]
pub struct ZorgtoeslagInput {
    /// Yearly toetsingsinkomen of the household (applicant plus toeslagpartner).
    pub toetsingsinkomen: Money,
    pub has_partner: bool,
    /// Vermogen (rendementsgrondslag box 3) on 1 January, together with the toeslagpartner.
    pub vermogen: Money,
}

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Zorgtoeslag per month, as the Dienst Toeslagen pays it: whole euros.
///
/// With a toeslagpartner the toeslag is for the household: twice the standaardpremie, and
/// the higher normpremie percentage over the combined income (art. 2 lid 1 and 2). Check for
/// 2026: (2 × € 2.119 − 4,289% × € 29.736) ÷ 12 = € 246 per month, the published maximum.
pub fn zorgtoeslag(s: &Snapshot, date: Date, input: ZorgtoeslagInput) -> Line {
    let z = &s.zorgtoeslag;
    let base = Line::new(keys::ZORGTOESLAG_MONTHLY, txt::LABEL, Money::ZERO, Text::Empty);

    let limit_param = if input.has_partner {
        &z.vermogen_partner
    } else {
        &z.vermogen_single
    };
    if input.vermogen > limit_param.value {
        return vermogen_too_high(base, limit_param, &input, date);
    }

    let (premie, premie_text) = premie(z, &input);
    let pct_param = if input.has_partner {
        &z.normpremie_partner_pct
    } else {
        &z.normpremie_single_pct
    };
    let (normpremie, norm_text) = normpremie(z, &input, pct_param.value);

    let raw = premie - normpremie;
    let yearly = raw.at_least_zero().round_euros();
    let sources = |line: Line| {
        line.param(&z.standaardpremie)
            .param(&z.drempelinkomen)
            .param(pct_param)
            .param(&z.phaseout_pct)
            .param(limit_param)
            .law(WZT_ART_2, date)
            .law(AWIR_ART_14_LID_4, date)
    };

    if yearly.is_zero() {
        return sources(Line {
            how: how!(Text::join([
                premie_text,
                norm_text,
                // Above zero but below 50 cents a year: rounding alone takes it to zero.
                if raw > Money::ZERO {
                    Text::from(txt::rounds_to_zero {
                        normpremie,
                        premie,
                        raw,
                    })
                } else {
                    Text::from(txt::norm_not_lower {
                        normpremie,
                        premie,
                        raw,
                    })
                },
            ])),
            ..base
        });
    }
    let yearly_text = how!(txt::yearly {
        normpremie,
        premie,
        raw,
        yearly: Euros(yearly)
    });
    if let Some(not_paid) = below_uitbetaalgrens(s, yearly) {
        let line = sources(Line {
            how: how!(Text::join([premie_text, norm_text, yearly_text, not_paid])),
            ..base
        });
        return uitbetaalgrens_sources(line, s, date);
    }
    let per_month = yearly.checked_div(TWELVE).unwrap_or(Money::ZERO);
    let monthly = per_month.floor_euros();
    sources(Line {
        amount: monthly,
        how: how!(Text::join([
            premie_text,
            norm_text,
            yearly_text,
            Text::from(txt::monthly {
                monthly: Euros(monthly),
                per_month,
                yearly: Euros(yearly)
            }),
        ])),
        ..base
    })
}

/// No zorgtoeslag above the vermogensgrens (art. 3).
fn vermogen_too_high(base: Line, limit_param: &Param<Money>, input: &ZorgtoeslagInput, date: Date) -> Line {
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
    .law(WZT_ART_3, date)
}

/// The standaardpremie the toeslag makes up for: twice it for a household with a
/// toeslagpartner (art. 2 lid 2).
fn premie(z: &Zorgtoeslag, input: &ZorgtoeslagInput) -> (Money, Text) {
    let standaard = z.standaardpremie.value;
    if input.has_partner {
        let double = standaard * Decimal::TWO;
        (double, how!(txt::premie_partner { double, standaard }))
    } else {
        (standaard, how!(txt::premie { standaard }))
    }
}

/// The normpremie the household pays itself: `pct` of the drempelinkomen, plus a share of
/// the income above it (art. 2 lid 1 and 2).
fn normpremie(z: &Zorgtoeslag, input: &ZorgtoeslagInput, pct: Rate) -> (Money, Text) {
    let income = input.toetsingsinkomen.at_least_zero();
    let drempel = z.drempelinkomen.value;
    let norm_base = (drempel * pct).round_cents();
    let above = (income - drempel).at_least_zero();
    let norm_extra = (above * z.phaseout_pct.value).round_cents();
    let normpremie = norm_base + norm_extra;
    let phaseout_pct = z.phaseout_pct.value;
    let norm_text = if above.is_zero() {
        how!(if input.has_partner {
            Text::from(txt::norm_not_above_partner {
                drempel,
                income,
                norm: norm_base,
                pct,
            })
        } else {
            Text::from(txt::norm_not_above {
                drempel,
                income,
                norm: norm_base,
                pct,
            })
        })
    } else {
        how!(Text::join([
            if input.has_partner {
                Text::from(txt::norm_above_partner {
                    above,
                    drempel,
                    income,
                    norm_base,
                    norm_extra,
                    pct,
                    phaseout_pct,
                })
            } else {
                Text::from(txt::norm_above {
                    above,
                    drempel,
                    income,
                    norm_base,
                    norm_extra,
                    pct,
                    phaseout_pct,
                })
            },
            txt::norm_total { normpremie }.into(),
        ]))
    };
    (normpremie, norm_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn run(date: &str, income: &str, partner: bool, vermogen: &str) -> Line {
        let date = Date::from_str(date).expect("date");
        let s = parameters_at(date).expect("snapshot");
        zorgtoeslag(
            s,
            date,
            ZorgtoeslagInput {
                toetsingsinkomen: euro(income),
                has_partner: partner,
                vermogen: euro(vermogen),
            },
        )
    }

    #[test]
    fn published_table_2026_single() {
        for (income, want) in [("29500", "129"), ("33000", "91"), ("37000", "46"), ("41000", "0")] {
            assert_eq!(
                run("2026-01-01", income, false, "0").amount,
                euro(want),
                "income {income}"
            );
        }
    }

    #[test]
    fn maximum_with_partner_is_246() {
        // (2 × 2.119 − 4,289% × 29.736) = 2.962,62 → 2.963 a year → 246,92 → € 246.
        assert_eq!(run("2026-01-01", "20000", true, "0").amount, euro("246"));
    }

    #[test]
    fn same_rules_on_1_july() {
        assert_eq!(run("2026-07-01", "33000", false, "0").amount, euro("91"));
    }

    #[test]
    fn uitbetaalgrens_stops_tiny_amounts() {
        // 40.950: 2.119 − (568,55 + 13,73% × 11.214 = 1.539,68) = 10,77 → € 11 a year < € 24.
        let line = run("2026-01-01", "40950", false, "0");
        assert_eq!(line.amount, Money::ZERO);
        assert!(line.how.contains("minder dan € 24"), "{}", line.how);
        assert!(
            line.sources
                .iter()
                .any(|s| s.article.to_string().contains("art. 14 lid 5")),
            "{:?}",
            line.sources
        );
        // 40.800: 31,36 → € 31 a year → 2,58 → € 2 a month: paid.
        assert_eq!(run("2026-01-01", "40800", false, "0").amount, euro("2"));
    }

    #[test]
    fn vermogen_above_the_limit_means_nothing() {
        let line = run("2026-01-01", "20000", false, "146012");
        assert_eq!(line.amount, Money::ZERO);
        assert!(line.how.contains("vermogensgrens"), "{}", line.how);
        assert_eq!(run("2026-01-01", "20000", false, "146011").amount, euro("129"));
        assert_eq!(run("2026-01-01", "20000", true, "184633").amount, euro("246"));
    }

    #[test]
    fn how_text_shows_the_numbers() {
        let line = run("2026-01-01", "33000", false, "0");
        assert_eq!(
            line.how,
            "Standaardpremie: € 2.119,00 per jaar. Normpremie (wat u zelf moet betalen): 1,912% van het drempelinkomen € 29.736,00 = € 568,55, plus 13,73% van het deel van uw inkomen boven het drempelinkomen (€ 33.000,00 − € 29.736,00 = € 3.264,00) = € 448,15. Samen € 1.016,70. Zorgtoeslag per jaar: € 2.119,00 − € 1.016,70 = € 1.102,30, afgerond op hele euro's € 1.102. Per maand: € 1.102 ÷ 12 = € 91,83, naar beneden afgerond op hele euro's: € 91."
        );
        assert!(line
            .sources
            .iter()
            .any(|s| s.article.to_string() == "Wet op de zorgtoeslag art. 2"));
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.how,
                "Standard premium: €2,119.00 per year. Normpremie (what you must pay yourself): 1.912% of the drempelinkomen (threshold income) €29,736.00 = €568.55, plus 13.73% of the part of your income above the drempelinkomen (€33,000.00 − €29,736.00 = €3,264.00) = €448.15. Together €1,016.70. Zorgtoeslag per year: €2,119.00 − €1,016.70 = €1,102.30, rounded to whole euros: €1,102. Per month: €1,102 ÷ 12 = €91.83, rounded down to whole euros: €91."
            );
        });
    }

    #[test]
    fn less_than_50_cents_rounds_to_nothing() {
        // 2.119 − (568,55 + 13,73% × 11.291 = 1.550,25) = 0,20 → € 0 a year.
        let line = run("2026-01-01", "41027", false, "0");
        assert_eq!(line.amount, Money::ZERO);
        assert!(
            line.how.render().ends_with(
                "Samen € 2.118,80. Zorgtoeslag per jaar: € 2.119,00 − € 2.118,80 = € 0,20, afgerond op hele euro's € 0. U krijgt geen zorgtoeslag."
            ),
            "{}",
            line.how
        );
    }

    #[test]
    fn uitbetaalgrens_text_in_english() {
        let line = run("2026-01-01", "40950", true, "0");
        assert!(
            line.how.contains("van het deel van uw gezamenlijke inkomen boven"),
            "{}",
            line.how
        );
        let line = run("2026-01-01", "40950", false, "0");
        crate::i18n::in_language("en", || {
            assert!(
                line.how
                    .contains("rounded to whole euros: €11. That is less than €24 per year. A benefit below that amount is not paid out."),
                "{}",
                line.how
            );
        });
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let line = run("2026-01-01", "-5000", false, "-1");
        assert_eq!(line.amount, euro("129"));
        let huge = Money::new(Decimal::MAX);
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        let line = zorgtoeslag(
            s,
            date,
            ZorgtoeslagInput {
                toetsingsinkomen: huge,
                has_partner: true,
                vermogen: Money::ZERO,
            },
        );
        assert_eq!(line.amount, Money::ZERO);
    }
}
