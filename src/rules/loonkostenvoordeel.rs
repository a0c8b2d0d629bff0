//! Loonkostenvoordeel (Wet tegemoetkomingen loondomein, Wtl): an amount per verloond uur for
//! hiring someone from a target group, with a maximum per year. When several apply, only the
//! highest is paid (art. 4.1 lid 3).
//!
//! It is a yearly payment, not a monthly one: the employer asks for it in the loonaangifte,
//! UWV computes it over the calendar year from the hours in the polisadministratie, and the
//! Belastingdienst decides and pays it once, in the next year (art. 4.1–4.4). So it is
//! computed here per calendar year, as rate × the year's paid hours, at most the yearly
//! maximum, and rounded to cents once; a tool that shows it per month only spreads that
//! amount. It runs for a number of years from the start of the job (art. 2.8: 3 years;
//! art. 2.16: 1 year; art. 2.12: as long as the employee is in the doelgroepregister).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::explain::{explaining, LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::params::{Param, Snapshot};
use super::wetten::WET_TEGEMOETKOMINGEN_LOONDOMEIN;
use super::Date;
use crate::how;
use crate::i18n::msg::loonkostenvoordeel as txt;
use crate::i18n::{Msg, Text};

pub const WTL_ART_2_1: LawRef = WET_TEGEMOETKOMINGEN_LOONDOMEIN.art("2.1").note("en 2.6–2.17");
pub const WTL_ART_4_1_LID_3: LawRef = WET_TEGEMOETKOMINGEN_LOONDOMEIN.art("4.1").lid("3");

/// In the order of the law: on a tie the first one is paid (art. 4.1 lid 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LkvKind {
    Arbeidsgehandicapt,
    Banenafspraak,
    Herplaatsing,
}

impl LkvKind {
    pub const ALL: [LkvKind; 3] = [
        LkvKind::Arbeidsgehandicapt,
        LkvKind::Banenafspraak,
        LkvKind::Herplaatsing,
    ];

    /// The name within a sentence: "loonkostenvoordeel doelgroep banenafspraak".
    pub fn name(self) -> Msg {
        match self {
            LkvKind::Arbeidsgehandicapt => txt::KIND_ARBEIDSGEHANDICAPT,
            LkvKind::Banenafspraak => txt::KIND_BANENAFSPRAAK,
            LkvKind::Herplaatsing => txt::KIND_HERPLAATSING,
        }
    }

    /// The label of the yearly amount: "Loonkostenvoordeel doelgroep banenafspraak per jaar".
    pub fn year_label(self) -> Msg {
        match self {
            LkvKind::Arbeidsgehandicapt => txt::YEAR_LABEL_ARBEIDSGEHANDICAPT,
            LkvKind::Banenafspraak => txt::YEAR_LABEL_BANENAFSPRAAK,
            LkvKind::Herplaatsing => txt::YEAR_LABEL_HERPLAATSING,
        }
    }

    fn params(self, s: &Snapshot) -> (&Param<Money>, &Param<Money>, Option<&Param<u32>>) {
        let l = &s.loonkostenvoordeel;
        match self {
            LkvKind::Arbeidsgehandicapt => (
                &l.arbeidsgehandicapt_rate,
                &l.arbeidsgehandicapt_max,
                Some(&l.arbeidsgehandicapt_years),
            ),
            LkvKind::Banenafspraak => (&l.banenafspraak_rate, &l.banenafspraak_max, None),
            LkvKind::Herplaatsing => (&l.herplaatsing_rate, &l.herplaatsing_max, Some(&l.herplaatsing_years)),
        }
    }

    /// Years the LKV lasts from the start of the job; `None` = as long as the employee stays
    /// registered in the doelgroepregister (art. 2.12).
    pub fn years(self, s: &Snapshot) -> Option<u32> {
        self.params(s).2.map(|p| p.value)
    }

    /// Whether this LKV still runs in month `month_of_job` of the job (1 = the first).
    pub fn runs_in_month(self, s: &Snapshot, month_of_job: u32) -> bool {
        self.years(s).is_none_or(|n| month_of_job <= n.saturating_mul(12))
    }
}

/// One LKV for one year of `paid_hours` (verloonde uren, including paid leave and sickness).
pub fn lkv_year(s: &Snapshot, date: Date, kind: LkvKind, paid_hours: Decimal) -> Line {
    let (rate, max, _) = kind.params(s);
    let raw = rate.value * paid_hours;
    let amount = raw.min(max.value).round_cents();
    Line::new(
        keys::LKV_YEAR,
        kind.year_label(),
        amount,
        how!(txt::year {
            cap: if raw > max.value {
                Text::from(txt::year_capped { max: max.value })
            } else {
                Text::Empty
            },
            hours: paid_hours,
            rate: rate.value,
            raw: raw.round_cents()
        }),
    )
    .param(rate)
    .param(max)
    .law(WTL_ART_2_1, date)
}

/// The LKV paid for one year: of the kinds that apply, each with the hours paid in that year
/// while it runs, the highest (art. 4.1 lid 3).
pub fn best_lkv(s: &Snapshot, date: Date, candidates: &[(LkvKind, Decimal)]) -> Option<(LkvKind, Line)> {
    let running: Vec<(LkvKind, Line)> = LkvKind::ALL
        .into_iter()
        .filter_map(|k| candidates.iter().find(|(c, _)| *c == k))
        .map(|(k, hours)| (*k, lkv_year(s, date, *k, *hours)))
        .collect();
    let best = running.iter().map(|(_, l)| l.amount).max()?;
    let several = running.len() > 1;
    // max_by_key would return the last of equal amounts; the law pays the first listed.
    let (kind, line) = running.into_iter().find(|(_, l)| l.amount == best)?;
    Some(if several {
        let mut line = line;
        if explaining() {
            line.how.push(txt::ONLY_HIGHEST);
        }
        (kind, line.law(WTL_ART_4_1_LID_3, date))
    } else {
        (kind, line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use std::str::FromStr;

    fn at() -> (&'static Snapshot, Date) {
        let d = Date::from_str("2026-01-01").expect("date");
        (parameters_at(d).expect("snapshot"), d)
    }

    #[test]
    fn public_vectors() {
        let (s, d) = at();
        let hours = Decimal::from(1872);
        assert_eq!(
            lkv_year(s, d, LkvKind::Banenafspraak, hours)
                .amount
                .amount()
                .to_string(),
            "1890.72"
        );
        assert_eq!(
            lkv_year(s, d, LkvKind::Arbeidsgehandicapt, hours)
                .amount
                .amount()
                .to_string(),
            "5709.60"
        );
        assert_eq!(
            lkv_year(s, d, LkvKind::Arbeidsgehandicapt, Decimal::from(2080))
                .amount
                .amount()
                .to_string(),
            "6000.00"
        );
    }

    #[test]
    fn only_the_highest_and_durations() {
        let (s, d) = at();
        let hours = Decimal::from(1872);
        let both = [(LkvKind::Banenafspraak, hours), (LkvKind::Arbeidsgehandicapt, hours)];
        let (kind, line) = best_lkv(s, d, &both).expect("some");
        assert_eq!(kind, LkvKind::Arbeidsgehandicapt);
        assert!(line.how.contains("alleen het hoogste"));
        // Year 4: the arbeidsgehandicapt LKV (3 years) has ended; banenafspraak goes on.
        assert!(LkvKind::Arbeidsgehandicapt.runs_in_month(s, 36));
        assert!(!LkvKind::Arbeidsgehandicapt.runs_in_month(s, 37));
        assert!(LkvKind::Banenafspraak.runs_in_month(s, 600));
        assert!(!LkvKind::Herplaatsing.runs_in_month(s, 13));
        assert_eq!(best_lkv(s, d, &[]), None);
    }

    #[test]
    fn explained_in_english() {
        let (s, d) = at();
        let line = lkv_year(s, d, LkvKind::Arbeidsgehandicapt, Decimal::from(2080));
        assert_eq!(line.label, "Loonkostenvoordeel arbeidsgehandicapte werknemer per jaar");
        assert_eq!(
            line.how,
            "€ 3,05 × 2.080 verloonde uren = € 6.344,00, maximaal € 6.000,00 per jaar."
        );
        let thousand = Decimal::from(1000);
        let both = [
            (LkvKind::Banenafspraak, thousand),
            (LkvKind::Arbeidsgehandicapt, thousand),
        ];
        let (_, best) = best_lkv(s, d, &both).expect("some");
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.label,
                "Loonkostenvoordeel (LKV) for an employee with a work disability, per year"
            );
            assert_eq!(
                line.how,
                "€3.05 × 2,080 paid hours = €6,344.00, up to €6,000.00 per year."
            );
            assert_eq!(
                best.how,
                "€3.05 × 1,000 paid hours = €3,050.00. You only get the highest loonkostenvoordeel, even if more than one applies."
            );
        });
    }
}
