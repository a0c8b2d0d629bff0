//! The individuele inkomenstoeslag check as a tool: the form, the check of
//! [`crate::rules::inkomenstoeslag`] (Participatiewet art. 36 and the gemeente's
//! verordening), and what to do next.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::msg::inkomenstoeslag as txt;
use crate::i18n::{Msg, Text};
use crate::keep;
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::inkomenstoeslag::{check, IitCheck, IitInput, Uitzicht, Verdict};
use crate::rules::money::Money;
use crate::rules::{Date, FieldError};
use crate::tools::input::{
    gemeente_field, number_in, optional_number_in, parse_children_up_to, rule_date_field, whole_in, FormFields, Slot,
};

/// Bounds for the month fields.
const MAX_MONTHS: u32 = 600;

/// The form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IitForm {
    pub gemeente: String,
    pub request_date: String,
    /// "alleenstaande", "alleenstaande_ouder" or "gehuwden".
    pub leefvorm: String,
    pub age: String,
    pub partner_age: String,
    /// Months in a row, up to the request, with an income at or below the gemeente's limit.
    pub low_income_months: String,
    /// Of those, months without any income (some verordeningen count them at the norm).
    pub months_without_income: String,
    /// The highest net monthly household income in that period (optional).
    pub highest_income: String,
    /// Of the last months the verordening looks at ("36 of the last 48"), those with a low
    /// income, interruptions allowed (optional; asked where the gemeente counts that way).
    pub low_income_months_in_window: String,
    /// The average net monthly income over the period (optional; an `average` test).
    pub average_income: String,
    /// The highest fiscal yearly income of the last years (optional; a `per_year` test).
    pub highest_year_income: String,
    /// Ages of the children under 18 at home, e.g. "4, 13" (some gemeenten pay more).
    pub children: String,
    /// Months since an opleiding (rijksbekostigd) or studiefinanciering ended (optional).
    pub opleiding_months_ago: String,
    /// Months since the last maatregel (optional).
    pub maatregel_months_ago: String,
    /// Months since the arbeidsplicht was last not met (optional).
    pub arbeidsplicht_months_ago: String,
    pub vermogen: String,
    pub student: bool,
    /// The [`Uitzicht`]: "geen", "wel", or "onbekend" or empty (not judged yet). Named
    /// as in the JS API.
    pub prospects: String,
    /// Date the last IIT was granted (optional).
    pub last_iit_date: String,
}

impl Default for IitForm {
    fn default() -> Self {
        IitForm {
            gemeente: "landelijk".into(),
            request_date: String::new(),
            leefvorm: "alleenstaande".into(),
            age: String::new(),
            partner_age: String::new(),
            low_income_months: String::new(),
            months_without_income: String::new(),
            highest_income: String::new(),
            low_income_months_in_window: String::new(),
            average_income: String::new(),
            highest_year_income: String::new(),
            children: String::new(),
            opleiding_months_ago: String::new(),
            maatregel_months_ago: String::new(),
            arbeidsplicht_months_ago: String::new(),
            vermogen: String::new(),
            student: false,
            prospects: String::new(),
            last_iit_date: String::new(),
        }
    }
}

impl FormFields for IitForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("request_date", Slot::Text(&mut self.request_date)),
            ("leefvorm", Slot::Text(&mut self.leefvorm)),
            ("age", Slot::Text(&mut self.age)),
            ("partner_age", Slot::Text(&mut self.partner_age)),
            ("low_income_months", Slot::Text(&mut self.low_income_months)),
            ("months_without_income", Slot::Text(&mut self.months_without_income)),
            ("highest_income", Slot::Text(&mut self.highest_income)),
            (
                "low_income_months_in_window",
                Slot::Text(&mut self.low_income_months_in_window),
            ),
            ("average_income", Slot::Text(&mut self.average_income)),
            ("highest_year_income", Slot::Text(&mut self.highest_year_income)),
            ("children", Slot::Text(&mut self.children)),
            ("opleiding_months_ago", Slot::Text(&mut self.opleiding_months_ago)),
            ("maatregel_months_ago", Slot::Text(&mut self.maatregel_months_ago)),
            (
                "arbeidsplicht_months_ago",
                Slot::Text(&mut self.arbeidsplicht_months_ago),
            ),
            ("vermogen", Slot::Text(&mut self.vermogen)),
            ("student", Slot::Flag(&mut self.student)),
            ("prospects", Slot::Text(&mut self.prospects)),
            ("last_iit_date", Slot::Text(&mut self.last_iit_date)),
        ]
    }
}

pub fn validate(form: &IitForm) -> Result<IitInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let request = keep!(
        errors,
        rule_date_field("request_date", &form.request_date, txt::INVALID_REQUEST_DATE)
    );
    let leefvorm = keep!(
        errors,
        Leefvorm::from_slug(&form.leefvorm).ok_or_else(|| FieldError::new(
            "leefvorm",
            "invalid_choice",
            txt::INVALID_LEEFVORM
        ))
    );
    let age = keep!(errors, whole_in("age", &form.age, 16, 120, txt::AGE_IN_YEARS)).map(|a| a as u16);
    let partner_age = match leefvorm {
        Some(Leefvorm::Gehuwden) => keep!(
            errors,
            whole_in("partner_age", &form.partner_age, 16, 120, txt::PARTNER_AGE_IN_YEARS)
        )
        .map(|a| Some(a as u16)),
        _ => Some(None),
    };
    let low = low_income_period(form, &mut errors);
    let means = means(form, &mut errors);
    let uitzicht = keep!(
        errors,
        Uitzicht::from_slug(&form.prospects).ok_or_else(|| FieldError::new(
            "prospects",
            "invalid_choice",
            txt::CHOOSE_AN_ANSWER
        ))
    );
    let last = last_iit(form, request, &mut errors);
    let local = local_questions(form, &mut errors);
    let complete = || {
        Some(IitInput {
            gemeente: g?,
            request: request?,
            leefvorm: leefvorm?,
            age: age?,
            partner_age: partner_age?,
            low_income_months: low.months?,
            months_without_income: low.without_income?,
            highest_income: means.highest_income?,
            low_income_months_in_window: local.in_window?,
            average_income: local.average_income?,
            highest_year_income: local.highest_year_income?,
            child_ages: local.child_ages.clone()?,
            opleiding_months_ago: local.opleiding?,
            maatregel_months_ago: local.maatregel?,
            arbeidsplicht_months_ago: local.arbeidsplicht?,
            vermogen: means.vermogen?,
            student: form.student,
            uitzicht: uitzicht?,
            last_iit: last?,
        })
    };
    match complete() {
        Some(input) if errors.is_empty() => Ok(input),
        _ => Err(errors),
    }
}

/// The months of low income, as read so far (`None`: the field has an error).
struct LowIncomePeriod {
    months: Option<u32>,
    without_income: Option<u32>,
}

/// How long the income has been low, and how many of those months had none (empty: 0).
fn low_income_period(form: &IitForm, errors: &mut Vec<FieldError>) -> LowIncomePeriod {
    let months = keep!(
        errors,
        whole_in(
            "low_income_months",
            &form.low_income_months,
            0,
            MAX_MONTHS,
            txt::months_range {
                max: MAX_MONTHS,
                min: 0u32
            }
        )
    );
    let without_income = if form.months_without_income.trim().is_empty() {
        Some(0)
    } else {
        keep!(
            errors,
            whole_in(
                "months_without_income",
                &form.months_without_income,
                0,
                MAX_MONTHS,
                txt::months_range_or_empty {
                    max: MAX_MONTHS,
                    min: 0u32
                }
            )
        )
    };
    if let (Some(l), Some(w)) = (months, without_income) {
        if w > l {
            errors.push(FieldError::new(
                "months_without_income",
                "more_than_total",
                txt::MORE_THAN_TOTAL,
            ));
        }
    }
    LowIncomePeriod { months, without_income }
}

/// Income and vermogen, as read so far (`None`: the field has an error).
struct Means {
    highest_income: Option<Option<Money>>,
    vermogen: Option<Money>,
}

/// The highest monthly income in the period (optional) and the vermogen.
fn means(form: &IitForm, errors: &mut Vec<FieldError>) -> Means {
    let highest_income = if form.highest_income.trim().is_empty() {
        Some(None)
    } else {
        keep!(
            errors,
            number_in(
                "highest_income",
                &form.highest_income,
                Decimal::ZERO,
                Decimal::from(100_000),
                txt::AMOUNT_PER_MONTH_OR_EMPTY
            )
        )
        .map(|v| Some(Money::new(v)))
    };
    let vermogen = keep!(
        errors,
        number_in(
            "vermogen",
            &form.vermogen,
            Decimal::from(-10_000_000),
            Decimal::from(10_000_000),
            txt::VERMOGEN_IN_EUROS
        )
    )
    .map(Money::new);
    Means {
        highest_income,
        vermogen,
    }
}

/// The answers only some verordeningen need, as read so far (`None`: the field has an
/// error; `Some(None)`: left empty).
struct LocalQuestions {
    in_window: Option<Option<u32>>,
    average_income: Option<Option<Money>>,
    highest_year_income: Option<Option<Money>>,
    child_ages: Option<Vec<u8>>,
    opleiding: Option<Option<u32>>,
    maatregel: Option<Option<u32>>,
    arbeidsplicht: Option<Option<u32>>,
}

/// A whole number of months, or empty.
fn optional_months(field: &str, text: &str, errors: &mut Vec<FieldError>) -> Option<Option<u32>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    let message = txt::months_range_or_empty {
        max: MAX_MONTHS,
        min: 0u32,
    };
    keep!(errors, whole_in(field, text, 0, MAX_MONTHS, message)).map(Some)
}

/// An amount in euros, or empty.
fn optional_amount(field: &str, text: &str, message: Msg, errors: &mut Vec<FieldError>) -> Option<Option<Money>> {
    let max = Decimal::from(1_000_000);
    keep!(errors, optional_number_in(field, text, Decimal::ZERO, max, message)).map(|v| v.map(Money::new))
}

/// The questions of the gemeente's own test: interrupted months, the average or yearly
/// income, the children's ages, and the exclusions (each as months ago, or empty: none).
fn local_questions(form: &IitForm, errors: &mut Vec<FieldError>) -> LocalQuestions {
    let child_ages = keep!(
        errors,
        parse_children_up_to(&form.children, 17, txt::CHILD_UNDER_18.into())
    );
    LocalQuestions {
        in_window: optional_months("low_income_months_in_window", &form.low_income_months_in_window, errors),
        average_income: optional_amount(
            "average_income",
            &form.average_income,
            txt::AMOUNT_PER_MONTH_OR_EMPTY,
            errors,
        ),
        highest_year_income: optional_amount(
            "highest_year_income",
            &form.highest_year_income,
            txt::AMOUNT_PER_YEAR_OR_EMPTY,
            errors,
        ),
        child_ages,
        opleiding: optional_months("opleiding_months_ago", &form.opleiding_months_ago, errors),
        maatregel: optional_months("maatregel_months_ago", &form.maatregel_months_ago, errors),
        arbeidsplicht: optional_months("arbeidsplicht_months_ago", &form.arbeidsplicht_months_ago, errors),
    }
}

/// The date of the last IIT (optional), not after the request.
fn last_iit(form: &IitForm, request: Option<Date>, errors: &mut Vec<FieldError>) -> Option<Option<Date>> {
    let last = if form.last_iit_date.trim().is_empty() {
        Some(None)
    } else {
        keep!(
            errors,
            form.last_iit_date
                .parse::<Date>()
                .map(Some)
                .map_err(|_| FieldError::new("last_iit_date", "invalid_date", txt::INVALID_DATE_OR_EMPTY))
        )
    };
    if let (Some(Some(l)), Some(r)) = (last, request) {
        if l > r {
            errors.push(FieldError::new("last_iit_date", "after_request", txt::AFTER_REQUEST));
        }
    }
    last
}

/// The check and what to do next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IitResult {
    #[serde(flatten)]
    pub check: IitCheck,
    pub next_steps: Vec<Text>,
}

/// The result reads as the check it carries (`result.verdict`, `result.conditions`).
impl core::ops::Deref for IitResult {
    type Target = IitCheck;
    fn deref(&self) -> &IitCheck {
        &self.check
    }
}

pub fn calculate(input: &IitInput) -> IitResult {
    let check = check(input);
    let (name, verdict, amount) = (input.gemeente.name, check.verdict, &check.amount);
    let mut next_steps = Vec::new();
    match verdict {
        Verdict::WaarschijnlijkNiet => next_steps.push(txt::STEP_PROBABLY_NOT.into()),
        _ => {
            next_steps.push(Text::from(txt::step_apply { gemeente: name }));
            next_steps.push(txt::STEP_BRING.into());
        }
    }
    if amount.is_none() {
        next_steps.push(Text::from(txt::step_amount_unknown { gemeente: name }));
    }
    next_steps.push(txt::STEP_INCOME_CHANGES.into());

    IitResult { check, next_steps }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::inkomenstoeslag::Outcome;

    fn base() -> IitForm {
        IitForm {
            gemeente: "ommen".into(),
            request_date: "2026-11-01".into(),
            leefvorm: "alleenstaande".into(),
            age: "45".into(),
            low_income_months: "40".into(),
            vermogen: "1000".into(),
            prospects: "geen".into(),
            ..IitForm::default()
        }
    }

    fn run(f: &IitForm) -> IitResult {
        calculate(&validate(f).expect("valid"))
    }

    fn outcome(r: &IitResult, key: &str) -> Outcome {
        r.conditions
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.outcome)
            .expect("condition present")
    }

    #[test]
    fn ommen_single_qualifies_with_the_2019_amount() {
        let r = run(&base());
        assert_eq!(r.verdict, Verdict::WaarschijnlijkWel, "{:?}", r.conditions);
        let amount = r.amount.clone().expect("amount known");
        assert_eq!(amount.amount, Money::euros(387));
        assert!(amount.status().needs_warning(), "the 2019 amount is marked unverified");
    }

    #[test]
    fn twelve_month_rule_public_vector() {
        let mut f = base();
        // The published vector: granted 2026-03-01, asked again 2027-02-15: refused;
        // 2027-03-02: not barred by lid 3.
        f.last_iit_date = "2026-03-01".into();
        f.request_date = "2027-02-15".into();
        assert_eq!(outcome(&run(&f), "twelve_months"), Outcome::NotMet);
        f.request_date = "2027-03-02".into();
        assert_eq!(outcome(&run(&f), "twelve_months"), Outcome::Met);
        // After the last period the rules are refused, not guessed.
        f.request_date = "2027-07-01".into();
        assert_eq!(validate(&f).unwrap_err()[0].code, "date_after_rules");
        // The same a year earlier: granted 2025-03-01.
        f.last_iit_date = "2025-03-01".into();
        f.request_date = "2026-02-15".into();
        assert_eq!(outcome(&run(&f), "twelve_months"), Outcome::NotMet);
        f.request_date = "2026-03-02".into();
        assert_eq!(outcome(&run(&f), "twelve_months"), Outcome::Met);
        f.request_date = "2026-03-01".into();
        assert_eq!(outcome(&run(&f), "twelve_months"), Outcome::CannotTell);
    }

    #[test]
    fn age_boundaries() {
        let mut f = base();
        for (age, want) in [
            ("20", Outcome::NotMet),
            ("21", Outcome::Met),
            ("66", Outcome::Met),
            ("67", Outcome::NotMet),
        ] {
            f.age = age.into();
            assert_eq!(outcome(&run(&f), "age"), want, "age {age}");
        }
    }

    #[test]
    fn reference_period_and_income_limit_boundaries() {
        let mut f = base();
        f.low_income_months = "35".into();
        assert_eq!(outcome(&run(&f), "low_income"), Outcome::NotMet);
        f.low_income_months = "36".into();
        assert_eq!(outcome(&run(&f), "low_income"), Outcome::Met);
        // Ommen: 100% of the norm, incl./excl. vakantietoeslag unknown. On 2026-11-01 the
        // single norm is € 1.419,46 incl. and € 1.348,49 excl.
        f.highest_income = "1348,49".into();
        assert_eq!(
            outcome(&run(&f), "low_income"),
            Outcome::Met,
            "exactly at the lower limit"
        );
        f.highest_income = "1400".into();
        assert_eq!(
            outcome(&run(&f), "low_income"),
            Outcome::CannotTell,
            "between the two limits"
        );
        f.highest_income = "1419,46".into();
        assert_eq!(
            outcome(&run(&f), "low_income"),
            Outcome::CannotTell,
            "exactly at the upper limit"
        );
        f.highest_income = "1419,47".into();
        assert_eq!(outcome(&run(&f), "low_income"), Outcome::NotMet);
    }

    #[test]
    fn kampen_unknowns_give_doubt_not_a_guess() {
        let mut f = base();
        f.gemeente = "kampen".into();
        f.highest_income = "1000".into();
        let r = run(&f);
        assert_eq!(r.verdict, Verdict::Twijfel);
        assert!(r.amount.is_none());
        assert!(r.next_steps.iter().any(|s| s.contains("kennen wij niet")));
        f.gemeente = "landelijk".into();
        assert_eq!(outcome(&run(&f), "low_income"), Outcome::CannotTell);
    }

    #[test]
    fn vermogen_and_prospects_and_students() {
        let mut f = base();
        f.vermogen = "8000".into();
        assert_eq!(outcome(&run(&f), "vermogen"), Outcome::Met, "exactly the 2026 limit");
        f.vermogen = "8000,01".into();
        assert_eq!(outcome(&run(&f), "vermogen"), Outcome::NotMet);
        f.vermogen = "0".into();
        f.prospects = "".into();
        assert_eq!(run(&f).verdict, Verdict::Twijfel);
        f.prospects = "wel".into();
        assert_eq!(run(&f).verdict, Verdict::WaarschijnlijkNiet);
        f.prospects = "geen".into();
        f.student = true;
        assert_eq!(
            outcome(&run(&f), "student"),
            Outcome::CannotTell,
            "Ommen's rule on students is unknown"
        );
    }

    #[test]
    fn reasons_are_written_in_the_page_language() {
        let mut f = base();
        f.highest_income = "1500".into();
        f.last_iit_date = "2025-03-01".into();
        f.request_date = "2026-02-15".into();
        let r = run(&f);
        let low = r.conditions.iter().find(|c| c.key == "low_income").expect("low_income");
        let twelve = r.conditions.iter().find(|c| c.key == "twelve_months").expect("twelve");
        assert_eq!(r.verdict.text().text(), "Waarschijnlijk niet");
        assert_eq!(low.reason, "40 maanden met een laag inkomen; Ommen vraagt er 36. Het hoogste inkomen (€ 1.500,00) is meer dan de grens van € 1.401,50 (100% van de bijstandsnorm).");
        crate::i18n::in_language("en", || {
            assert_eq!(r.verdict.text().text(), "Probably not");
            assert_eq!(low.outcome.text().text(), "Not met");
            assert_eq!(low.title, "A low income for a long time");
            assert_eq!(low.reason, "40 months with a low income; Ommen asks for 36. The highest income (€1,500.00) is more than the limit of €1,401.50 (100% of the bijstand norm).");
            assert_eq!(
                twelve.reason,
                "The last supplement was on 1 March 2025. A new request is only possible after 1 March 2026."
            );
            assert_eq!(
                r.amount.as_ref().expect("amount").how,
                "Amount set by Ommen for a single person: €387.00 per year, paid in one go."
            );
            assert_eq!(r.next_steps[0], "You will probably not get the supplement. Are you not sure, or is your situation special? Ask the gemeente: it can sometimes make an exception (hardheidsclausule, the hardship clause).");
        });
    }

    #[test]
    fn field_errors() {
        let f = IitForm {
            request_date: "x".into(),
            leefvorm: "gehuwden".into(),
            age: "abc".into(),
            low_income_months: "-1".into(),
            vermogen: "".into(),
            ..IitForm::default()
        };
        let e = validate(&f).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        for want in ["request_date", "age", "partner_age", "low_income_months", "vermogen"] {
            assert!(fields.contains(&want), "{want} in {fields:?}");
        }
    }
}

/// The optional questions the gemeente's own verordening needs (the IIT page shows only
/// these): a window of months, an average or yearly income, the children's ages, and the
/// exclusions it names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub window: bool,
    pub average: bool,
    pub per_year: bool,
    pub children: bool,
    pub opleiding: bool,
    pub maatregel: bool,
    pub arbeidsplicht: bool,
}

/// What the gemeente of `form` (at its request date, or today's rules) asks beyond the
/// common questions.
pub fn needs(form: &IitForm) -> Needs {
    use crate::rules::params::{IitBedrag, IitToets};
    let Some(g) = crate::rules::gemeente(&form.gemeente) else {
        return Needs::default();
    };
    let date = form
        .request_date
        .parse::<crate::rules::Date>()
        .unwrap_or(crate::rules::params::LAST_SNAPSHOT.valid_from);
    let r = g.rules_at(date);
    let months = |p: Option<u32>| p.is_some_and(|m| m > 0);
    Needs {
        window: matches!((r.iit.window_months.value, r.iit.reference_months.value), (Some(w), Some(n)) if w > n),
        average: matches!(r.iit_toets, IitToets::Average(_)),
        per_year: matches!(r.iit_toets, IitToets::PerYear(_)),
        children: !matches!(r.iit_bedrag, IitBedrag::PerLeefvorm(_)),
        opleiding: months(r.iit.opleiding_months.value),
        maatregel: months(r.iit.maatregel_months.value),
        arbeidsplicht: months(r.iit.arbeidsplicht_months.value),
    }
}

#[cfg(test)]
mod needs_tests {
    use super::{needs, IitForm, Needs};

    fn of(gemeente: &str) -> Needs {
        needs(&IitForm {
            gemeente: gemeente.into(),
            request_date: "2026-07-01".into(),
            ..IitForm::default()
        })
    }

    #[test]
    fn the_page_asks_what_the_gemeentes_own_test_needs() {
        assert_eq!(
            of("ommen"),
            Needs::default(),
            "Ommen: every month, per leefvorm, no exclusions"
        );
        let alphen = of("alphen-aan-den-rijn");
        assert!(
            alphen.average && alphen.children && alphen.opleiding && alphen.arbeidsplicht,
            "{alphen:?}"
        );
        assert!(of("west-maas-en-waal").window);
        assert!(of("leidschendam-voorburg").maatregel);
    }
}
