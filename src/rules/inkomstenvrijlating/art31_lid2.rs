//! Inkomstenvrijlating under Participatiewet art. 31 lid 2 onder n and r, with the age limit
//! of lid 5, as in force in 2025 and 2026 (versions `art31_lid2_n` and `art31_lid2_r`).
//!
//! Art. 31 lid 2: "Tot de middelen worden niet gerekend: (…)
//!
//! n. inkomsten uit arbeid tot 25 procent van deze inkomsten, met een maximum van € … per
//!    maand, voor zover hij algemene bijstand ontvangt, waarbij voor een persoon die de
//!    pensioengerechtigde leeftijd nog niet heeft bereikt geldt dat die inkomsten gedurende
//!    ten hoogste zes maanden niet tot de middelen worden gerekend en dat dit naar het
//!    oordeel van het college moet bijdragen aan zijn arbeidsinschakeling; (…)
//!
//! r. inkomsten uit arbeid van een alleenstaande ouder tot 12,5 procent van deze inkomsten,
//!    met een maximum van € … per maand, gedurende een aaneengesloten periode van ten
//!    hoogste 30 maanden, voor zover hij algemene bijstand ontvangt, ingeval:
//!    1°. hij de volledige zorg heeft voor een tot zijn last komend kind tot 12 jaar;
//!    2°. de periode van zes maanden, bedoeld in onderdeel n, is verstreken; en
//!    3°. dit naar het oordeel van het college bijdraagt aan zijn arbeidsinschakeling;"
//!
//! Lid 5 makes onder n and r not apply to persons younger than 27 jaar.
//!
//! The amounts (€ …) are left out above: they are data (`work_max`, `max`), indexed with
//! the net minimum wage by art. 38. So are the percentages, the durations and the age.
//!
//! The college's judgement ("naar het oordeel van het college") is assumed positive; the
//! tools say so.

use crate::how;
use crate::i18n::msg::inkomstenvrijlating as txt;
use crate::i18n::Text;
use crate::rules::explain::{LawRef, Line, Sourced};
use crate::rules::keys;
use crate::rules::money::Money;
use crate::rules::params::{VrijlatingAlleenstaandeOuderArt31Lid2R, VrijlatingArt31Lid2N};
use crate::rules::wetten::PARTICIPATIEWET;
use crate::rules::Date;

use super::{Phase, VrijlatingInput, VrijlatingWho};

pub const PW_ART_31: LawRef = PARTICIPATIEWET.art("31").lid("2").note("onder n en r, lid 5");

/// Lid 5 per onderdeel: whether onder n and onder r can apply to this person at all.
fn applies(
    n: &VrijlatingArt31Lid2N,
    r: &VrijlatingAlleenstaandeOuderArt31Lid2R,
    age: u16,
    parent: bool,
) -> (bool, bool) {
    let age = u32::from(age);
    (age >= n.min_age.value, parent && age >= r.min_age.value)
}

/// Onder n for the first `work_months` months; then, for a single parent with a child
/// under 12, onder r for `months` more ("de periode van zes maanden, bedoeld in onderdeel
/// n, is verstreken").
pub fn vrijlating(
    n: &VrijlatingArt31Lid2N,
    r: &VrijlatingAlleenstaandeOuderArt31Lid2R,
    date: Date,
    input: VrijlatingInput,
) -> Line {
    let earnings = input.net_earnings.at_least_zero();
    let base = Line::new(keys::BIJSTAND_VRIJLATING, txt::LABEL, Money::ZERO, Text::Empty);
    let (n_applies, r_applies) = applies(n, r, input.age, input.single_parent_child_under_12);
    let work_months = n.work_months.value;
    let in_work_months = input.month >= 1 && input.month <= work_months;
    if !n_applies && (!r_applies || in_work_months) {
        let min_age = u16::try_from(n.min_age.value).unwrap_or(u16::MAX);
        let mut line = Line {
            how: how!(txt::too_young { min_age }),
            ..base
        }
        .param(&n.min_age);
        if input.single_parent_child_under_12 {
            line = line.param(&r.min_age);
        }
        return line.law(PW_ART_31, date);
    }
    let cap = |raw: Money, max: Money| {
        if raw > max {
            how!(txt::capped { max })
        } else {
            Text::Empty
        }
    };
    if in_work_months {
        let raw = earnings * n.work_pct.value;
        let amount = raw.min(n.work_max.value).round_cents();
        return Line {
            amount,
            how: how!(txt::first_months {
                cap: cap(raw, n.work_max.value),
                earnings,
                month: input.month,
                months: work_months,
                pct: n.work_pct.value,
                raw: raw.round_cents()
            }),
            ..base
        }
        .param(&n.work_pct)
        .param(&n.work_max)
        .param(&n.work_months)
        .law(PW_ART_31, date);
    }
    let parent_last = work_months.saturating_add(r.months.value);
    if r_applies && input.month > work_months && input.month <= parent_last {
        let raw = earnings * r.pct.value;
        let amount = raw.min(r.max.value).round_cents();
        return Line {
            amount,
            how: how!(txt::single_parent {
                cap: cap(raw, r.max.value),
                earnings,
                months: r.months.value,
                pct: r.pct.value,
                raw: raw.round_cents(),
                work_months
            }),
            ..base
        }
        .param(&r.pct)
        .param(&r.max)
        .param(&r.months)
        .law(PW_ART_31, date);
    }
    let after = if r_applies {
        Text::from(txt::after_single_parent { months: work_months })
    } else {
        Text::from(txt::after { months: work_months })
    };
    Line {
        how: how!(after),
        ..base
    }
    .param(&n.work_months)
    .law(PW_ART_31, date)
}

/// The stretches of [`vrijlating`]: onder n for `work_months`, onder r for `months` after
/// it, then nothing. A person lid 5 excludes from both has one stretch.
pub fn phases(n: &VrijlatingArt31Lid2N, r: &VrijlatingAlleenstaandeOuderArt31Lid2R, who: VrijlatingWho) -> Vec<Phase> {
    let (n_applies, r_applies) = applies(n, r, who.age, who.single_parent_child_under_12);
    // Onder r starts when the months of onder n have passed, whether or not onder n
    // applied in them; so those months are a stretch of their own either way.
    if r_applies {
        super::consecutive(&[n.work_months.value, r.months.value])
    } else if n_applies {
        super::consecutive(&[n.work_months.value])
    } else {
        super::consecutive(&[])
    }
}
