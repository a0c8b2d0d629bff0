//! The rules core: pure functions over dated parameters. No UI code lives here, so all of
//! it compiles and tests natively (`cargo test`) as well as in the browser.
//!
//! One file per rule, named after what it computes; each cites its article next to the
//! code, built from the one list of laws in [`wetten`] (see [`explain::LawRef`]).
//!
//! # Naming
//!
//! Concepts of the law keep their Dutch legal names, in types, fields and variants alike,
//! so the code reads like the article it applies and a policy officer can search for the
//! term: `Leefvorm::AlleenstaandeOuder`, `toeslagpartner`, `vrijlating`, `drempelinkomen`,
//! `Uitzicht::NietBeoordeeld`. A legal term is not translated ("allowance partner") and a
//! name does not mix the two languages. The plumbing around the law is English: `Line`,
//! `Snapshot`, `validate`, `input`, `FieldError`, `LineKey`. Names the JS API exposes (form
//! fields, line keys) stay as they are, so a rename never breaks a host page.

pub mod bijstand;
pub mod bijstandsnorm;
pub mod date;
pub mod explain;
pub mod huurtoeslag;
pub mod indienstnemingssubsidie;
pub mod inkomenstoeslag;
pub mod inkomstenbelasting;
pub mod inkomstenvrijlating;
pub mod keys;
pub mod kinderbijslag;
pub mod kinderopvangtoeslag;
pub mod kindgebonden_budget;
pub mod loonkostensubsidie;
pub mod loonkostensubsidie_beleid;
pub mod loonkostenvoordeel;
pub mod minimaregelingen;
pub mod minimumloon;
pub mod money;
pub mod params;
pub mod toetsingsinkomen;
pub mod wetten;
pub mod zorgtoeslag;

use serde::Serialize;

use crate::i18n::msg::rules as txt;
use crate::i18n::Text;

pub use date::Date;
pub use explain::{LawRef, Line, SourceRef};
pub use money::{Money, Rate};
pub use params::{Basis, Gemeente, GemeenteRules, Snapshot, Status, GEMEENTEN, SNAPSHOTS};
use params::{FIRST_SNAPSHOT, LANDELIJK, LANDELIJK_OLDEST, LAST_SNAPSHOT};

/// A problem with one input, in B1 Dutch, tied to the field it is about so the UI can show
/// it there and a JS caller can map it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: Text,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<Text>) -> FieldError {
        FieldError::from_parts(field.into(), code, message.into())
    }

    // One body for every message type (the generic `new` was compiled once per caller).
    fn from_parts(field: String, code: &'static str, message: Text) -> FieldError {
        FieldError { field, code, message }
    }
}

/// The period one national snapshot covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RulePeriod {
    pub valid_from: Date,
    pub valid_until: Date,
}

/// A snapshot covers the days up to the next snapshot, and never past the next 1 January or
/// 1 July: minimum wage and bijstand norms change on those days, so beyond them the last
/// known values are not the rules in force, and we refuse rather than guess.
pub fn rule_periods() -> impl Iterator<Item = RulePeriod> {
    SNAPSHOTS.iter().enumerate().map(|(i, s)| {
        let natural_end = s.valid_from.next_half_year_start();
        let end = match SNAPSHOTS.get(i + 1) {
            Some(next) if next.valid_from < natural_end => next.valid_from,
            _ => natural_end,
        };
        RulePeriod {
            valid_from: s.valid_from,
            valid_until: end.previous_day(),
        }
    })
}

/// The national parameters in force on `date`.
pub fn parameters_at(date: Date) -> Result<&'static Snapshot, FieldError> {
    let periods: Vec<RulePeriod> = rule_periods().collect();
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Err(FieldError::new("date", "no_rules", txt::NO_RULES));
    };
    if date < first.valid_from {
        return Err(FieldError::new(
            "date",
            "date_before_rules",
            txt::date_before_rules {
                first: first.valid_from,
            },
        ));
    }
    match periods
        .iter()
        .zip(SNAPSHOTS)
        .find(|(p, _)| p.valid_from <= date && date <= p.valid_until)
    {
        Some((_, snapshot)) => Ok(snapshot),
        None if date > last.valid_until => Err(FieldError::new(
            "date",
            "date_after_rules",
            txt::date_after_rules { last: last.valid_until },
        )),
        // A gap between snapshots (a missing 1 July file, say): refuse, never interpolate.
        None => Err(FieldError::new("date", "date_in_gap", txt::date_in_gap { date })),
    }
}

/// The national parameters in force on `date`, or, after the last known period, the last
/// known ones with `true` ("carried over": the caller must say so). For a date before the
/// first snapshot, the first one, also flagged. Tools call this with dates their validation
/// already accepted, so the fallback only keeps them free of panics.
pub fn parameters_or_last(date: Date) -> (&'static Snapshot, bool) {
    match parameters_at(date) {
        Ok(s) => (s, false),
        Err(_) if date < FIRST_SNAPSHOT.valid_from => (FIRST_SNAPSHOT, true),
        Err(_) => (LAST_SNAPSHOT, true),
    }
}

/// The snapshot for the latest period that has started on `today`, for the default date.
pub fn current_or_latest(today: Date) -> Date {
    rule_periods()
        .filter(|p| p.valid_from <= today)
        .last()
        .map(|p| if today <= p.valid_until { today } else { p.valid_until })
        .or_else(|| rule_periods().next().map(|p| p.valid_from))
        .unwrap_or(today)
}

/// Finds a gemeente by slug ("ommen"), CBS code ("GM0175", any case) or name ("Ommen").
pub fn gemeente(key: &str) -> Option<&'static Gemeente> {
    let key = key.trim();
    GEMEENTEN.iter().find(|g| {
        g.slug.eq_ignore_ascii_case(key)
            || (!g.cbs_code.is_empty() && g.cbs_code.eq_ignore_ascii_case(key))
            || g.name.eq_ignore_ascii_case(key)
    })
}

/// The national default, for gemeenten without their own file.
pub fn landelijk() -> &'static Gemeente {
    LANDELIJK
}

impl Gemeente {
    /// The gemeente's rules in force on `date`; before its first file, the national default.
    pub fn rules_at(&'static self, date: Date) -> &'static GemeenteRules {
        self.versions
            .iter()
            .rev()
            .find(|v| v.valid_from <= date)
            .or_else(|| LANDELIJK.versions.iter().rev().find(|v| v.valid_from <= date))
            .unwrap_or(LANDELIJK_OLDEST)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_basis_words_are_texts_in_every_language() {
        assert_eq!(Status::Provisional.text().text(), "voorlopig");
        assert_eq!(Basis::CarriedOver.text().text(), "bedrag van vorig jaar");
        crate::i18n::in_language("en", || {
            assert_eq!(Status::Provisional.text().text(), "provisional");
            assert_eq!(Basis::Proposal.text().text(), "bill");
            assert_eq!(Basis::Forecast.text().text(), "forecast");
            assert_eq!(Basis::Derived.text().text(), "computed from provisional amounts");
        });
    }

    #[test]
    fn refusals_name_the_dates_in_the_page_language() {
        let early: Date = "2000-01-01".parse().expect("date");
        let first = rule_periods().next().expect("a period").valid_from;
        let e = parameters_at(early).unwrap_err();
        assert_eq!(e.code, "date_before_rules");
        assert_eq!(
            e.message.render(),
            format!(
                "Deze rekenhulp kent de regels vanaf {0}. Kies een datum op of na {0}.",
                crate::i18n::in_language("nl", || crate::i18n::date(first))
            )
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                e.message.render(),
                format!(
                    "This calculator knows the rules from {0}. Choose a date on or after {0}.",
                    crate::i18n::date(first)
                )
            );
            assert_eq!(
                Status::Unverified.text().text(),
                "not checked",
                "the status words are in locales/*/status.toml"
            );
            assert_eq!(
                "x".parse::<Date>().unwrap_err().to_string(),
                "Enter a valid date (yyyy-mm-dd)."
            );
        });
    }
}
