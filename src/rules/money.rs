//! Money and rates over `rust_decimal::Decimal`. No floats: a wrong cent on a government
//! site is a wrong answer. Every rounding step is named after the rule it follows, so a
//! reader can check it against the law or the published table.

use core::fmt;
use core::iter::Sum;
use core::ops::{Add, AddAssign, Mul, Neg, Sub, SubAssign};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

/// An amount in euros. Kept unrounded inside a calculation; rounded with one of the named
/// helpers where the rule says so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub const fn new(amount: Decimal) -> Money {
        Money(amount)
    }

    /// Whole euros, for literals in tests and data.
    pub fn euros(amount: i64) -> Money {
        Money(Decimal::from(amount))
    }

    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// To cents, half away from zero ("rekenkundig afronden"): the usual rule for amounts
    /// paid or shown, e.g. bijstand excluding vakantietoeslag = 95% of the norm, to cents.
    pub fn round_cents(self) -> Money {
        Money::cents(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// Always two decimals, so "6000" and "6000.00" print (and serialise) alike.
    fn cents(mut d: Decimal) -> Money {
        d.rescale(2);
        Money(d)
    }

    /// Up to the next cent: the statutory minimum hourly wage is the monthly amount divided
    /// by 4⅓ × 36 hours, rounded up to a cent (Wml art. 8 lid 1 sub a).
    pub fn ceil_cents(self) -> Money {
        Money::cents(self.0.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity))
    }

    /// Down to the cent below.
    pub fn floor_cents(self) -> Money {
        Money::cents(self.0.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity))
    }

    /// Down to whole euros: e.g. a monthly toeslag advance is floor(yearly / 12).
    pub fn floor_euros(self) -> Money {
        Money(self.0.floor())
    }

    /// To whole euros, half away from zero.
    pub fn round_euros(self) -> Money {
        Money(self.0.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
    }

    /// A yearly amount as a monthly one: ÷ 12, to cents.
    pub fn per_month(self) -> Money {
        Money(self.0 / Decimal::from(12)).round_cents()
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// Never below zero: no toeslag, subsidy or benefit is negative.
    pub fn at_least_zero(self) -> Money {
        self.max(Money::ZERO)
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// Multiplication that cannot panic: money × factor stays far below Decimal's range for
    /// any input the validated forms allow, but a JS caller may send anything.
    pub fn checked_mul(self, factor: Decimal) -> Option<Money> {
        self.0.checked_mul(factor).map(Money)
    }

    /// Division; `None` for a zero divisor.
    pub fn checked_div(self, divisor: Decimal) -> Option<Money> {
        self.0.checked_div(divisor).map(Money)
    }
}

/// Plain and language-neutral, two decimals ("1234.56", "-12.00"), for test messages and
/// debugging. Amounts shown to people are written by `crate::i18n` in the page's language.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.round_cents().0, f)
    }
}

/// Serialised as a decimal string with two decimals ("1401.50", "129.00"), so a JavaScript
/// caller never sees a float and every amount has the same form.
impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.round_cents().0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0.saturating_add(o.0))
    }
}
impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0.saturating_sub(o.0))
    }
}
impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        *self = *self + o;
    }
}
impl SubAssign for Money {
    fn sub_assign(&mut self, o: Money) {
        *self = *self - o;
    }
}
impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}
/// Saturating, so no input can overflow into a panic.
impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, factor: Decimal) -> Money {
        Money(self.0.saturating_mul(factor))
    }
}
impl Mul<Rate> for Money {
    type Output = Money;
    fn mul(self, rate: Rate) -> Money {
        self * rate.fraction()
    }
}
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

/// A percentage, stored as the fraction (0.235 for 23,5%).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(Decimal);

impl Rate {
    pub const fn from_fraction(fraction: Decimal) -> Rate {
        Rate(fraction)
    }

    /// 23.5 → the rate 23.5 %.
    pub fn from_percent(percent: Decimal) -> Rate {
        Rate(percent / Decimal::ONE_HUNDRED)
    }

    pub const fn fraction(self) -> Decimal {
        self.0
    }

    pub fn percent(self) -> Decimal {
        self.0.saturating_mul(Decimal::ONE_HUNDRED).normalize()
    }
}

/// Plain and language-neutral ("23.5%", "70%"); see `Money`'s `Display`.
impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.percent())
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.normalize())
    }
}

/// Formats `value` with `dp` decimals (rounded half away from zero), the given decimal and
/// group marks, and text before and after the number (a currency sign, a percent sign);
/// a minus goes in front of all of it: "-€ 12,00", "-€12.00".
/// Works on the integer mantissa directly: explanations call this a few dozen times per
/// household, and `Decimal`'s own `Display` plus string surgery was the slow part.
pub fn format_with(value: Decimal, dp: u32, decimal: char, group: char, before: &str, after: &str) -> String {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    // u64 arithmetic covers every amount and rate the tools show (and is native on wasm32,
    // where u128 division would pull in a large helper); beyond it, the exact slow path.
    let fast = u64::try_from(rounded.mantissa().unsigned_abs()).ok().and_then(|m| {
        let widen = 10u64.checked_pow(dp.saturating_sub(rounded.scale()))?;
        Some((m.checked_mul(widen)?, 10u64.checked_pow(dp)?))
    });
    let mut out = String::with_capacity(32);
    if negative {
        out.push('-');
    }
    out.push_str(before);
    let Some((abs, pow)) = fast else {
        format_slow(&mut out, rounded, dp, decimal, group);
        out.push_str(after);
        return out;
    };
    push_digits(&mut out, abs / pow, 1, Some(group));
    if dp > 0 {
        out.push(decimal);
        push_digits(&mut out, abs % pow, dp, None);
    }
    out.push_str(after);
    out
}

/// Writes `n` in decimal digits, at least `width` of them (zero-padded in front, for the
/// cents), with `group` between every three digits of a whole part.
fn push_digits(out: &mut String, mut n: u64, width: u32, group: Option<char>) {
    // u64 has at most 20 digits, and `width` is a count of decimals whose power of ten fits
    // in a u64 (at most 19), so 20 places always suffice.
    let mut back_to_front = [b'0'; 20];
    let mut len: usize = 0;
    for place in back_to_front.iter_mut() {
        *place = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
        if n == 0 && len >= width as usize {
            break;
        }
    }
    for (i, digit) in back_to_front.iter().take(len).rev().enumerate() {
        if let Some(g) = group {
            if i > 0 && (len - i) % 3 == 0 {
                out.push(g);
            }
        }
        out.push(char::from(*digit));
    }
}

/// The same format through `Decimal`'s text, for values beyond u64.
fn format_slow(out: &mut String, rounded: Decimal, dp: u32, decimal: char, group: char) {
    let text = rounded.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if dp > 0 {
        out.push(decimal);
        out.push_str(&format!("{frac:0<width$}", width = dp as usize));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn m(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal literal"))
    }

    #[test]
    fn formats_with_the_marks_it_is_given() {
        let nl = |m: Money, dp| format_with(m.amount(), dp, ',', '.', "€ ", "");
        assert_eq!(nl(m("1401.5"), 2), "€ 1.401,50");
        assert_eq!(nl(m("29736"), 0), "€ 29.736");
        assert_eq!(nl(m("0.005"), 2), "€ 0,01");
        assert_eq!(nl(m("-12"), 2), "-€ 12,00");
        assert_eq!(nl(m("1234567.891"), 2), "€ 1.234.567,89");
        assert_eq!(nl(m("-0.001"), 2), "€ 0,00");
        assert_eq!(nl(m("999"), 2), "€ 999,00");
        assert_eq!(nl(m("1000"), 0), "€ 1.000");
        assert_eq!(nl(m("18446744073709551615"), 0), "€ 18.446.744.073.709.551.615");
        assert_eq!(
            format_with(Decimal::from_str("0.0625").unwrap(), 4, '.', ',', "", "%"),
            "0.0625%"
        );
        // Beyond u64: the exact slow path gives the same format.
        assert_eq!(
            nl(m("79228162514264337593543950.335"), 2),
            "€ 79.228.162.514.264.337.593.543.950,34"
        );
    }

    #[test]
    fn display_is_language_neutral() {
        assert_eq!(m("1234.5").to_string(), "1234.50");
        assert_eq!(m("-12").to_string(), "-12.00");
        assert_eq!(
            Rate::from_percent(Decimal::from_str("23.5").unwrap()).to_string(),
            "23.5%"
        );
        assert_eq!(
            Rate::from_fraction(Decimal::from_str("0.70").unwrap()).to_string(),
            "70%"
        );
    }

    #[test]
    fn named_rounding() {
        assert_eq!(m("1331.425").round_cents(), m("1331.43"));
        assert_eq!(m("-1.005").round_cents(), m("-1.01"));
        assert_eq!(m("14.7001").ceil_cents(), m("14.71"));
        assert_eq!(m("129.99").floor_euros(), m("129"));
        assert_eq!(m("1549.5").round_euros(), m("1550"));
        assert_eq!(m("-3").at_least_zero(), Money::ZERO);
    }

    #[test]
    fn arithmetic_saturates() {
        let huge = Money::new(Decimal::MAX);
        assert_eq!(huge + huge, Money::new(Decimal::MAX));
        assert_eq!(huge * Decimal::from(10), Money::new(Decimal::MAX));
    }
}
