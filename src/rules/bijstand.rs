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

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::wetten::PARTICIPATIEWET;
use super::Date;

pub const PW_ART_19_LID_2: LawRef = PARTICIPATIEWET.art("19").lid("2").note("en art. 31–32");

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
