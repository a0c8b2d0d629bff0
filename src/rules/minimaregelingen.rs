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
use super::inkomenstoeslag::{amount_param, monthly_limit};
use super::keys::{self, LineKey};
use super::money::{Money, Rate};
use super::params::IitToets;
use super::params::{GemeenteRules, Snapshot};
use super::{landelijk, Date, Gemeente};

/// The household and its income in one situation.
pub struct MinimaInput<'a> {
    pub gemeente: &'static Gemeente,
    pub rules: &'a GemeenteRules,
    pub leefvorm: Leefvorm,
    /// Ages of the children under 18 (some gemeenten pay a higher IIT with children).
    pub child_ages: &'a [u8],
    /// The bijstandsnorm without vakantietoeslag: the gemeenten set their limits on it.
    pub norm_excl_vt: Money,
    /// Net household income per month (wage, bijstand, other income; no toeslagen), with
    /// the vakantiegeld spread over the months.
    pub net_income: Money,
    /// The highest net income in the months the IIT looks back on (with a job: its phase
    /// with the most income); equal to `net_income` when nothing else is known.
    pub highest_income: Money,
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
    /// income for these regelingen. Both sides in whole cents, as the gemeente's letters
    /// write them: a household living on exactly the norm is at 100%, not a fraction of a
    /// cent above it.
    fn under(&self, s: &Snapshot, pct: Rate) -> bool {
        self.at_most(s, self.net_income, pct)
    }

    /// `income` (net, with the vakantiegeld spread) is at or under `pct` of the norm.
    fn at_most(&self, s: &Snapshot, income: Money, pct: Rate) -> bool {
        excl_vt(s, income) <= (self.norm_excl_vt * pct).round_cents()
    }
}

/// A net income without the vakantiegeld, in cents.
fn excl_vt(s: &Snapshot, income: Money) -> Money {
    let vt_share = s.bijstand.vakantietoeslag.value.fraction();
    (income * (Decimal::ONE - vt_share)).round_cents()
}

/// The individuele inkomenstoeslag the household gets now: kept while the income stays
/// under the gemeente's limit, lost later when it does not.
pub fn inkomenstoeslag_behouden(s: &Snapshot, input: &MinimaInput) -> Line {
    let (rules, name) = (input.rules, input.gemeente.name);
    let p = amount_param(rules, input.leefvorm, input.child_ages);
    // The resident tool compares a month's income with a monthly limit; a gemeente with a
    // yearly or unknown test has none, and the IIT is then taken as lost with the job.
    let limit_p = monthly_limit(rules).map(|t| &t.income_limit_pct);
    match (p.value, limit_p.and_then(|l| l.value)) {
        (Some(a), limit) => {
            let over = |income: Money| limit.is_none_or(|pct| !input.at_most(s, income, pct));
            let month = a.per_month();
            // Every month counts: one month of the job above the limit is enough to lose it.
            // An average over years follows the income the job keeps, this column's.
            let measured = if matches!(rules.iit_toets, IitToets::Average(_)) {
                input.net_income
            } else {
                input.highest_income
            };
            let (amount, how) = if input.now || !over(measured) {
                (month, how!(txt::iit_kept { month, year: a }))
            } else if over(input.net_income) {
                (
                    Money::ZERO,
                    how!(txt::iit_lost {
                        gemeente: name,
                        year: a
                    }),
                )
            } else {
                // This column is under the limit, an earlier month of the job is not.
                (
                    Money::ZERO,
                    how!(txt::iit_lost_earlier {
                        gemeente: name,
                        year: a
                    }),
                )
            };
            let line = Line::new(keys::LOCAL_IIT, txt::IIT_LABEL, amount, how).param(p);
            match limit_p {
                Some(l) => line.param(l),
                None => line,
            }
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
/// (`year`, as the household gives it): kept now. With more income the gemeente computes a
/// betalingscapaciteit: what the household has above its norm, per year; a share of that
/// goes to the taxes and the rest is kwijtgescholden, so it fades out instead of ending at
/// the limit. Where the gemeente's own values are not known, the national default's apply.
pub fn kwijtschelding(s: &Snapshot, date: Date, input: &MinimaInput, year: Money) -> Line {
    let m = &input.rules.minima;
    let national = &landelijk().rules_at(date).minima;
    let limit = m
        .kwijtschelding_limit_pct
        .value
        .or(national.kwijtschelding_limit_pct.value);
    let share = m
        .kwijtschelding_capaciteit_pct
        .value
        .or(national.kwijtschelding_capaciteit_pct.value);
    let (amount, how) = match (input.now, limit, share) {
        (true, ..) => (
            year.per_month(),
            how!(txt::kwijtschelding_kept {
                month: year.per_month(),
                year
            }),
        ),
        (false, Some(limit), Some(share)) => betalingscapaciteit(s, input, year, limit, share),
        _ => (Money::ZERO, how!(txt::kwijtschelding_lost { year })),
    };
    let mut line = Line::new(keys::LOCAL_KWIJTSCHELDING, txt::KWIJTSCHELDING_LABEL, amount, how)
        .param(&m.kwijtschelding_limit_pct)
        .param(&m.kwijtschelding_capaciteit_pct);
    // The national default, where it is the value used.
    if m.kwijtschelding_limit_pct.value.is_none() {
        line = line.param(&national.kwijtschelding_limit_pct);
    }
    if m.kwijtschelding_capaciteit_pct.value.is_none() {
        line = line.param(&national.kwijtschelding_capaciteit_pct);
    }
    line
}

/// The part of `year` that is kwijtgescholden: all of it at or under the limit; above it,
/// what is left after `share` of the yearly income above the limit.
fn betalingscapaciteit(s: &Snapshot, input: &MinimaInput, year: Money, limit: Rate, share: Rate) -> (Money, Text) {
    let norm = (input.norm_excl_vt * limit).round_cents();
    let above = (excl_vt(s, input.net_income) - norm).max(Money::ZERO);
    if above == Money::ZERO {
        return (
            year.per_month(),
            how!(txt::kwijtschelding_kept {
                month: year.per_month(),
                year
            }),
        );
    }
    let capacity = (above * Decimal::from(12) * share).round_cents();
    let rest = (year - capacity).max(Money::ZERO);
    if rest == Money::ZERO {
        return (Money::ZERO, how!(txt::kwijtschelding_lost { year }));
    }
    let month = rest.per_month();
    (
        month,
        how!(txt::kwijtschelding_partial {
            above,
            share,
            capacity,
            year,
            rest,
            month
        }),
    )
}

/// A regeling the household keeps while its income is under the gemeente's limit.
fn income_tested(key: LineKey, label: Msg, keeps: bool, amount: Money, how_kept: Text) -> Line {
    if keeps {
        Line::new(key, label, amount, how_kept)
    } else {
        Line::new(key, label, Money::ZERO, how!(txt::ABOVE_LIMIT))
    }
}
