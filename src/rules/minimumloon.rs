//! Wettelijk minimumloon (Wet minimumloon en minimumvakantiebijslag, Wml).
//!
//! Since 1 January 2024 the minimum wage is an hourly wage, the same for 36, 38 and 40-hour
//! weeks (art. 8 lid 1 sub a). Under 21 a percentage applies (Besluit minimumjeugdloon). Vakantiebijslag is
//! 8% on top (art. 15).

use crate::how;
use crate::i18n::msg::minimumloon as txt;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::params::Snapshot;
use super::wetten::WET_MINIMUMLOON;
use super::FieldError;

pub const WML_ART_8: LawRef = WET_MINIMUMLOON.art("8");
pub const WML_ART_9: LawRef = WET_MINIMUMLOON.art("9");

/// The youngest age with a legal minimum wage.
pub const MIN_AGE: u16 = 15;

/// Legal minimum hourly wage for someone of `age` (art. 8; Besluit minimumjeugdloon), rounded to cents half up:
/// this reproduces every published youth amount of 2025 and 2026 (e.g. 50% × € 14,99 =
/// € 7,495 → € 7,50).
pub fn hourly_for_age(s: &Snapshot, age: u16) -> Result<Line, FieldError> {
    let adult = s.wml.hourly_21.value;
    if age >= 21 {
        return Ok(Line::new(
            keys::WML_HOURLY,
            txt::HOURLY_LABEL,
            adult,
            how!(txt::hourly_adult { hourly: adult }),
        )
        .param(&s.wml.hourly_21));
    }
    let row = s.wml.youth.value.iter().find(|r| u16::from(r.age) == age);
    let Some(row) = row else {
        return Err(FieldError::new(
            "age",
            "age_below_wml",
            txt::too_young { min_age: MIN_AGE },
        ));
    };
    let amount = (adult * row.pct).round_cents();
    Ok(Line::new(
        keys::WML_HOURLY,
        how!(txt::youth_hourly_label { age }),
        amount,
        how!(txt::youth_hourly {
            adult,
            amount,
            pct: row.pct
        }),
    )
    .param(&s.wml.hourly_21)
    .param(&s.wml.youth))
}

/// Gross monthly wage for `hours` a week at `hourly`: hourly × hours × 52 ÷ 12, to cents.
/// This is how payroll turns an hourly wage into a month; it reproduces the published
/// € 2.496 for 40 hours at € 14,40 (1 July 2025).
pub fn monthly_wage(hourly: Money, hours_per_week: Decimal) -> Money {
    let yearly = hourly * hours_per_week * Decimal::from(52);
    // Division by a non-zero constant: cannot fail.
    Money::new(yearly.amount() / Decimal::from(12)).round_cents()
}

pub fn monthly_wage_line(hourly: Money, hours_per_week: Decimal) -> Line {
    let amount = monthly_wage(hourly, hours_per_week);
    Line::new(
        keys::WAGE_MONTHLY,
        txt::MONTHLY_LABEL,
        amount,
        how!(txt::monthly {
            amount,
            hourly,
            hours: hours_per_week
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{parameters_at, Date};
    use std::str::FromStr;

    fn at(d: &str) -> &'static Snapshot {
        parameters_at(Date::from_str(d).expect("date")).expect("snapshot")
    }

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    #[test]
    fn youth_amounts_match_the_published_tables() {
        let s = at("2026-01-01");
        for (age, want) in [
            (21, "14.71"),
            (20, "11.77"),
            (19, "8.83"),
            (18, "7.36"),
            (17, "5.81"),
            (16, "5.07"),
            (15, "4.41"),
        ] {
            assert_eq!(hourly_for_age(s, age).expect("age ok").amount, euro(want), "age {age}");
        }
        assert_eq!(hourly_for_age(s, 14).unwrap_err().code, "age_below_wml");
    }

    #[test]
    fn forty_hours_at_14_40_is_2496() {
        assert_eq!(monthly_wage(euro("14.40"), Decimal::from(40)), euro("2496.00"));
    }

    #[test]
    fn youth_wage_explained_in_dutch_and_english() {
        let line = hourly_for_age(at("2026-01-01"), 18).expect("age ok");
        assert_eq!(line.label, "Minimumjeugdloon per uur (18 jaar)");
        assert_eq!(line.how, "50% van € 14,71 = € 7,36 per uur (afgerond op centen).");
        let month = monthly_wage_line(euro("14.71"), Decimal::new(325, 1));
        crate::i18n::in_language("en", || {
            assert_eq!(line.label, "Youth minimum wage per hour (age 18)");
            assert_eq!(line.how, "50% of €14.71 = €7.36 per hour (rounded to cents).");
            assert_eq!(
                month.how,
                "€14.71 per hour × 32.5 hours per week × 52 weeks ÷ 12 months = €2,071.66."
            );
            assert_eq!(
                hourly_for_age(at("2026-01-01"), 14).unwrap_err().message,
                "There is no minimum wage for people under 15. Enter an age of 15 or older."
            );
        });
    }
}
