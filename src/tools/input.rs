//! Reading what people type. Forms keep the typed text (so nothing is lost on an error);
//! the tools turn it into numbers here, with a field-level Dutch message when it is not one.

use rust_decimal::Decimal;

use crate::i18n::msg::input as txt;
use crate::i18n::Text;
use crate::rules::FieldError;

/// How a typed number was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// One clear value.
    Clear(Decimal),
    /// Two readings are plausible ("1,200": one comma and three digits is 1,2 in Dutch but
    /// 1200 in English); the tool asks which one is meant instead of picking one.
    Ambiguous { decimal: Decimal, thousands: Decimal },
    /// Not a number.
    Invalid,
}

/// Reads a number as people in the Netherlands write it, whatever the page's language:
/// "1200", "1.200", "€ 1.200", "1.200,50", "1.200,-", "14,99", "14.99", "1,200.50", "-5".
///
/// A dot or comma followed by exactly three digits is a thousands separator when it is the
/// only kind of mark ("1.200" is twelve hundred, as Dutch people write it), except a single
/// comma, which is asked back (see [`Reading::Ambiguous`]). With both marks, the last one is
/// the decimal mark. Groups after a thousands separator must have three digits ("12.34.56"
/// is refused). Exponents ("1e3"), letters and empty text are not numbers.
pub fn read_number(text: &str) -> Reading {
    let mut t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if let Some(rest) = t.strip_prefix('€').or_else(|| t.strip_prefix("EUR")) {
        t = rest.to_string();
    }
    // "€ 1.200,-": whole euros.
    if let Some(rest) = t.strip_suffix(",-").or_else(|| t.strip_suffix(".-")) {
        t = rest.to_string();
    }
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.as_str()),
    };
    if body.is_empty() || body.len() > 40 || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return Reading::Invalid;
    }
    let signed = |d: Decimal| if negative { -d } else { d };
    let read = |digits: &str, decimal: Option<&str>| -> Option<Decimal> {
        decimal_from_digits(digits, decimal.unwrap_or("")).map(signed)
    };
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let result = match (dots, commas) {
        (0, 0) => read(body, None),
        (_, _) if dots > 0 && commas > 0 => {
            // Both marks: the last one is the decimal mark, the other groups thousands.
            let (Some(last_dot), Some(last_comma)) = (body.rfind('.'), body.rfind(',')) else {
                return Reading::Invalid;
            };
            let (group, decimal) = if last_comma > last_dot { ('.', ',') } else { (',', '.') };
            let Some((int, frac)) = body.rsplit_once(decimal) else {
                return Reading::Invalid;
            };
            if int.contains(decimal) || frac.is_empty() || frac.contains(group) {
                return Reading::Invalid;
            }
            grouped(int, group).and_then(|digits| read(&digits, Some(frac)))
        }
        (1, 0) | (0, 1) => {
            let mark = if dots == 1 { '.' } else { ',' };
            let Some((int, frac)) = body.split_once(mark) else {
                return Reading::Invalid;
            };
            if int.is_empty() || frac.is_empty() {
                return Reading::Invalid;
            }
            let thousands_shape = frac.len() == 3 && int.len() <= 3 && !int.starts_with('0');
            match (thousands_shape, mark) {
                (false, _) => read(int, Some(frac)),
                (true, '.') => read(&format!("{int}{frac}"), None),
                (true, _) => {
                    return match (read(int, Some(frac)), read(&format!("{int}{frac}"), None)) {
                        (Some(decimal), Some(thousands)) => Reading::Ambiguous { decimal, thousands },
                        _ => Reading::Invalid,
                    }
                }
            }
        }
        // Only one kind of mark, several times: thousands separators ("1.234.567").
        (_, 0) => grouped(body, '.').and_then(|d| read(&d, None)),
        (0, _) => grouped(body, ',').and_then(|d| read(&d, None)),
        _ => None,
    };
    result.map_or(Reading::Invalid, Reading::Clear)
}

/// The value of plain digits with an optional fraction ("1234", "56" → 1234.56), or `None`
/// when there are too many digits for a Decimal. Not `Decimal::from_str`: that one also
/// reads exponents ("1e3"), which no one types as an amount, and costs download size.
fn decimal_from_digits(int: &str, frac: &str) -> Option<Decimal> {
    let scale = u32::try_from(frac.len()).ok().filter(|s| *s <= 28)?;
    let mut mantissa: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    // Decimal holds 96 bits of mantissa.
    if mantissa >= 1i128 << 96 {
        return None;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

/// "1.234.567" → "1234567" when every group after the first has exactly three digits.
fn grouped(int: &str, mark: char) -> Option<String> {
    let mut parts = int.split(mark);
    let first = parts.next()?;
    if first.is_empty() || first.len() > 3 {
        return (!int.contains(mark) && !int.is_empty()).then(|| int.to_string());
    }
    let mut out = first.to_string();
    for p in parts {
        if p.len() != 3 {
            return None;
        }
        out.push_str(p);
    }
    Some(out)
}

/// A number as a program writes it ("12.345", from JavaScript's `String(12.345)`), made
/// into text that [`read_number`] reads as that same value: three decimals after a point
/// would otherwise be read as a Dutch thousands separator, so a zero is added ("12.3450").
pub fn program_number_text(s: &str) -> String {
    match s.split_once('.') {
        Some((_, frac)) if frac.len() == 3 && frac.bytes().all(|b| b.is_ascii_digit()) => format!("{s}0"),
        _ => s.to_string(),
    }
}

/// The one clear value of a typed number, if there is one.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    match read_number(text) {
        Reading::Clear(d) => Some(d),
        _ => None,
    }
}

/// A required number within `min..=max`; `what` is the B1 name used in the message.
pub fn number_in(
    field: &str,
    text: &str,
    min: Decimal,
    max: Decimal,
    message: impl Into<Text>,
) -> Result<Decimal, FieldError> {
    // One body for every message type: generic, it was compiled once per form field.
    number_in_text(field, text, min, max, message.into())
}

fn number_in_text(field: &str, text: &str, min: Decimal, max: Decimal, message: Text) -> Result<Decimal, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::new(field, "required", txt::required { message }));
    }
    match read_number(text) {
        Reading::Clear(v) if v >= min && v <= max => Ok(v),
        Reading::Clear(_) => Err(FieldError::new(field, "out_of_range", message)),
        Reading::Ambiguous { decimal, thousands } => Err(FieldError::new(
            field,
            "ambiguous",
            txt::ambiguous {
                decimal,
                thousands,
                plain: i64::try_from(thousands.trunc().mantissa()).unwrap_or(0),
            },
        )),
        Reading::Invalid => Err(FieldError::new(
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
    whole_in_text(field, text, min, max, message.into())
}

fn whole_in_text(field: &str, text: &str, min: u32, max: u32, message: Text) -> Result<u32, FieldError> {
    let v = number_in_text(field, text, Decimal::from(min), Decimal::from(max), message.clone())?;
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
pub fn gemeente_field(text: &str) -> Result<&'static crate::rules::Gemeente, FieldError> {
    if text.trim().is_empty() {
        return Ok(crate::rules::landelijk());
    }
    crate::rules::gemeente(text).ok_or_else(|| FieldError::new("gemeente", "unknown_gemeente", txt::UNKNOWN_GEMEENTE))
}

/// A date (jjjj-mm-dd) for which the rules are known; `example` is the B1 message for text
/// that is not a date. A date outside the rules gets the look-up's own message.
pub fn rule_date_field(field: &str, text: &str, example: impl Into<Text>) -> Result<crate::rules::Date, FieldError> {
    let d = text
        .parse::<crate::rules::Date>()
        .map_err(|_| FieldError::new(field, "invalid_date", example))?;
    crate::rules::parameters_at(d).map(|_| d).map_err(|e| FieldError {
        field: field.into(),
        ..e
    })
}

/// Children at home, at most this many (a household with more is rare enough to ask the
/// gemeente).
const MAX_CHILDREN: usize = 12;

/// "4, 13" → [4, 13]: children 0–17 living at home.
pub fn parse_children(text: &str) -> Result<Vec<u8>, FieldError> {
    parse_children_up_to(text, 17, txt::CHILD_TOO_OLD.into())
}

/// [`parse_children`] with children at home up to `max` years old; `too_old` says what to
/// do with an older one.
pub fn parse_children_up_to(text: &str, max: u8, too_old: Text) -> Result<Vec<u8>, FieldError> {
    let mut out = Vec::new();
    for part in text.split([',', ';', ' ']).filter(|p| !p.trim().is_empty()) {
        match part.trim().parse::<u8>() {
            Ok(a) if a <= max => out.push(a),
            Ok(_) => return Err(FieldError::new("children", "child_too_old", too_old)),
            Err(_) => return Err(FieldError::new("children", "not_a_number", txt::CHILDREN_NOT_NUMBERS)),
        }
        if out.len() > MAX_CHILDREN {
            return Err(FieldError::new(
                "children",
                "too_many",
                txt::too_many_children { max: MAX_CHILDREN },
            ));
        }
    }
    Ok(out)
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

/// A value given for a field from outside a form: the JS API, a test case, a rule call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// Text as a person typed it ("1.200,50").
    Text(String),
    /// A number as a program wrote it ("1200.5"): the point is always a decimal point.
    Number(String),
    Flag(bool),
}

impl FieldValue {
    /// The text a form field gets.
    fn into_text(self) -> Option<String> {
        match self {
            FieldValue::Text(t) => Some(t),
            FieldValue::Number(n) => Some(program_number_text(&n)),
            FieldValue::Flag(_) => None,
        }
    }
}

/// Fills a form from named values; a field not given keeps its default. A name the form
/// does not have, or a value of the wrong kind, is a field error: a misspelt field would
/// otherwise be ignored silently and give the answer for a different household.
pub fn fill_form<F: FormFields + Default>(values: Vec<(String, FieldValue)>) -> Result<F, Vec<FieldError>> {
    let mut form = F::default();
    let errors = fill_slots(&mut form.slots(), values);
    if errors.is_empty() {
        Ok(form)
    } else {
        Err(errors)
    }
}

// The part that does not depend on the form: one body for every tool's form.
fn fill_slots(slots: &mut [(&'static str, Slot<'_>)], values: Vec<(String, FieldValue)>) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let known: Vec<&'static str> = slots.iter().map(|(n, _)| *n).collect();
    for (name, value) in values {
        let Some((_, slot)) = slots.iter_mut().find(|(n, _)| *n == name) else {
            errors.push(unknown_field(&name, &known));
            continue;
        };
        match (slot, value) {
            (Slot::Flag(b), FieldValue::Flag(v)) => **b = v,
            (Slot::Flag(_), _) => errors.push(FieldError::new(name, "invalid_type", txt::TRUE_OR_FALSE)),
            (Slot::Text(t), v) => match v.into_text() {
                Some(text) => **t = text,
                None => errors.push(FieldError::new(name, "invalid_type", txt::TEXT_OR_NUMBER)),
            },
        }
    }
    errors
}

/// The refusal of a field name nobody asked for, naming the ones that exist.
pub fn unknown_field(name: &str, known: &[&str]) -> FieldError {
    let shown: String = name.chars().take(60).collect();
    FieldError::new(
        shown.clone(),
        "unknown_field",
        txt::unknown_field {
            field: shown,
            known: known.join(", "),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse_decimal(s).map(|d| d.normalize().to_string())
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
            "12.34.56",
            "1.200.5",
            "1,200,50.5.5",
            "99999999999999999999999999999999999999999",
        ] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn twelve_hundred_as_dutch_people_write_it() {
        for twelve_hundred in [
            "1200",
            "1.200",
            "€ 1.200",
            "€1.200,-",
            "1.200,00",
            "1,200.00",
            "EUR 1200",
            "1\u{a0}200",
        ] {
            assert_eq!(p(twelve_hundred), Some("1200".into()), "{twelve_hundred:?}");
        }
        assert_eq!(p("1.200,50"), Some("1200.5".into()));
        assert_eq!(p("1,200.50"), Some("1200.5".into()));
        assert_eq!(p("20.000"), Some("20000".into()));
        assert_eq!(p("-12.500"), Some("-12500".into()));
        // Not thousands: a leading zero, or not three digits after the mark.
        assert_eq!(p("0.125"), Some("0.125".into()));
        assert_eq!(p("1.5"), Some("1.5".into()));
        assert_eq!(p("12.50"), Some("12.5".into()));
        assert_eq!(p("1234.567"), Some("1234.567".into()));
        // One comma and three digits: 1,2 or 1200? Asked back, never guessed.
        assert_eq!(
            read_number("1,200"),
            Reading::Ambiguous {
                decimal: Decimal::new(12, 1),
                thousands: Decimal::from(1200)
            }
        );
        assert_eq!(p("1,20"), Some("1.2".into()));
    }

    #[test]
    fn an_ambiguous_number_is_asked_back_in_the_page_language() {
        let e = number_in("rent", "1,200", Decimal::ZERO, Decimal::from(5000), Text::verbatim("x")).unwrap_err();
        assert_eq!(e.code, "ambiguous");
        assert_eq!(e.message, "Bedoelt u 1.200 of 1,2? Typ dan 1200 of 1,2.");
        crate::i18n::in_language("en", || {
            assert_eq!(e.message, "Do you mean 1,200 or 1.2? Then type 1200 or 1.2.");
        });
        // What the message tells people to type is read as they meant it.
        assert_eq!(p("1200"), Some("1200".into()));
        assert_eq!(p("1,2"), Some("1.2".into()));
        assert_eq!(p("1.2"), Some("1.2".into()));
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
