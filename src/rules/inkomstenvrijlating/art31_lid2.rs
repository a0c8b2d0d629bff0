//! Inkomstenvrijlating under Participatiewet art. 31 lid 2 onder n, r and y, with the age
//! limit of lid 5, as in force in 2025 and 2026 (versions `art31_lid2` and `art31_lid2_r`).
//!
//! Art. 31 lid 2: "Niet tot de middelen van de belanghebbende worden gerekend: (…)
//!
//! n. inkomsten uit arbeid tot 25 procent van deze inkomsten, met een maximum van € … per
//!    maand, voor zover hij algemene bijstand ontvangt, waarbij voor een persoon die de
//!    pensioengerechtigde leeftijd nog niet heeft bereikt geldt dat die inkomsten gedurende
//!    ten hoogste zes maanden niet tot de middelen worden gerekend en dat dit naar het
//!    oordeel van het college moet bijdragen aan zijn arbeidsinschakeling; (…)
//!
//! r. inkomsten uit arbeid van een alleenstaande ouder tot 12,5 procent van deze
//!    inkomsten, met een maximum van € … per maand, gedurende een aaneengesloten periode van
//!    maximaal 30 maanden, voor zover hij algemene bijstand ontvangt en onderdeel y, z of aa
//!    niet van toepassing is, ingeval: 1°. hij de volledige zorg heeft voor een tot zijn
//!    last komend kind tot 12 jaar, 2°. de periode van zes maanden, bedoeld in onderdeel n,
//!    is verstreken, en 3°. dit volgens het college bijdraagt aan zijn
//!    arbeidsinschakeling; (…)
//!
//! y. inkomsten uit arbeid van een persoon die medisch urenbeperkt is tot 15 procent van
//!    deze inkomsten uit arbeid, met een maximum van € … per maand, voor zover hij
//!    algemene bijstand ontvangt, tenzij onderdeel n van toepassing is;"
//!
//! Lid 5: "Het tweede lid, onderdelen c, j, k, n en r, zijn niet van toepassing op de
//! persoon die jonger is dan 27 jaar (…)": onder y does apply under 27.
//!
//! (Text as in force on 1 January 2025, wetten.overheid.nl BWBR0015703/2025-01-01.) The
//! amounts (€ …) are data, indexed with the net minimum wage by art. 38; so are the
//! percentages, the durations and the age. The college's judgement is assumed positive;
//! the tools say so. Onder z and aa (persons in the doelgroep loonkostensubsidie) are not
//! computed here.

use crate::how;
use crate::i18n::msg::inkomstenvrijlating as txt;
use crate::i18n::Text;
use crate::rules::explain::{LawRef, Line, Sourced};
use crate::rules::keys;
use crate::rules::money::{Money, Rate};
use crate::rules::params::{VrijlatingAlleenstaandeOuderArt31Lid2R, VrijlatingArt31Lid2};
use crate::rules::wetten::PARTICIPATIEWET;
use crate::rules::Date;

use super::{capped, Phase, VrijlatingInput, VrijlatingWho};

pub const PW_ART_31: LawRef = PARTICIPATIEWET.art("31").lid("2").note("onder n en r, lid 5");
pub const PW_ART_31_LID_2_Y: LawRef = PARTICIPATIEWET.art("31").lid("2").note("onder y");

/// Which onderdelen can apply to this person at all: n (lid 5: from 27), r (a single
/// parent with a child under 12, from 27, not with y), y (medisch urenbeperkt).
struct Applies {
    n: bool,
    r: bool,
    y: bool,
}

fn applies(n: &VrijlatingArt31Lid2, r: &VrijlatingAlleenstaandeOuderArt31Lid2R, who: VrijlatingWho) -> Applies {
    let age = u32::from(who.age);
    Applies {
        n: age >= n.min_age.value,
        r: who.single_parent_child_under_12 && !who.medisch_urenbeperkt && age >= r.min_age.value,
        y: who.medisch_urenbeperkt,
    }
}

/// Onder n for the first `work_months` months; then onder y for someone medisch
/// urenbeperkt, or onder r for `months` more for a single parent with a child under 12
/// ("de periode van zes maanden, bedoeld in onderdeel n, is verstreken").
pub fn vrijlating(
    n: &VrijlatingArt31Lid2,
    r: &VrijlatingAlleenstaandeOuderArt31Lid2R,
    date: Date,
    input: VrijlatingInput,
) -> Line {
    let who = input.who();
    let a = applies(n, r, who);
    let base = Line::new(keys::BIJSTAND_VRIJLATING, txt::LABEL, Money::ZERO, Text::Empty);
    let work_months = n.work_months.value;
    let in_work_months = input.month >= 1 && input.month <= work_months;
    let parent_last = work_months.saturating_add(r.months.value);
    if a.n && in_work_months {
        return onder_n(n, date, input, base);
    }
    if a.y {
        return onder_y(n, date, input, base);
    }
    if a.r && input.month > work_months && input.month <= parent_last {
        return onder_r(r, date, input, base, work_months);
    }
    if !a.n && (!a.r || in_work_months) {
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
    let after = if a.r {
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

fn share(earnings: Money, pct: Rate, max: Money) -> (Money, Money) {
    let raw = earnings * pct;
    (raw, raw.min(max).round_cents())
}

fn onder_n(n: &VrijlatingArt31Lid2, date: Date, input: VrijlatingInput, base: Line) -> Line {
    let earnings = input.net_earnings.at_least_zero();
    let (raw, amount) = share(earnings, n.work_pct.value, n.work_max.value);
    Line {
        amount,
        how: how!(txt::first_months {
            cap: capped(raw, n.work_max.value),
            earnings,
            month: input.month,
            months: n.work_months.value,
            pct: n.work_pct.value,
            raw: raw.round_cents()
        }),
        ..base
    }
    .param(&n.work_pct)
    .param(&n.work_max)
    .param(&n.work_months)
    .law(PW_ART_31, date)
}

fn onder_y(n: &VrijlatingArt31Lid2, date: Date, input: VrijlatingInput, base: Line) -> Line {
    let earnings = input.net_earnings.at_least_zero();
    let (raw, amount) = share(earnings, n.medisch_pct.value, n.medisch_max.value);
    Line {
        amount,
        how: how!(txt::medisch {
            cap: capped(raw, n.medisch_max.value),
            earnings,
            pct: n.medisch_pct.value,
            raw: raw.round_cents()
        }),
        ..base
    }
    .param(&n.medisch_pct)
    .param(&n.medisch_max)
    .law(PW_ART_31_LID_2_Y, date)
}

fn onder_r(
    r: &VrijlatingAlleenstaandeOuderArt31Lid2R,
    date: Date,
    input: VrijlatingInput,
    base: Line,
    work_months: u32,
) -> Line {
    let earnings = input.net_earnings.at_least_zero();
    let (raw, amount) = share(earnings, r.pct.value, r.max.value);
    Line {
        amount,
        how: how!(txt::single_parent {
            cap: capped(raw, r.max.value),
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
    .law(PW_ART_31, date)
}

/// The stretches of [`vrijlating`]: onder n for `work_months`, then onder y (lasting) or
/// onder r for `months`, then nothing. A person lid 5 excludes from n and r has one stretch.
pub fn phases(n: &VrijlatingArt31Lid2, r: &VrijlatingAlleenstaandeOuderArt31Lid2R, who: VrijlatingWho) -> Vec<Phase> {
    let a = applies(n, r, who);
    // Onder r starts when the months of onder n have passed, whether or not onder n
    // applied in them; so those months are a stretch of their own either way.
    if a.r {
        super::consecutive(&[n.work_months.value, r.months.value])
    } else if a.n {
        super::consecutive(&[n.work_months.value])
    } else {
        super::consecutive(&[])
    }
}
