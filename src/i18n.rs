//! Texts in more than one language. Every sentence the program shows lives in `locales/`
//! (one folder per language, Dutch is the master); `build.rs` turns those files into the
//! `msg` constants and functions below and into one table of texts per language.
//!
//! The rules never write a sentence themselves: they return a [`Text`], a message id with
//! its arguments (amounts, dates, percentages, other texts). It is written out only when
//! shown, in the language of the page and with that language's way of writing numbers and
//! dates. For a right-to-left language every number and date is wrapped in Unicode
//! isolate marks, so "€ 1.234,56" stays one left-to-right unit inside Arabic text.

use core::cell::Cell;
use core::fmt;
use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::rules::date::Date;
use crate::rules::money::{format_with, Money, Rate};

include!(concat!(env!("OUT_DIR"), "/texts_generated.rs"));

/// The master language: its bundles are at the root of the site, others in `<code>/`.
pub const MASTER_CODE: &str = "nl";

/// One language: how it writes. Its texts are in the [`Msg`]s, at position `index`.
pub struct Language {
    /// Position of this language in [`LANGUAGES`] and in every message's texts.
    index: usize,
    /// BCP 47 code, also the folder name in locales/ and the `lang` attribute.
    pub code: &'static str,
    /// The language's own name for itself ("Nederlands", "English").
    pub name: &'static str,
    /// Written right to left (Arabic, Hebrew, …).
    pub rtl: bool,
    decimal: char,
    group: char,
    currency: (&'static str, &'static str),
    percent: (&'static str, &'static str),
    /// "{day} {month} {year}".
    date: &'static str,
    months: [&'static str; 12],
}

impl Language {
    /// The `dir` attribute for this language.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn money(&self, m: Money, decimals: u32) -> String {
        format_with(
            m.amount(),
            decimals,
            self.decimal,
            self.group,
            self.currency.0,
            self.currency.1,
        )
    }

    pub fn rate(&self, r: Rate) -> String {
        let p = r.percent();
        format_with(p, p.scale(), self.decimal, self.group, self.percent.0, self.percent.1)
    }

    pub fn number(&self, d: Decimal) -> String {
        let v = d.normalize();
        format_with(v, v.scale(), self.decimal, self.group, "", "")
    }

    pub fn date(&self, d: Date) -> String {
        let month = self
            .months
            .get(usize::from(d.month()).wrapping_sub(1))
            .copied()
            .unwrap_or("?");
        // The pattern ("{day} {month} {year}") filled in one pass: `str::replace` three
        // times costs a generic string search in every bundle for one date format.
        let mut out = String::new();
        let mut rest = self.date;
        while let Some(open) = rest.find('{') {
            out.push_str(rest.get(..open).unwrap_or_default());
            let after = rest.get(open..).unwrap_or_default();
            let Some(close) = after.find('}') else {
                out.push_str(after);
                rest = "";
                break;
            };
            match after.get(..=close).unwrap_or_default() {
                "{day}" => out.push_str(&d.day().to_string()),
                "{month}" => out.push_str(month),
                "{year}" => out.push_str(&d.year().to_string()),
                other => out.push_str(other),
            }
            rest = after.get(close + 1..).unwrap_or_default();
        }
        out.push_str(rest);
        out
    }

    /// The text of a message without arguments, as written in locales/.
    pub fn text(&self, m: Msg) -> &'static str {
        m.0.get(self.index).copied().unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

/// The language texts are written in now. A WebAssembly bundle has exactly one.
pub fn language() -> &'static Language {
    // A browser bundle has one language: no look-up at every text.
    if LANGUAGES.len() == 1 {
        return DEFAULT_LANGUAGE;
    }
    let i = CURRENT.with(Cell::get);
    LANGUAGES.get(i).unwrap_or(DEFAULT_LANGUAGE)
}

/// Switches the language of this thread (native builds carry every language; the tests use
/// this). False when the language is not in this build.
pub fn set_language(code: &str) -> bool {
    match LANGUAGES.iter().position(|l| l.code == code) {
        Some(i) => {
            CURRENT.with(|c| c.set(i));
            true
        }
        None => false,
    }
}

/// Runs `f` with texts in language `code` (when it is in this build), then switches back.
pub fn in_language<R>(code: &str, f: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(Cell::get);
    set_language(code);
    let r = f();
    CURRENT.with(|c| c.set(before));
    r
}

/// A message in locales/: its text in each language of this build (in the order of
/// [`LANGUAGES`]). Made only by the generated `msg` constants and functions, so a bundle
/// links only the texts its code uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg(pub(crate) &'static [&'static str]);

impl Msg {
    /// The text in the current language.
    pub fn text(self) -> &'static str {
        language().text(self)
    }
}

/// An amount with cents in the current language: "€ 1.234,56" / "€1,234.56".
pub fn money(m: Money) -> String {
    language().money(m, 2)
}

/// An amount in whole euros in the current language: "€ 29.736".
pub fn euros(m: Money) -> String {
    language().money(m, 0)
}

/// A percentage in the current language: "23,5%".
pub fn rate(r: Rate) -> String {
    language().rate(r)
}

/// A plain number (hours, months) in the current language: "32,5".
pub fn number(d: Decimal) -> String {
    language().number(d)
}

/// A date written out in the current language: "1 juli 2026".
pub fn date(d: Date) -> String {
    language().date(d)
}

/// Shorthand for a message without arguments in the current language.
pub fn tr(m: Msg) -> &'static str {
    m.text()
}

/// A text to show: a message with its arguments, written out in the current language when
/// displayed. `Verbatim` is for what is the same in every language: names of gemeenten,
/// law citations ("Participatiewet art. 31"), titles of Dutch documents. There is on purpose
/// no `From<&str>` or `From<String>`: a sentence typed in the code would not be translated,
/// so it has to be spelled `Text::verbatim(…)` and stands out in review.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Text {
    #[default]
    Empty,
    Msg(Msg, Vec<Arg>),
    Verbatim(Cow<'static, str>),
    /// Sentences written one after the other, with a space between (empty parts skipped).
    Seq(Vec<Text>),
}

/// A value inside a text. Numbers, amounts and dates are written in the language's style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// An amount with cents: "€ 1.234,56".
    Money(Money),
    /// An amount in whole euros: "€ 29.736".
    Euros(Money),
    Rate(Rate),
    /// A plain number such as hours: "32,5".
    Number(Decimal),
    Int(i64),
    Date(Date),
    Text(Box<Text>),
}

/// An amount to be written without cents.
#[derive(Clone, Copy, Debug)]
pub struct Euros(pub Money);

impl Text {
    /// Not inlined: the generated message functions call this from hundreds of places,
    /// and one shared copy per argument count keeps the download small.
    #[inline(never)]
    pub fn with<const N: usize>(m: Msg, args: [Arg; N]) -> Text {
        Text::Msg(m, Vec::from(args))
    }

    /// A text that is the same in every language.
    pub fn verbatim(s: impl Into<Cow<'static, str>>) -> Text {
        Text::Verbatim(s.into())
    }

    /// Sentences one after the other: `Text::join([first, second])`.
    pub fn join(parts: impl Into<Vec<Text>>) -> Text {
        Text::join_vec(parts.into())
    }

    // One non-generic body for every caller (arrays of any length, vectors): smaller bundles.
    fn join_vec(mut parts: Vec<Text>) -> Text {
        parts.retain(|t| !t.is_empty());
        Text::Seq(parts)
    }

    /// Adds a sentence after this text.
    pub fn push(&mut self, next: impl Into<Text>) {
        self.push_text(next.into());
    }

    // One body for every message type a caller pushes (see `join_vec`).
    fn push_text(&mut self, next: Text) {
        if next.is_empty() {
            return;
        }
        match self {
            Text::Empty => *self = next,
            Text::Seq(parts) => parts.push(next),
            other => *other = Text::Seq(vec![core::mem::take(other), next]),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Text::Empty => true,
            Text::Verbatim(s) => s.is_empty(),
            Text::Msg(..) => false,
            Text::Seq(parts) => parts.iter().all(Text::is_empty),
        }
    }

    /// Whether the text, written in the current language, contains `needle` (for tests).
    pub fn contains(&self, needle: &str) -> bool {
        self.render().contains(needle)
    }

    /// Writes the text in the current language.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write_into(language(), &mut out);
        out
    }

    fn write_into(&self, lang: &Language, out: &mut String) {
        match self {
            Text::Empty => {}
            Text::Verbatim(s) => out.push_str(s),
            Text::Seq(parts) => {
                for (i, p) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    p.write_into(lang, out);
                }
            }
            Text::Msg(m, args) => {
                let template = lang.text(*m);
                let mut rest = template;
                while let Some(i) = rest.find('{') {
                    out.push_str(&rest[..i]);
                    let after = &rest[i + 1..];
                    let Some(end) = after.find('}') else {
                        out.push_str(&rest[i..]);
                        return;
                    };
                    if let Some(arg) = after[..end].parse::<usize>().ok().and_then(|n| args.get(n)) {
                        arg.write_into(lang, out);
                    }
                    rest = &after[end + 1..];
                }
                out.push_str(rest);
            }
        }
    }
}

impl Arg {
    fn write_into(&self, lang: &Language, out: &mut String) {
        let isolate = lang.rtl && !matches!(self, Arg::Text(_));
        if isolate {
            out.push('\u{2068}'); // FIRST STRONG ISOLATE
        }
        match self {
            Arg::Money(m) => out.push_str(&lang.money(*m, 2)),
            Arg::Euros(m) => out.push_str(&lang.money(*m, 0)),
            Arg::Rate(r) => out.push_str(&lang.rate(*r)),
            Arg::Number(d) => out.push_str(&lang.number(*d)),
            Arg::Int(n) => {
                let _ = fmt::Write::write_fmt(out, format_args!("{n}"));
            }
            Arg::Date(d) => out.push_str(&lang.date(*d)),
            Arg::Text(t) => t.write_into(lang, out),
        }
        if isolate {
            out.push('\u{2069}'); // POP DIRECTIONAL ISOLATE
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Text::Verbatim(s) => f.write_str(s),
            Text::Empty => Ok(()),
            _ => f.write_str(&self.render()),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.render() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.render() == *other
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Text {
        Text::Msg(m, Vec::new())
    }
}

impl From<Money> for Arg {
    fn from(m: Money) -> Arg {
        Arg::Money(m)
    }
}
impl From<Euros> for Arg {
    fn from(e: Euros) -> Arg {
        Arg::Euros(e.0)
    }
}
impl From<Rate> for Arg {
    fn from(r: Rate) -> Arg {
        Arg::Rate(r)
    }
}
impl From<Decimal> for Arg {
    fn from(d: Decimal) -> Arg {
        Arg::Number(d)
    }
}
impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Text(Box::new(Text::from(m)))
    }
}
/// Names and citations that are the same in every language.
impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Arg {
        Arg::Text(Box::new(Text::verbatim(s)))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(Box::new(Text::verbatim(s)))
    }
}
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(u8, u16, u32, u64, usize, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    #[test]
    fn numbers_follow_the_language() {
        let m = Money::new(Decimal::from_str("-1234.5").unwrap());
        let d = Date::from_str("2026-07-01").unwrap();
        let r = Rate::from_percent(Decimal::from_str("23.5").unwrap());
        in_language("nl", || {
            assert_eq!(language().money(m, 2), "-€ 1.234,50");
            assert_eq!(language().date(d), "1 juli 2026");
            assert_eq!(language().rate(r), "23,5%");
        });
        in_language("en", || {
            assert_eq!(language().money(m, 2), "-€1,234.50");
            assert_eq!(language().date(d), "1 July 2026");
            assert_eq!(language().rate(r), "23.5%");
        });
    }

    #[test]
    fn right_to_left_languages_isolate_numbers_and_dates() {
        let rtl = Language {
            index: 0,
            code: "ar",
            name: "العربية",
            rtl: true,
            decimal: '٫',
            group: '٬',
            currency: ("€ ", ""),
            percent: ("", "%"),
            date: "{day} {month} {year}",
            months: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        };
        let m = Money::new(Decimal::from_str("1234.5").unwrap());
        let d = Date::from_str("2026-07-01").unwrap();
        let t = Text::with(Msg(&["مبلغ {0} من {1}"]), [m.into(), d.into()]);
        let mut out = String::new();
        t.write_into(&rtl, &mut out);
        assert_eq!(out, "مبلغ \u{2068}€ 1٬234٫50\u{2069} من \u{2068}1 7 2026\u{2069}");
        assert_eq!(rtl.dir(), "rtl");
    }

    #[test]
    fn texts_compose_in_the_current_language() {
        use crate::i18n::msg::inkomstenvrijlating as txt;
        let joined = Text::join([
            txt::after { months: 6u32 }.into(),
            Text::Empty,
            txt::capped { max: Money::euros(285) }.into(),
        ]);
        in_language("en", || {
            assert_eq!(
                joined.render(),
                "After the first 6 months, everything you earn is deducted from your bijstand. , up to €285.00"
            );
        });
        assert!(joined.contains("Na de eerste 6 maanden"));
    }

    #[test]
    fn every_language_has_every_text_and_only_known_placeholders() {
        for l in &LANGUAGES {
            for (i, m) in ALL_MESSAGES.iter().enumerate() {
                assert_eq!(m.0.len(), LANGUAGES.len(), "message {i}");
                assert!(!l.text(*m).trim().is_empty(), "{} text {i} is empty", l.code);
            }
        }
    }
}
