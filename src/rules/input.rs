//! Reading what people type. Forms keep the typed text (so nothing is lost on an error);
//! the tools turn it into numbers here, with a field-level Dutch message when it is not one.

use core::str::FromStr;

use rust_decimal::Decimal;

use super::FieldError;
use crate::i18n::msg::input as txt;
use crate::i18n::Text;

/// Parses an amount or number as Dutch people write it: "14,99", "14.99", "€ 1.234,56",
/// "32". Refuses exponents ("1e3", which `Decimal::from_str` would accept), several
/// commas, letters, and empty text.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t: String = text
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    if !t
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '-')
    {
        return None;
    }
    if t.matches(',').count() > 1 || t.rfind('-').is_some_and(|i| i > 0) {
        return None;
    }
    let normalised = if t.contains(',') {
        // "1.234,56": dots are thousands separators, the comma is the decimal mark.
        t.replace('.', "").replace(',', ".")
    } else if t.matches('.').count() > 1 {
        // "1.234.567": thousands separators only.
        t.replace('.', "")
    } else {
        t
    };
    if normalised.starts_with('.') || normalised.ends_with('.') || normalised == "-" {
        return None;
    }
    Decimal::from_str(&normalised).ok()
}

/// A required number within `min..=max`; `what` is the B1 name used in the message.
pub fn number_in(
    field: &str,
    text: &str,
    min: Decimal,
    max: Decimal,
    message: impl Into<Text>,
) -> Result<Decimal, FieldError> {
    let message: Text = message.into();
    if text.trim().is_empty() {
        return Err(FieldError::new(field, "required", txt::required { message }));
    }
    match parse_decimal(text) {
        Some(v) if v >= min && v <= max => Ok(v),
        Some(_) => Err(FieldError::new(field, "out_of_range", message)),
        None => Err(FieldError::new(
            field,
            "not_a_number",
            // Examples of a whole and a decimal number, written the page's way ("14,99").
            txt::not_a_number {
                decimal: Decimal::new(1499, 2),
                message,
                whole: 32u32,
            },
        )),
    }
}

/// An optional number: empty text is `None`.
pub fn optional_number_in(
    field: &str,
    text: &str,
    min: Decimal,
    max: Decimal,
    message: impl Into<Text>,
) -> Result<Option<Decimal>, FieldError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    number_in(field, text, min, max, message).map(Some)
}

/// A whole number (ages, months) within `min..=max`.
pub fn whole_in(field: &str, text: &str, min: u32, max: u32, message: impl Into<Text>) -> Result<u32, FieldError> {
    let message: Text = message.into();
    let v = number_in(field, text, Decimal::from(min), Decimal::from(max), message.clone())?;
    if v.fract() != Decimal::ZERO {
        return Err(FieldError::new(field, "not_whole", txt::not_whole { message }));
    }
    u32::try_from(v.trunc().mantissa()).map_err(|_| FieldError::new(field, "out_of_range", message))
}

/// Collects a field's error and goes on with `None`, so a form reports every problem at
/// once: `let age = keep!(errors, whole_in(...));`.
#[macro_export]
macro_rules! keep {
    ($errors:ident, $e:expr) => {
        match $e {
            Ok(v) => Some(v),
            Err(e) => {
                $errors.push(e);
                None
            }
        }
    };
}

/// The gemeente a form names by slug, CBS code or name; empty means the national default.
pub fn gemeente_field(text: &str) -> Result<&'static super::Gemeente, FieldError> {
    if text.trim().is_empty() {
        return Ok(super::landelijk());
    }
    super::gemeente(text).ok_or_else(|| FieldError::new("gemeente", "unknown_gemeente", txt::UNKNOWN_GEMEENTE))
}

/// A date (jjjj-mm-dd) for which the rules are known; `example` is the B1 message for text
/// that is not a date. A date outside the rules gets the look-up's own message.
pub fn rule_date_field(field: &str, text: &str, example: impl Into<Text>) -> Result<super::Date, FieldError> {
    let d = text
        .parse::<super::Date>()
        .map_err(|_| FieldError::new(field, "invalid_date", example))?;
    super::parameters_at(d).map(|_| d).map_err(|e| FieldError {
        field: field.into(),
        ..e
    })
}

/// One field of a form: text as typed, or a yes/no.
pub enum Slot<'a> {
    Text(&'a mut String),
    Flag(&'a mut bool),
}

/// A form as a list of named fields. The JS API fills forms through this (without a
/// deserialiser in the download), and share links write and read them the same way.
pub trait FormFields {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse_decimal(s).map(|d| d.to_string())
    }

    #[test]
    fn dutch_and_plain_numbers() {
        assert_eq!(p("14,99"), Some("14.99".into()));
        assert_eq!(p("14.99"), Some("14.99".into()));
        assert_eq!(p(" € 1.234,56 "), Some("1234.56".into()));
        assert_eq!(p("1.234.567"), Some("1234567".into()));
        assert_eq!(p("32"), Some("32".into()));
        assert_eq!(p("-5"), Some("-5".into()));
        for bad in [
            "",
            "1e3",
            "abc",
            "1,2,3",
            "12-",
            ",5",
            "5.",
            "-",
            "1 2x",
            "NaN",
            "Infinity",
            "99999999999999999999999999999999999999999",
        ] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn ranges_and_messages() {
        let e = number_in(
            "hours",
            "0",
            Decimal::ONE,
            Decimal::from(48),
            Text::verbatim("Vul 1 tot en met 48 uur in."),
        )
        .unwrap_err();
        assert_eq!((e.field.as_str(), e.code), ("hours", "out_of_range"));
        assert_eq!(
            whole_in("age", "25,5", 15, 66, Text::verbatim("x")).unwrap_err().code,
            "not_whole"
        );
        assert_eq!(whole_in("age", "25", 15, 66, Text::verbatim("x")), Ok(25));
        assert_eq!(
            optional_number_in("wage", "  ", Decimal::ZERO, Decimal::ONE, Text::verbatim("x")),
            Ok(None)
        );
    }

    #[test]
    fn messages_follow_the_language_but_parsing_does_not() {
        let e = number_in(
            "hours",
            "abc",
            Decimal::ONE,
            Decimal::TEN,
            Text::verbatim("Vul 1 tot en met 10 uur in."),
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "Vul een getal in, bijvoorbeeld 32 of 14,99. Vul 1 tot en met 10 uur in."
        );
        crate::i18n::in_language("en", || {
            let e = number_in(
                "hours",
                "abc",
                Decimal::ONE,
                Decimal::TEN,
                Text::verbatim("Enter 1 to 10 hours."),
            )
            .unwrap_err();
            assert_eq!(
                e.message,
                "Enter a number, for example 32 or 14.99. Enter 1 to 10 hours."
            );
            let e = whole_in("age", "", 15, 66, Text::verbatim("Enter your age.")).unwrap_err();
            assert_eq!(e.message, "Please fill this in. Enter your age.");
            assert_eq!(
                gemeente_field("nergens").unwrap_err().message,
                "Choose a gemeente from the list."
            );
            // Both notations are still read the same way, whatever the language.
            assert_eq!(p("14,99"), Some("14.99".into()));
            assert_eq!(p("14.99"), Some("14.99".into()));
        });
    }
}
