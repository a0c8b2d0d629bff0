//! "Gaat werken lonen?": the household's net monthly income on bijstand now, and with a job
//! offer in each phase of the inkomstenvrijlating (the months come from the rule, e.g.
//! months 1–6 and from month 7), with every component explained; plus the curve of net
//! household income against hours worked once the vrijlating has ended (the armoedeval
//! made visible).
//!
//! This file only composes the rules of `crate::rules` (bijstandsnorm, inkomstenvrijlating,
//! bijstand, toetsingsinkomen, inkomstenbelasting, the toeslagen and the gemeente's
//! minimaregelingen). Its own assumptions are stated in [`advice`] and shown to the user.

mod advice;
mod form;

pub use form::{validate, ArmoedevalForm, ArmoedevalInput};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::how;
use crate::i18n::msg::armoedeval as txt;
use crate::i18n::{Euros, Text};
use crate::rules::bijstand::{aanvullende_bijstand, boven_vermogensgrens, inkomen_partner_zonder_recht, BijstandInput};
use crate::rules::bijstandsnorm::{norm, Leefvorm, Norm, NormInput};
use crate::rules::explain::{Line, Sourced};
use crate::rules::huurtoeslag::{huurtoeslag, HuurtoeslagInput};
use crate::rules::inkomstenbelasting::{net_monthly_wage, Kortingen};
use crate::rules::inkomstenvrijlating::{phases, vrijlating, Phase, VrijlatingInput, VrijlatingWho};
use crate::rules::keys::{self, LineKey};
use crate::rules::kinderbijslag::kinderbijslag;
use crate::rules::kinderopvangtoeslag::{entitled, kinderopvangtoeslag, KotInput, Opvang};
use crate::rules::kindgebonden_budget::{kindgebonden_budget, KgbInput};
use crate::rules::minimaregelingen::{self as minima, MinimaInput};
use crate::rules::minimumloon::{hourly_for_age, monthly_wage};
use crate::rules::money::{Money, Rate};
use crate::rules::params::{GemeenteRules, Snapshot};
use crate::rules::toetsingsinkomen::{toetsingsinkomen, ToetsingsinkomenInput};
use crate::rules::zorgtoeslag::{zorgtoeslag, ZorgtoeslagInput};
use crate::rules::{parameters_or_last, Date};

/// Which situation a column describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Now: bijstand (with the current income, if any).
    Nu,
    /// With the job, in one phase of the inkomstenvrijlating (months counted from the first
    /// month of work while on bijstand), as the rule returns it.
    Baan(Phase),
}

impl Column {
    /// How the JS API and the test cases name the column: "nu", "maand_1_6", "vanaf_maand_7".
    pub fn id(self) -> String {
        match self {
            Column::Nu => "nu".to_string(),
            Column::Baan(Phase {
                from_month,
                to_month: Some(to),
            }) => format!("maand_{from_month}_{to}"),
            Column::Baan(Phase {
                from_month,
                to_month: None,
            }) => format!("vanaf_maand_{from_month}"),
        }
    }
}

impl Serialize for Column {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id())
    }
}

/// One household situation, every component explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Situation {
    pub column: Column,
    /// The months of work this column is about; `None` now.
    pub phase: Option<Phase>,
    /// Income components (positive) and costs (negative), each a line.
    pub lines: Vec<Line>,
    pub total: Line,
    /// With the job minus now, per month; `None` in the column of now.
    pub difference: Option<Line>,
    /// Who applies the applicant's loonheffingskorting with the job; `None` now.
    pub loonheffingskorting: Option<Loonheffingskorting>,
    /// Gross wage per month (0 now).
    pub gross_wage: Money,
    pub toetsingsinkomen: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CurvePoint {
    pub hours: u32,
    pub gross_wage: Money,
    pub net_household: Money,
    /// When the household has less than at one hour fewer: the lines that went down, most
    /// first (a toeslag, a regeling, a cost, the bijstand), so the dip has a name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub falls: Vec<Fall>,
}

/// One line that went down from one hour to the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fall {
    pub key: LineKey,
    pub label: Text,
    /// Negative: how much less per month.
    pub change: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lost {
    pub key: LineKey,
    pub label: Text,
    /// From how many hours a week (at this wage) it stops; `None` if it goes on at 40 hours.
    pub stops_at_hours: Option<u32>,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArmoedevalResult {
    pub gemeente: &'static str,
    pub date: Date,
    pub hours: Decimal,
    /// Now, then one column per phase of the vrijlating with the job.
    pub situations: Vec<Situation>,
    /// With the job minus now over the first 12 months of work, phase by phase.
    pub difference_year: Line,
    /// Net household income at 0–40 hours a week, once every vrijlating has ended (the
    /// last phase).
    pub curve: Vec<CurvePoint>,
    /// "Of each extra € 100 gross you keep € X."
    pub keep_of_100: Line,
    pub lost: Vec<Lost>,
    pub steps: Vec<Text>,
    pub assumptions: Vec<Text>,
}

struct Ctx<'a> {
    input: &'a ArmoedevalInput,
    s: &'a Snapshot,
    rules: &'static GemeenteRules,
}

impl<'a> Ctx<'a> {
    fn new(input: &'a ArmoedevalInput, s: &'a Snapshot) -> Self {
        Ctx {
            input,
            s,
            rules: input.gemeente.rules_at(input.date),
        }
    }

    /// Who the vrijlating is about: the one who takes the job.
    fn who(&self) -> VrijlatingWho {
        VrijlatingWho {
            age: self.worker_age(),
            single_parent_child_under_12: self.single_parent_child_under_12(),
            medisch_urenbeperkt: self.input.medisch_urenbeperkt,
        }
    }

    /// The phases of the vrijlating from the rule, counted in months of the new job: months
    /// already worked while on bijstand have used up the first ones.
    fn phases(&self) -> Vec<Phase> {
        let done = self.input.months_worked;
        phases(self.s, self.who())
            .into_iter()
            .filter(|p| p.to_month.is_none_or(|to| to > done))
            .map(|p| Phase {
                from_month: p.from_month.saturating_sub(done).max(1),
                to_month: p.to_month.map(|to| to.saturating_sub(done)),
            })
            .collect()
    }

    /// The month of work while on bijstand that a column stands for, as the vrijlating
    /// counts it; `None` when the one who takes the job does not work in it.
    fn vrijlating_month(&self, column: Column) -> Option<u32> {
        match column {
            Column::Nu if self.input.months_worked > 0 => Some(self.input.months_worked),
            Column::Nu => None,
            Column::Baan(p) => Some(p.from_month.saturating_add(self.input.months_worked)),
        }
    }

    /// The lasting situation with the job: the last phase.
    fn last_phase(&self) -> Column {
        self.phases().last().copied().map_or(Column::Nu, Column::Baan)
    }

    fn adults(&self) -> u32 {
        if self.input.leefvorm == Leefvorm::Gehuwden {
            2
        } else {
            1
        }
    }

    /// The age of the one who takes the job.
    fn worker_age(&self) -> u16 {
        match (self.input.partner_takes_job, self.input.partner_age) {
            (true, Some(age)) => age,
            _ => self.input.age,
        }
    }

    /// Children under 18: they count for the kindregelingen and the leefvorm.
    fn minors(&self) -> Vec<u8> {
        self.input.children.iter().copied().filter(|a| *a < 18).collect()
    }

    fn single_parent_child_under_12(&self) -> bool {
        self.input.leefvorm == Leefvorm::AlleenstaandeOuder && self.input.children.iter().any(|a| *a < 12)
    }

    /// Net income from work now of (the applicant, the partner) in a column, apart from the
    /// new job: the job replaces the work of the one who takes it; the other's goes on.
    fn other_work(&self, column: Column) -> (Money, Money) {
        let i = self.input;
        match (column, i.partner_takes_job) {
            (Column::Nu, _) => (i.current_income, i.partner_income),
            (Column::Baan(_), false) => (Money::ZERO, i.partner_income),
            (Column::Baan(_), true) => (i.current_income, Money::ZERO),
        }
    }
}

/// Who applies the applicant's loonheffingskorting in a column with the job: one payer
/// may (Wet op de loonbelasting 1964 art. 23). It changes the gross bijstand, and with it
/// the toetsingsinkomen of the toeslagen, so the tool takes the better of the two and says
/// which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Loonheffingskorting {
    /// The employer of the job.
    Werkgever,
    /// The gemeente, on the bijstand (the usual advice while the bijstand is the higher
    /// income).
    Gemeente,
}

/// The household in one column. With the job, the rules run once for each place the
/// loonheffingskorting can go, and the better total counts: a household should never look
/// worse off only because of that choice.
fn situation(c: &Ctx, column: Column, hours: Decimal) -> Situation {
    if column == Column::Nu || hours <= Decimal::ZERO {
        return situation_with(c, column, hours, None);
    }
    let gemeente = situation_with(c, column, hours, Some(Loonheffingskorting::Gemeente));
    let werkgever = situation_with(c, column, hours, Some(Loonheffingskorting::Werkgever));
    // On a tie the usual advice holds: the korting goes with the bijstand while there is one.
    let has_bijstand = gemeente
        .lines
        .iter()
        .any(|l| l.key == keys::BIJSTAND && l.amount > Money::ZERO);
    match gemeente.total.amount.cmp(&werkgever.total.amount) {
        core::cmp::Ordering::Greater => gemeente,
        core::cmp::Ordering::Equal if has_bijstand => gemeente,
        _ => werkgever,
    }
}

/// The household in one column: the rules, one after the other.
fn situation_with(c: &Ctx, column: Column, hours: Decimal, lhk: Option<Loonheffingskorting>) -> Situation {
    let (input, s) = (c.input, c.s);
    let mut lines = Vec::new();
    let (gross, net_wage, refund) = match lhk.map(|k| wage_line(c, hours, k)) {
        Some(w) => {
            let (net, refund) = (w.net.amount, w.iack.as_ref().map_or(Money::ZERO, |l| l.amount));
            lines.push(w.net);
            lines.extend(w.iack);
            (w.gross, net, refund)
        }
        None => (Money::ZERO, Money::ZERO, Money::ZERO),
    };
    let (applicant, partner) = c.other_work(column);
    lines.extend(work_lines(applicant, partner));
    let earned = Earned {
        job: net_wage,
        refund,
        applicant,
        partner,
    };
    let norm = norm(s, input.date, norm_input(c)).ok();
    let bijstand = bijstand_lines(c, column, lhk.is_some(), norm.as_ref(), earned);
    let bijstand_net = bijstand.last().map_or(Money::ZERO, |l| l.amount);
    lines.extend(bijstand);
    let toets = toetsingsinkomen(
        s,
        &ToetsingsinkomenInput {
            gross_wage: gross,
            bijstand: bijstand_net,
            current_income: applicant + partner,
            adults: c.adults(),
            ahk_at_job: lhk == Some(Loonheffingskorting::Werkgever),
        },
    );
    lines.extend(toeslagen(c, toets));
    if let Some(n) = &norm {
        let income = earned.total() + bijstand_net;
        let highest = if lhk.is_some() {
            highest_job_income(c, n, earned).max(income)
        } else {
            income
        };
        lines.extend(minimaregelingen(c, column, income, highest, n.excluding_vt.amount));
    }
    if lhk.is_some() {
        lines.extend(job_costs(input, hours));
        lines.extend(kinderopvang(c, hours, toets));
    }
    let total = total_line(&lines);
    Situation {
        column,
        phase: match column {
            Column::Nu => None,
            Column::Baan(p) => Some(p),
        },
        lines,
        total,
        difference: None,
        loonheffingskorting: lhk,
        gross_wage: gross,
        toetsingsinkomen: toets,
    }
}

/// Net income from work in one column: the new job (zero now) and the work each partner
/// goes on doing.
#[derive(Clone, Copy)]
struct Earned {
    job: Money,
    /// Tax credits the job brings with the aanslag (the IACK): income for the bijstand
    /// (art. 32 lid 1 onder a), but no earnings from work for the vrijlating.
    refund: Money,
    applicant: Money,
    partner: Money,
}

impl Earned {
    fn total(self) -> Money {
        self.job + self.refund + self.applicant + self.partner
    }
}

/// The work the household has besides the new job, as the user gave it.
fn work_lines(applicant: Money, partner: Money) -> Vec<Line> {
    let mut lines = Vec::new();
    if applicant > Money::ZERO {
        let how = how!(txt::your_input_month { amount: applicant });
        lines.push(Line::new(keys::WORK_CURRENT, txt::CURRENT_INCOME_LABEL, applicant, how));
    }
    if partner > Money::ZERO {
        let how = how!(txt::your_input_month { amount: partner });
        lines.push(Line::new(keys::WORK_PARTNER, txt::PARTNER_INCOME_LABEL, partner, how));
    }
    lines
}

/// The bijstand in one column, as its last line: none above the vermogensgrens; else the
/// norm minus the income that counts, with the vrijlating on the earnings of the one who
/// takes the job, and for a partner without a right to bijstand only the part of art. 32
/// lid 3 (that line comes first).
fn bijstand_lines(c: &Ctx, column: Column, working: bool, norm: Option<&Norm>, e: Earned) -> Vec<Line> {
    let (input, s, d) = (c.input, c.s, c.input.date);
    if let Some(none) = boven_vermogensgrens(s, d, input.leefvorm, input.vermogen, working) {
        return vec![none];
    }
    let Some(n) = norm else {
        return Vec::new();
    };
    let taker = if input.partner_takes_job {
        e.job + e.partner
    } else {
        e.job + e.applicant
    };
    let vrij = c.vrijlating_month(column).filter(|_| taker > Money::ZERO).map(|month| {
        let who = c.who();
        let v = VrijlatingInput {
            net_earnings: taker,
            month,
            age: who.age,
            single_parent_child_under_12: who.single_parent_child_under_12,
            medisch_urenbeperkt: who.medisch_urenbeperkt,
        };
        vrijlating(s, d, v)
    });
    let mut lines = Vec::new();
    let income = match partner_zonder_recht(c, n, e, vrij.as_ref()) {
        Some((own, counted)) => {
            let income = own + counted.amount;
            lines.push(counted);
            income
        }
        None => e.total(),
    };
    let b = BijstandInput {
        norm: &n.including_vt,
        income,
        vrijlating: vrij.as_ref(),
        working,
    };
    lines.push(aanvullende_bijstand(d, &b));
    lines
}

/// For a partner without a right to bijstand (art. 24): the rechthebbende's own income,
/// and the line with the part of the partner's income that counts (art. 32 lid 3).
fn partner_zonder_recht(c: &Ctx, n: &Norm, e: Earned, vrij: Option<&Line>) -> Option<(Money, Line)> {
    let input = c.input;
    if !(input.partner_geen_recht && input.leefvorm == Leefvorm::Gehuwden) {
        return None;
    }
    let (own, partner) = if input.partner_takes_job {
        (e.applicant, e.job + e.refund + e.partner)
    } else {
        (e.job + e.refund + e.applicant, e.partner)
    };
    if partner.is_zero() {
        return None;
    }
    // The vrijlating lowers what counts of the rechthebbende's own earnings.
    let own_counted = if input.partner_takes_job {
        own
    } else {
        (own - vrij.map_or(Money::ZERO, |v| v.amount)).at_least_zero()
    };
    let both = NormInput {
        partner_geen_recht: false,
        ..norm_input(c)
    };
    let gehuwden = norm(c.s, input.date, both).ok()?;
    let line = inkomen_partner_zonder_recht(
        input.date,
        &n.including_vt,
        &gehuwden.including_vt,
        own_counted,
        partner,
    );
    Some((own, line))
}

fn norm_input(c: &Ctx) -> NormInput {
    let input = c.input;
    NormInput {
        leefvorm: input.leefvorm,
        age: input.age,
        partner_age: input.partner_age,
        has_children: !c.minors().is_empty(),
        kostendelers: input.kostendelers,
        partner_geen_recht: input.partner_geen_recht,
        jongeren_verhoging: input.jongeren_verhoging,
    }
}

/// The gross wage per month, and the net wage line (vakantiegeld spread over the months),
/// after any pension premium the employee pays.
fn wage_line(c: &Ctx, hours: Decimal, lhk: Loonheffingskorting) -> Wage {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let hourly = input.hourly_wage.unwrap_or_else(|| {
        hourly_for_age(s, c.worker_age())
            .map(|l| l.amount)
            .unwrap_or(Money::ZERO)
    });
    let gross = monthly_wage(hourly, hours);
    let premium = (gross * input.pension).round_cents();
    let vb = s.wml.vakantiebijslag.value;
    let mut kortingen = Kortingen {
        iack: false,
        ahk_elders: lhk == Loonheffingskorting::Gemeente,
    };
    let nw = net_monthly_wage(s, d, gross - premium, vb, kortingen);
    // The IACK comes with the aanslag, not with the wage: its own line, so that where it
    // stops (the other partner earns less from here) the curve can name it.
    kortingen.iack = iack(c, gross);
    let iack_line = kortingen.iack.then(|| {
        let with = net_monthly_wage(s, d, gross - premium, vb, kortingen);
        let amount = with.net_monthly_spread.amount - nw.net_monthly_spread.amount;
        let how = how!(txt::iack_how {
            amount,
            year: amount * Decimal::from(12)
        });
        Line::new(keys::IB_IACK, txt::IACK_LABEL, amount, how).from_lines([&with.tax_monthly])
    });
    let mut line = Line {
        label: if input.partner_takes_job {
            txt::NET_WAGE_PARTNER_LABEL.into()
        } else {
            txt::NET_WAGE_LABEL.into()
        },
        ..nw.net_monthly_spread
    };
    line.how.push(how!(txt::gross_wage { gross, hourly, hours }));
    if premium > Money::ZERO {
        line.how.push(how!(txt::pension {
            pct: input.pension,
            premium,
            taxable: gross - premium
        }));
    }
    line.how.push(how!(match lhk {
        Loonheffingskorting::Gemeente => txt::LHK_GEMEENTE,
        Loonheffingskorting::Werkgever => txt::LHK_WERKGEVER,
    }));
    Wage {
        gross,
        net: line,
        iack: iack_line,
    }
}

/// The job's gross wage per month, the net wage line, and the IACK it gives, if any.
struct Wage {
    gross: Money,
    net: Line,
    iack: Option<Line>,
}

/// The IACK (Wet IB 2001 art. 8.14a) for the one who takes the job: a child under 12 at
/// home, and no partner or the partner earns more. The partner's income is known net, so
/// only a partner whose net income is above this gross wage counts as earning more.
fn iack(c: &Ctx, gross: Money) -> bool {
    let input = c.input;
    if !input.children.iter().any(|a| *a < 12) {
        return false;
    }
    match input.leefvorm {
        Leefvorm::AlleenstaandeOuder => true,
        Leefvorm::Alleenstaande => false,
        Leefvorm::Gehuwden => {
            let other = if input.partner_takes_job {
                input.current_income
            } else {
                input.partner_income
            };
            other > gross
        }
    }
}

/// Zorgtoeslag, huurtoeslag (for a tenant), and for children the kindgebonden budget and
/// the kinderbijslag, on the household's toetsingsinkomen.
fn toeslagen(c: &Ctx, toetsingsinkomen: Money) -> Vec<Line> {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let has_partner = input.leefvorm == Leefvorm::Gehuwden;
    let vermogen = input.vermogen;
    let mut lines = vec![zorgtoeslag(
        s,
        d,
        ZorgtoeslagInput {
            toetsingsinkomen,
            has_partner,
            vermogen,
        },
    )];
    if input.rent > Money::ZERO {
        lines.push(huurtoeslag_line(c, toetsingsinkomen));
    }
    let minors = c.minors();
    if !minors.is_empty() {
        let k = KgbInput {
            toetsingsinkomen,
            has_partner,
            child_ages: &minors,
            vermogen,
        };
        lines.push(kindgebonden_budget(s, d, k));
        lines.push(kinderbijslag(s, d, &minors));
    }
    lines
}

/// The huurtoeslag counts everyone in the home: children of any age and the kostendelers,
/// whose income is added to the household's (Wet op de huurtoeslag art. 7 and 8).
fn huurtoeslag_line(c: &Ctx, toetsingsinkomen: Money) -> Line {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let others = u32::try_from(input.children.len()).unwrap_or(u32::MAX);
    let h = HuurtoeslagInput {
        kale_huur: input.rent,
        toetsingsinkomen: toetsingsinkomen + input.kostendelers_income,
        household_size: c.adults().saturating_add(others).saturating_add(input.kostendelers),
        all_under_21: input.age < 21
            && input.partner_age.is_none_or(|a| a < 21)
            && input.children.is_empty()
            && input.kostendelers == 0,
        has_partner: input.leefvorm == Leefvorm::Gehuwden,
        vermogen: input.vermogen,
    };
    let mut line = huurtoeslag(s, d, h).unwrap_or_else(|e| {
        Line::new(
            keys::HUURTOESLAG_MONTHLY,
            txt::HUURTOESLAG_LABEL,
            Money::ZERO,
            e.message,
        )
    });
    if input.kostendelers > 0 {
        line.how.push(how!(txt::huurtoeslag_kostendelers {
            household: toetsingsinkomen,
            kostendelers: input.kostendelers_income,
            n: input.kostendelers
        }));
    }
    line
}

/// The household's highest net income in any phase of the job (the wage is the same, the
/// vrijlating differs). The IIT looks back over years: a month above its limit in the first
/// phase counts against it in every later one, so all the job's columns use this.
fn highest_job_income(c: &Ctx, n: &Norm, earned: Earned) -> Money {
    c.phases()
        .into_iter()
        .filter_map(|p| {
            bijstand_lines(c, Column::Baan(p), true, Some(n), earned)
                .last()
                .map(|l| l.amount)
        })
        .map(|bijstand| earned.total() + bijstand)
        .max()
        .unwrap_or_default()
}

/// The gemeente's regelingen the household has in this column, by their income limits.
fn minimaregelingen(c: &Ctx, column: Column, net_income: Money, highest: Money, norm_excl_vt: Money) -> Vec<Line> {
    let (input, s) = (c.input, c.s);
    let minors = c.minors();
    let m = MinimaInput {
        gemeente: input.gemeente,
        rules: c.rules,
        leefvorm: input.leefvorm,
        child_ages: &minors,
        norm_excl_vt,
        net_income,
        highest_income: highest,
        vermogen: input.vermogen,
        now: column == Column::Nu,
    };
    let mut lines = Vec::new();
    if input.gets_iit {
        lines.push(minima::inkomenstoeslag_behouden(s, &m));
    }
    lines.extend(minima::collectieve_zorgverzekering(s, &m));
    lines.extend(minima::participatiefonds(s, &m));
    if input.kwijtschelding_year > Money::ZERO {
        lines.push(minima::kwijtschelding(s, input.date, &m, input.kwijtschelding_year));
    }
    lines
}

/// What the job costs the household: travel and childcare, as the user gave them for the
/// job's hours. At other hours (the curve) travel follows the days worked and childcare
/// the hours, so one hour of work does not carry a full month of costs.
fn job_costs(input: &ArmoedevalInput, hours: Decimal) -> Vec<Line> {
    let mut lines = Vec::new();
    let travel = input.travel_costs;
    if travel > Money::ZERO {
        let (days, days_job) = (work_days(hours), work_days(input.hours));
        let amount = scaled(travel, days, days_job);
        let how = if days == days_job {
            how!(txt::your_input_month { amount: travel })
        } else {
            how!(txt::travel_scaled {
                amount,
                days,
                days_job,
                travel
            })
        };
        lines.push(Line::new(keys::COST_TRAVEL, txt::TRAVEL_LABEL, -amount, how));
    }
    let childcare = input.childcare_costs;
    if childcare > Money::ZERO {
        let amount = scaled(childcare, hours, input.hours);
        let how = if hours == input.hours {
            how!(txt::childcare_how { amount: childcare })
        } else {
            how!(txt::childcare_scaled {
                amount,
                childcare,
                hours,
                hours_job: input.hours
            })
        };
        lines.push(Line::new(keys::COST_CHILDCARE, txt::CHILDCARE_LABEL, -amount, how));
    }
    lines
}

/// Kinderopvang with the job: its costs and the kinderopvangtoeslag on the household's
/// toetsingsinkomen. The hours of opvang follow the hours of work (given for the job's
/// hours). The toeslag is only for a parent who works, and a partner who works too (Wet
/// kinderopvang art. 1.6 lid 3); it does not count as income for the bijstand (art. 1.11).
fn kinderopvang(c: &Ctx, hours: Decimal, toetsingsinkomen: Money) -> Vec<Line> {
    let input = c.input;
    if input.opvang.is_empty() {
        return Vec::new();
    }
    let children: Vec<Opvang> = input
        .opvang
        .iter()
        .map(|o| Opvang {
            hours_per_month: o
                .hours_per_month
                .checked_mul(hours)
                .and_then(|h| h.checked_div(input.hours))
                .unwrap_or(o.hours_per_month)
                .round_dp(2),
            ..*o
        })
        .collect();
    // The one who takes the job works; the other partner works if he or she has work.
    let other_works = if input.partner_takes_job {
        input.current_income > Money::ZERO
    } else {
        input.partner_income > Money::ZERO
    };
    let partner = (input.leefvorm == Leefvorm::Gehuwden).then_some(other_works);
    let k = kinderopvangtoeslag(
        c.s,
        input.date,
        &KotInput {
            toetsingsinkomen,
            children: &children,
            entitled: entitled(true, partner),
        },
    );
    vec![
        Line {
            amount: -k.costs.amount,
            ..k.costs
        },
        k.toeslag,
    ]
}

/// Days a week for these hours, at 8 hours a day, at most 5.
fn work_days(hours: Decimal) -> Decimal {
    (hours / Decimal::from(8)).ceil().clamp(Decimal::ONE, Decimal::from(5))
}

/// `amount × part / whole`, in cents; the whole amount when `whole` is zero.
fn scaled(amount: Money, part: Decimal, whole: Decimal) -> Money {
    amount
        .checked_mul(part)
        .and_then(|a| a.checked_div(whole))
        .unwrap_or(amount)
        .round_cents()
}

/// The sum of the lines, with each one named in the explanation.
fn total_line(lines: &[Line]) -> Line {
    let sum: Money = lines.iter().map(|l| l.amount).sum();
    let how = if crate::rules::explain::explaining() {
        Text::join(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let (amount, label) = (l.amount, l.label.clone());
                    if i == 0 {
                        Text::from(txt::total_first { amount, label })
                    } else {
                        Text::from(txt::total_next { amount, label })
                    }
                })
                .collect::<Vec<_>>(),
        )
    } else {
        Text::Empty
    };
    Line::new(keys::TOTAL, txt::TOTAL_LABEL, sum, how)
}

pub fn calculate(input: &ArmoedevalInput) -> ArmoedevalResult {
    // Validation accepted only dates inside the known rules.
    calculate_with(input, parameters_or_last(input.date).0)
}

/// [`calculate`] with the national parameters given: the tests vary a copy of the data to
/// show that the columns and totals follow the rule's months.
#[doc(hidden)]
pub fn calculate_with(input: &ArmoedevalInput, s: &Snapshot) -> ArmoedevalResult {
    let c = Ctx::new(input, s);
    let mut situations = vec![situation(&c, Column::Nu, Decimal::ZERO)];
    situations.extend(
        c.phases()
            .into_iter()
            .map(|p| situation(&c, Column::Baan(p), input.hours)),
    );
    let now = situations.first().map(|s| s.total.amount).unwrap_or_default();
    for sit in situations.iter_mut().skip(1) {
        sit.difference = Some(difference(now, sit));
    }
    let difference_year = first_year(&situations);
    // The same situations at every whole hour give the curve and tell where each regeling
    // stops; only the amounts are needed, so the rules run without writing explanations.
    let at_hours = crate::rules::explain::quietly(|| hours_curve(&c));
    let curve = curve_points(&c, &at_hours);
    let keep_of_100 = keep_of_100(c.s, input.hours, &curve);
    let lost = situations
        .first()
        .map(|now| advice::lost_regelingen(now, &at_hours, |key| local_limit(input, key)))
        .unwrap_or_default();
    ArmoedevalResult {
        gemeente: input.gemeente.name,
        date: input.date,
        hours: input.hours,
        steps: advice::steps(input, &situations),
        assumptions: advice::assumptions(),
        situations,
        difference_year,
        curve,
        keep_of_100,
        lost,
    }
}

/// The gemeente's income limit for a local regeling's line, as the household's rules say.
pub fn local_limit(a: &ArmoedevalInput, key: LineKey) -> Option<Rate> {
    let r = a.gemeente.rules_at(a.date);
    match key {
        keys::LOCAL_IIT => crate::rules::inkomenstoeslag::monthly_limit(r).and_then(|t| t.income_limit_pct.value),
        keys::LOCAL_ZORGVERZEKERING => r.minima.zorgverzekering_limit_pct.value,
        keys::LOCAL_PARTICIPATIE => r.participatie.limit_pct().and_then(|l| l.value),
        keys::LOCAL_KWIJTSCHELDING => r.minima.kwijtschelding_limit_pct.value,
        _ => None,
    }
}

/// Net household income at every whole hour from 0 to 40 a week, once the vrijlating has
/// ended.
fn hours_curve(c: &Ctx) -> Vec<Situation> {
    let lasting = c.last_phase();
    (0..=40u32)
        .map(|h| {
            let column = if h == 0 { Column::Nu } else { lasting };
            situation(c, column, Decimal::from(h))
        })
        .collect()
}

impl Situation {
    fn point(&self, hours: u32, falls: Vec<Fall>) -> CurvePoint {
        CurvePoint {
            hours,
            gross_wage: self.gross_wage,
            net_household: self.total.amount,
            falls,
        }
    }
}

/// The points of the curve, each with what made it fall, if it fell.
///
/// Where it falls, the lines are compared under the loonheffingskorting of the hour before:
/// the household keeps the better place for it at every hour, so what went down there
/// accounts for the whole fall, and the wage itself, under one choice, only rises.
fn curve_points(c: &Ctx, at_hours: &[Situation]) -> Vec<CurvePoint> {
    let mut out = Vec::with_capacity(at_hours.len());
    let mut before: Option<&Situation> = None;
    for (sit, h) in at_hours.iter().zip(0u32..) {
        let falls = match before {
            Some(b) if sit.total.amount < b.total.amount => match b.loonheffingskorting {
                Some(k) if Some(k) != sit.loonheffingskorting => {
                    let same =
                        crate::rules::explain::quietly(|| situation_with(c, sit.column, Decimal::from(h), Some(k)));
                    falls(b, &same)
                }
                _ => falls(b, sit),
            },
            _ => Vec::new(),
        };
        out.push(sit.point(h, falls));
        before = Some(sit);
    }
    out
}

/// Every line that is lower in `after` than in `before` (a line that is gone counts as
/// zero), the largest fall first.
fn falls(before: &Situation, after: &Situation) -> Vec<Fall> {
    let amount = |sit: &Situation, key: LineKey| {
        sit.lines
            .iter()
            .find(|l| l.key == key)
            .map_or(Money::ZERO, |l| l.amount)
    };
    let mut out: Vec<Fall> = before
        .lines
        .iter()
        .chain(&after.lines)
        .filter_map(|l| {
            let change = amount(after, l.key) - amount(before, l.key);
            change.is_negative().then(|| Fall {
                key: l.key,
                label: l.label.clone(),
                change,
            })
        })
        .collect();
    sort_falls(&mut out);
    out.dedup_by(|a, b| a.key == b.key);
    out
}

/// The largest fall first, then by key: an insertion sort, stable like `sort_by`. The list
/// is a few lines long, and the standard library's sort is kilobytes of code in every bundle.
fn sort_falls(v: &mut [Fall]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            let (Some(a), Some(b)) = (v.get(j - 1), v.get(j)) else {
                break;
            };
            if (a.change, a.key) <= (b.change, b.key) {
                break;
            }
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// With the job minus now, per month, in one column.
fn difference(now: Money, sit: &Situation) -> Line {
    let (with_job, difference) = (sit.total.amount, sit.total.amount - now);
    let how = how!(txt::difference_how {
        difference,
        now,
        with_job,
    });
    Line::new(keys::DIFFERENCE, txt::DIFFERENCE_LABEL, difference, how)
}

/// The first 12 months of work: each phase's difference times its months in that year.
fn first_year(situations: &[Situation]) -> Line {
    let mut year = Money::ZERO;
    let mut parts = Vec::new();
    for sit in situations {
        let (Some(p), Some(d)) = (sit.phase, &sit.difference) else {
            continue;
        };
        let last = p.to_month.unwrap_or(u32::MAX).min(12);
        let months = last.saturating_sub(p.from_month.saturating_sub(1));
        if p.from_month > 12 || months == 0 {
            continue;
        }
        year += d.amount * Decimal::from(months);
        let amount = d.amount;
        parts.push(if parts.is_empty() {
            Text::from(txt::difference_year_first { amount, months })
        } else {
            Text::from(txt::difference_year_next { amount, months })
        });
    }
    let how = how!(txt::difference_year_how {
        parts: Text::join(parts),
        year,
    });
    Line::new(keys::DIFFERENCE_YEAR, txt::DIFFERENCE_YEAR_LABEL, year, how)
}

/// Of each extra € 100 gross (with vakantiegeld, as the net has it): one hour more, or one
/// less at the top, at the chosen wage.
fn keep_of_100(s: &Snapshot, hours: Decimal, curve: &[CurvePoint]) -> Line {
    let h = hours.trunc().mantissa().clamp(0, 40) as usize;
    let (lo, hi) = if h >= 40 { (39, 40) } else { (h, h + 1) };
    let vg_factor = Decimal::ONE + s.wml.vakantiebijslag.value.fraction();
    let (dg, dn) = match (curve.get(lo), curve.get(hi)) {
        (Some(a), Some(b)) => (
            (b.gross_wage - a.gross_wage) * vg_factor,
            b.net_household - a.net_household,
        ),
        _ => (Money::ZERO, Money::ZERO),
    };
    let kept = dn
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|x| x.checked_div(dg.amount()))
        .unwrap_or(Money::ZERO)
        .round_cents();
    let hundred = Euros(Money::euros(100));
    let gross = dg.round_cents();
    // "The rest goes to tax" only when there is a rest.
    let how = if kept >= Money::euros(100) {
        how!(txt::keep_of_100_how_all {
            from: lo,
            gross,
            net: dn,
            to: hi
        })
    } else if kept <= Money::ZERO {
        how!(txt::keep_of_100_how_none {
            from: lo,
            gross,
            net: dn,
            to: hi
        })
    } else {
        how!(txt::keep_of_100_how {
            from: lo,
            gross,
            hundred,
            kept,
            net: dn,
            to: hi
        })
    };
    Line::new(
        keys::MARGINAL_KEEP_OF_100,
        txt::keep_of_100_label { hundred },
        kept,
        how,
    )
}

/// Only the curve (amounts, no explanations): net household income at 0–40 hours a week
/// once the vrijlating has ended.
pub fn curve(input: &ArmoedevalInput) -> Vec<CurvePoint> {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let at_hours = crate::rules::explain::quietly(|| hours_curve(&c));
    curve_points(&c, &at_hours)
}

/// One household situation (once the vrijlating has ended, at `hours` a week) for
/// benchmarks and tests: `explained` as shown in the table, or amounts only as the curve
/// computes it.
pub fn one_situation(input: &ArmoedevalInput, hours: u32, explained: bool) -> Situation {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let run = || situation(&c, c.last_phase(), Decimal::from(hours));
    if explained {
        run()
    } else {
        crate::rules::explain::quietly(run)
    }
}

/// The household now: on bijstand, with the work it has now.
pub fn now_situation(input: &ArmoedevalInput, explained: bool) -> Situation {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let run = || situation(&c, Column::Nu, Decimal::ZERO);
    if explained {
        run()
    } else {
        crate::rules::explain::quietly(run)
    }
}

/// The household with the job at any number of hours a week (a fraction too), once the
/// vrijlating has ended: the minima-effect report's income levels.
pub fn lasting_situation(input: &ArmoedevalInput, hours: Decimal, explained: bool) -> Situation {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let run = || situation(&c, c.last_phase(), hours);
    if explained {
        run()
    } else {
        crate::rules::explain::quietly(run)
    }
}

/// What went down from one situation to the next, the largest fall first.
pub fn falls_between(before: &Situation, after: &Situation) -> Vec<Fall> {
    falls(before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::keys::LineKey;

    fn form() -> ArmoedevalForm {
        ArmoedevalForm {
            gemeente: "ommen".into(),
            start_date: "2026-07-01".into(),
            leefvorm: "alleenstaande".into(),
            age: "35".into(),
            rent: "650".into(),
            vermogen: "0".into(),
            hours: "24".into(),
            ..ArmoedevalForm::default()
        }
    }

    fn run(f: &ArmoedevalForm) -> ArmoedevalResult {
        calculate(&validate(f).expect("valid"))
    }

    fn amount(sit: &Situation, key: LineKey) -> Money {
        sit.lines
            .iter()
            .find(|l| l.key == key)
            .map(|l| l.amount)
            .unwrap_or_default()
    }

    #[test]
    fn now_is_full_bijstand_and_max_zorgtoeslag() {
        let r = run(&form());
        let now = &r.situations[0];
        assert_eq!(
            amount(now, keys::BIJSTAND),
            Money::new(Decimal::new(141946, 2)),
            "norm 1 July 2026"
        );
        // Toetsingsinkomen on full bijstand is far below the drempel: maximum zorgtoeslag.
        assert_eq!(amount(now, keys::ZORGTOESLAG_MONTHLY), Money::euros(129));
        assert!(amount(now, keys::HUURTOESLAG_MONTHLY) > Money::euros(300));
    }

    #[test]
    fn bijstand_never_above_the_norm_and_vrijlating_only_first_half_year() {
        let r = run(&form());
        let norm = Money::new(Decimal::new(141946, 2));
        for s in &r.situations {
            assert!(amount(s, keys::BIJSTAND) <= norm);
        }
        // 24 hours at WML: net wage below the norm, so aanvullende bijstand; in months 1–6
        // the vrijlating (25%, max € 285) keeps more.
        assert!(amount(&r.situations[1], keys::BIJSTAND) > amount(&r.situations[2], keys::BIJSTAND));
        assert_eq!(r.curve.len(), 41);
    }

    #[test]
    fn columns_labels_and_totals_follow_the_months_in_the_data() {
        use crate::rules::params::Vrijlating;
        let input = validate(&form()).expect("valid");
        // The same data with a vrijlating of 9 months instead of 6.
        let mut s = crate::rules::parameters_at(input.date).expect("in range").clone();
        match &mut s.vrijlating {
            Vrijlating::Art31Lid2(v) => v.work_months.value = 9,
            Vrijlating::Art34a(v) => v.months.value = 9,
        }
        let r = calculate_with(&input, &s);
        let ids: Vec<String> = r.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_9", "vanaf_maand_10"]);
        let diff = |i: usize| r.situations[i].difference.as_ref().expect("difference").amount;
        assert_eq!(
            r.difference_year.amount,
            diff(1) * Decimal::from(9) + diff(2) * Decimal::from(3)
        );
        assert!(r.difference_year.how.contains("9 ×"), "{}", r.difference_year.how);
        assert!(r.difference_year.how.contains("+ 3 ×"), "{}", r.difference_year.how);
        // With the real data: 6 and 6.
        let real = calculate(&input);
        let ids: Vec<String> = real.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_6", "vanaf_maand_7"]);
        assert!(real.difference_year.how.contains("6 ×"), "{}", real.difference_year.how);
    }

    #[test]
    fn a_single_parent_has_a_column_for_each_phase_and_the_young_one_column() {
        let mut f = form();
        f.leefvorm = "alleenstaande_ouder".into();
        f.children = "4".into();
        let ids: Vec<String> = run(&f).situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_6", "maand_7_36", "vanaf_maand_37"]);
        // Under 27 no vrijlating applies (art. 31 lid 5): one column with the job.
        f.age = "24".into();
        let r = run(&f);
        let ids: Vec<String> = r.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "vanaf_maand_1"]);
        let diff = r.situations[1].difference.as_ref().expect("difference").amount;
        assert_eq!(r.difference_year.amount, diff * Decimal::from(12));
    }

    #[test]
    fn curve_and_table_agree() {
        let r = run(&form());
        let at24 = r.curve.iter().find(|p| p.hours == 24).expect("point");
        assert_eq!(at24.net_household, r.situations[2].total.amount);
        assert_eq!(r.curve[0].net_household, r.situations[0].total.amount);
    }

    #[test]
    fn amounts_are_the_same_with_or_without_explanations() {
        let mut f = form();
        f.leefvorm = "alleenstaande_ouder".into();
        f.children = "2, 15".into();
        let input = validate(&f).expect("valid");
        for h in [1, 8, 24, 36, 40] {
            let a = one_situation(&input, h, true);
            let b = one_situation(&input, h, false);
            assert_eq!(a.total.amount, b.total.amount, "{h} hours");
            assert_eq!(
                a.lines.iter().map(|l| l.amount).collect::<Vec<_>>(),
                b.lines.iter().map(|l| l.amount).collect::<Vec<_>>()
            );
            assert!(b.total.how.is_empty() && !a.total.how.is_empty());
        }
    }

    #[test]
    fn under_21_alone_gets_huurtoeslag_up_to_the_lower_rent_cap() {
        let mut f = form();
        f.rent = "700".into();
        let at = |age: &str, f: &mut ArmoedevalForm| {
            f.age = age.into();
            amount(&run(f).situations[0], keys::HUURTOESLAG_MONTHLY)
        };
        let young = at("19", &mut f);
        let adult = at("21", &mut f);
        assert!(young < adult, "19: {young}, 21: {adult}");
        // Wet op de huurtoeslag art. 13 lid 1 onder b: rent above € 498,20 does not count.
        f.rent = "498.20".into();
        assert_eq!(at("19", &mut f), young);
    }

    #[test]
    fn tenants_before_2026_are_refused_not_computed_without_huurtoeslag() {
        let mut f = form();
        f.start_date = "2025-09-01".into();
        let e = validate(&f).unwrap_err();
        assert!(
            e.iter().any(|e| e.field == "start_date" && e.code == "not_covered"),
            "{e:?}"
        );
        f.rent = "".into();
        assert!(validate(&f).is_ok(), "without rent the 2025 rules are complete");
    }

    #[test]
    fn not_covered_households_are_named() {
        let mut f = form();
        f.kostendeler = true;
        f.age = "67".into();
        f.student = true;
        let e = validate(&f).unwrap_err();
        // A kostendeler is computed now; the form asks how many.
        assert!(e
            .iter()
            .any(|e| e.field == "kostendelers" && e.code == "kostendelers_missing"));
        assert!(e.iter().any(|e| e.field == "age" && e.message.contains("SVB")));
        assert!(e.iter().any(|e| e.field == "student" && e.message.contains("DUO")));
    }

    #[test]
    fn texts_are_written_in_the_language_of_the_page() {
        let r = run(&form());
        let bijstand = |sit: &Situation| {
            sit.lines
                .iter()
                .find(|l| l.key == keys::BIJSTAND)
                .cloned()
                .expect("bijstand line")
        };
        let first = bijstand(&r.situations[1]);
        let lost = r.lost.first().expect("bijstand stops");
        assert_eq!(first.label, "Aanvullende bijstand");
        assert_eq!(
            lost.text,
            "Stopt bij ongeveer 21 uur per week (€ 1.364,09 bruto per maand). Nu: € 1.419,46 per maand."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(first.label, "Bijstand top-up");
            assert_eq!(first.how, "Bijstand norm €1,419.46 minus the income that counts: €1,637.25 − €285.00 not counted = €1,352.25. Bijstand top-up: €1,419.46 − €1,352.25 = €67.21. Vrijlating (earnings you may keep): 25% of €1,637.25 = €409.31, up to €285.00. This applies in the first 6 months that you work while on bijstand (this is month 1).");
            assert_eq!(r.keep_of_100.label, "Of every extra €100 gross that you earn, you keep");
            assert_eq!(r.keep_of_100.how, "One hour more per week (from 24 to 25 hours): €70.16 more gross per month (with holiday pay), and your household has €66.83 more. Of every extra €100 you keep €95.26; the rest goes to tax, less bijstand and lower toeslagen and local schemes.");
            assert_eq!(lost.label, "Bijstand (social assistance)");
            assert_eq!(
                lost.text,
                "Stops at about 21 hours per week (€1,364.09 gross per month). Now: €1,419.46 per month."
            );
            assert_eq!(r.steps[0], "Tell the gemeente Ommen about your new job and your wage before you start. You must do this (inlichtingenplicht, the duty to give information).");
        });
        let e = validate(&ArmoedevalForm {
            rent: "6000".into(),
            ..form()
        })
        .unwrap_err();
        crate::i18n::in_language("en", || {
            assert_eq!(e[0].message, "Enter the basic rent (kale huur, without service costs) per month in euros (up to €5,000), or leave it empty if you do not pay rent.");
        });
    }

    #[test]
    fn ommen_regelingen_are_lost_at_some_income() {
        let mut f = form();
        f.gets_iit = true;
        f.hours = "36".into();
        let r = run(&f);
        assert!(
            r.lost
                .iter()
                .any(|l| l.label.contains("inkomenstoeslag") && l.stops_at_hours.is_some()),
            "{:?}",
            r.lost
        );
        assert!(r
            .lost
            .iter()
            .any(|l| l.label.contains("Bijstand") && l.stops_at_hours.is_some()));
    }
}
