//! Zorgtoeslag (Wet op de zorgtoeslag art. 2): the state pays the part of the standaardpremie
//! above the normpremie, a share of the household income the law expects you to pay
//! yourself.
//!
//! Rounding, so every how text adds up: each euro amount shown is rounded to cents and the
//! next step uses that shown amount. The yearly toeslag is then rounded to whole euros (Awir
//! art. 14 lid 4) and the monthly advance is floor(yearly / 12). This reproduces the whole
//! published Rijksoverheid table for 2026 (see the tests).

use crate::how;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line};
use super::money::Money;
use super::params::Snapshot;
use super::Date;

pub const WZT_ART_2: LawRef = LawRef {
    citation: "Wet op de zorgtoeslag art. 2",
    bwb: "BWBR0018451",
    article: "2",
};
pub const WZT_ART_3: LawRef = LawRef {
    citation: "Wet op de zorgtoeslag art. 3 (vermogen)",
    bwb: "BWBR0018451",
    article: "3",
};
/// Every toeslag is rounded to whole euros, half away from zero ("rekenkundig").
pub const AWIR_ART_14_LID_4: LawRef = LawRef {
    citation: "Algemene wet inkomensafhankelijke regelingen art. 14 lid 4",
    bwb: "BWBR0018472",
    article: "14",
};
pub const AWIR_ART_14_LID_5: LawRef = LawRef {
    citation: "Algemene wet inkomensafhankelijke regelingen art. 14 lid 5",
    bwb: "BWBR0018472",
    article: "14",
};

/// Awir art. 14 lid 5, for every toeslag: below the uitbetaalgrens per year nothing is
/// paid. `None` when `yearly` is paid; otherwise the sentence that explains why not.
pub fn below_uitbetaalgrens(s: &Snapshot, yearly: Money) -> Option<String> {
    let grens = s.awir.uitbetaalgrens.value;
    (yearly < grens).then(|| {
        how!(
            "Dat is minder dan {} per jaar. Een toeslag onder dat bedrag wordt niet uitbetaald.",
            grens.dutch_whole()
        )
    })
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
    let base = Line::new("zorgtoeslag.monthly", "Zorgtoeslag per maand", Money::ZERO, "");

    let (limit_param, who) = if input.has_partner {
        (&z.vermogen_partner, "samen met uw toeslagpartner ")
    } else {
        (&z.vermogen_single, "")
    };
    if input.vermogen > limit_param.value {
        return Line {
            how: how!(
                "Uw vermogen {who}op 1 januari ({}) is hoger dan de vermogensgrens van {}. Dan krijgt u geen zorgtoeslag, hoe laag uw inkomen ook is.",
                input.vermogen.dutch(),
                limit_param.value.dutch()
            ).into(),
            ..base
        }
        .param(limit_param)
        .law(WZT_ART_3, date);
    }

    let income = input.toetsingsinkomen.at_least_zero();
    let standaard = z.standaardpremie.value;
    let (premie, premie_text) = if input.has_partner {
        let double = standaard * Decimal::TWO;
        (
            double,
            how!(
                "Standaardpremie: 2 × {} = {} per jaar (u hebt een toeslagpartner, dus de toeslag is voor u samen).",
                standaard.dutch(),
                double.dutch()
            ),
        )
    } else {
        (standaard, how!("Standaardpremie: {} per jaar.", standaard.dutch()))
    };

    let pct_param = if input.has_partner {
        &z.normpremie_partner_pct
    } else {
        &z.normpremie_single_pct
    };
    let drempel = z.drempelinkomen.value;
    let norm_base = (drempel * pct_param.value).round_cents();
    let above = (income - drempel).at_least_zero();
    let norm_extra = (above * z.phaseout_pct.value).round_cents();
    let normpremie = norm_base + norm_extra;
    let income_word = if input.has_partner {
        "uw gezamenlijke inkomen"
    } else {
        "uw inkomen"
    };
    let norm_text = if above.is_zero() {
        how!(
            "Normpremie (wat u zelf moet betalen): {} van het drempelinkomen {} = {}. {} ({}) is niet hoger dan het drempelinkomen, dus daar komt niets bij.",
            pct_param.value.dutch(),
            drempel.dutch(),
            norm_base.dutch(),
            capitalize(income_word),
            income.dutch()
        )
    } else {
        how!(
            "Normpremie (wat u zelf moet betalen): {} van het drempelinkomen {} = {}, plus {} van het deel van {} boven het drempelinkomen ({} − {} = {}) = {}. Samen {}.",
            pct_param.value.dutch(),
            drempel.dutch(),
            norm_base.dutch(),
            z.phaseout_pct.value.dutch(),
            income_word,
            income.dutch(),
            drempel.dutch(),
            above.dutch(),
            norm_extra.dutch(),
            normpremie.dutch()
        )
    };

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

    if !raw.is_negative() && !raw.is_zero() && yearly.is_zero() {
        // Below 50 cents a year: rounding alone takes it to zero.
        return sources(Line {
            how: how!(
                "{premie_text} {norm_text} Zorgtoeslag per jaar: {} − {} = {}, afgerond op hele euro's € 0. U krijgt geen zorgtoeslag.",
                premie.dutch(),
                normpremie.dutch(),
                raw.dutch()
            ).into(),
            ..base
        });
    }
    if yearly.is_zero() {
        return sources(Line {
            how: how!(
                "{premie_text} {norm_text} De normpremie is niet lager dan de standaardpremie ({} − {} = {}). U krijgt geen zorgtoeslag.",
                premie.dutch(),
                normpremie.dutch(),
                raw.dutch()
            ).into(),
            ..base
        });
    }
    let yearly_text = how!(
        "Zorgtoeslag per jaar: {} − {} = {}, afgerond op hele euro's {}.",
        premie.dutch(),
        normpremie.dutch(),
        raw.dutch(),
        yearly.dutch_whole()
    );
    if let Some(not_paid) = below_uitbetaalgrens(s, yearly) {
        let line = sources(Line {
            how: how!("{premie_text} {norm_text} {yearly_text} {not_paid}").into(),
            ..base
        });
        return uitbetaalgrens_sources(line, s, date);
    }
    let per_month = yearly.checked_div(TWELVE).unwrap_or(Money::ZERO);
    let monthly = per_month.floor_euros();
    sources(Line {
        amount: monthly,
        how: how!(
            "{premie_text} {norm_text} {yearly_text} Per maand: {} ÷ 12 = {}, naar beneden afgerond op hele euro's: {}.",
            yearly.dutch_whole(),
            per_month.dutch(),
            monthly.dutch_whole()
        ).into(),
        ..base
    })
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
            line.sources.iter().any(|s| s.article.contains("art. 14 lid 5")),
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
        assert!(line.sources.iter().any(|s| s.article == "Wet op de zorgtoeslag art. 2"));
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
