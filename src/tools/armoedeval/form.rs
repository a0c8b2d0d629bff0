//! The form of "Gaat werken lonen?": the fields as typed, and their check into an
//! [`ArmoedevalInput`] with a message per field for what is not right.

use rust_decimal::Decimal;

use crate::i18n::msg::armoedeval as txt;
use crate::i18n::{Euros, Text};
use crate::keep;
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::bijstandsnorm::{norm, NormInput};
use crate::rules::kinderopvangtoeslag::{Opvang, Opvangsoort};
use crate::rules::minimumloon::hourly_for_age;
use crate::rules::money::{Money, Rate};
use crate::rules::{huurtoeslag, parameters_at, Date, FieldError, Gemeente};
use crate::tools::input::{
    gemeente_field, number_in, optional_number_in, parse_children_up_to, rule_date_field, whole_in, FormFields, Slot,
};

/// The form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArmoedevalForm {
    pub gemeente: String,
    /// The month the job starts (the rules of that date apply).
    pub start_date: String,
    pub leefvorm: String,
    pub age: String,
    pub partner_age: String,
    /// Ages of the children at home, e.g. "4, 13".
    pub children: String,
    /// Kale huur per month (empty or 0: no huurtoeslag, e.g. an owner-occupier).
    pub rent: String,
    pub vermogen: String,
    /// Net income from work now, per month (empty: none).
    pub current_income: String,
    /// Empty: the legal minimum for the age.
    pub hourly_wage: String,
    pub hours: String,
    pub travel_costs: String,
    pub childcare_costs: String,
    /// The household gets the individuele inkomenstoeslag now.
    pub gets_iit: bool,
    /// Gemeentelijke belastingen per year that are now kwijtgescholden (empty: none known).
    pub kwijtschelding_year: String,
    /// Someone of 27 or older, not the partner, lives in the home (kostendelersnorm). Kept
    /// for callers of the first API; `kostendelers` gives how many.
    pub kostendeler: bool,
    /// How many kostendelende medebewoners (27 or older, not the partner, no commercial
    /// huurder, no student) live in the home (Participatiewet art. 19a, 22a).
    pub kostendelers: String,
    /// Their gross income together, per year: it counts for the huurtoeslag.
    pub kostendelers_income: String,
    /// The partner has no right to bijstand (Participatiewet art. 24).
    pub partner_geen_recht: bool,
    /// The partner's net income from work per month; it goes on with the job.
    pub partner_income: String,
    /// The partner, not the applicant, takes the job.
    pub partner_takes_job: bool,
    /// 18 to 20 and cannot rely on the parents (Participatiewet art. 20 lid 3).
    pub jongeren_verhoging: bool,
    /// Months the one who takes the job has already worked while on bijstand: the
    /// vrijlating counts its months from the first of them.
    pub months_worked: String,
    /// Employee pension premium, percent of the wage (empty: none).
    pub pension_pct: String,
    /// Kinderopvang with the job, per child (up to three): the soort ("dagopvang", "bso",
    /// "gastouder"), hours per month and price per hour. Then the tool computes the
    /// kinderopvangtoeslag; `childcare_costs` is for who knows only the own costs.
    pub opvang: [OpvangForm; 3],
    pub student: bool,
    /// Medisch urenbeperkt: the applicant can work fewer hours for medical reasons, as the
    /// gemeente has established (Participatiewet art. 31 lid 2 onder y; from 2027 art. 34a
    /// lid 1 onder b).
    pub medisch_urenbeperkt: bool,
}

/// One child's kinderopvang as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpvangForm {
    pub soort: String,
    pub hours: String,
    pub price: String,
}

impl Default for ArmoedevalForm {
    fn default() -> Self {
        ArmoedevalForm {
            gemeente: "landelijk".into(),
            start_date: String::new(),
            leefvorm: "alleenstaande".into(),
            age: String::new(),
            partner_age: String::new(),
            children: String::new(),
            rent: String::new(),
            vermogen: String::new(),
            current_income: String::new(),
            hourly_wage: String::new(),
            hours: String::new(),
            travel_costs: String::new(),
            childcare_costs: String::new(),
            gets_iit: false,
            kwijtschelding_year: String::new(),
            kostendeler: false,
            kostendelers: String::new(),
            kostendelers_income: String::new(),
            partner_geen_recht: false,
            partner_income: String::new(),
            partner_takes_job: false,
            jongeren_verhoging: false,
            months_worked: String::new(),
            pension_pct: String::new(),
            opvang: Default::default(),
            student: false,
            medisch_urenbeperkt: false,
        }
    }
}

impl FormFields for ArmoedevalForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        let mut slots = vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("start_date", Slot::Text(&mut self.start_date)),
            ("leefvorm", Slot::Text(&mut self.leefvorm)),
            ("age", Slot::Text(&mut self.age)),
            ("partner_age", Slot::Text(&mut self.partner_age)),
            ("children", Slot::Text(&mut self.children)),
            ("rent", Slot::Text(&mut self.rent)),
            ("vermogen", Slot::Text(&mut self.vermogen)),
            ("current_income", Slot::Text(&mut self.current_income)),
            ("hourly_wage", Slot::Text(&mut self.hourly_wage)),
            ("hours", Slot::Text(&mut self.hours)),
            ("travel_costs", Slot::Text(&mut self.travel_costs)),
            ("childcare_costs", Slot::Text(&mut self.childcare_costs)),
            ("gets_iit", Slot::Flag(&mut self.gets_iit)),
            ("kwijtschelding_year", Slot::Text(&mut self.kwijtschelding_year)),
            ("kostendeler", Slot::Flag(&mut self.kostendeler)),
            ("kostendelers", Slot::Text(&mut self.kostendelers)),
            ("kostendelers_income", Slot::Text(&mut self.kostendelers_income)),
            ("partner_geen_recht", Slot::Flag(&mut self.partner_geen_recht)),
            ("partner_income", Slot::Text(&mut self.partner_income)),
            ("partner_takes_job", Slot::Flag(&mut self.partner_takes_job)),
            ("jongeren_verhoging", Slot::Flag(&mut self.jongeren_verhoging)),
            ("months_worked", Slot::Text(&mut self.months_worked)),
            ("pension_pct", Slot::Text(&mut self.pension_pct)),
            ("student", Slot::Flag(&mut self.student)),
            ("medisch_urenbeperkt", Slot::Flag(&mut self.medisch_urenbeperkt)),
        ];
        let [o1, o2, o3] = &mut self.opvang;
        slots.extend([
            ("opvang_1", Slot::Text(&mut o1.soort)),
            ("opvang_hours_1", Slot::Text(&mut o1.hours)),
            ("opvang_price_1", Slot::Text(&mut o1.price)),
            ("opvang_2", Slot::Text(&mut o2.soort)),
            ("opvang_hours_2", Slot::Text(&mut o2.hours)),
            ("opvang_price_2", Slot::Text(&mut o2.price)),
            ("opvang_3", Slot::Text(&mut o3.soort)),
            ("opvang_hours_3", Slot::Text(&mut o3.hours)),
            ("opvang_price_3", Slot::Text(&mut o3.price)),
        ]);
        slots
    }
}

#[derive(Clone, Debug)]
pub struct ArmoedevalInput {
    pub gemeente: &'static Gemeente,
    pub date: Date,
    pub leefvorm: Leefvorm,
    pub age: u16,
    pub partner_age: Option<u16>,
    pub children: Vec<u8>,
    pub rent: Money,
    pub vermogen: Money,
    pub current_income: Money,
    pub hourly_wage: Option<Money>,
    pub hours: Decimal,
    pub travel_costs: Money,
    pub childcare_costs: Money,
    pub gets_iit: bool,
    pub kwijtschelding_year: Money,
    pub medisch_urenbeperkt: bool,
    pub kostendelers: u32,
    pub kostendelers_income: Money,
    pub partner_geen_recht: bool,
    pub partner_income: Money,
    pub partner_takes_job: bool,
    pub jongeren_verhoging: bool,
    pub months_worked: u32,
    pub pension: Rate,
    /// Kinderopvang with the job, per child, at the job's hours.
    pub opvang: Vec<Opvang>,
}

/// An optional amount of at most `max` euros; empty is zero. `message` gets the maximum.
fn money_or_zero(field: &str, text: &str, max: i64, message: impl FnOnce(Euros) -> Text) -> Result<Money, FieldError> {
    optional_number_in(field, text, Decimal::ZERO, Decimal::from(max), message(max_euros(max)))
        .map(|v| Money::new(v.unwrap_or_default()))
}

/// Whole euros, for the limits named in messages.
fn max_euros(max: i64) -> Euros {
    Euros(Money::euros(max))
}

const MAX_HOURS: u32 = 60;

pub fn validate(form: &ArmoedevalForm) -> Result<ArmoedevalInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let date = keep!(
        errors,
        rule_date_field("start_date", &form.start_date, txt::DATE_INVALID)
    );
    let household = household(form, date, &mut errors);
    let rent = keep!(
        errors,
        money_or_zero("rent", &form.rent, 5000, |max| txt::rent_range { max }.into())
    );
    let vermogen = keep!(
        errors,
        number_in(
            "vermogen",
            &form.vermogen,
            Decimal::from(-10_000_000),
            Decimal::from(10_000_000),
            txt::VERMOGEN_RANGE
        )
    )
    .map(Money::new);
    let current = keep!(
        errors,
        money_or_zero("current_income", &form.current_income, 10_000, |_| {
            txt::CURRENT_INCOME_RANGE.into()
        })
    );
    let work = work(form, date, household.age, &mut errors);
    let kwijt = keep!(
        errors,
        money_or_zero("kwijtschelding_year", &form.kwijtschelding_year, 10_000, |_| {
            txt::KWIJTSCHELDING_RANGE.into()
        })
    );
    refuse_what_is_not_covered(form, date, rent, &mut errors);
    let more = more_household(form, &household, current, rent, &mut errors);
    let opvang = opvang(form, &mut errors);
    check_norm(date, &household, &more, &mut errors);
    let complete = || {
        Some(ArmoedevalInput {
            gemeente: g?,
            date: date?,
            leefvorm: household.leefvorm?,
            age: household.age?,
            partner_age: household.partner_age?,
            children: household.children?,
            rent: rent?,
            vermogen: vermogen?,
            current_income: current?,
            hourly_wage: work.wage?.map(Money::new),
            hours: work.hours?,
            travel_costs: work.travel?,
            childcare_costs: work.childcare?,
            gets_iit: form.gets_iit,
            kwijtschelding_year: kwijt?,
            medisch_urenbeperkt: form.medisch_urenbeperkt,
            kostendelers: more.kostendelers?,
            kostendelers_income: more.kostendelers_income?,
            partner_geen_recht: more.partner_geen_recht,
            partner_income: more.partner_income?,
            partner_takes_job: more.partner_takes_job,
            jongeren_verhoging: form.jongeren_verhoging,
            months_worked: more.months_worked?,
            pension: more.pension?,
            opvang: opvang?,
        })
    };
    match complete() {
        Some(input) if errors.is_empty() => Ok(input),
        _ => Err(errors),
    }
}

/// Who lives in the home, as read so far (`None`: the field has an error).
struct Household {
    leefvorm: Option<Leefvorm>,
    age: Option<u16>,
    partner_age: Option<Option<u16>>,
    children: Option<Vec<u8>>,
}

/// The leefvorm, the ages (from 18 to below the AOW age of the start date) and the children.
fn household(form: &ArmoedevalForm, date: Option<Date>, errors: &mut Vec<FieldError>) -> Household {
    let aow = date
        .and_then(|d| parameters_at(d).ok())
        .map(|s| s.bijstand.aow_age.value)
        .unwrap_or(67);
    let leefvorm = keep!(
        errors,
        Leefvorm::from_slug(&form.leefvorm).ok_or_else(|| FieldError::new(
            "leefvorm",
            "invalid_choice",
            txt::LEEFVORM_INVALID
        ))
    );
    let age = keep!(
        errors,
        whole_in("age", &form.age, 18, aow.saturating_sub(1), txt::age_range { aow })
    )
    .map(|a| a as u16);
    let partner_age = match leefvorm {
        Some(Leefvorm::Gehuwden) => keep!(
            errors,
            whole_in(
                "partner_age",
                &form.partner_age,
                18,
                aow.saturating_sub(1),
                txt::partner_age_range { aow }
            )
        )
        .map(|a| Some(a as u16)),
        _ => Some(None),
    };
    // Children of 18 to 26 at home count for the huurtoeslag; from 27 they are kostendelers.
    let children = keep!(
        errors,
        parse_children_up_to(&form.children, 26, txt::CHILD_KOSTENDELER.into())
    );
    // A single person with a child under 18 is an alleenstaande ouder (Participatiewet
    // art. 4 lid 1 onder b): the norm is the same, but the IACK, the kindregelingen and the
    // vrijlating of art. 31 lid 2 onder r follow from it.
    if let (Some(l), Some(c)) = (leefvorm, &children) {
        let minor = c.iter().any(|a| *a < 18);
        match l {
            Leefvorm::AlleenstaandeOuder if c.is_empty() => {
                errors.push(FieldError::new("children", "children_missing", txt::CHILDREN_MISSING));
            }
            Leefvorm::AlleenstaandeOuder if !minor => {
                errors.push(FieldError::new("leefvorm", "no_minor_child", txt::NO_MINOR_CHILD));
            }
            Leefvorm::Alleenstaande if minor => {
                errors.push(FieldError::new("leefvorm", "single_with_child", txt::SINGLE_WITH_CHILD));
            }
            _ => {}
        }
    }
    Household {
        leefvorm,
        age,
        partner_age,
        children,
    }
}

/// The job and its costs, as read so far (`None`: the field has an error).
struct Work {
    hours: Option<Decimal>,
    wage: Option<Option<Decimal>>,
    travel: Option<Money>,
    childcare: Option<Money>,
}

/// Hours, the hourly wage (empty: the minimum for the age; never below it), and the costs of
/// going to work.
fn work(form: &ArmoedevalForm, date: Option<Date>, age: Option<u16>, errors: &mut Vec<FieldError>) -> Work {
    let hours = keep!(
        errors,
        number_in(
            "hours",
            &form.hours,
            Decimal::ONE,
            Decimal::from(MAX_HOURS),
            txt::hours_range {
                max: MAX_HOURS,
                min: 1u32
            }
        )
    );
    let wage = keep!(
        errors,
        optional_number_in(
            "hourly_wage",
            &form.hourly_wage,
            Decimal::ZERO,
            Decimal::from(200),
            txt::hourly_wage_range { max: max_euros(200) }
        )
    );
    if let (Some(Some(w)), Some(d), Some(a)) = (wage, date, age) {
        if let Some(min) = parameters_at(d).ok().and_then(|s| hourly_for_age(s, a).ok()) {
            if Money::new(w) < min.amount {
                errors.push(FieldError::new(
                    "hourly_wage",
                    "below_minimum_wage",
                    txt::below_minimum_wage {
                        age: a,
                        wage: min.amount,
                    },
                ));
            }
        }
    }
    let travel = keep!(
        errors,
        money_or_zero("travel_costs", &form.travel_costs, 2000, |max| {
            txt::travel_costs_range { max }.into()
        })
    );
    let childcare = keep!(
        errors,
        money_or_zero("childcare_costs", &form.childcare_costs, 5000, |max| {
            txt::childcare_costs_range { max }.into()
        })
    );
    Work {
        hours,
        wage,
        travel,
        childcare,
    }
}

/// Households the rules here do not cover are named, not computed wrong.
fn refuse_what_is_not_covered(
    form: &ArmoedevalForm,
    date: Option<Date>,
    rent: Option<Money>,
    errors: &mut Vec<FieldError>,
) {
    // Before 2026 the huurtoeslag used an income-dependent normhuur that this tool does not
    // compute; a total without it would be wrong, so such a date is refused for tenants.
    if let (Some(d), Some(r)) = (date, rent) {
        if r > Money::ZERO && parameters_at(d).is_ok_and(|s| !huurtoeslag::is_computed(s)) {
            errors.push(FieldError::new(
                "start_date",
                "not_covered",
                txt::huurtoeslag_before_2026 {
                    date: huurtoeslag::first_date_computed().unwrap_or(d),
                },
            ));
        }
    }
    if form.student {
        errors.push(FieldError::new("student", "not_covered", txt::STUDENT_NOT_COVERED));
    }
}

/// The rest of the household and the job, as read so far (`None`: the field has an error).
struct More {
    kostendelers: Option<u32>,
    kostendelers_income: Option<Money>,
    partner_geen_recht: bool,
    partner_income: Option<Money>,
    partner_takes_job: bool,
    jongeren_verhoging: bool,
    months_worked: Option<u32>,
    pension: Option<Rate>,
}

/// Kostendelers, the partner's own income and right, who takes the job, the months already
/// worked, and the pension premium.
fn more_household(
    form: &ArmoedevalForm,
    h: &Household,
    current: Option<Money>,
    rent: Option<Money>,
    errors: &mut Vec<FieldError>,
) -> More {
    let couple = h.leefvorm == Some(Leefvorm::Gehuwden);
    let kostendelers = if form.kostendelers.trim().is_empty() && form.kostendeler {
        errors.push(FieldError::new(
            "kostendelers",
            "kostendelers_missing",
            txt::KOSTENDELERS_MISSING,
        ));
        None
    } else {
        keep!(
            errors,
            optional_whole("kostendelers", &form.kostendelers, 9, txt::KOSTENDELERS_RANGE)
        )
    };
    let kostendelers_income = keep!(
        errors,
        money_or_zero("kostendelers_income", &form.kostendelers_income, 1_000_000, |_| {
            txt::KOSTENDELERS_INCOME_RANGE.into()
        })
    );
    // Their income counts for the huurtoeslag: a tenant must say it.
    let tenant = rent.is_some_and(|r| r > Money::ZERO);
    if tenant && kostendelers.is_some_and(|k| k > 0) && form.kostendelers_income.trim().is_empty() {
        errors.push(FieldError::new(
            "kostendelers_income",
            "kostendelers_income_missing",
            txt::KOSTENDELERS_INCOME_MISSING,
        ));
    }
    let partner_income = keep!(
        errors,
        money_or_zero("partner_income", &form.partner_income, 10_000, |_| {
            txt::PARTNER_INCOME_RANGE.into()
        })
    );
    let months_worked = keep!(
        errors,
        optional_whole("months_worked", &form.months_worked, 600, txt::MONTHS_WORKED_RANGE)
    );
    // Someone who works now has used part of the vrijlating: the tool must know how much.
    if current.is_some_and(|c| c > Money::ZERO) && form.months_worked.trim().is_empty() {
        errors.push(FieldError::new(
            "months_worked",
            "months_worked_missing",
            txt::MONTHS_WORKED_MISSING,
        ));
    }
    let pension = keep!(
        errors,
        optional_number_in(
            "pension_pct",
            &form.pension_pct,
            Decimal::ZERO,
            Decimal::from(30),
            txt::PENSION_RANGE
        )
    )
    .map(|p| Rate::from_percent(p.unwrap_or_default()));
    More {
        kostendelers,
        kostendelers_income,
        partner_geen_recht: couple && form.partner_geen_recht,
        partner_income: if couple { partner_income } else { Some(Money::ZERO) },
        partner_takes_job: couple && form.partner_takes_job,
        jongeren_verhoging: form.jongeren_verhoging,
        months_worked,
        pension,
    }
}

/// An optional whole number from 0 to `max` (empty: 0), or the field's message.
fn optional_whole(field: &str, text: &str, max: u32, message: crate::i18n::Msg) -> Result<u32, FieldError> {
    if text.trim().is_empty() {
        return Ok(0);
    }
    whole_in(field, text, 0, max, message)
}

/// The bijstandsnorm itself refuses some combinations (a partner under 21 with
/// kostendelers, the raise for young couples, the raise before 2026): named at their field.
fn check_norm(date: Option<Date>, h: &Household, more: &More, errors: &mut Vec<FieldError>) {
    let (Some(d), Some(leefvorm), Some(age), Some(partner_age), Some(children), Some(kostendelers)) = (
        date,
        h.leefvorm,
        h.age,
        h.partner_age,
        h.children.as_ref(),
        more.kostendelers,
    ) else {
        return;
    };
    let Ok(s) = parameters_at(d) else {
        return;
    };
    let input = NormInput {
        leefvorm,
        age,
        partner_age,
        has_children: children.iter().any(|a| *a < 18),
        kostendelers,
        partner_geen_recht: more.partner_geen_recht,
        jongeren_verhoging: more.jongeren_verhoging,
    };
    if let Err(e) = norm(s, d, input) {
        errors.push(e);
    }
}

/// The kinderopvang per child: a soort, hours per month (up to 744, a month of 31 days) and
/// a price per hour (up to € 100). Either this or the own costs, not both: they would count
/// the same opvang twice.
fn opvang(form: &ArmoedevalForm, errors: &mut Vec<FieldError>) -> Option<Vec<Opvang>> {
    let mut out = Some(Vec::new());
    for (n, o) in (1u32..).zip(&form.opvang) {
        if o.soort.trim().is_empty() && o.hours.trim().is_empty() && o.price.trim().is_empty() {
            continue;
        }
        let soort = Opvangsoort::from_slug(o.soort.trim())
            .ok_or_else(|| FieldError::new(format!("opvang_{n}"), "invalid_choice", txt::OPVANG_SOORT));
        let hours = number_in(
            &format!("opvang_hours_{n}"),
            &o.hours,
            Decimal::ZERO,
            Decimal::from(744),
            txt::OPVANG_HOURS,
        );
        let price = number_in(
            &format!("opvang_price_{n}"),
            &o.price,
            Decimal::ZERO,
            Decimal::from(100),
            txt::opvang_price { max: max_euros(100) },
        );
        let child = (|| {
            Some(Opvang {
                soort: keep!(errors, soort)?,
                hours_per_month: keep!(errors, hours)?,
                price_per_hour: Money::new(keep!(errors, price)?),
            })
        })();
        match (child, out.as_mut()) {
            (Some(c), Some(list)) => list.push(c),
            _ => out = None,
        }
    }
    if out.as_ref().is_some_and(|l| !l.is_empty()) && !form.childcare_costs.trim().is_empty() {
        errors.push(FieldError::new("childcare_costs", "twice", txt::CHILDCARE_TWICE));
    }
    out
}
