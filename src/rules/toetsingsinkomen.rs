//! Toetsingsinkomen: the yearly gross income the toeslagen are tested against (Algemene wet
//! inkomensafhankelijke regelingen art. 8: the verzamelinkomen, or the gross income of the
//! year when that is lower).
//!
//! The bijstand is a net amount; the gemeente withholds loonheffing on it and the tax
//! return counts the gross amount (Participatiewet art. 19 lid 4, "bruteren"). To compare a
//! household with and without work, the toeslagen need that gross amount for a whole year.

use rust_decimal::Decimal;

use super::money::Money;
use super::params::Snapshot;

pub struct ToetsingsinkomenInput {
    /// Gross wage per month, without vakantiegeld.
    pub gross_wage: Money,
    /// Net bijstand per month for the household.
    pub bijstand: Money,
    /// Net income from work the household has now, per month (not from this job).
    pub current_income: Money,
    /// Adults who share the bijstand (1, or 2 for a couple).
    pub adults: u32,
    /// The applicant's loonheffingskorting is applied by the employer of the job, so the
    /// gemeente grosses up the applicant's share of the bijstand without the algemene
    /// heffingskorting (a higher gross amount). Otherwise the gemeente applies it.
    pub ahk_at_job: bool,
}

/// Gross yearly income behind a net amount: loonheffing at the first-bracket rate; the
/// algemene heffingskorting lowers it when nobody else (an employer) applies it for this
/// person.
pub fn gross_up(s: &Snapshot, net_year: Money, ahk_here: bool) -> Money {
    let rate = s
        .income_tax
        .brackets
        .value
        .first()
        .map(|b| b.pct.fraction())
        .unwrap_or_default();
    let keep = Decimal::ONE - rate;
    if keep <= Decimal::ZERO {
        return net_year;
    }
    let ahk = if ahk_here {
        s.income_tax.ahk_max.value
    } else {
        Money::ZERO
    };
    let gross = Money::new((net_year - ahk).amount() / keep);
    gross.max(net_year).round_cents()
}

/// The household's toetsingsinkomen for a year in this situation: the wage with
/// vakantiegeld, the bijstand grossed up per adult, and the current income grossed up.
pub fn toetsingsinkomen(s: &Snapshot, input: &ToetsingsinkomenInput) -> Money {
    let vg = s.wml.vakantiebijslag.value;
    let twelve = Decimal::from(12);
    let wage_year = (input.gross_wage + input.gross_wage * vg) * twelve;
    let adults = input.adults.max(1);
    let per_adult = Money::new((input.bijstand * twelve).amount() / Decimal::from(adults));
    let bijstand_gross: Money = (0..adults)
        .map(|i| gross_up(s, per_adult, !(input.ahk_at_job && i == 0)))
        .sum();
    let current_gross = gross_up(s, input.current_income * twelve, false);
    (wage_year.round_cents() + bijstand_gross + current_gross).round_cents()
}
