//! Loonkostenvoordeel (Wet tegemoetkomingen loondomein, Wtl): a yearly amount per paid hour
//! for hiring someone from a target group, with a yearly maximum. When several apply, only
//! the highest is paid (art. 4.1 lid 3).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::explain::{LawRef, Line};
use super::money::{dutch_number, Money};
use super::params::{Param, Snapshot};
use super::Date;

pub const WTL_ART_2_1: LawRef = LawRef {
    citation: "Wet tegemoetkomingen loondomein art. 2.1 en 2.6–2.17",
    bwb: "BWBR0037522",
    article: "2.1",
};
pub const WTL_ART_4_1: LawRef = LawRef {
    citation: "Wet tegemoetkomingen loondomein art. 4.1 lid 3",
    bwb: "BWBR0037522",
    article: "4.1",
};

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

    pub fn dutch(self) -> &'static str {
        match self {
            LkvKind::Arbeidsgehandicapt => "loonkostenvoordeel arbeidsgehandicapte werknemer",
            LkvKind::Banenafspraak => "loonkostenvoordeel doelgroep banenafspraak",
            LkvKind::Herplaatsing => "loonkostenvoordeel herplaatsen arbeidsgehandicapte werknemer",
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
}

/// One LKV for one year of `paid_hours` (verloonde uren, including paid leave and sickness).
pub fn lkv_year(s: &Snapshot, date: Date, kind: LkvKind, paid_hours: Decimal) -> Line {
    let (rate, max, _) = kind.params(s);
    let raw = rate.value * paid_hours;
    let amount = raw.min(max.value).round_cents();
    Line::new(
        "lkv.year",
        format!("{} per jaar", capitalise(kind.dutch())),
        amount,
        format!(
            "{} × {} verloonde uren = {}{}.",
            rate.value.dutch(),
            dutch_number(paid_hours),
            raw.round_cents().dutch(),
            if raw > max.value {
                format!(", maximaal {} per jaar", max.value.dutch())
            } else {
                String::new()
            }
        ),
    )
    .param(rate)
    .param(max)
    .law(WTL_ART_2_1, date)
}

/// The LKV paid for contract year `year` (1 = the first): the highest of the kinds that
/// apply and still run in that year.
pub fn best_lkv(
    s: &Snapshot,
    date: Date,
    kinds: &[LkvKind],
    paid_hours: Decimal,
    year: u32,
) -> Option<(LkvKind, Line)> {
    let running: Vec<(LkvKind, Line)> = LkvKind::ALL
        .into_iter()
        .filter(|k| kinds.contains(k))
        .filter(|k| k.years(s).is_none_or(|n| year <= n))
        .map(|k| (k, lkv_year(s, date, k, paid_hours)))
        .collect();
    let best = running.iter().map(|(_, l)| l.amount).max()?;
    let several = running.len() > 1;
    // max_by_key would return the last of equal amounts; the law pays the first listed.
    let (kind, line) = running.into_iter().find(|(_, l)| l.amount == best)?;
    Some(if several {
        let how = format!(
            "{} U krijgt alleen het hoogste loonkostenvoordeel, ook als er meer gelden.",
            line.how
        );
        (
            kind,
            Line {
                how: how.into(),
                ..line
            }
            .law(WTL_ART_4_1, date),
        )
    } else {
        (kind, line)
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
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
        let both = [LkvKind::Banenafspraak, LkvKind::Arbeidsgehandicapt];
        let (kind, line) = best_lkv(s, d, &both, hours, 1).expect("some");
        assert_eq!(kind, LkvKind::Arbeidsgehandicapt);
        assert!(line.how.contains("alleen het hoogste"));
        // Year 4: the arbeidsgehandicapt LKV (3 years) has ended; banenafspraak goes on.
        assert_eq!(
            best_lkv(s, d, &both, hours, 4).map(|(k, _)| k),
            Some(LkvKind::Banenafspraak)
        );
        assert_eq!(best_lkv(s, d, &[LkvKind::Herplaatsing], hours, 2), None);
        assert_eq!(best_lkv(s, d, &[], hours, 1), None);
    }
}
