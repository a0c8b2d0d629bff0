//! The explained-result model. Every amount a tool computes is a [`Line`]: the amount, a
//! B1 Dutch label, a "how" text with the real numbers filled in, and the law articles and
//! parameters it rests on. The UI, the JS API and the tests all read these same lines;
//! there is no second way to explain a number.

use serde::Serialize;

use super::date::Date;
use super::money::Money;
use super::params::{Param, Status};

/// A reference to the text an amount rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// "Participatiewet art. 10d lid 4".
    pub article: String,
    pub url: String,
    pub status: Status,
    /// Why a value is unverified, when it is.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub note: String,
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
            article: self.citation.to_string(),
            url: format!(
                "https://wetten.overheid.nl/{}/{}#Artikel{}",
                self.bwb, date, self.article
            ),
            status: Status::Verified,
            note: String::new(),
        }
    }
}

impl<T> From<&Param<T>> for SourceRef {
    fn from(p: &Param<T>) -> SourceRef {
        SourceRef {
            article: p.article.to_string(),
            url: p.source.url.to_string(),
            status: p.status,
            note: p.note.to_string(),
        }
    }
}

/// One explained amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    /// Stable identifier for tests and the JS API, e.g. "lks.wage_part".
    pub key: &'static str,
    pub label: String,
    pub amount: Money,
    /// How the amount was computed, with the numbers filled in.
    pub how: String,
    pub sources: Vec<SourceRef>,
}

impl Line {
    pub fn new(key: &'static str, label: impl Into<String>, amount: Money, how: impl Into<String>) -> Line {
        Line {
            key,
            label: label.into(),
            amount,
            how: how.into(),
            sources: Vec::new(),
        }
    }

    /// Adds the provenance of a parameter this amount uses.
    pub fn param<T>(mut self, p: &Param<T>) -> Line {
        self.push_source(SourceRef::from(p));
        self
    }

    /// Adds a law article this amount applies.
    pub fn law(mut self, law: LawRef, date: Date) -> Line {
        self.push_source(law.at(date));
        self
    }

    /// Adds the sources of lines this one is computed from.
    pub fn from_lines<'a>(mut self, lines: impl IntoIterator<Item = &'a Line>) -> Line {
        for l in lines {
            for s in &l.sources {
                self.push_source(s.clone());
            }
        }
        self
    }

    fn push_source(&mut self, s: SourceRef) {
        match self
            .sources
            .iter_mut()
            .find(|x| x.article == s.article && x.url == s.url)
        {
            // The same article cited by two parameters: keep the weaker status.
            Some(existing) => {
                if s.status > existing.status {
                    existing.status = s.status;
                    existing.note = s.note;
                }
            }
            None => self.sources.push(s),
        }
    }

    /// The weakest status among the sources: an amount is only as sure as its least sure input.
    pub fn status(&self) -> Status {
        self.sources.iter().map(|s| s.status).max().unwrap_or(Status::Verified)
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
        let mut line = Line::new("x", "X", Money::ZERO, "").law(ART_21, date);
        assert_eq!(
            line.sources[0].url,
            "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel21"
        );
        assert_eq!(line.status(), Status::Verified);
        line.sources.push(SourceRef {
            article: "y".into(),
            url: "u".into(),
            status: Status::Unverified,
            note: String::new(),
        });
        assert_eq!(line.status(), Status::Unverified);
    }
}
