//! The employer form: the fields as typed, and their check into a [`WerkgeverInput`] with a
//! message per field for what is not right.

use rust_decimal::Decimal;

use crate::i18n::msg::werkgever as txt;
use crate::i18n::Euros;
use crate::keep;
use crate::rules::loonkostensubsidie_beleid::Loonwaarde;
use crate::rules::loonkostenvoordeel::LkvKind;
use crate::rules::minimumloon::hourly_for_age;
use crate::rules::money::{Money, Rate};
use crate::rules::params::{Gemeente, Snapshot};
use crate::rules::{parameters_at, Date, FieldError};
use crate::tools::input::{gemeente_field, number_in, optional_number_in, rule_date_field, whole_in, FormFields, Slot};

/// The ranges the form accepts (the messages name them).
const CONTRACT_HOURS: (u32, u32) = (1, 60);
const FULLTIME_HOURS: (u32, u32) = (30, 40);
const MIN_AGE: u32 = 15;
const MAX_HOURLY_WAGE: u32 = 200;
const CONTRACT_MONTHS: (u32, u32) = (1, 600);
const MAX_EMPLOYER_CHARGES_PCT: u32 = 60;

/// The form as typed. Every field is text (or a yes/no), so an error never loses input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WerkgeverForm {
    pub gemeente: String,
    pub start_date: String,
    pub contract_hours: String,
    /// The sector's full-time week. The LKS counts the contract hours against 36 hours, but
    /// never more hours than this (Participatiewet art. 10d lid 4, last sentence).
    pub fulltime_hours: String,
    pub age: String,
    /// Empty: the legal minimum for the employee's age.
    pub hourly_wage: String,
    /// True when the gemeente has determined the loonwaarde.
    pub loonwaarde_known: bool,
    /// The loonwaarde (%); when not yet determined, an optional expectation for after the
    /// forfaitair months.
    pub loonwaarde: String,
    /// Empty: a permanent contract.
    pub contract_months: String,
    pub doelgroepregister: bool,
    pub arbeidsgehandicapt: bool,
    pub herplaatsing: bool,
    /// Empty: the 23,5% the law itself uses for werkgeverslasten, as an estimate.
    pub employer_charges_pct: String,
}

impl FormFields for WerkgeverForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("start_date", Slot::Text(&mut self.start_date)),
            ("contract_hours", Slot::Text(&mut self.contract_hours)),
            ("fulltime_hours", Slot::Text(&mut self.fulltime_hours)),
            ("age", Slot::Text(&mut self.age)),
            ("hourly_wage", Slot::Text(&mut self.hourly_wage)),
            ("loonwaarde_known", Slot::Flag(&mut self.loonwaarde_known)),
            ("loonwaarde", Slot::Text(&mut self.loonwaarde)),
            ("contract_months", Slot::Text(&mut self.contract_months)),
            ("doelgroepregister", Slot::Flag(&mut self.doelgroepregister)),
            ("arbeidsgehandicapt", Slot::Flag(&mut self.arbeidsgehandicapt)),
            ("herplaatsing", Slot::Flag(&mut self.herplaatsing)),
            ("employer_charges_pct", Slot::Text(&mut self.employer_charges_pct)),
        ]
    }
}

impl Default for WerkgeverForm {
    fn default() -> Self {
        WerkgeverForm {
            gemeente: "landelijk".into(),
            start_date: String::new(),
            contract_hours: String::new(),
            fulltime_hours: "36".into(),
            age: String::new(),
            hourly_wage: String::new(),
            loonwaarde_known: true,
            loonwaarde: String::new(),
            contract_months: String::new(),
            doelgroepregister: false,
            arbeidsgehandicapt: false,
            herplaatsing: false,
            employer_charges_pct: String::new(),
        }
    }
}

/// The form after validation.
#[derive(Clone, Debug)]
pub struct WerkgeverInput {
    pub gemeente: &'static Gemeente,
    pub start: Date,
    pub contract_hours: Decimal,
    pub fulltime_hours: Decimal,
    pub age: u16,
    pub hourly_wage: Option<Money>,
    pub loonwaarde: Loonwaarde,
    pub contract_months: Option<u32>,
    pub lkv: Vec<LkvKind>,
    pub employer_charges: Rate,
    pub employer_charges_given: bool,
}

/// Checks every field and reports every problem at once, each at its field.
pub fn validate(form: &WerkgeverForm) -> Result<WerkgeverInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let start = keep!(
        errors,
        rule_date_field("start_date", &form.start_date, txt::ERR_START_DATE)
    );
    let (contract_hours, fulltime_hours) = hours_fields(form, &mut errors);
    let snapshot = start.and_then(|d| parameters_at(d).ok());
    let age = age_field(form, snapshot, &mut errors);
    let wage = wage_field(form, snapshot, age, start, &mut errors);
    let loonwaarde = loonwaarde_field(form, &mut errors);
    let contract_months = contract_months_field(form, &mut errors);
    let charges = keep!(
        errors,
        optional_number_in(
            "employer_charges_pct",
            &form.employer_charges_pct,
            Decimal::ZERO,
            Decimal::from(MAX_EMPLOYER_CHARGES_PCT),
            txt::err_employer_charges {
                max: MAX_EMPLOYER_CHARGES_PCT,
                min: 0u32
            },
        )
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let (
        Some(gemeente),
        Some(start),
        Some(contract_hours),
        Some(fulltime_hours),
        Some(age),
        Some(wage),
        Some(loonwaarde),
        Some(contract_months),
        Some(charges),
    ) = (
        g,
        start,
        contract_hours,
        fulltime_hours,
        age,
        wage,
        loonwaarde,
        contract_months,
        charges,
    )
    else {
        return Err(errors);
    };
    // Without a figure of the employer's own, the percentage the law uses for the
    // werkgeverslasten of the LKS is the best estimate there is.
    let default_charges = snapshot
        .map(|s| s.loonkostensubsidie.werkgeverslasten_pct.value)
        .unwrap_or_default();
    Ok(WerkgeverInput {
        gemeente,
        start,
        contract_hours,
        fulltime_hours,
        age,
        hourly_wage: wage.map(Money::new),
        loonwaarde,
        contract_months,
        lkv: lkv_kinds(form),
        employer_charges: charges.map(Rate::from_percent).unwrap_or(default_charges),
        employer_charges_given: charges.is_some(),
    })
}

fn hours_fields(form: &WerkgeverForm, errors: &mut Vec<FieldError>) -> (Option<Decimal>, Option<Decimal>) {
    let contract = keep!(
        errors,
        number_in(
            "contract_hours",
            &form.contract_hours,
            Decimal::from(CONTRACT_HOURS.0),
            Decimal::from(CONTRACT_HOURS.1),
            txt::err_contract_hours {
                max: CONTRACT_HOURS.1,
                min: CONTRACT_HOURS.0
            },
        )
    );
    let fulltime = keep!(
        errors,
        number_in(
            "fulltime_hours",
            &form.fulltime_hours,
            Decimal::from(FULLTIME_HOURS.0),
            Decimal::from(FULLTIME_HOURS.1),
            txt::err_fulltime_hours {
                max: FULLTIME_HOURS.1,
                min: FULLTIME_HOURS.0
            },
        )
    );
    (contract, fulltime)
}

fn age_field(form: &WerkgeverForm, snapshot: Option<&Snapshot>, errors: &mut Vec<FieldError>) -> Option<u16> {
    // From the AOW age on there is neither LKS nor LKV.
    let aow = snapshot.map(|s| s.bijstand.aow_age.value).unwrap_or(67);
    keep!(
        errors,
        whole_in(
            "age",
            &form.age,
            MIN_AGE,
            aow.saturating_sub(1),
            txt::err_age { aow, min: MIN_AGE },
        )
    )
    .map(|a| a as u16)
}

/// The hourly wage: `Some(None)` for "the legal minimum", `None` when refused. A wage below
/// the legal minimum for the age is refused too: no employer may pay it.
fn wage_field(
    form: &WerkgeverForm,
    snapshot: Option<&Snapshot>,
    age: Option<u16>,
    start: Option<Date>,
    errors: &mut Vec<FieldError>,
) -> Option<Option<Decimal>> {
    let wage = keep!(
        errors,
        optional_number_in(
            "hourly_wage",
            &form.hourly_wage,
            Decimal::ZERO,
            Decimal::from(MAX_HOURLY_WAGE),
            txt::err_hourly_wage {
                max: Euros(Money::new(Decimal::from(MAX_HOURLY_WAGE)))
            },
        )
    );
    if let (Some(Some(w)), Some(s), Some(a), Some(d)) = (wage, snapshot, age, start) {
        if let Ok(min) = hourly_for_age(s, a) {
            if Money::new(w) < min.amount {
                errors.push(FieldError::new(
                    "hourly_wage",
                    "below_minimum_wage",
                    txt::err_below_minimum_wage {
                        age: a,
                        amount: min.amount,
                        date: d,
                    },
                ));
            }
        }
    }
    wage
}

fn loonwaarde_field(form: &WerkgeverForm, errors: &mut Vec<FieldError>) -> Option<Loonwaarde> {
    let range = txt::err_loonwaarde { max: 100u32, min: 0u32 };
    let (lo, hi) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
    if form.loonwaarde_known {
        keep!(errors, number_in("loonwaarde", &form.loonwaarde, lo, hi, range))
            .map(|p| Loonwaarde::Known(Rate::from_percent(p)))
    } else {
        keep!(
            errors,
            optional_number_in("loonwaarde", &form.loonwaarde, lo, hi, range)
        )
        .map(|p| Loonwaarde::NotYet {
            expected: p.map(Rate::from_percent),
        })
    }
}

/// `Some(None)`: a permanent contract.
fn contract_months_field(form: &WerkgeverForm, errors: &mut Vec<FieldError>) -> Option<Option<u32>> {
    if form.contract_months.trim().is_empty() {
        return Some(None);
    }
    keep!(
        errors,
        whole_in(
            "contract_months",
            &form.contract_months,
            CONTRACT_MONTHS.0,
            CONTRACT_MONTHS.1,
            txt::err_contract_months {
                max: CONTRACT_MONTHS.1,
                min: CONTRACT_MONTHS.0
            },
        )
    )
    .map(Some)
}

fn lkv_kinds(form: &WerkgeverForm) -> Vec<LkvKind> {
    [
        (form.arbeidsgehandicapt, LkvKind::Arbeidsgehandicapt),
        (form.doelgroepregister, LkvKind::Banenafspraak),
        (form.herplaatsing, LkvKind::Herplaatsing),
    ]
    .into_iter()
    .filter_map(|(on, kind)| on.then_some(kind))
    .collect()
}
