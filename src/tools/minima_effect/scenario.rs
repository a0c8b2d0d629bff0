//! What-if for the policy officer: the same report with other local income limits (the
//! individuele inkomenstoeslag, the collectieve zorgverzekering, the participatiefonds) in
//! place of the rules in force. A scenario lives in the page and its share link only; it
//! is never stored or sent, and every report made with it says so.

use crate::rules::inkomenstoeslag::monthly_limit;
use crate::rules::params::IitToets;
use std::cell::RefCell;

use crate::i18n::msg::minima_effect as txt;
use crate::i18n::{Msg, Text};
use crate::rules::money::Rate;
use crate::rules::params::{GemeenteRules, Param};
use crate::rules::{Date, Gemeente};

/// The limits the user typed, in percent of the bijstandsnorm; `None`: the rule in force.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub iit_limit: Option<Rate>,
    pub zorg_limit: Option<Rate>,
    pub participatie_limit: Option<Rate>,
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        *self == Overrides::default()
    }
}

thread_local! {
    /// Every scenario gemeente made so far, by what it was made from. The engine reaches a
    /// gemeente's rules through `&'static` (the parameters are statics), so a scenario's
    /// rules are leaked once; keeping them here means trying the same values again leaks
    /// nothing, and the few hundred bytes per distinct scenario stay in the open tab only.
    static MADE: RefCell<Vec<(&'static str, Date, Overrides, &'static Gemeente)>> = const { RefCell::new(Vec::new()) };
}

/// `g` with the rules in force on `date`, the limits replaced by the scenario's. The
/// replaced values keep their source (the verordening), so a reader can see what they
/// replace; the report's `scenario` lines say they are not the rule.
pub fn gemeente_with(g: &'static Gemeente, date: Date, o: Overrides) -> &'static Gemeente {
    let rules = g.rules_at(date);
    let key = (g.slug, rules.valid_from, o);
    if let Some(made) = MADE.with(|m| {
        m.borrow()
            .iter()
            .find(|(s, d, ov, _)| (*s, *d, *ov) == key)
            .map(|(_, _, _, made)| *made)
    }) {
        return made;
    }
    let mut changed: GemeenteRules = rules.clone();
    // A limit per month or on average; a yearly or unknown test has no such limit to change.
    if let IitToets::EveryMonth(t) | IitToets::Average(t) = &mut changed.iit_toets {
        replace(&mut t.income_limit_pct, o.iit_limit);
    }
    // The minimaregelingen are a shared static: the scenario gets its own copy.
    let mut minima = changed.minima.clone();
    replace(&mut minima.zorgverzekering_limit_pct, o.zorg_limit);
    changed.minima = Box::leak(Box::new(minima));
    if let Some(limit) = changed.participatie.limit_pct_mut() {
        replace(limit, o.participatie_limit);
    }
    let versions: &'static [GemeenteRules] = Box::leak(vec![changed].into_boxed_slice());
    let made: &'static Gemeente = Box::leak(Box::new(Gemeente { versions, ..g.clone() }));
    MADE.with(|m| m.borrow_mut().push((key.0, key.1, key.2, made)));
    made
}

fn replace(p: &mut Param<Option<Rate>>, by: Option<Rate>) {
    if by.is_some() {
        p.value = by;
    }
}

/// One sentence per changed limit: "Collectieve zorgverzekering: inkomensgrens 130% van de
/// bijstandsnorm (de regel nu: 120%)".
pub fn changes(rules: &GemeenteRules, o: Overrides) -> Vec<Text> {
    let list: [(Msg, Option<Rate>, Option<Rate>); 3] = [
        (
            txt::SCENARIO_IIT,
            o.iit_limit,
            monthly_limit(rules).and_then(|t| t.income_limit_pct.value),
        ),
        (
            txt::SCENARIO_ZORG,
            o.zorg_limit,
            rules.minima.zorgverzekering_limit_pct.value,
        ),
        (
            txt::SCENARIO_PARTICIPATIE,
            o.participatie_limit,
            rules.participatie.limit_pct().and_then(|l| l.value),
        ),
    ];
    list.into_iter()
        .filter_map(|(regeling, new, now)| {
            let new = new?;
            let now: Text = match now {
                Some(rate) => txt::scenario_now { rate }.into(),
                None => txt::SCENARIO_NOW_UNKNOWN.into(),
            };
            Some(txt::scenario_change { new, now, regeling }.into())
        })
        .collect()
}
