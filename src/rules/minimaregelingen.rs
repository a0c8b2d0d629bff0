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
use crate::i18n::Text;

use super::bijstand::vermogensgrens;
use super::bijstandsnorm::Leefvorm;
use super::explain::{Line, Sourced};
use super::inkomenstoeslag::{amount_param, monthly_limit};
use super::keys::{self, LineKey};
use super::money::{Money, Rate};
use super::params::IitToets;
use super::params::{GemeenteRules, Param, Participatie, ParticipatiePerPersoonEnKindLeeftijd, Snapshot};
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
    /// The household's vermogen (some regelingen test it against the Participatiewet's grens).
    pub vermogen: Money,
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
    let how = how!(txt::zorgverzekering_how { amount, per_adult });
    Some(
        income_tested(
            s,
            input,
            keys::LOCAL_ZORGVERZEKERING,
            txt::ZORGVERZEKERING_LABEL,
            m.zorgverzekering_limit_pct.value,
            amount,
            how,
        )
        .param(&m.zorgverzekering_pm)
        .param(&m.zorgverzekering_limit_pct),
    )
}

/// The participatiefonds, meedoenregeling or kindpakket by the gemeente's own name and
/// shape (`[participatie]`): a yearly amount per adult, and per child (from an age, or by
/// age) where the gemeente pays for children too, under its income limit and, where it has
/// one, the Participatiewet's vermogensgrens (art. 34 lid 3). `None` where the gemeente has
/// none the tools know of; with an amount that is not known, a line that says so and counts
/// nothing.
pub fn participatiefonds(s: &Snapshot, input: &MinimaInput) -> Option<Line> {
    // Every shape reads as one: an amount per adult, what it gives for children, a limit.
    let (name, per_adult_p, children, limit, vermogenstoets) = match &input.rules.participatie {
        Participatie::Onbekend(_) => return None,
        Participatie::PerPersoon(p) => (
            p.name,
            &p.year_per_adult,
            Kinderen::Geen,
            &p.limit_pct,
            &p.vermogenstoets,
        ),
        Participatie::PerPersoonEnKind(p) => (
            p.name,
            &p.year_per_adult,
            Kinderen::VanafLeeftijd {
                per_child: &p.year_per_child,
                from: &p.child_from_age,
            },
            &p.limit_pct,
            &p.vermogenstoets,
        ),
        Participatie::PerPersoonEnKindLeeftijd(p) => (
            p.name,
            &p.year_per_adult,
            Kinderen::Leeftijd(p),
            &p.limit_pct,
            &p.vermogenstoets,
        ),
    };
    let label = txt::participatie_label { name };
    // The gemeente has the regeling but its amount was not found: named, not counted,
    // "cannot tell" instead of leaving it out as if there were none.
    let Some(per_adult) = per_adult_p.value else {
        let how = how!(txt::AMOUNT_UNKNOWN);
        return Some(Line::new(keys::LOCAL_PARTICIPATIE, label, Money::ZERO, how).param(per_adult_p));
    };
    let adults = per_adult * Decimal::from(input.adults());
    let has_children = !matches!(children, Kinderen::Geen) && !input.child_ages.is_empty();
    let (month, how) = match children.year(input.child_ages) {
        Some((kids, n)) if n > 0 => {
            let month = (adults + kids).per_month();
            let how = match &children {
                Kinderen::VanafLeeftijd { per_child, .. } => how!(txt::participatie_children_how {
                    month,
                    n,
                    per_adult,
                    per_child: per_child.value.unwrap_or(Money::ZERO)
                }),
                _ => how!(txt::participatie_ages_how {
                    month,
                    per_adult,
                    children: kids
                }),
            };
            (month, how)
        }
        // What the gemeente gives per child is not known: the adults' part only, and the
        // explanation says so.
        None if has_children => {
            let month = adults.per_month();
            (month, how!(txt::participatie_children_unknown { month, per_adult }))
        }
        _ => {
            let month = adults.per_month();
            (month, how!(txt::participatie_how { month, per_adult }))
        }
    };
    let grens = (vermogenstoets.value == Some(true)).then(|| vermogensgrens(s, input.leefvorm));
    let line = match grens {
        Some(g) if input.vermogen > g.value => {
            let how = how!(txt::participatie_vermogen {
                grens: g.value,
                vermogen: input.vermogen
            });
            Line::new(keys::LOCAL_PARTICIPATIE, label, Money::ZERO, how)
        }
        _ => income_tested(s, input, keys::LOCAL_PARTICIPATIE, label, limit.value, month, how),
    };
    let mut line = line.param(per_adult_p).param(limit);
    if has_children {
        line = children.cite(line);
    }
    Some(match grens {
        Some(g) => line.param(vermogenstoets).param(g),
        None => line,
    })
}

/// What a participatiefonds shape gives for the children.
enum Kinderen<'a> {
    Geen,
    /// One amount for each child from an age.
    VanafLeeftijd {
        per_child: &'a Param<Option<Money>>,
        from: &'a Param<Option<u32>>,
    },
    /// An amount by the child's age.
    Leeftijd(&'a ParticipatiePerPersoonEnKindLeeftijd),
}

impl Kinderen<'_> {
    /// The yearly amount for the children under 18 of `ages`, and how many count; `None`
    /// where a value it needs is not known.
    fn year(&self, ages: &[u8]) -> Option<(Money, usize)> {
        match self {
            Kinderen::Geen => Some((Money::ZERO, 0)),
            Kinderen::VanafLeeftijd { per_child, from } => {
                let (per_child, from) = (per_child.value?, from.value?);
                let n = ages.iter().filter(|a| u32::from(**a) >= from).count();
                Some((per_child * Decimal::from(n), n))
            }
            Kinderen::Leeftijd(p) => {
                let (middle_from, older_from) = (p.middle_from_age.value?, p.older_from_age.value?);
                let (young, middle, older) = (
                    p.year_per_child_young.value?,
                    p.year_per_child_middle.value?,
                    p.year_per_child_older.value?,
                );
                let total = ages
                    .iter()
                    .map(|a| match u32::from(*a) {
                        a if a < middle_from => young,
                        a if a < older_from => middle,
                        _ => older,
                    })
                    .sum();
                Some((total, ages.len()))
            }
        }
    }

    /// Cites the values the children's part rests on.
    fn cite(&self, line: Line) -> Line {
        match self {
            Kinderen::Geen => line,
            Kinderen::VanafLeeftijd { per_child, from } => line.param(*per_child).param(*from),
            Kinderen::Leeftijd(p) => line
                .param(&p.year_per_child_young)
                .param(&p.middle_from_age)
                .param(&p.year_per_child_middle)
                .param(&p.older_from_age)
                .param(&p.year_per_child_older),
        }
    }
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

/// A regeling the household keeps while its income is under the gemeente's limit. Where the
/// limit is not known the tool cannot tell, and says so: no amount, and not "above the limit".
fn income_tested(
    s: &Snapshot,
    input: &MinimaInput,
    key: LineKey,
    label: impl Into<Text>,
    limit: Option<Rate>,
    amount: Money,
    how_kept: Text,
) -> Line {
    match limit {
        Some(pct) if input.under(s, pct) => Line::new(key, label, amount, how_kept),
        Some(_) => Line::new(key, label, Money::ZERO, how!(txt::ABOVE_LIMIT)),
        None => Line::new(key, label, Money::ZERO, how!(txt::LIMIT_UNKNOWN)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use crate::rules::params::{Param, ParticipatiePerPersoonEnKind};

    const DATE: Date = Date::from_checked(2026, 11, 1);

    /// Ommen's rules with a kindpakket (no gemeente in the data has known amounts for one
    /// yet): € 100 per adult and € 150 per child from 4, at the income limit given, with a
    /// vermogenstoets.
    fn kindpakket(limit: Option<Rate>) -> &'static Gemeente {
        let ommen = crate::rules::gemeente("ommen").expect("ommen");
        let mut rules = ommen.rules_at(DATE).clone();
        let info = rules.iit.reference_months.info;
        rules.participatie = Participatie::PerPersoonEnKind(ParticipatiePerPersoonEnKind {
            name: "Kindpakket",
            year_per_adult: Param {
                value: Some(Money::euros(100)),
                info,
            },
            year_per_child: Param {
                value: Some(Money::euros(150)),
                info,
            },
            child_from_age: Param { value: Some(4), info },
            limit_pct: Param { value: limit, info },
            vermogenstoets: Param {
                value: Some(true),
                info,
            },
        });
        let versions: &'static [GemeenteRules] = Box::leak(vec![rules].into_boxed_slice());
        Box::leak(Box::new(Gemeente {
            slug: "kindpakket",
            name: "Kindpakket",
            cbs_code: "",
            contact: None,
            versions,
        }))
    }

    fn line(child_ages: &[u8], vermogen: Money, net_income: Money) -> Line {
        line_with(
            Some(Rate::from_percent(Decimal::from(120))),
            child_ages,
            vermogen,
            net_income,
        )
    }

    fn line_with(limit: Option<Rate>, child_ages: &[u8], vermogen: Money, net_income: Money) -> Line {
        let s = parameters_at(DATE).expect("rules");
        let g = kindpakket(limit);
        let input = MinimaInput {
            gemeente: g,
            rules: g.rules_at(DATE),
            leefvorm: Leefvorm::AlleenstaandeOuder,
            child_ages,
            norm_excl_vt: Money::euros(1300),
            net_income,
            highest_income: net_income,
            vermogen,
            now: false,
        };
        participatiefonds(s, &input).expect("a line")
    }

    #[test]
    fn the_kindpakket_pays_per_adult_and_per_child_from_its_age_by_its_own_name() {
        // One adult and the children of 4 and 9; the child of 2 is too young.
        let l = line(&[2, 4, 9], Money::ZERO, Money::euros(1000));
        assert_eq!(l.amount, (Money::euros(400)).per_month());
        assert_eq!(
            l.label.render(),
            Text::from(txt::participatie_label { name: "Kindpakket" }).render()
        );
    }

    #[test]
    fn above_the_vermogensgrens_of_the_participatiewet_there_is_none() {
        let s = parameters_at(DATE).expect("rules");
        let grens = s.vermogen.single_parent.value;
        assert!(line(&[9], grens, Money::euros(1000)).amount > Money::ZERO);
        assert_eq!(
            line(&[9], grens + Money::euros(1), Money::euros(1000)).amount,
            Money::ZERO
        );
    }

    #[test]
    fn an_unknown_income_limit_is_not_told_as_above_it() {
        let l = line_with(None, &[9], Money::ZERO, Money::euros(1000));
        assert_eq!(l.amount, Money::ZERO);
        assert_eq!(l.how.render(), Text::from(txt::LIMIT_UNKNOWN).render());
    }

    /// Voorne aan Zee's rules (per child by age) with the middle band's amount unknown.
    fn bands_with_unknown_middle() -> &'static Gemeente {
        let vaz = crate::rules::gemeente("voorne-aan-zee").expect("voorne-aan-zee");
        let mut rules = vaz.rules_at(DATE).clone();
        if let Participatie::PerPersoonEnKindLeeftijd(p) = &mut rules.participatie {
            p.year_per_child_middle.value = None;
        }
        let versions: &'static [GemeenteRules] = Box::leak(vec![rules].into_boxed_slice());
        Box::leak(Box::new(Gemeente {
            versions,
            ..vaz.clone()
        }))
    }

    #[test]
    fn an_unknown_amount_for_one_age_counts_the_adults_only_and_says_so() {
        let s = parameters_at(DATE).expect("rules");
        let g = bands_with_unknown_middle();
        let input = MinimaInput {
            gemeente: g,
            rules: g.rules_at(DATE),
            leefvorm: Leefvorm::AlleenstaandeOuder,
            child_ages: &[2, 7],
            norm_excl_vt: Money::euros(1300),
            net_income: Money::euros(1000),
            highest_income: Money::euros(1000),
            vermogen: Money::ZERO,
            now: false,
        };
        let l = participatiefonds(s, &input).expect("a line");
        assert_eq!(l.amount, Money::euros(100).per_month());
        assert!(l.how.contains("kennen wij niet"), "{}", l.how.render());
    }

    #[test]
    fn above_the_income_limit_there_is_none() {
        // 120% of € 1.300 is € 1.560, counted without the vakantiegeld.
        assert_eq!(line(&[9], Money::ZERO, Money::euros(2000)).amount, Money::ZERO);
    }
}
