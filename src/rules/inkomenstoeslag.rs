//! Individuele inkomenstoeslag (Participatiewet art. 36): a yearly amount for someone who has
//! lived on a low income for a long time and has no prospect of earning more. The law sets
//! the frame (age, vermogen, no prospect, not twice within 12 months); each gemeente's
//! verordening (art. 8 lid 1 sub b) fills in the rest: how long, how low, and how much.
//!
//! Every condition is judged separately as met, not met, or cannot tell, with its reason,
//! so a klantmanager sees *why*. Where the gemeente's rule is unknown the answer is
//! "cannot tell", never a guess.

use rust_decimal::Decimal;
use serde::Serialize;

use super::bijstandsnorm::{norm, Leefvorm, NormInput};
use super::explain::{LawRef, Line, SourceRef};
use super::input::{gemeente_field, number_in, rule_date_field, whole_in, FormFields, Slot};
use super::money::Money;
use super::params::{GemeenteRules, Param, Snapshot};
use super::{Date, FieldError, Gemeente};
use crate::i18n::msg::inkomenstoeslag as txt;
use crate::i18n::{Msg, Text};
use crate::keep;

/// Art. 36 lid 1: from 21 years old.
const MIN_AGE: u16 = 21;
/// Art. 36 lid 3: not again within 12 months of the last supplement.
const MONTHS_BETWEEN: u32 = 12;
/// The reference period most verordeningen use, mentioned when the gemeente's is unknown.
const USUAL_PERIOD: u32 = 36;
/// Bounds for the month fields.
const MAX_MONTHS: u32 = 600;

pub const PW_ART_36_LID_1: LawRef = LawRef {
    citation: "Participatiewet art. 36 lid 1",
    bwb: "BWBR0015703",
    article: "36",
};
pub const PW_ART_36_LID_2: LawRef = LawRef {
    citation: "Participatiewet art. 36 lid 2",
    bwb: "BWBR0015703",
    article: "36",
};
pub const PW_ART_36_LID_3: LawRef = LawRef {
    citation: "Participatiewet art. 36 lid 3",
    bwb: "BWBR0015703",
    article: "36",
};
pub const PW_ART_34: LawRef = LawRef {
    citation: "Participatiewet art. 34",
    bwb: "BWBR0015703",
    article: "34",
};
pub const PW_ART_8: LawRef = LawRef {
    citation: "Participatiewet art. 8 lid 1 onder b (verordening)",
    bwb: "BWBR0015703",
    article: "8",
};

/// The klantmanager's judgement of art. 36 lid 1 and 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prospects {
    /// No prospect of a higher income, given strengths, abilities and efforts.
    None,
    /// A real prospect (e.g. a training, more hours, a job in view).
    Some,
    NotJudged,
}

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
    pub vermogen: String,
    pub student: bool,
    /// "geen", "wel" or "" (not judged yet).
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
            ("vermogen", Slot::Text(&mut self.vermogen)),
            ("student", Slot::Flag(&mut self.student)),
            ("prospects", Slot::Text(&mut self.prospects)),
            ("last_iit_date", Slot::Text(&mut self.last_iit_date)),
        ]
    }
}

#[derive(Clone, Debug)]
pub struct IitInput {
    pub gemeente: &'static Gemeente,
    pub request: Date,
    pub leefvorm: Leefvorm,
    pub age: u16,
    pub partner_age: Option<u16>,
    pub low_income_months: u32,
    pub months_without_income: u32,
    pub highest_income: Option<Money>,
    pub vermogen: Money,
    pub student: bool,
    pub prospects: Prospects,
    pub last_iit: Option<Date>,
}

pub fn parse_leefvorm(text: &str) -> Option<Leefvorm> {
    match text.trim() {
        "alleenstaande" => Some(Leefvorm::Alleenstaande),
        "alleenstaande_ouder" => Some(Leefvorm::AlleenstaandeOuder),
        "gehuwden" => Some(Leefvorm::Gehuwden),
        _ => None,
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
        parse_leefvorm(&form.leefvorm).ok_or_else(|| FieldError::new(
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
    let low = keep!(
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
    let without = if form.months_without_income.trim().is_empty() {
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
    if let (Some(l), Some(w)) = (low, without) {
        if w > l {
            errors.push(FieldError::new(
                "months_without_income",
                "more_than_total",
                txt::MORE_THAN_TOTAL,
            ));
        }
    }
    let highest = if form.highest_income.trim().is_empty() {
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
    let prospects = match form.prospects.trim() {
        "geen" => Some(Prospects::None),
        "wel" => Some(Prospects::Some),
        "" | "onbekend" => Some(Prospects::NotJudged),
        _ => keep!(
            errors,
            Err::<Prospects, _>(FieldError::new("prospects", "invalid_choice", txt::CHOOSE_AN_ANSWER))
        ),
    };
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
    match (
        g,
        request,
        leefvorm,
        age,
        partner_age,
        low,
        without,
        highest,
        vermogen,
        prospects,
        last,
    ) {
        (
            Some(g),
            Some(request),
            Some(leefvorm),
            Some(age),
            Some(partner_age),
            Some(low),
            Some(without),
            Some(highest),
            Some(vermogen),
            Some(prospects),
            Some(last),
        ) if errors.is_empty() => Ok(IitInput {
            gemeente: g,
            request,
            leefvorm,
            age,
            partner_age,
            low_income_months: low,
            months_without_income: without,
            highest_income: highest,
            vermogen,
            student: form.student,
            prospects,
            last_iit: last,
        }),
        _ => Err(errors),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    CannotTell,
}

impl Outcome {
    /// "Voldoet", "Voldoet niet", "Niet te zeggen".
    pub fn text(self) -> Msg {
        match self {
            Outcome::Met => txt::OUTCOME_MET,
            Outcome::NotMet => txt::OUTCOME_NOT_MET,
            Outcome::CannotTell => txt::OUTCOME_CANNOT_TELL,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub key: &'static str,
    pub title: Text,
    pub outcome: Outcome,
    pub reason: Text,
    pub sources: Vec<SourceRef>,
}

impl Condition {
    fn new(key: &'static str, title: impl Into<Text>, outcome: Outcome, reason: impl Into<Text>) -> Condition {
        Condition {
            key,
            title: title.into(),
            outcome,
            reason: reason.into(),
            sources: Vec::new(),
        }
    }
    fn param<T>(mut self, p: &Param<T>) -> Condition {
        self.sources.push(SourceRef::from(p));
        self
    }
    fn law(mut self, l: LawRef, d: Date) -> Condition {
        self.sources.push(l.at(d));
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    WaarschijnlijkWel,
    WaarschijnlijkNiet,
    Twijfel,
}

impl Verdict {
    /// "Waarschijnlijk wel", "Waarschijnlijk niet", "Twijfel: …".
    pub fn text(self) -> Msg {
        match self {
            Verdict::WaarschijnlijkWel => txt::VERDICT_YES,
            Verdict::WaarschijnlijkNiet => txt::VERDICT_NO,
            Verdict::Twijfel => txt::VERDICT_DOUBT,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IitResult {
    pub gemeente: &'static str,
    pub request: Date,
    pub verdict: Verdict,
    pub conditions: Vec<Condition>,
    /// The yearly amount for this household, if the verordening's amount is known.
    pub amount: Option<Line>,
    pub next_steps: Vec<Text>,
}

/// The gemeente's yearly IIT amount for a leefvorm.
pub fn amount_param(rules: &GemeenteRules, leefvorm: Leefvorm) -> &Param<Option<Money>> {
    match leefvorm {
        Leefvorm::Alleenstaande => &rules.iit.amount_single,
        Leefvorm::AlleenstaandeOuder => &rules.iit.amount_single_parent,
        Leefvorm::Gehuwden => &rules.iit.amount_couple,
    }
}

/// The vermogensgrens of art. 34 lid 3 for a leefvorm.
fn vermogensgrens(s: &Snapshot, leefvorm: Leefvorm) -> &Param<Money> {
    match leefvorm {
        Leefvorm::Alleenstaande => &s.vermogen.single,
        Leefvorm::AlleenstaandeOuder => &s.vermogen.single_parent,
        Leefvorm::Gehuwden => &s.vermogen.couple,
    }
}

pub fn check(input: &IitInput) -> IitResult {
    let d = input.request;
    // Validation accepted only dates inside the known rules.
    let s = super::parameters_or_last(d).0;
    let rules = input.gemeente.rules_at(d);
    let iit = &rules.iit;
    let name = input.gemeente.name;
    let mut conditions = Vec::new();

    // 1. Age: 21 up to the AOW age (lid 1).
    let aow = u16::try_from(s.bijstand.aow_age.value).unwrap_or(u16::MAX);
    let age_ok = input.age >= MIN_AGE && input.age < aow;
    conditions.push(
        Condition::new(
            "age",
            txt::age_title { min_age: MIN_AGE },
            if age_ok { Outcome::Met } else { Outcome::NotMet },
            if age_ok {
                Text::from(txt::age_met {
                    age: input.age,
                    aow,
                    min_age: MIN_AGE,
                })
            } else if input.age < MIN_AGE {
                Text::from(txt::age_too_young {
                    age: input.age,
                    min_age: MIN_AGE,
                })
            } else {
                Text::from(txt::age_aow { age: input.age, aow })
            },
        )
        .law(PW_ART_36_LID_1, d)
        .param(&s.bijstand.aow_age),
    );

    // 2. Long-term low income, per the verordening.
    conditions.push(low_income(input, s, rules, d));

    // 3. Vermogen (art. 34).
    let grens = vermogensgrens(s, input.leefvorm);
    let v_ok = input.vermogen <= grens.value;
    conditions.push(
        Condition::new(
            "vermogen",
            txt::VERMOGEN_TITLE,
            if v_ok { Outcome::Met } else { Outcome::NotMet },
            if v_ok {
                Text::from(txt::vermogen_within {
                    limit: grens.value,
                    vermogen: input.vermogen,
                })
            } else {
                Text::from(txt::vermogen_above {
                    limit: grens.value,
                    vermogen: input.vermogen,
                })
            },
        )
        .param(grens)
        .law(PW_ART_34, d),
    );

    // 4. No prospect of a higher income (lid 1 and 2): a judgement, not a calculation.
    let (outcome, reason) = match input.prospects {
        Prospects::None => (Outcome::Met, txt::PROSPECTS_NONE),
        Prospects::Some => (Outcome::NotMet, txt::PROSPECTS_SOME),
        Prospects::NotJudged => (Outcome::CannotTell, txt::PROSPECTS_NOT_JUDGED),
    };
    conditions.push(Condition::new("prospects", txt::PROSPECTS_TITLE, outcome, reason).law(PW_ART_36_LID_2, d));

    // 5. Not within 12 months of the last IIT (lid 3).
    let title12 = || txt::twelve_months_title { months: MONTHS_BETWEEN };
    let c12 = match input.last_iit {
        None => Condition::new("twelve_months", title12(), Outcome::Met, txt::TWELVE_MONTHS_NONE),
        Some(last) => {
            let free_from = last.add_months(MONTHS_BETWEEN);
            if d < free_from {
                Condition::new(
                    "twelve_months",
                    title12(),
                    Outcome::NotMet,
                    txt::twelve_months_too_soon { free_from, last },
                )
            } else if d == free_from {
                Condition::new(
                    "twelve_months",
                    title12(),
                    Outcome::CannotTell,
                    txt::twelve_months_exactly {
                        last,
                        months: MONTHS_BETWEEN,
                    },
                )
            } else {
                Condition::new(
                    "twelve_months",
                    title12(),
                    Outcome::Met,
                    txt::twelve_months_met {
                        last,
                        months: MONTHS_BETWEEN,
                    },
                )
            }
        }
    }
    .law(PW_ART_36_LID_3, d);
    conditions.push(c12);

    // 6. Exclusions the verordening names: students.
    if input.student {
        let c = match iit.students_excluded.value {
            Some(true) => Condition::new(
                "student",
                txt::STUDENT_TITLE,
                Outcome::NotMet,
                txt::student_excluded { gemeente: name },
            ),
            Some(false) => Condition::new(
                "student",
                txt::STUDENT_TITLE,
                Outcome::Met,
                txt::student_not_excluded { gemeente: name },
            ),
            None => Condition::new(
                "student",
                txt::STUDENT_TITLE,
                Outcome::CannotTell,
                txt::student_unknown { gemeente: name },
            ),
        }
        .param(&iit.students_excluded);
        conditions.push(c);
    }

    let verdict = if conditions.iter().any(|c| c.outcome == Outcome::NotMet) {
        Verdict::WaarschijnlijkNiet
    } else if conditions.iter().any(|c| c.outcome == Outcome::CannotTell) {
        Verdict::Twijfel
    } else {
        Verdict::WaarschijnlijkWel
    };

    let amount_p = amount_param(rules, input.leefvorm);
    let amount = amount_p.value.map(|a| {
        Line::new(
            "iit.amount",
            txt::AMOUNT_LABEL,
            a,
            txt::amount_how {
                amount: a,
                gemeente: name,
                who: leefvorm_text(input.leefvorm),
            },
        )
        .param(amount_p)
    });

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

    IitResult {
        gemeente: name,
        request: d,
        verdict,
        conditions,
        amount,
        next_steps,
    }
}

fn leefvorm_text(l: Leefvorm) -> Msg {
    match l {
        Leefvorm::Alleenstaande => txt::WHO_SINGLE,
        Leefvorm::AlleenstaandeOuder => txt::WHO_SINGLE_PARENT,
        Leefvorm::Gehuwden => txt::WHO_COUPLE,
    }
}

fn low_income(input: &IitInput, s: &Snapshot, rules: &GemeenteRules, d: Date) -> Condition {
    let iit = &rules.iit;
    let name = input.gemeente.name;
    const TITLE: Msg = txt::LOW_INCOME_TITLE;
    let Some(period) = iit.reference_months.value else {
        return Condition::new(
            "low_income",
            TITLE,
            Outcome::CannotTell,
            txt::period_unknown {
                gemeente: name,
                months: input.low_income_months,
                usual: USUAL_PERIOD,
            },
        )
        .param(&iit.reference_months)
        .law(PW_ART_8, d);
    };
    let mut c = if input.low_income_months < period {
        Condition::new(
            "low_income",
            TITLE,
            Outcome::NotMet,
            txt::period_too_short {
                gemeente: name,
                months: input.low_income_months,
                period,
            },
        )
    } else {
        Condition::new(
            "low_income",
            TITLE,
            Outcome::Met,
            txt::period_long_enough {
                gemeente: name,
                months: input.low_income_months,
                period,
            },
        )
    }
    .param(&iit.reference_months)
    .law(PW_ART_36_LID_1, d);

    if c.outcome == Outcome::Met && input.months_without_income > 0 {
        match iit.month_without_income_at_norm.value {
            Some(true) => c.reason.push(txt::WITHOUT_INCOME_COUNTS),
            Some(false) => {
                c.outcome = Outcome::CannotTell;
                c.reason.push(txt::WITHOUT_INCOME_NOT_SIMPLY);
            }
            None => {
                c.outcome = Outcome::CannotTell;
                c.reason.push(txt::without_income_unknown {
                    months: input.months_without_income,
                });
            }
        }
        c = c.param(&iit.month_without_income_at_norm);
    }

    // Without the gemeente's income limit, "low" cannot be checked. Someone who had only
    // bijstand sits at the norm, under every limit seen (100–120%), so say that too.
    if iit.income_limit_pct.value.is_none() && c.outcome == Outcome::Met {
        c.outcome = Outcome::CannotTell;
        c.reason.push(txt::limit_unknown_only_bijstand { gemeente: name });
        return c.param(&iit.income_limit_pct);
    }

    // The limit: a percentage of the bijstandsnorm (incl. or excl. vakantietoeslag).
    if let Some(highest) = input.highest_income {
        match iit.income_limit_pct.value {
            None => {
                if c.outcome == Outcome::Met {
                    c.outcome = Outcome::CannotTell;
                }
                c.reason.push(txt::limit_unknown { gemeente: name });
                c = c.param(&iit.income_limit_pct);
            }
            Some(pct) => {
                let norm_input = NormInput {
                    leefvorm: input.leefvorm,
                    age: input.age,
                    partner_age: input.partner_age,
                    has_children: false,
                };
                if let Ok(n) = norm(s, d, norm_input) {
                    let incl = (n.including_vt.amount * pct).round_cents();
                    let excl = (n.excluding_vt.amount * pct).round_cents();
                    let limit = match iit.limit_includes_vakantietoeslag.value {
                        Some(true) => Some(incl),
                        Some(false) => Some(excl),
                        None => None,
                    };
                    let above = match limit {
                        Some(l) => Some(highest > l),
                        // Unknown basis: clear on both sides, doubtful in between.
                        None if highest <= excl => Some(false),
                        None if highest > incl => Some(true),
                        None => None,
                    };
                    let shown = limit.unwrap_or(incl);
                    match above {
                        Some(true) => {
                            c.outcome = Outcome::NotMet;
                            c.reason.push(txt::highest_above {
                                highest,
                                limit: shown,
                                pct,
                            });
                        }
                        Some(false) => c.reason.push(txt::highest_not_above {
                            highest,
                            limit: shown,
                            pct,
                        }),
                        None => {
                            if c.outcome == Outcome::Met {
                                c.outcome = Outcome::CannotTell;
                            }
                            c.reason.push(txt::highest_between { excl, highest, incl });
                        }
                    }
                    c = c
                        .param(&iit.income_limit_pct)
                        .param(&iit.limit_includes_vakantietoeslag)
                        .param(&s.bijstand.single);
                }
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

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
        check(&validate(f).expect("valid"))
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
        let amount = r.amount.expect("amount known");
        assert_eq!(amount.amount, Money::euros(387));
        assert!(amount.status().needs_warning(), "the 2019 amount is marked unverified");
    }

    #[test]
    fn twelve_month_rule_public_vector() {
        let mut f = base();
        f.last_iit_date = "2026-03-01".into();
        f.request_date = "2027-02-15".into();
        // 2027 rules are not known yet: the request date is refused, not guessed.
        assert_eq!(validate(&f).unwrap_err()[0].code, "date_after_rules");
        // The rule itself, on dates we know: granted 2025-03-01.
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
