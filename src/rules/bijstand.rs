//! Aanvullende bijstand: what the gemeente pays on top of the household's own income, up to
//! the norm.
//!
//! > Participatiewet art. 19 lid 2: "De bijstand […] wordt vastgesteld op de voor
//! > belanghebbende geldende norm, verminderd met het in aanmerking te nemen inkomen […]."
//!
//! Art. 31 and 32 say what income counts: net income from work, minus the part that the
//! inkomstenvrijlating leaves out of account (see [`super::inkomstenvrijlating`]).

use crate::how;
use crate::i18n::msg::bijstand as txt;
use crate::i18n::Text;

use super::bijstandsnorm::Leefvorm;
use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::params::{Param, Snapshot};
use super::wetten::PARTICIPATIEWET;
use super::Date;

pub const PW_ART_19_LID_2: LawRef = PARTICIPATIEWET.art("19").lid("2").note("en art. 31–32");
pub const PW_ART_32_LID_3: LawRef = PARTICIPATIEWET.art("32").lid("3");
/// Art. 34 lid 3 sets the vermogensgrenzen; with vermogen above them there is no right to
/// algemene bijstand (art. 19 lid 1 onder b).
pub const PW_ART_34_LID_3: LawRef = PARTICIPATIEWET.art("34").lid("3").note("en art. 19 lid 1");

pub struct BijstandInput<'a> {
    /// The norm for the household, including vakantietoeslag (art. 19 lid 3).
    pub norm: &'a Line,
    /// The household's net income this month that counts for the bijstand (art. 31, 32).
    pub income: Money,
    /// The part of that income left out of account this month (art. 31 lid 2).
    pub vrijlating: Option<&'a Line>,
    /// Someone works: the line is then called a top-up ("aanvullende bijstand").
    pub working: bool,
}

/// Norm minus the income that counts, never below zero.
pub fn aanvullende_bijstand(date: Date, input: &BijstandInput) -> Line {
    let norm = input.norm.amount;
    let income = input.income;
    let vrij = input.vrijlating.map(|l| l.amount).unwrap_or(Money::ZERO);
    let counted = (income - vrij).at_least_zero();
    let bijstand = (norm - counted).at_least_zero();
    let how = if income.is_zero() {
        how!(txt::full { norm })
    } else if bijstand.is_zero() {
        let vrij_text = if vrij.is_zero() {
            Text::Empty
        } else {
            txt::none_vrij { amount: vrij }.into()
        };
        how!(txt::none {
            income,
            norm,
            vrij: vrij_text,
        })
    } else {
        how!(txt::top_up {
            bijstand,
            counted,
            income,
            norm,
            vrij,
        })
    };
    let label = if input.working { txt::TOP_UP_LABEL } else { txt::LABEL };
    let mut line = Line::new(keys::BIJSTAND, label, bijstand, how)
        .from_lines([input.norm])
        .law(PW_ART_19_LID_2, date);
    if let Some(v) = input.vrijlating {
        line = line.from_lines([v]);
        line.how.push(how!(txt::vrijlating { how: v.how.clone() }));
    }
    line
}

/// Art. 34 lid 3: the vermogensgrens for the leefvorm (also the grens some gemeenten use for
/// their own regelingen).
pub fn vermogensgrens(s: &Snapshot, leefvorm: Leefvorm) -> &Param<Money> {
    let v = &s.vermogen;
    match leefvorm {
        Leefvorm::Alleenstaande => &v.single,
        Leefvorm::AlleenstaandeOuder => &v.single_parent,
        Leefvorm::Gehuwden => &v.couple,
    }
}

/// Art. 34 (with art. 19 lid 1 onder b): with vermogen above the grens there is no right
/// to algemene bijstand; the household lives on the part above it first. `None` when the
/// vermogen is within the grens. The vermogen is as the user gave it: what the bijstand
/// leaves out (the home up to a limit, savings built up during the bijstand) is for the
/// gemeente to judge.
pub fn boven_vermogensgrens(
    s: &Snapshot,
    date: Date,
    leefvorm: Leefvorm,
    vermogen: Money,
    working: bool,
) -> Option<Line> {
    let grens = vermogensgrens(s, leefvorm);
    if vermogen <= grens.value {
        return None;
    }
    let how = how!(txt::vermogen_boven_grens {
        grens: grens.value,
        over: vermogen - grens.value,
        vermogen,
    });
    let label = if working { txt::TOP_UP_LABEL } else { txt::LABEL };
    Some(
        Line::new(keys::BIJSTAND, label, Money::ZERO, how)
            .param(grens)
            .law(PW_ART_34_LID_3, date),
    )
}

/// Art. 32 lid 3: the income of a partner without a right to bijstand counts only for the
/// part by which the couple's income, with the bijstand that would be paid without it,
/// is more than the norm for gehuwden. `own` is the rechthebbende's income that counts.
pub fn inkomen_partner_zonder_recht(date: Date, norm: &Line, gehuwdennorm: &Line, own: Money, partner: Money) -> Line {
    let without = (norm.amount - own).at_least_zero();
    let together = own + without + partner;
    let counted = (together - gehuwdennorm.amount).at_least_zero().min(partner);
    let how = how!(txt::partner_zonder_recht {
        counted,
        gehuwden: gehuwdennorm.amount,
        own,
        partner,
        together,
        without,
    });
    Line::new(keys::BIJSTAND_PARTNER_INKOMEN, txt::PARTNER_INCOME_LABEL, counted, how)
        .from_lines([norm, gehuwdennorm])
        .law(PW_ART_32_LID_3, date)
}
