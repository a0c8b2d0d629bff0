//! A calendar date without time or time zone. Rules change on calendar days
//! (1 January, 1 July), so a plain y-m-d triple is all the engine needs; pulling in a
//! date-time crate would only grow the WebAssembly module.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::msg::date as txt;
use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError;

impl DateError {
    /// The message for someone who typed something that is not a date.
    pub fn text(&self) -> Msg {
        txt::INVALID
    }
}

/// The message in the current language.
impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().text())
    }
}

impl Date {
    /// Builds a date; `None` if the day does not exist (30 February, month 13).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// For generated parameter tables, whose dates the build script already checked.
    pub(crate) const fn from_checked(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub const fn year(self) -> u16 {
        self.year
    }
    pub const fn month(self) -> u8 {
        self.month
    }
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The first day of the next half year: 1 July or 1 January. Minimum wage and bijstand
    /// norms are indexed on exactly these two days (Wml art. 14, Participatiewet art. 38).
    pub const fn next_half_year_start(self) -> Date {
        if self.month < 7 {
            Date {
                year: self.year,
                month: 7,
                day: 1,
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }

    /// The day before this one.
    pub const fn previous_day(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        if self.month > 1 {
            let month = self.month - 1;
            return Date {
                year: self.year,
                month,
                day: days_in_month(self.year, month),
            };
        }
        Date {
            year: self.year - 1,
            month: 12,
            day: 31,
        }
    }

    /// Adds whole calendar months, clamping the day to the end of the target month
    /// (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: u32) -> Date {
        let total = u32::from(self.month) - 1 + months;
        let year = u32::from(self.year) + total / 12;
        let year = u16::try_from(year).unwrap_or(u16::MAX).min(2200);
        let month = (total % 12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Whole calendar months from `self` to `later` (0 if `later` is earlier).
    pub fn months_until(self, later: Date) -> u32 {
        if later <= self {
            return 0;
        }
        let mut months =
            (u32::from(later.year) * 12 + u32::from(later.month)) - (u32::from(self.year) * 12 + u32::from(self.month));
        if later.day < self.day {
            months = months.saturating_sub(1);
        }
        months
    }

    /// Age in whole years on `on` for someone born on `self`.
    pub fn age_on(self, on: Date) -> u16 {
        let mut age = on.year.saturating_sub(self.year);
        if (on.month, on.day) < (self.month, self.day) {
            age = age.saturating_sub(1);
        }
        age
    }
}

const fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Accepts `jjjj-mm-dd` only: the value an `<input type="date">` gives.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(DateError);
        }
        let num = |r: core::ops::Range<usize>| -> Result<u16, DateError> {
            let part = s.get(r).ok_or(DateError)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(DateError);
            }
            part.parse::<u16>().map_err(|_| DateError)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y, m as u8, d as u8).ok_or(DateError)
    }
}

/// Plain ISO ("2026-07-01"): the value of an `<input type="date">`, of share links and of
/// the JS API. Dates shown to people are written by `crate::i18n` in the page's language.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(|_| serde::de::Error::custom(txt::EXPECTED.text()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("valid date in test")
    }

    #[test]
    fn parses_and_refuses() {
        assert_eq!(d("2026-07-01").to_string(), "2026-07-01");
        for bad in [
            "",
            "2026-02-30",
            "2026-13-01",
            "26-01-01",
            "2026-1-01",
            "2026-01-0x",
            "+026-01-01",
            "2026-00-10",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be refused");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2026-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-11-15").add_months(14), d("2028-01-15"));
        assert_eq!(d("2026-03-01").months_until(d("2027-02-15")), 11);
        assert_eq!(d("2026-03-01").months_until(d("2027-03-01")), 12);
        assert_eq!(d("2026-01-01").previous_day(), d("2025-12-31"));
        assert_eq!(d("2026-03-01").previous_day(), d("2026-02-28"));
        assert_eq!(d("2026-03-10").next_half_year_start(), d("2026-07-01"));
        assert_eq!(d("2026-07-01").next_half_year_start(), d("2027-01-01"));
        assert_eq!(d("2005-07-01").age_on(d("2026-06-30")), 20);
        assert_eq!(d("2005-07-01").age_on(d("2026-07-01")), 21);
    }
}
