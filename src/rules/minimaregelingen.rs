//! The gemeente's own regelingen for households with a low income (minimabeleid), each with
//! its own income limit as a percentage of the bijstandsnorm: what a household keeps and
//! what it loses when its income rises. The amounts and limits are the gemeente's data
//! (`params/gemeenten/<slug>/`); a value that is not known is not guessed.
//!
//! - Individuele inkomenstoeslag (Participatiewet art. 36): once granted it is paid for the
//!   year; whether it comes again depends on the income over the gemeente's reference period.
//! - Collectieve zorgverzekering and a participatiefonds: the gemeente's verordening or
//!   beleidsregels (Participatiewet art. 35, bijzondere bijstand, or art. 108 Gemeentewet).
//! - Kwijtschelding of gemeentelijke belastingen (Invorderingswet 1990 art. 26; Leidraad).

use rust_decimal::Decimal;

use crate::how;
use crate::i18n::msg::minimaregelingen as txt;
use crate::i18n::{Msg, Text};

use super::bijstandsnorm::Leefvorm;
use super::explain::{Line, Sourced};
use super::inkomenstoeslag::amount_param;
use super::keys::{self, LineKey};
use super::money::{Money, Rate};
use super::params::{GemeenteRules, Snapshot};
use super::{landelijk, Date, Gemeente};

/// The household and its income in one situation.
pub struct MinimaInput<'a> {
    pub gemeente: &'static Gemeente,
    pub rules: &'a GemeenteRules,
    pub leefvorm: Leefvorm,
    /// The bijstandsnorm without vakantietoeslag: the gemeenten set their limits on it.
    pub norm_excl_vt: Money,
    /// Net household income per month (wage, bijstand, other income; no toeslagen), with
    /// the vakantiegeld spread over the months.
    pub net_income: Money,
    /// The situation now: what the household has today is kept (the IIT already granted,
    /// the kwijtschelding already given), whatever the limits say.
    pub now: bool,
}

impl MinimaInput<'_> {
    fn adults(&self) -> i64 {
        if self.leefvorm == Leefvorm::Gehuwden {
            2
        } else {
            1
        }
    }

    /// The income is at or under `pct` of the norm. The income has the vakantiegeld spread
    /// over the months, so it is taken without it too, like the norm; toeslagen are not
    /// income for these regelingen.
    fn under(&self, s: &Snapshot, pct: Rate) -> bool {
        let vt_share = s.bijstand.vakantietoeslag.value.fraction();
        let income = self.net_income * (Decimal::ONE - vt_share);
        income <= (self.norm_excl_vt * pct).round_cents()
    }
}

/// The individuele inkomenstoeslag the household gets now: kept while the income stays
/// under the gemeente's limit, lost later when it does not.
pub fn inkomenstoeslag_behouden(s: &Snapshot, input: &MinimaInput) -> Line {
    let (rules, name) = (input.rules, input.gemeente.name);
    let p = amount_param(rules, input.leefvorm);
    match (p.value, rules.iit.income_limit_pct.value) {
        (Some(a), limit) => {
            let keeps = input.now || limit.is_some_and(|pct| input.under(s, pct));
            let month = a.per_month();
            let (amount, how) = if keeps {
                (month, how!(txt::iit_kept { month, year: a }))
            } else {
                (
                    Money::ZERO,
                    how!(txt::iit_lost {
                        gemeente: name,
                        year: a
                    }),
                )
            };
            Line::new(keys::LOCAL_IIT, txt::IIT_LABEL, amount, how)
                .param(p)
                .param(&rules.iit.income_limit_pct)
        }
        (None, _) => Line::new(
            keys::LOCAL_IIT,
            txt::IIT_UNKNOWN_LABEL,
            Money::ZERO,
            how!(txt::iit_unknown { gemeente: name }),
        )
        .param(p),
    }
}

/// The gemeente's contribution to the collectieve zorgverzekering, per adult, under its limit.
pub fn collectieve_zorgverzekering(s: &Snapshot, input: &MinimaInput) -> Option<Line> {
    let m = &input.rules.minima;
    let per_adult = m.zorgverzekering_pm.value?;
    let amount = per_adult * Decimal::from(input.adults());
    let keeps = m.zorgverzekering_limit_pct.value.is_some_and(|pct| input.under(s, pct));
    let how = how!(txt::zorgverzekering_how { amount, per_adult });
    Some(
        income_tested(
            keys::LOCAL_ZORGVERZEKERING,
            txt::ZORGVERZEKERING_LABEL,
            keeps,
            amount,
            how,
        )
        .param(&m.zorgverzekering_pm)
        .param(&m.zorgverzekering_limit_pct),
    )
}

/// The participatiefonds (a yearly amount per adult for sport, culture, school), under its limit.
pub fn participatiefonds(s: &Snapshot, input: &MinimaInput) -> Option<Line> {
    let m = &input.rules.minima;
    let per_adult = m.participatie_year_pp.value?;
    let keeps = m.participatie_limit_pct.value.is_some_and(|pct| input.under(s, pct));
    let month = (per_adult * Decimal::from(input.adults())).per_month();
    let how = how!(txt::participatie_how { month, per_adult });
    Some(
        income_tested(keys::LOCAL_PARTICIPATIE, txt::PARTICIPATIE_LABEL, keeps, month, how)
            .param(&m.participatie_year_pp)
            .param(&m.participatie_limit_pct),
    )
}

/// Kwijtschelding of the gemeentelijke belastingen the household now does not pay
/// (`year`, as the household gives it): kept now, lost above the limit. Where the gemeente's
/// own limit is not known, the national default's applies.
pub fn kwijtschelding(s: &Snapshot, date: Date, input: &MinimaInput, year: Money) -> Line {
    let m = &input.rules.minima;
    let limit = m
        .kwijtschelding_limit_pct
        .value
        .or_else(|| landelijk().rules_at(date).minima.kwijtschelding_limit_pct.value);
    let keeps = input.now || limit.is_some_and(|pct| input.under(s, pct));
    let month = year.per_month();
    let (amount, how) = if keeps {
        (month, how!(txt::kwijtschelding_kept { month, year }))
    } else {
        (Money::ZERO, how!(txt::kwijtschelding_lost { year }))
    };
    Line::new(keys::LOCAL_KWIJTSCHELDING, txt::KWIJTSCHELDING_LABEL, amount, how).param(&m.kwijtschelding_limit_pct)
}

/// A regeling the household keeps while its income is under the gemeente's limit.
fn income_tested(key: LineKey, label: Msg, keeps: bool, amount: Money, how_kept: Text) -> Line {
    if keeps {
        Line::new(key, label, amount, how_kept)
    } else {
        Line::new(key, label, Money::ZERO, how!(txt::ABOVE_LIMIT))
    }
}
