//! Minima-effectrapportage: what the gemeente's rules do to standard households at income
//! levels from the bijstand (100% of the norm) to 150%, and at 0–40 hours of work at the
//! minimum wage; every step where a household keeps less than at the step before is named,
//! with the line that causes it.
//!
//! Every number comes from "Gaat werken lonen?" ([`super::armoedeval`]): a level is that
//! tool's household with a job whose net wage is the level's share of the norm, once the
//! vrijlating has ended. So the report and the resident tool cannot disagree.

mod form;
mod scenario;

pub use form::{default_rent_texts, validate, HouseholdType, MinimaEffectForm, MinimaEffectInput, HOUSEHOLDS};
pub use scenario::Overrides;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::how;
use crate::i18n::msg::minima_effect as txt;
use crate::i18n::Text;
use crate::rules::explain::{Citation, Url};
use crate::rules::inkomstenbelasting::{net_monthly_wage, Kortingen};
use crate::rules::keys::{self, LineKey};
use crate::rules::minimumloon::{hourly_for_age, monthly_wage};
use crate::rules::money::{Money, Rate};
use crate::rules::params::Status;
use crate::rules::{parameters_or_last, Date};
use crate::tools::armoedeval::{self, ArmoedevalInput, CurvePoint, Fall, Situation};

/// The income levels, in percent of the bijstandsnorm: 100 (the bijstand) to 150 in steps
/// of 5, as a minima-effectrapportage shows them.
pub const LEVELS: [u32; 11] = [100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150];

#[derive(Clone, Debug, Serialize)]
pub struct MinimaEffect {
    pub gemeente: &'static str,
    pub date: Date,
    pub levels: Vec<u32>,
    /// Every line that occurs in the report, in the order of the resident tool: the columns
    /// of the table.
    pub columns: Vec<Column>,
    pub households: Vec<HouseholdReport>,
    /// What the report shows, in a few B1 sentences.
    pub summary: Vec<Text>,
    /// Every value the report rests on that is not verified, once.
    pub not_verified: Vec<NotVerified>,
    /// Every article the report's amounts rest on, once, in the order they first occur:
    /// the list a council document prints.
    pub sources: Vec<ReportSource>,
    /// What the report assumes about the households.
    pub assumptions: Vec<Text>,
    /// The what-if report, when the user changed a local income limit: the same households
    /// under the changed limits. Absent without a scenario.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Box<Scenario>>,
}

/// A report under changed local limits: not the rules in force.
#[derive(Clone, Debug, Serialize)]
pub struct Scenario {
    /// What was changed, one sentence per limit, with the rule in force.
    pub changes: Vec<Text>,
    pub report: MinimaEffect,
}

#[derive(Clone, Debug, Serialize)]
pub struct Column {
    pub key: LineKey,
    pub label: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct HouseholdReport {
    pub id: &'static str,
    pub label: Text,
    pub rent: Money,
    /// The bijstandsnorm (100%), per month with vakantietoeslag.
    pub norm: Money,
    pub rows: Vec<Row>,
    /// Net household income at 0–40 hours a week at the minimum wage.
    pub curve: Vec<CurvePoint>,
    /// Every step where the household keeps less than at the step before.
    pub falls: Vec<FallAt>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub pct: u32,
    /// Hours a week at the minimum wage that give this level (0 at 100%).
    pub hours: Decimal,
    pub gross_wage: Money,
    pub cells: Vec<Cell>,
    pub net_household: Money,
    /// This level minus the one before; `None` at 100%.
    pub marginal: Option<Money>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub key: LineKey,
    pub amount: Money,
    pub status: Status,
    pub provisional: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct FallAt {
    pub from_pct: u32,
    pub to_pct: u32,
    /// Negative: how much less per month.
    pub change: Money,
    /// The lines that went down, the largest first.
    pub causes: Vec<Fall>,
    /// The income limit of the first cause when it is a local regeling with one (in
    /// percent of the bijstandsnorm as the gemeente's verordening counts it); else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Rate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReportSource {
    pub article: Citation,
    pub url: Url,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotVerified {
    pub article: String,
    pub status: Status,
    pub note: &'static str,
}

/// The report under the rules in force, and under the scenario when the input has one.
pub fn calculate(input: &MinimaEffectInput) -> MinimaEffect {
    let mut out = report(input);
    if !input.overrides.is_empty() {
        let changed = scenario::gemeente_with(input.gemeente, input.date, input.overrides);
        let mut what_if = input.clone();
        for (_, a) in &mut what_if.households {
            a.gemeente = changed;
        }
        out.scenario = Some(Box::new(Scenario {
            changes: scenario::changes(input.gemeente.rules_at(input.date), input.overrides),
            report: report(&what_if),
        }));
    }
    out
}

fn report(input: &MinimaEffectInput) -> MinimaEffect {
    let mut lists = Lists::default();
    let households: Vec<HouseholdReport> = input
        .households
        .iter()
        .map(|(t, a)| {
            let mut report = household(a, &mut lists);
            report.id = t.id;
            report.label = t.label.into();
            report
        })
        .collect();
    MinimaEffect {
        gemeente: input.gemeente.name,
        date: input.date,
        levels: LEVELS.to_vec(),
        summary: summary(&households),
        not_verified: lists.not_verified,
        sources: lists.sources,
        assumptions: [
            txt::ASSUMPTION_HOUSEHOLDS,
            txt::ASSUMPTION_LEVELS,
            txt::ASSUMPTION_RENT,
            txt::ASSUMPTION_NOT_COMPUTED,
        ]
        .map(Text::from)
        .to_vec(),
        columns: lists.columns,
        households,
        scenario: None,
    }
}

/// What the report lists once for all its households.
#[derive(Default)]
struct Lists {
    columns: Vec<Column>,
    not_verified: Vec<NotVerified>,
    sources: Vec<ReportSource>,
}

/// One household type: the situation at every level (explained, so every amount keeps its
/// status), the curve, and where it falls. New columns, sources and values that are not
/// verified are added to the report's lists.
fn household(a: &ArmoedevalInput, lists: &mut Lists) -> HouseholdReport {
    let now = armoedeval::now_situation(a, true);
    let norm = amount(&now, keys::BIJSTAND);
    let mut situations = vec![(Decimal::ZERO, now)];
    for &pct in LEVELS.iter().skip(1) {
        let target = (norm * Rate::from_percent(Decimal::from(pct))).round_cents();
        // Whole hundredths of an hour, rounded up: the resident tool takes the same hours.
        let hours = (hours_for_net(a, target) * Decimal::ONE_HUNDRED).ceil() / Decimal::ONE_HUNDRED;
        situations.push((hours, armoedeval::lasting_situation(a, hours, true)));
    }
    for (_, sit) in &situations {
        collect(sit, lists);
    }
    let mut rows = Vec::with_capacity(situations.len());
    let mut falls = Vec::new();
    let mut before: Option<(u32, &Situation)> = None;
    for ((hours, sit), pct) in situations.iter().zip(LEVELS) {
        let marginal = before.map(|(_, b)| sit.total.amount - b.total.amount);
        if let (Some((from, b)), Some(change)) = (before, marginal) {
            if change.is_negative() {
                let causes = armoedeval::falls_between(b, sit);
                let limit = causes.first().and_then(|c| armoedeval::local_limit(a, c.key));
                falls.push(FallAt {
                    from_pct: from,
                    to_pct: pct,
                    change,
                    causes,
                    limit,
                });
            }
        }
        rows.push(Row {
            pct,
            hours: *hours,
            gross_wage: sit.gross_wage,
            cells: sit.lines.iter().map(cell).collect(),
            net_household: sit.total.amount,
            marginal,
        });
        before = Some((pct, sit));
    }
    HouseholdReport {
        id: "",
        label: Text::Empty,
        rent: a.rent,
        norm,
        rows,
        curve: armoedeval::curve(a),
        falls,
    }
}

/// The situation's lines as columns (a key once, with its label), its sources (once) and
/// those that are not verified (once).
fn collect(sit: &Situation, lists: &mut Lists) {
    let Lists {
        columns,
        not_verified,
        sources,
    } = lists;
    for l in &sit.lines {
        if !columns.iter().any(|c| c.key == l.key) {
            columns.push(Column {
                key: l.key,
                label: l.label.clone(),
            });
        }
        for src in &l.sources {
            let item = ReportSource {
                article: src.article,
                url: src.url,
                status: src.status,
            };
            if !sources.contains(&item) {
                sources.push(item);
            }
        }
        for src in l.sources.iter().filter(|s| s.status != Status::Verified) {
            let item = NotVerified {
                article: src.article.to_string(),
                status: src.status,
                note: src.note,
            };
            if !not_verified.contains(&item) {
                not_verified.push(item);
            }
        }
    }
}

/// "3 of the 7 households keep less between 115% and 120%, because of …", per household.
fn summary(households: &[HouseholdReport]) -> Vec<Text> {
    let falling: Vec<&HouseholdReport> = households.iter().filter(|h| !h.falls.is_empty()).collect();
    let total = households.len();
    if falling.is_empty() {
        return vec![how!(txt::summary_none { total })];
    }
    let mut out = vec![how!(txt::summary_some {
        n: falling.len(),
        total
    })];
    for h in falling {
        for f in &h.falls {
            let cause = f.causes.first().map_or(Text::Empty, |c| c.label.clone());
            out.push(how!(txt::summary_fall {
                cause,
                change: -f.change,
                from: f.from_pct,
                household: h.label.clone(),
                to: f.to_pct,
            }));
        }
    }
    out
}

fn cell(l: &crate::rules::explain::Line) -> Cell {
    Cell {
        key: l.key,
        amount: l.amount,
        status: l.status(),
        provisional: l.provisional(),
    }
}

fn amount(sit: &Situation, key: LineKey) -> Money {
    sit.lines
        .iter()
        .find(|l| l.key == key)
        .map_or(Money::ZERO, |l| l.amount)
}

/// The hours a week at the minimum wage for the age whose net wage (vakantiegeld spread,
/// the loonheffingskorting at the employer: there is no bijstand left) is at least
/// `target`: halving the interval 0–80 hours until it is a thousandth of an hour wide.
fn hours_for_net(a: &ArmoedevalInput, target: Money) -> Decimal {
    let s = parameters_or_last(a.date).0;
    let hourly = a
        .hourly_wage
        .unwrap_or_else(|| hourly_for_age(s, a.age).map(|l| l.amount).unwrap_or(Money::ZERO));
    let net = |h: Decimal| {
        let gross = monthly_wage(hourly, h) - (monthly_wage(hourly, h) * a.pension).round_cents();
        crate::rules::explain::quietly(|| {
            net_monthly_wage(s, a.date, gross, s.wml.vakantiebijslag.value, Kortingen::default())
                .net_monthly_spread
                .amount
        })
    };
    let (mut lo, mut hi) = (Decimal::ZERO, Decimal::from(80));
    let step = Decimal::new(1, 3);
    while hi - lo > step {
        let mid = (lo + hi) / Decimal::TWO;
        if net(mid) >= target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::armoedeval::ArmoedevalForm;

    fn report(gemeente: &str) -> MinimaEffect {
        let f = MinimaEffectForm {
            gemeente: gemeente.into(),
            date: "2026-07-01".into(),
            ..MinimaEffectForm::default()
        };
        calculate(&validate(&f).expect("valid"))
    }

    /// The resident tool's form for a household of the report at a row's hours.
    fn resident_form(g: &str, h: &HouseholdReport, t: &HouseholdType, row: &Row) -> ArmoedevalForm {
        let couple = t.leefvorm == Leefvorm::Gehuwden;
        ArmoedevalForm {
            gemeente: g.into(),
            start_date: "2026-07-01".into(),
            leefvorm: t.leefvorm.slug().into(),
            age: "35".into(),
            partner_age: if couple { "35".into() } else { String::new() },
            children: t.children.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
            rent: h.rent.amount().to_string(),
            vermogen: "0".into(),
            hours: if row.hours.is_zero() {
                "1".into()
            } else {
                row.hours.to_string()
            },
            gets_iit: true,
            ..ArmoedevalForm::default()
        }
    }

    use crate::rules::bijstandsnorm::Leefvorm;

    #[test]
    fn every_number_is_what_the_resident_tool_shows() {
        for g in ["landelijk", "ommen", "kampen"] {
            let r = report(g);
            assert_eq!(r.households.len(), 7);
            for (h, t) in r.households.iter().zip(HOUSEHOLDS.iter()) {
                assert_eq!(h.id, t.id);
                assert_eq!(h.rows.len(), LEVELS.len());
                for row in &h.rows {
                    let f = resident_form(g, h, t, row);
                    let a = armoedeval::calculate(&armoedeval::validate(&f).expect("valid"));
                    let resident = if row.pct == 100 {
                        a.situations.first()
                    } else {
                        a.situations.last()
                    }
                    .map(|s| s.total.amount);
                    assert_eq!(resident, Some(row.net_household), "{g} {} {}%", t.id, row.pct);
                }
                // 100% is the bijstand, the norm itself; above it the net wage is the share.
                let first = h.rows.first().expect("100%");
                assert!(first
                    .cells
                    .iter()
                    .any(|c| c.key == keys::BIJSTAND && c.amount == h.norm));
            }
        }
    }

    #[test]
    fn ommen_couples_lose_at_the_limit_of_the_collectieve_zorgverzekering() {
        let r = report("ommen");
        let paar = r.households.iter().find(|h| h.id == "paar").expect("paar");
        let fall = paar.falls.first().expect("a fall");
        assert_eq!((fall.from_pct, fall.to_pct), (125, 130));
        assert_eq!(fall.causes.first().map(|c| c.key), Some(keys::LOCAL_ZORGVERZEKERING));
        assert_eq!(fall.limit, Some(Rate::from_percent(Decimal::from(130))));
        assert!(
            r.summary.iter().any(|s| s.contains("collectieve zorgverzekering")),
            "{:?}",
            r.summary
        );
        // Singles keep more at every step in Ommen.
        let single = r.households.iter().find(|h| h.id == "alleenstaande").expect("single");
        assert!(single.falls.is_empty());
    }

    #[test]
    fn a_rent_can_be_changed_and_a_wrong_one_is_named() {
        let mut f = MinimaEffectForm {
            gemeente: "kampen".into(),
            date: "2026-07-01".into(),
            ..MinimaEffectForm::default()
        };
        if let Some(r) = f.rents.get_mut(4) {
            *r = "500".into();
        }
        let r = calculate(&validate(&f).expect("valid"));
        assert_eq!(r.households.get(4).map(|h| h.rent), Some(Money::euros(500)));
        if let Some(r) = f.rents.get_mut(4) {
            *r = "1,200".into();
        }
        let e = validate(&f).expect_err("ambiguous");
        assert_eq!(e.first().map(|e| e.field.as_str()), Some("rent_paar"));
    }

    #[test]
    fn a_scenario_moves_the_limit_and_leaves_the_rules_in_force_alone() {
        let f = MinimaEffectForm {
            gemeente: "ommen".into(),
            date: "2026-07-01".into(),
            zorg_limit: "150".into(),
            ..MinimaEffectForm::default()
        };
        let r = calculate(&validate(&f).expect("valid"));
        // Where the couple without children keeps less because of the zorgverzekering.
        let zorg_falls = |r: &MinimaEffect| -> Vec<(u32, u32)> {
            r.households
                .iter()
                .filter(|h| h.id == "paar")
                .flat_map(|h| &h.falls)
                .filter(|f| f.causes.first().map(|c| c.key) == Some(keys::LOCAL_ZORGVERZEKERING))
                .map(|f| (f.from_pct, f.to_pct))
                .collect()
        };
        // The rules in force are the same report as without a scenario.
        assert_eq!(zorg_falls(&r), [(125, 130)]);
        assert_eq!(
            format!("{:?}", report("ommen").households),
            format!("{:?}", r.households)
        );
        // At 150% of the norm without vakantietoeslag the limit moves up the table.
        let s = r.scenario.as_ref().expect("a scenario");
        assert_eq!(zorg_falls(&s.report), [(145, 150)], "{:?}", s.report.summary);
        assert_eq!(s.changes.len(), 1);
        assert!(s.changes.iter().any(|c| c.contains("150")), "{:?}", s.changes);
        // The same scenario again is the same gemeente, not a new one.
        let o = validate(&f).expect("valid").overrides;
        let g = crate::rules::gemeente("ommen").expect("ommen");
        let date = Date::from_checked(2026, 7, 1);
        assert!(core::ptr::eq(
            scenario::gemeente_with(g, date, o),
            scenario::gemeente_with(g, date, o)
        ));
        // A limit out of range is named at its field.
        let wrong = MinimaEffectForm {
            iit_limit: "400".into(),
            ..f
        };
        let e = validate(&wrong).expect_err("out of range");
        assert_eq!(e.first().map(|e| e.field.as_str()), Some("iit_limit"));
        assert!(report("ommen").scenario.is_none());
    }
}
