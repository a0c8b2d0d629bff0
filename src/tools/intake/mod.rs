//! The intake: one household typed once, every tool's answer for it. A klantmanager asks
//! the questions the tools share (gemeente, leefvorm, ages, children, rent, vermogen,
//! income, months on a low income, the last IIT), then a job, and where the client may work
//! with loonkostensubsidie the expected loonwaarde.
//!
//! There is no second path to an answer: the intake fills each tool's own form from its
//! one form ([`armoedeval_form`], [`iit_form`], [`werkgever_form`]), and runs each tool's own
//! `validate` and `calculate`. A field error of a tool lands on the intake field it came
//! from. What the intake adds is only the reading across them: the regelingen the household
//! may apply for now ([`apply_now`]) and where an answer rests on a value or an assumption
//! the klantmanager should know about ([`checks`]).

mod checks;

use serde::Serialize;

use super::armoedeval::{self, ArmoedevalForm, ArmoedevalInput, ArmoedevalResult};
use super::inkomenstoeslag::{self, IitForm, IitResult};
use super::input::{FormFields, Slot};
use super::werkgever::{self, WerkgeverForm, WerkgeverInput, WerkgeverResult};
use crate::i18n::msg::intake as txt;
use crate::i18n::Text;
use crate::rules::huurtoeslag;
use crate::rules::inkomenstoeslag::IitInput;
use crate::rules::inkomenstoeslag::Verdict;
use crate::rules::keys::{self, LineKey};
use crate::rules::params::Status;
use crate::rules::{Date, FieldError, Money};

pub use checks::{checks, Answer, Check};

/// The intake as typed. Field names are those of the tools, so a klantmanager who knows one
/// tool knows these, and the JS API and share links read them the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeForm {
    pub gemeente: String,
    /// The date the answers are for: the IIT's request date and the job's start.
    pub date: String,
    pub leefvorm: String,
    pub age: String,
    pub partner_age: String,
    /// The partner's net income from work per month; it goes on with the job.
    pub partner_income: String,
    /// Ages of the children at home, e.g. "4, 13".
    pub children: String,
    pub kostendelers: String,
    /// The kostendelers' gross income together, per year (it counts for the huurtoeslag).
    pub kostendelers_income: String,
    pub rent: String,
    pub vermogen: String,
    /// Net income from work now, per month (empty: none).
    pub current_income: String,
    /// Months the client has already worked while on bijstand (with `current_income`).
    pub months_worked: String,
    /// The household gets the individuele inkomenstoeslag now.
    pub gets_iit: bool,
    /// Months in a row, up to today, with an income at or below the gemeente's IIT limit.
    pub low_income_months: String,
    /// Date the last IIT was granted (optional).
    pub last_iit_date: String,
    /// Prospect of a higher income ("geen", "wel", "onbekend" or empty).
    pub prospects: String,
    pub student: bool,
    pub hours: String,
    /// Empty: the legal minimum for the age.
    pub hourly_wage: String,
    /// What the job costs per month: travel the client pays, and childcare after the
    /// kinderopvangtoeslag (both optional).
    pub travel_costs: String,
    pub childcare_costs: String,
    /// The client's expected loonwaarde in percent (optional): then the employer's side too.
    pub loonwaarde: String,
}

impl Default for IntakeForm {
    fn default() -> Self {
        IntakeForm {
            gemeente: "landelijk".into(),
            date: String::new(),
            leefvorm: "alleenstaande".into(),
            age: String::new(),
            partner_age: String::new(),
            partner_income: String::new(),
            children: String::new(),
            kostendelers: String::new(),
            kostendelers_income: String::new(),
            rent: String::new(),
            vermogen: String::new(),
            current_income: String::new(),
            months_worked: String::new(),
            gets_iit: false,
            low_income_months: String::new(),
            last_iit_date: String::new(),
            prospects: String::new(),
            student: false,
            hours: String::new(),
            hourly_wage: String::new(),
            travel_costs: String::new(),
            childcare_costs: String::new(),
            loonwaarde: String::new(),
        }
    }
}

impl FormFields for IntakeForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("date", Slot::Text(&mut self.date)),
            ("leefvorm", Slot::Text(&mut self.leefvorm)),
            ("age", Slot::Text(&mut self.age)),
            ("partner_age", Slot::Text(&mut self.partner_age)),
            ("partner_income", Slot::Text(&mut self.partner_income)),
            ("children", Slot::Text(&mut self.children)),
            ("kostendelers", Slot::Text(&mut self.kostendelers)),
            ("kostendelers_income", Slot::Text(&mut self.kostendelers_income)),
            ("rent", Slot::Text(&mut self.rent)),
            ("vermogen", Slot::Text(&mut self.vermogen)),
            ("current_income", Slot::Text(&mut self.current_income)),
            ("months_worked", Slot::Text(&mut self.months_worked)),
            ("gets_iit", Slot::Flag(&mut self.gets_iit)),
            ("low_income_months", Slot::Text(&mut self.low_income_months)),
            ("last_iit_date", Slot::Text(&mut self.last_iit_date)),
            ("prospects", Slot::Text(&mut self.prospects)),
            ("student", Slot::Flag(&mut self.student)),
            ("hours", Slot::Text(&mut self.hours)),
            ("hourly_wage", Slot::Text(&mut self.hourly_wage)),
            ("travel_costs", Slot::Text(&mut self.travel_costs)),
            ("childcare_costs", Slot::Text(&mut self.childcare_costs)),
            ("loonwaarde", Slot::Text(&mut self.loonwaarde)),
        ]
    }
}

/// The resident tool's form for this household ("Gaat werken lonen?").
pub fn armoedeval_form(f: &IntakeForm) -> ArmoedevalForm {
    ArmoedevalForm {
        gemeente: f.gemeente.clone(),
        start_date: f.date.clone(),
        leefvorm: f.leefvorm.clone(),
        age: f.age.clone(),
        partner_age: f.partner_age.clone(),
        partner_income: f.partner_income.clone(),
        children: f.children.clone(),
        kostendelers: f.kostendelers.clone(),
        kostendelers_income: f.kostendelers_income.clone(),
        rent: f.rent.clone(),
        vermogen: f.vermogen.clone(),
        current_income: f.current_income.clone(),
        months_worked: f.months_worked.clone(),
        gets_iit: f.gets_iit,
        student: f.student,
        hours: f.hours.clone(),
        hourly_wage: f.hourly_wage.clone(),
        travel_costs: f.travel_costs.clone(),
        childcare_costs: f.childcare_costs.clone(),
        ..ArmoedevalForm::default()
    }
}

/// The IIT check's form. It asks for the children under 18 only (some verordeningen pay
/// more for them); older children at home are the resident tool's business.
pub fn iit_form(f: &IntakeForm) -> IitForm {
    let under_18: Vec<&str> = f
        .children
        .split(',')
        .map(str::trim)
        .filter(|a| !a.parse::<u8>().is_ok_and(|a| a >= 18))
        .filter(|a| !a.is_empty())
        .collect();
    IitForm {
        gemeente: f.gemeente.clone(),
        request_date: f.date.clone(),
        leefvorm: f.leefvorm.clone(),
        age: f.age.clone(),
        partner_age: f.partner_age.clone(),
        low_income_months: f.low_income_months.clone(),
        children: under_18.join(", "),
        vermogen: f.vermogen.clone(),
        student: f.student,
        prospects: f.prospects.clone(),
        last_iit_date: f.last_iit_date.clone(),
        ..IitForm::default()
    }
}

/// The employer tool's form, only when a loonwaarde is given: the client works the job's
/// hours at its wage, from the intake's date, on a permanent contract.
pub fn werkgever_form(f: &IntakeForm) -> Option<WerkgeverForm> {
    (!f.loonwaarde.trim().is_empty()).then(|| WerkgeverForm {
        gemeente: f.gemeente.clone(),
        start_date: f.date.clone(),
        contract_hours: f.hours.clone(),
        age: f.age.clone(),
        hourly_wage: f.hourly_wage.clone(),
        loonwaarde_known: true,
        loonwaarde: f.loonwaarde.clone(),
        ..WerkgeverForm::default()
    })
}

/// The intake answers for every household at once, so it starts where the resident tool
/// does for every household: before that date a tenant's huurtoeslag is not computed.
/// Earlier dates stay with the separate tools.
fn before_every_household(form: &IntakeForm) -> Option<FieldError> {
    let first = huurtoeslag::first_date_computed()?;
    let date = form.date.trim().parse::<Date>().ok()?;
    (date < first).then(|| FieldError::new("date", "not_covered", txt::before_first { date: first }))
}

/// The intake after validation: each tool's own input.
pub struct IntakeInput {
    pub armoedeval: ArmoedevalInput,
    pub iit: IitInput,
    pub werkgever: Option<WerkgeverInput>,
}

/// The name a tool's field has on the intake form.
fn intake_field(tool_field: &str) -> &str {
    match tool_field {
        "start_date" | "request_date" => "date",
        "contract_hours" => "hours",
        other => other,
    }
}

/// Every tool checks its own form; their errors land on the intake's fields, one per field
/// (the resident tool's first: it asks the most).
pub fn validate(form: &IntakeForm) -> Result<IntakeInput, Vec<FieldError>> {
    let armoedeval = armoedeval::validate(&armoedeval_form(form));
    let iit = inkomenstoeslag::validate(&iit_form(form));
    let werkgever = werkgever_form(form).map(|w| werkgever::validate(&w)).transpose();
    let mut errors: Vec<FieldError> = before_every_household(form).into_iter().collect();
    let all = [armoedeval.as_ref().err(), iit.as_ref().err(), werkgever.as_ref().err()];
    for e in all.into_iter().flatten().flatten() {
        let field = intake_field(&e.field);
        if !errors.iter().any(|known| known.field == field) {
            errors.push(FieldError::new(field, e.code, e.message.clone()));
        }
    }
    match (armoedeval, iit, werkgever) {
        (Ok(armoedeval), Ok(iit), Ok(werkgever)) if errors.is_empty() => Ok(IntakeInput {
            armoedeval,
            iit,
            werkgever,
        }),
        _ => Err(errors),
    }
}

/// Every answer of the intake.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntakeResult {
    pub gemeente: &'static str,
    pub date: Date,
    pub armoedeval: ArmoedevalResult,
    pub inkomenstoeslag: IitResult,
    pub werkgever: Option<WerkgeverResult>,
    pub apply_now: Vec<ApplyNow>,
    pub checks: Vec<Check>,
}

/// Where a regeling is applied for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Where {
    /// Dienst Toeslagen (Mijn toeslagen).
    Toeslagen,
    /// The gemeente.
    Gemeente,
}

/// A regeling the household seems to have a right to now: if it does not get it yet, it
/// can apply.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApplyNow {
    pub key: LineKey,
    pub label: Text,
    /// Per month (the IIT: per year, as the gemeente pays it).
    pub amount: Money,
    pub per_year: bool,
    #[serde(rename = "where")]
    pub at: Where,
    /// How sure the amount is: the weakest status of what it rests on.
    pub status: Status,
    /// How to apply, in one sentence.
    pub how: Text,
}

/// Runs the three tools on their inputs.
pub fn calculate(input: &IntakeInput) -> IntakeResult {
    let armoedeval = armoedeval::calculate(&input.armoedeval);
    let inkomenstoeslag = inkomenstoeslag::calculate(&input.iit);
    let werkgever = input.werkgever.as_ref().map(werkgever::calculate);
    let apply_now = apply_now(&armoedeval, &inkomenstoeslag, input.armoedeval.gets_iit);
    let checks = checks(&armoedeval, &inkomenstoeslag, werkgever.as_ref());
    IntakeResult {
        gemeente: armoedeval.gemeente,
        date: armoedeval.date,
        armoedeval,
        inkomenstoeslag,
        werkgever,
        apply_now,
        checks,
    }
}

/// The toeslagen and local regelingen of the situation now, and the IIT when the check
/// says the household probably has a right to it and does not get it. Kinderbijslag is not
/// on the list: the SVB pays it without a request from the household.
fn apply_now(a: &ArmoedevalResult, iit: &IitResult, gets_iit: bool) -> Vec<ApplyNow> {
    const NOW: [(LineKey, Where); 6] = [
        (keys::ZORGTOESLAG_MONTHLY, Where::Toeslagen),
        (keys::HUURTOESLAG_MONTHLY, Where::Toeslagen),
        (keys::KGB_MONTHLY, Where::Toeslagen),
        (keys::LOCAL_ZORGVERZEKERING, Where::Gemeente),
        (keys::LOCAL_PARTICIPATIE, Where::Gemeente),
        (keys::LOCAL_KWIJTSCHELDING, Where::Gemeente),
    ];
    let gemeente = a.gemeente;
    let how = |at: Where| match at {
        Where::Toeslagen => Text::from(txt::HOW_TOESLAGEN),
        Where::Gemeente => Text::from(txt::how_gemeente { gemeente }),
    };
    let now = a.situations.first();
    let mut out: Vec<ApplyNow> = NOW
        .iter()
        .filter_map(|&(key, at)| {
            let line = now?.lines.iter().find(|l| l.key == key && l.amount > Money::ZERO)?;
            Some(ApplyNow {
                key,
                label: line.label.clone(),
                amount: line.amount,
                per_year: false,
                at,
                status: line.status(),
                how: how(at),
            })
        })
        .collect();
    if !gets_iit && iit.verdict != Verdict::WaarschijnlijkNiet {
        out.push(ApplyNow {
            key: keys::IIT_AMOUNT,
            label: txt::IIT_LABEL.into(),
            amount: iit.amount.as_ref().map_or(Money::ZERO, |l| l.amount),
            per_year: true,
            at: Where::Gemeente,
            status: iit.amount.as_ref().map_or(Status::Unknown, |l| l.status()),
            how: how(Where::Gemeente),
        });
    }
    out
}

#[cfg(test)]
mod tests;
