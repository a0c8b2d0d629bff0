//! The explained-result model. Every amount a tool computes is a [`Line`]: the amount, a
//! B1 Dutch label, a "how" text with the real numbers filled in, and the law articles and
//! parameters it rests on. The UI, the JS API and the tests all read these same lines;
//! there is no second way to explain a number.

use core::cell::Cell;
use serde::Serialize;

use super::date::Date;
use super::keys::LineKey;
use super::money::Money;
use super::params::{Basis, Param, ParamInfo, Status};
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
    pub article: Citation,
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

/// What a source cites, shown to people as one text: the `article` a parameter file gives
/// ("Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder a"), or a law article the
/// rule code applies. Written out only when shown or serialised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Citation {
    Param(&'static str),
    Law(LawRef),
}

impl core::fmt::Display for Citation {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Citation::Param(article) => f.write_str(article),
            Citation::Law(law) => core::fmt::Display::fmt(law, f),
        }
    }
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A law, named once in [`super::wetten`]: its title and its BWB identifier on
/// wetten.overheid.nl ("BWBR0015703").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wet {
    pub name: &'static str,
    pub bwb: &'static str,
}

impl Wet {
    /// An article of this law: `PARTICIPATIEWET.art("10d")`.
    pub const fn art(self, article: &'static str) -> LawRef {
        LawRef {
            wet: self,
            article,
            lid: "",
            note: "",
        }
    }
}

/// A law article as the rule code cites it, built from [`super::wetten`]:
/// `PARTICIPATIEWET.art("10d").lid("4")`, shown as "Participatiewet art. 10d lid 4". The URL
/// is built for the rule date, the way wetten.overheid.nl addresses a consolidated version
/// (`/BWBR…/jjjj-mm-dd#ArtikelN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LawRef {
    pub wet: Wet,
    /// The article, also its anchor on wetten.overheid.nl: "10d".
    pub article: &'static str,
    /// The lid cited, or empty.
    pub lid: &'static str,
    /// The rest of the citation, as written after the article and lid: "onder b
    /// (verordening)", "(vermogen)", "en art. 31–32"; or empty.
    pub note: &'static str,
}

impl LawRef {
    /// `PARTICIPATIEWET.art("10d").lid("4")`: "Participatiewet art. 10d lid 4".
    pub const fn lid(self, lid: &'static str) -> LawRef {
        LawRef { lid, ..self }
    }

    /// What the citation says after the article and lid, as written.
    pub const fn note(self, note: &'static str) -> LawRef {
        LawRef { note, ..self }
    }

    pub fn at(self, date: Date) -> SourceRef {
        SourceRef {
            article: Citation::Law(self),
            url: Url::Law {
                bwb: self.wet.bwb,
                article: self.article,
                date,
            },
            status: Status::Verified,
            basis: None,
            note: "",
        }
    }
}

/// "Participatiewet art. 8 lid 1 onder b (verordening)".
impl core::fmt::Display for LawRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} art. {}", self.wet.name, self.article)?;
        if !self.lid.is_empty() {
            write!(f, " lid {}", self.lid)?;
        }
        if !self.note.is_empty() {
            write!(f, " {}", self.note)?;
        }
        Ok(())
    }
}

impl<T> From<&Param<T>> for SourceRef {
    fn from(p: &Param<T>) -> SourceRef {
        SourceRef::from(p.info)
    }
}

// What a citation needs is the same for every value type: one body, not one per `T`.
impl From<&'static ParamInfo> for SourceRef {
    fn from(p: &'static ParamInfo) -> SourceRef {
        SourceRef {
            article: Citation::Param(p.article),
            url: Url::Page(p.source.url),
            status: p.status,
            basis: p.basis,
            #[cfg(not(single_tool))]
            note: p.note,
            // A tool page carries no maintainers' notes (ParamInfo).
            #[cfg(single_tool)]
            note: "",
        }
    }
}

/// What rests on sources (an explained [`Line`], a werkgever notice, an IIT condition)
/// cites them one way: `.param(&p)`, `.law(ART, date)`, `.from_lines([&a, &b])`.
pub trait Sourced: Sized {
    fn sources_mut(&mut self) -> &mut Vec<SourceRef>;

    /// Records one source. Notices and conditions list their sources as cited; a [`Line`]
    /// merges the same article cited twice (see its implementation).
    fn add_source(&mut self, s: SourceRef) {
        self.sources_mut().push(s);
    }

    /// Adds the provenance of a parameter this rests on.
    fn param<T>(self, p: &Param<T>) -> Self {
        self.param_info(p.info)
    }

    /// [`Sourced::param`] without the value type: one body per implementor.
    fn param_info(mut self, info: &'static ParamInfo) -> Self {
        self.add_source(SourceRef::from(info));
        self
    }

    /// Adds a law article this applies.
    fn law(mut self, law: LawRef, date: Date) -> Self {
        self.add_source(law.at(date));
        self
    }

    /// Adds the sources of lines this is computed from.
    // A builder step like `param` and `law` ("computed from these lines"), not a conversion.
    #[allow(clippy::wrong_self_convention)]
    fn from_lines<'a>(mut self, lines: impl IntoIterator<Item = &'a Line>) -> Self {
        for l in lines {
            for s in &l.sources {
                self.add_source(*s);
            }
        }
        self
    }
}

/// An amount's status is the weakest of its sources, so the same article cited by two
/// parameters is listed once with the weaker status (and the basis of any provisional
/// one). Inside [`quietly`] nothing is recorded: amounts-only runs (the curve) need no
/// provenance. Not inlined: hundreds of lines are built, and one shared body keeps the
/// download small.
#[inline(never)]
fn merge_source(sources: &mut Vec<SourceRef>, s: SourceRef) {
    if !explaining() {
        return;
    }
    match sources.iter_mut().find(|x| x.article == s.article && x.url == s.url) {
        Some(existing) => {
            if s.status > existing.status {
                existing.status = s.status;
                existing.note = s.note;
                existing.basis = s.basis.or(existing.basis);
            } else {
                existing.basis = existing.basis.or(s.basis);
            }
        }
        None => sources.push(s),
    }
}

/// One explained amount. In JSON it also carries `status` (the weakest of its sources) and
/// `provisional` (it rests on a value not yet published in final form), so a program can
/// mark it as the app does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Stable identifier, e.g. "lks.wage_part": the rows of a table, the JS API and the
    /// case files find a line by it.
    pub key: LineKey,
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
        st.serialize_field("key", &self.key)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("how", &self.how)?;
        st.serialize_field("status", &self.status())?;
        st.serialize_field("provisional", &self.provisional())?;
        st.serialize_field("sources", &self.sources)?;
        st.end()
    }
}

impl Sourced for Line {
    fn sources_mut(&mut self) -> &mut Vec<SourceRef> {
        &mut self.sources
    }

    fn add_source(&mut self, s: SourceRef) {
        merge_source(&mut self.sources, s);
    }
}

impl Line {
    pub fn new(key: LineKey, label: impl Into<Text>, amount: Money, how: impl Into<Text>) -> Line {
        Line::with_texts(key, label.into(), amount, how.into())
    }

    // Not inlined: hundreds of lines are built, and one shared body keeps the download small.
    #[inline(never)]
    fn with_texts(key: LineKey, label: Text, amount: Money, how: Text) -> Line {
        Line {
            key,
            label,
            amount,
            how,
            sources: Vec::new(),
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
    use crate::rules::bijstandsnorm::PW_ART_21 as ART_21;
    use crate::rules::keys;
    use crate::rules::wetten::PARTICIPATIEWET;

    #[test]
    fn law_url_is_dated_and_status_is_weakest() {
        let date: Date = "2026-07-01".parse().expect("date");
        let mut line = Line::new(keys::TOTAL, Text::verbatim("X"), Money::ZERO, Text::Empty).law(ART_21, date);
        assert_eq!(
            line.sources[0].url.to_string(),
            "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel21"
        );
        assert_eq!(line.status(), Status::Verified);
        line.sources.push(SourceRef {
            article: Citation::Param("y"),
            url: Url::Page("u"),
            status: Status::Unverified,
            basis: None,
            note: "",
        });
        assert_eq!(line.status(), Status::Unverified);
        assert!(!line.provisional());
    }

    #[test]
    fn a_citation_is_written_out_whole_and_links_its_article() {
        let date: Date = "2026-01-01".parse().expect("date");
        let art_8 = PARTICIPATIEWET.art("8").lid("1").note("onder b (verordening)");
        assert_eq!(art_8.to_string(), "Participatiewet art. 8 lid 1 onder b (verordening)");
        assert_eq!(ART_21.to_string(), "Participatiewet art. 21");
        let source = art_8.at(date);
        assert_eq!(
            source.article.to_string(),
            "Participatiewet art. 8 lid 1 onder b (verordening)"
        );
        assert_eq!(
            source.url.to_string(),
            "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel8"
        );
        assert_eq!(
            Citation::Param("Wml art. 8 lid 1 onder a").to_string(),
            "Wml art. 8 lid 1 onder a"
        );
    }

    #[test]
    fn a_line_lists_an_article_once_a_notice_as_cited() {
        struct Cited(Vec<SourceRef>);
        impl Sourced for Cited {
            fn sources_mut(&mut self) -> &mut Vec<SourceRef> {
                &mut self.0
            }
        }
        let date: Date = "2026-01-01".parse().expect("date");
        let line = Line::new(keys::TOTAL, Text::verbatim("X"), Money::ZERO, Text::Empty)
            .law(ART_21, date)
            .law(ART_21, date);
        assert_eq!(line.sources.len(), 1);
        assert_eq!(Cited(Vec::new()).law(ART_21, date).from_lines([&line]).0.len(), 2);
        let quiet = quietly(|| Line::new(keys::TOTAL, Text::Empty, Money::ZERO, Text::Empty).law(ART_21, date));
        assert!(quiet.sources.is_empty(), "amounts-only runs record no sources");
    }

    #[test]
    fn a_provisional_source_makes_the_line_provisional_even_behind_a_weaker_one() {
        let provisional = SourceRef {
            article: Citation::Param("Participatiewet art. 34a"),
            url: Url::Page("https://example.org"),
            status: Status::Provisional,
            basis: Some(Basis::Proposal),
            note: "wetsvoorstel",
        };
        let mut line = Line::new(keys::TOTAL, Text::verbatim("X"), Money::ZERO, Text::Empty);
        line.add_source(provisional);
        assert!(line.provisional());
        assert_eq!(line.status(), Status::Provisional);
        assert!(Status::Derived < Status::Provisional && Status::Provisional < Status::Unverified);
        assert!(Status::Provisional.needs_warning());
        line.add_source(SourceRef {
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
