//! Individuele inkomenstoeslag (Participatiewet art. 36): a yearly amount for someone who has
//! lived on a low income for a long time and has no prospect of earning more. The law sets
//! the frame (age, vermogen, no prospect, not twice within 12 months); each gemeente's
//! verordening (art. 8 lid 1 sub b) fills in the rest: how long, how low, and how much.
//!
//! Every condition is judged separately as met, not met, or cannot tell, with its reason,
//! so a klantmanager sees *why*. Where the gemeente's rule is unknown the answer is
//! "cannot tell", never a guess.

use serde::Serialize;

use super::bijstandsnorm::{norm, Leefvorm, NormInput};
use super::explain::{LawRef, Line, SourceRef, Sourced};
use super::keys;
use super::money::Money;
use super::params::{GemeenteRules, IitPolicy, Param, Snapshot};
use super::wetten::PARTICIPATIEWET;
use super::{Date, Gemeente};
use crate::i18n::msg::inkomenstoeslag as txt;
use crate::i18n::{Msg, Text};

/// Art. 36 lid 1: from 21 years old.
const MIN_AGE: u16 = 21;
/// Art. 36 lid 3: not again within 12 months of the last supplement.
const MONTHS_BETWEEN: u32 = 12;
/// The reference period most verordeningen use, mentioned when the gemeente's is unknown.
const USUAL_PERIOD: u32 = 36;

pub const PW_ART_36_LID_1: LawRef = PARTICIPATIEWET.art("36").lid("1");
pub const PW_ART_36_LID_2: LawRef = PARTICIPATIEWET.art("36").lid("2");
pub const PW_ART_36_LID_3: LawRef = PARTICIPATIEWET.art("36").lid("3");
pub const PW_ART_34: LawRef = PARTICIPATIEWET.art("34");
pub const PW_ART_8_LID_1: LawRef = PARTICIPATIEWET.art("8").lid("1").note("onder b (verordening)");

/// Uitzicht op een hoger inkomen (art. 36 lid 1 and 2): the klantmanager's judgement of
/// whether the person can earn more soon, given strengths, abilities and efforts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uitzicht {
    /// No prospect of a higher income: the condition is met.
    Geen,
    /// A real prospect (e.g. a training, more hours, a job in view).
    Wel,
    NietBeoordeeld,
}

impl Uitzicht {
    pub const ALL: [Uitzicht; 3] = [Uitzicht::Geen, Uitzicht::Wel, Uitzicht::NietBeoordeeld];

    /// The answer in forms, share links and the JS API ("geen", "wel", "onbekend").
    pub fn slug(self) -> &'static str {
        match self {
            Uitzicht::Geen => "geen",
            Uitzicht::Wel => "wel",
            Uitzicht::NietBeoordeeld => "onbekend",
        }
    }

    /// An answer left empty has not been judged yet.
    pub fn from_slug(text: &str) -> Option<Uitzicht> {
        let text = text.trim();
        if text.is_empty() {
            return Some(Uitzicht::NietBeoordeeld);
        }
        Uitzicht::ALL.into_iter().find(|u| u.slug() == text)
    }

    /// The answer as a resident reads it in the form ("Nee, daar is geen zicht op").
    pub fn label(self) -> Msg {
        match self {
            Uitzicht::Geen => txt::UITZICHT_GEEN,
            Uitzicht::Wel => txt::UITZICHT_WEL,
            Uitzicht::NietBeoordeeld => txt::UITZICHT_NIET_BEOORDEELD,
        }
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
    pub uitzicht: Uitzicht,
    pub last_iit: Option<Date>,
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
}

impl Sourced for Condition {
    fn sources_mut(&mut self) -> &mut Vec<SourceRef> {
        &mut self.sources
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
pub struct IitCheck {
    pub gemeente: &'static str,
    pub request: Date,
    pub verdict: Verdict,
    pub conditions: Vec<Condition>,
    /// The yearly amount for this household, if the verordening's amount is known.
    pub amount: Option<Line>,
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

pub fn check(input: &IitInput) -> IitCheck {
    let d = input.request;
    // Validation accepted only dates inside the known rules.
    let s = super::parameters_or_last(d).0;
    let rules = input.gemeente.rules_at(d);
    let mut conditions = vec![
        age(input, s),
        low_income(input, s, rules, d),
        vermogen(input, s),
        uitzicht(input),
        twelve_months(input),
    ];
    if input.student {
        conditions.push(student(input, rules));
    }
    let verdict = if conditions.iter().any(|c| c.outcome == Outcome::NotMet) {
        Verdict::WaarschijnlijkNiet
    } else if conditions.iter().any(|c| c.outcome == Outcome::CannotTell) {
        Verdict::Twijfel
    } else {
        Verdict::WaarschijnlijkWel
    };
    IitCheck {
        gemeente: input.gemeente.name,
        request: d,
        verdict,
        conditions,
        amount: amount(input, rules),
    }
}

/// Lid 1: from 21 years old up to the AOW age.
fn age(input: &IitInput, s: &Snapshot) -> Condition {
    let aow = u16::try_from(s.bijstand.aow_age.value).unwrap_or(u16::MAX);
    let age_ok = input.age >= MIN_AGE && input.age < aow;
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
    .law(PW_ART_36_LID_1, input.request)
    .param(&s.bijstand.aow_age)
}

/// Vermogen within the grens of art. 34 for the leefvorm.
fn vermogen(input: &IitInput, s: &Snapshot) -> Condition {
    let grens = vermogensgrens(s, input.leefvorm);
    let v_ok = input.vermogen <= grens.value;
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
    .law(PW_ART_34, input.request)
}

/// No prospect of a higher income (lid 1 and 2): a judgement, not a calculation.
fn uitzicht(input: &IitInput) -> Condition {
    let (outcome, reason) = match input.uitzicht {
        Uitzicht::Geen => (Outcome::Met, txt::PROSPECTS_NONE),
        Uitzicht::Wel => (Outcome::NotMet, txt::PROSPECTS_SOME),
        Uitzicht::NietBeoordeeld => (Outcome::CannotTell, txt::PROSPECTS_NOT_JUDGED),
    };
    Condition::new("prospects", txt::PROSPECTS_TITLE, outcome, reason).law(PW_ART_36_LID_2, input.request)
}

/// Lid 3: not within 12 months of the last IIT.
fn twelve_months(input: &IitInput) -> Condition {
    let d = input.request;
    let title = || txt::twelve_months_title { months: MONTHS_BETWEEN };
    match input.last_iit {
        None => Condition::new("twelve_months", title(), Outcome::Met, txt::TWELVE_MONTHS_NONE),
        Some(last) => {
            let free_from = last.add_months(MONTHS_BETWEEN);
            if d < free_from {
                Condition::new(
                    "twelve_months",
                    title(),
                    Outcome::NotMet,
                    txt::twelve_months_too_soon { free_from, last },
                )
            } else if d == free_from {
                Condition::new(
                    "twelve_months",
                    title(),
                    Outcome::CannotTell,
                    txt::twelve_months_exactly {
                        last,
                        months: MONTHS_BETWEEN,
                    },
                )
            } else {
                Condition::new(
                    "twelve_months",
                    title(),
                    Outcome::Met,
                    txt::twelve_months_met {
                        last,
                        months: MONTHS_BETWEEN,
                    },
                )
            }
        }
    }
    .law(PW_ART_36_LID_3, d)
}

/// An exclusion the verordening may name: students.
fn student(input: &IitInput, rules: &GemeenteRules) -> Condition {
    let iit = &rules.iit;
    let gemeente = input.gemeente.name;
    let (outcome, reason) = match iit.students_excluded.value {
        Some(true) => (Outcome::NotMet, Text::from(txt::student_excluded { gemeente })),
        Some(false) => (Outcome::Met, Text::from(txt::student_not_excluded { gemeente })),
        None => (Outcome::CannotTell, Text::from(txt::student_unknown { gemeente })),
    };
    Condition::new("student", txt::STUDENT_TITLE, outcome, reason).param(&iit.students_excluded)
}

/// The gemeente's yearly amount for this household, when its verordening is known.
fn amount(input: &IitInput, rules: &GemeenteRules) -> Option<Line> {
    let amount_p = amount_param(rules, input.leefvorm);
    amount_p.value.map(|a| {
        Line::new(
            keys::IIT_AMOUNT,
            txt::AMOUNT_LABEL,
            a,
            txt::amount_how {
                amount: a,
                gemeente: input.gemeente.name,
                who: leefvorm_text(input.leefvorm),
            },
        )
        .param(amount_p)
    })
}

fn leefvorm_text(l: Leefvorm) -> Msg {
    match l {
        Leefvorm::Alleenstaande => txt::WHO_SINGLE,
        Leefvorm::AlleenstaandeOuder => txt::WHO_SINGLE_PARENT,
        Leefvorm::Gehuwden => txt::WHO_COUPLE,
    }
}

/// Long-term low income, per the verordening: the reference period, the months without any
/// income, and the income limit.
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
        .law(PW_ART_8_LID_1, d);
    };
    let (outcome, reason) = if input.low_income_months < period {
        (
            Outcome::NotMet,
            Text::from(txt::period_too_short {
                gemeente: name,
                months: input.low_income_months,
                period,
            }),
        )
    } else {
        (
            Outcome::Met,
            Text::from(txt::period_long_enough {
                gemeente: name,
                months: input.low_income_months,
                period,
            }),
        )
    };
    let mut c = Condition::new("low_income", TITLE, outcome, reason)
        .param(&iit.reference_months)
        .law(PW_ART_36_LID_1, d);
    if c.outcome == Outcome::Met && input.months_without_income > 0 {
        c = months_without_income(c, input, iit);
    }
    // Without the gemeente's income limit, "low" cannot be checked. Someone who had only
    // bijstand sits at the norm, under every limit seen (100–120%), so say that too.
    if iit.income_limit_pct.value.is_none() && c.outcome == Outcome::Met {
        c.outcome = Outcome::CannotTell;
        c.reason.push(txt::limit_unknown_only_bijstand { gemeente: name });
        return c.param(&iit.income_limit_pct);
    }
    match input.highest_income {
        Some(highest) => income_limit(c, input, highest, s, iit, d),
        None => c,
    }
}

/// Months without any income count when the verordening counts them at the norm.
fn months_without_income(mut c: Condition, input: &IitInput, iit: &IitPolicy) -> Condition {
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
    c.param(&iit.month_without_income_at_norm)
}

/// The highest income against the gemeente's limit: a percentage of the bijstandsnorm,
/// including or excluding vakantietoeslag.
fn income_limit(
    mut c: Condition,
    input: &IitInput,
    highest: Money,
    s: &Snapshot,
    iit: &IitPolicy,
    d: Date,
) -> Condition {
    let Some(pct) = iit.income_limit_pct.value else {
        if c.outcome == Outcome::Met {
            c.outcome = Outcome::CannotTell;
        }
        c.reason.push(txt::limit_unknown {
            gemeente: input.gemeente.name,
        });
        return c.param(&iit.income_limit_pct);
    };
    let norm_input = NormInput {
        leefvorm: input.leefvorm,
        age: input.age,
        partner_age: input.partner_age,
        has_children: false,
        kostendelers: 0,
        partner_geen_recht: false,
        jongeren_verhoging: false,
    };
    let Ok(n) = norm(s, d, norm_input) else {
        return c;
    };
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
    c.param(&iit.income_limit_pct)
        .param(&iit.limit_includes_vakantietoeslag)
        .param(&s.bijstand.single)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uitzicht_reads_back_what_it_writes() {
        for u in Uitzicht::ALL {
            assert_eq!(Uitzicht::from_slug(u.slug()), Some(u));
            assert_eq!(Uitzicht::from_slug(&format!(" {} ", u.slug())), Some(u));
        }
        assert_eq!(Uitzicht::from_slug(""), Some(Uitzicht::NietBeoordeeld));
        assert_eq!(Uitzicht::from_slug("misschien"), None);
        assert_eq!(Uitzicht::Geen.label().text(), "Nee, daar is geen zicht op");
        crate::i18n::in_language("en", || {
            assert_eq!(
                Uitzicht::NietBeoordeeld.label().text(),
                "I do not know / not discussed yet"
            );
        });
    }
}
