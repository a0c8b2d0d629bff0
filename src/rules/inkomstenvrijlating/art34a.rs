//! Inkomstenvrijlating under Participatiewet art. 34a (version `art34a`), in force from
//! 1 January 2027 (Wet Participatiewet in balans, Stb. 2025, 312). It replaces the work
//! vrijlating of art. 31 lid 2 onder n and y:
//!
//! > 1 Inkomsten uit arbeid worden niet met de algemene bijstand verrekend ten aanzien van
//! > degene die:
//! > a. de pensioengerechtigde leeftijd nog niet heeft bereikt: gedurende een aaneengesloten
//! > periode van maximaal twaalf maanden voor 15 procent van deze inkomsten per maand,
//! > indien dit naar het oordeel van het college bijdraagt aan de arbeidsinschakeling van
//! > deze persoon;
//! > b. medisch urenbeperkt is: voor 15 procent van deze inkomsten per maand;
//! > c. de pensioengerechtigde leeftijd heeft bereikt: voor 25 procent en tot € 226,00 van
//! > deze inkomsten per maand.
//!
//! No maximum amount under the AOW age and no lower age limit. Lid 2 (the college may extend
//! the period when more hours are not possible) and lid 3 (again with a new job) are the
//! college's decisions; the tools name them, they do not assume them.
//!
//! The single-parent vrijlating (art. 31 lid 2 onder r) has no place in art. 34a, and its
//! condition 2° refers to the six months of onder n, which art. 34a replaces. Whether onder
//! r stays after 1 January 2027 was not found, so it is not applied here, and the line says
//! so with the amount a single parent might keep on top.

use crate::how;
use crate::i18n::msg::inkomstenvrijlating as txt;
use crate::i18n::Text;
use crate::rules::explain::{LawRef, Line, Sourced};
use crate::rules::keys;
use crate::rules::money::Money;
use crate::rules::params::{VrijlatingAlleenstaandeOuderArt31Lid2R, VrijlatingArt34a};
use crate::rules::wetten::PARTICIPATIEWET;
use crate::rules::Date;

use super::{capped, Phase, VrijlatingInput, VrijlatingWho};

pub const PW_ART_34A: LawRef = PARTICIPATIEWET.art("34a").lid("1");

/// Lid 1 onder a for the first `months` months, onder b without a period, onder c at the
/// AOW age.
pub fn vrijlating(
    v: &VrijlatingArt34a,
    r: &VrijlatingAlleenstaandeOuderArt31Lid2R,
    date: Date,
    input: VrijlatingInput,
    aow: bool,
) -> Line {
    let earnings = input.net_earnings.at_least_zero();
    let base = Line::new(keys::BIJSTAND_VRIJLATING, txt::LABEL, Money::ZERO, Text::Empty);
    let line = if aow {
        let raw = earnings * v.aow_pct.value;
        let how = how!(txt::aow_age {
            cap: capped(raw, v.aow_max.value),
            earnings,
            pct: v.aow_pct.value,
            raw: raw.round_cents()
        });
        let amount = raw.min(v.aow_max.value).round_cents();
        Line { amount, how, ..base }.param(&v.aow_pct).param(&v.aow_max)
    } else if input.medisch_urenbeperkt {
        let raw = earnings * v.medisch_pct.value;
        let how = how!(txt::medisch_34a {
            earnings,
            pct: v.medisch_pct.value,
            raw: raw.round_cents()
        });
        Line {
            amount: raw.round_cents(),
            how,
            ..base
        }
        .param(&v.medisch_pct)
    } else if input.month >= 1 && input.month <= v.months.value {
        let raw = earnings * v.pct.value;
        let how = how!(txt::first_months_34a {
            earnings,
            month: input.month,
            months: v.months.value,
            pct: v.pct.value,
            raw: raw.round_cents()
        });
        Line {
            amount: raw.round_cents(),
            how,
            ..base
        }
        .param(&v.pct)
        .param(&v.months)
    } else {
        let how = how!(txt::after { months: v.months.value });
        Line { how, ..base }.param(&v.months)
    };
    let line = line.law(PW_ART_34A, date);
    if input.single_parent_child_under_12 && !aow && !input.medisch_urenbeperkt {
        single_parent_not_found(line, r)
    } else {
        line
    }
}

/// The single parent is told that art. 31 lid 2 onder r may add up to its maximum, and
/// why it is not counted: its fate on 1 January 2027 was not found.
fn single_parent_not_found(mut line: Line, r: &VrijlatingAlleenstaandeOuderArt31Lid2R) -> Line {
    line.how.push(how!(txt::single_parent_2027 {
        max: r.max.value,
        pct: r.pct.value
    }));
    line.param(&r.pct).param(&r.max)
}

/// Under the AOW age: onder a for `months`, then nothing; medisch urenbeperkt or at the AOW
/// age: one lasting stretch.
pub fn phases(v: &VrijlatingArt34a, who: VrijlatingWho, aow: bool) -> Vec<Phase> {
    if aow || who.medisch_urenbeperkt {
        super::consecutive(&[])
    } else {
        super::consecutive(&[v.months.value])
    }
}
