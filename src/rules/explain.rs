//! The explained-result model. Every amount a tool computes is a [`Line`]: the amount, a
//! B1 Dutch label, a "how" text with the real numbers filled in, and the law articles and
//! parameters it rests on. The UI, the JS API and the tests all read these same lines;
//! there is no second way to explain a number.

use core::cell::Cell;
use serde::Serialize;

use super::date::Date;
use super::money::Money;
use super::params::{Basis, Param, Status};
use crate::i18n::Text;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// False inside [`quietly`]: the rules then skip writing their explanations. Not inlined:
/// every explained line asks, and a call is smaller than the thread-local look-up.
#[inline(never)]
pub fn explaining() -> bool {
    !QUIET.with(Cell::get)
}

/// Runs `f` without writing the "how" texts and labels of the lines it builds: the same
/// rules and the same amounts, for callers that only need the numbers (the 41 points of the
/// armoedeval curve). Tests check that the amounts are identical either way.
pub fn quietly<R>(f: impl FnOnce() -> R) -> R {
    let before = QUIET.with(|q| q.replace(true));
    let result = f();
    QUIET.with(|q| q.set(before));
    result
}

/// An explanation text, built only when explaining (skipped inside [`quietly`]):
/// `how!(txt::first_months(…))` with `txt` a module of `crate::i18n::msg`. There is no
/// `format!` form: every sentence lives in locales/, so it exists in every language.
#[macro_export]
macro_rules! how {
    ($e:expr) => {
        if $crate::rules::explain::explaining() {
            $crate::i18n::Text::from($e)
        } else {
            $crate::i18n::Text::Empty
        }
    };
}

/// A reference to the text an amount rests on. All parts are static or `Copy`, so the
/// many lines a calculation builds share them instead of allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// "Participatiewet art. 10d lid 4".
    pub article: &'static str,
    pub url: Url,
    pub status: Status,
    /// What a provisional value this reference stands for rests on. Kept when the same
    /// article is also cited by a weaker value, so a line still knows it rests on a value
    /// that is not yet final (see [`Line::provisional`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// Why a value is unverified, when it is.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub note: &'static str,
}

/// Where a source is: a fixed page, or a law article at a date (wetten.overheid.nl builds
/// the consolidated text of that day). Written out only when shown or serialised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Url {
    Page(&'static str),
    Law {
        bwb: &'static str,
        article: &'static str,
        date: Date,
    },
}

impl core::fmt::Display for Url {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Url::Page(u) => f.write_str(u),
            Url::Law { bwb, article, date } => write!(f, "https://wetten.overheid.nl/{bwb}/{date}#Artikel{article}"),
        }
    }
}

impl Serialize for Url {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A law article as the rule code cites it. The URL is built for the rule date, the way
/// wetten.overheid.nl addresses a consolidated version (`/BWBR…/jjjj-mm-dd#ArtikelN`).
#[derive(Clone, Copy, Debug)]
pub struct LawRef {
    /// Citation shown to users, e.g. "Participatiewet art. 10d lid 4".
    pub citation: &'static str,
    /// BWB identifier of the law, e.g. "BWBR0015703".
    pub bwb: &'static str,
    /// Article anchor, e.g. "10d".
    pub article: &'static str,
}

impl LawRef {
    pub fn at(self, date: Date) -> SourceRef {
        SourceRef {
            article: self.citation,
            url: Url::Law {
                bwb: self.bwb,
                article: self.article,
                date,
            },
            status: Status::Verified,
            basis: None,
            note: "",
        }
    }
}

impl<T> From<&Param<T>> for SourceRef {
    fn from(p: &Param<T>) -> SourceRef {
        SourceRef {
            article: p.article,
            url: Url::Page(p.source.url),
            status: p.status,
            basis: p.basis,
            note: p.note,
        }
    }
}

/// One explained amount. In JSON it also carries `status` (the weakest of its sources) and
/// `provisional` (it rests on a value not yet published in final form), so a program can
/// mark it as the app does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Stable identifier for tests and the JS API, e.g. "lks.wage_part".
    pub key: &'static str,
    /// What the amount is, in a few words.
    pub label: Text,
    pub amount: Money,
    /// How the amount was computed, with the numbers filled in.
    pub how: Text,
    pub sources: Vec<SourceRef>,
}

impl Serialize for Line {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Line", 7)?;
        st.serialize_field("key", self.key)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("how", &self.how)?;
        st.serialize_field("status", &self.status())?;
        st.serialize_field("provisional", &self.provisional())?;
        st.serialize_field("sources", &self.sources)?;
        st.end()
    }
}

impl Line {
    pub fn new(key: &'static str, label: impl Into<Text>, amount: Money, how: impl Into<Text>) -> Line {
        Line::with_texts(key, label.into(), amount, how.into())
    }

    // Not inlined: hundreds of lines are built, and one shared body keeps the download small.
    #[inline(never)]
    fn with_texts(key: &'static str, label: Text, amount: Money, how: Text) -> Line {
        Line {
            key,
            label,
            amount,
            how,
            sources: Vec::new(),
        }
    }

    /// Adds the provenance of a parameter this amount uses.
    #[inline(never)]
    pub fn param<T>(mut self, p: &Param<T>) -> Line {
        self.push_source(SourceRef::from(p));
        self
    }

    /// Adds a law article this amount applies.
    #[inline(never)]
    pub fn law(mut self, law: LawRef, date: Date) -> Line {
        self.push_source(law.at(date));
        self
    }

    /// Adds the sources of lines this one is computed from.
    pub fn from_lines<'a>(mut self, lines: impl IntoIterator<Item = &'a Line>) -> Line {
        for l in lines {
            for s in &l.sources {
                self.push_source(*s);
            }
        }
        self
    }

    #[inline(never)]
    fn push_source(&mut self, s: SourceRef) {
        // Amounts-only runs (the curve) need no provenance either.
        if !explaining() {
            return;
        }
        match self
            .sources
            .iter_mut()
            .find(|x| x.article == s.article && x.url == s.url)
        {
            // The same article cited by two parameters: keep the weaker status, and the
            // basis of any provisional one.
            Some(existing) => {
                if s.status > existing.status {
                    existing.status = s.status;
                    existing.note = s.note;
                    existing.basis = s.basis.or(existing.basis);
                } else {
                    existing.basis = existing.basis.or(s.basis);
                }
            }
            None => self.sources.push(s),
        }
    }

    /// The weakest status among the sources: an amount is only as sure as its least sure input.
    pub fn status(&self) -> Status {
        self.sources.iter().map(|s| s.status).max().unwrap_or(Status::Verified)
    }

    /// True when the amount rests on a value that is not yet final (status provisional),
    /// even where a weaker status of the same article hides it in [`Line::status`].
    pub fn provisional(&self) -> bool {
        self.sources
            .iter()
            .any(|s| s.status == Status::Provisional || s.basis.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ART_21: LawRef = LawRef {
        citation: "Participatiewet art. 21",
        bwb: "BWBR0015703",
        article: "21",
    };

    #[test]
    fn law_url_is_dated_and_status_is_weakest() {
        let date: Date = "2026-07-01".parse().expect("date");
        let mut line = Line::new("x", Text::verbatim("X"), Money::ZERO, Text::Empty).law(ART_21, date);
        assert_eq!(
            line.sources[0].url.to_string(),
            "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel21"
        );
        assert_eq!(line.status(), Status::Verified);
        line.sources.push(SourceRef {
            article: "y",
            url: Url::Page("u"),
            status: Status::Unverified,
            basis: None,
            note: "",
        });
        assert_eq!(line.status(), Status::Unverified);
        assert!(!line.provisional());
    }

    #[test]
    fn a_provisional_source_makes_the_line_provisional_even_behind_a_weaker_one() {
        let provisional = SourceRef {
            article: "Participatiewet art. 34a",
            url: Url::Page("https://example.org"),
            status: Status::Provisional,
            basis: Some(Basis::Proposal),
            note: "wetsvoorstel",
        };
        let mut line = Line::new("x", Text::verbatim("X"), Money::ZERO, Text::Empty);
        line.push_source(provisional);
        assert!(line.provisional());
        assert_eq!(line.status(), Status::Provisional);
        assert!(Status::Derived < Status::Provisional && Status::Provisional < Status::Unverified);
        assert!(Status::Provisional.needs_warning());
        line.push_source(SourceRef {
            status: Status::Unverified,
            basis: None,
            note: "niet gevonden",
            ..provisional
        });
        assert_eq!(line.sources.len(), 1, "the same article is merged");
        assert_eq!(line.status(), Status::Unverified);
        assert_eq!(line.sources[0].basis, Some(Basis::Proposal));
        assert!(line.provisional());
    }
}
