//! The employer tool: loonkostensubsidie, loonkostenvoordeel and local instruments for one
//! job, month by month over the contract (a permanent contract: its first 36 months), with
//! the gemeente's policy as data.
//!
//! Everything here composes the rules in `loonkostensubsidie`, `loonkostensubsidie_beleid`,
//! `loonkostenvoordeel` and `indienstnemingssubsidie`; what this file adds is the timeline
//! (forfaitair months, contract end, the LKS re-set on 1 January only, art. 10d lid 7) and
//! the employer's cost. Each month keeps the lines the rules return; the explanations only
//! select from them. The form is in [`form`], the advice in [`notices`], the overview (the
//! answer, totals, years and periods) in [`overview`].

mod form;
mod month;
mod notices;
mod overview;
#[cfg(test)]
mod tests;

pub use crate::rules::loonkostensubsidie_beleid::Loonwaarde;
pub use form::{validate, WerkgeverForm, WerkgeverInput};
pub use notices::{Notice, NoticeKind};

use serde::Serialize;

use crate::i18n::Text;
use crate::rules::explain::{LawRef, Line};
use crate::rules::indienstnemingssubsidie::indienstnemingssubsidie;
use crate::rules::loonkostensubsidie_beleid::lks_beleid;
use crate::rules::loonkostenvoordeel::LkvKind;
use crate::rules::money::Money;
use crate::rules::{parameters_or_last, Date};

use crate::rules::wetten::WET_MINIMUMLOON;
use month::MonthCalc;
use notices::{general_notices, policy_notices, Facts, Found};

pub const WML_ART_15: LawRef = WET_MINIMUMLOON.art("15");

/// The longest overview: a permanent contract (or a longer one) shows its first 36 months.
pub const MONTHS: u32 = 36;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Forfaitaire LKS (art. 10d lid 5).
    Forfaitair,
    /// LKS on the determined (or expected) loonwaarde (art. 10d lid 4).
    Loonwaarde,
    /// No LKS: the law or the gemeente's policy rules it out (see the notices).
    NoLks,
    /// The loonwaarde is not known yet, so the LKS cannot be computed.
    Unknown,
}

/// A run of months with the same amounts and phase, explained once.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    pub from_month: u32,
    pub to_month: u32,
    pub from: Date,
    pub to: Date,
    pub phase: Phase,
    /// Some amounts are of a year whose rules are not published yet (carried over).
    pub carried_over: bool,
    /// The period starts because the LKS is set anew on 1 January (art. 10d lid 7).
    pub lks_reset: bool,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthRow {
    pub month: u32,
    pub date: Date,
    pub phase: Phase,
    pub gross_cost: Money,
    /// `None` while the LKS cannot be computed (loonwaarde unknown).
    pub lks: Option<Money>,
    /// The yearly loonkostenvoordeel spread over the months it covers (see `lkv_years`).
    pub lkv: Money,
    pub net_cost: Option<Money>,
    pub period: usize,
}

/// A year of the job from its start date (the last one may be shorter).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearRow {
    pub year: u32,
    pub from: Date,
    pub to: Date,
    pub months: u32,
    pub gross_cost: Money,
    pub lks: Option<Money>,
    pub lkv: Money,
    pub net_cost: Option<Money>,
}

/// The loonkostenvoordeel of one calendar year, as UWV computes it: rate × the hours paid in
/// that year while it runs, at most the yearly maximum; paid once, in the next year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LkvYear {
    pub year: u16,
    pub kind: LkvKind,
    /// The months of the job it covers, spread over them in `months[].lkv`.
    pub from_month: u32,
    pub to_month: u32,
    pub line: Line,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WerkgeverResult {
    pub gemeente: &'static str,
    pub start: Date,
    /// The answer in one sentence, in whole euros.
    pub answer: Text,
    /// How many months the overview covers: the contract's own length, at most 36.
    pub overview_months: u32,
    /// True when the overview covers the whole contract (a fixed contract of at most 36
    /// months); false for a permanent or longer contract (its first months).
    pub whole_contract: bool,
    /// The first month, per month: wage costs, LKS, LKV and what is left, explained.
    pub first_month: Vec<Line>,
    /// The same over the overview's months, labelled with that period.
    pub totals: Vec<Line>,
    /// What the employee earns: the full wage, whatever the loonwaarde.
    pub employee: Vec<Line>,
    pub periods: Vec<Period>,
    pub months: Vec<MonthRow>,
    pub years: Vec<YearRow>,
    pub lkv_years: Vec<LkvYear>,
    pub notices: Vec<Notice>,
}

/// Runs the employer calculation for a validated input.
pub fn calculate(input: &WerkgeverInput) -> WerkgeverResult {
    let start = input.start;
    let (s0, _) = parameters_or_last(start);
    let rules = input.gemeente.rules_at(start);
    let beleid = lks_beleid(s0, rules, input.loonwaarde, input.contract_months);
    let facts = Facts {
        input,
        s: s0,
        rules,
        beleid: &beleid,
    };
    let (overview_months, whole_contract) = match input.contract_months {
        Some(n) if n <= MONTHS => (n, true),
        _ => (MONTHS, false),
    };
    let mut calcs: Vec<MonthCalc> = (1..=overview_months)
        .map(|m| month::month_calc(input, &beleid, m))
        .collect();
    let lkv_years = month::lkv_years(input, &calcs);
    month::add_lkv(&mut calcs, &lkv_years);

    let mut notices = policy_notices(&facts);
    let found = Found {
        any_carried: calcs.iter().any(|c| c.carried_over),
        wage_rises: calcs
            .iter()
            .zip(calcs.iter().skip(1))
            .any(|(a, b)| a.hourly() != b.hourly()),
        hiring: indienstnemingssubsidie(rules, start, &calcs.iter().map(MonthCalc::gross).collect::<Vec<_>>()).map(
            |h| {
                let lks = calcs.iter().take(h.months as usize).filter_map(MonthCalc::lks).sum();
                (h, lks)
            },
        ),
    };
    notices.extend(general_notices(&facts, &found));

    let (periods, months) = overview::periods_and_months(&calcs);
    let years = overview::years(start, &months);
    let span = overview::Span {
        months: overview_months,
        whole_contract,
    };
    WerkgeverResult {
        gemeente: input.gemeente.name,
        start,
        answer: overview::answer(&calcs, &years),
        overview_months,
        whole_contract,
        first_month: calcs.first().map(MonthCalc::first_month_lines).unwrap_or_default(),
        totals: overview::totals(span, &years),
        employee: calcs.first().map(|c| c.employee_lines(input, s0)).unwrap_or_default(),
        periods,
        months,
        years,
        lkv_years,
        notices,
    }
}
