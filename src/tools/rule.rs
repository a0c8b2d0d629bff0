//! One rule on its own: the adapter behind `rekenhulp.rule(name, input)` in the JS API and
//! the rule cases in tests/cases/. It reads named fields (the same names the tools use where
//! the concept is the same: `date`, `age`, `children`, `rent`, `vermogen`, …), refuses a
//! field it does not know, and returns the rule's explained lines: "what is the zorgtoeslag
//! at this income" without filling in a whole household.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::msg::rule as txt;
use crate::rules::bijstandsnorm::{norm, Leefvorm, NormInput};
use crate::rules::explain::Line;
use crate::rules::huurtoeslag::{huurtoeslag, HuurtoeslagInput};
use crate::rules::inkomstenbelasting::{net_monthly_wage, Kortingen};
use crate::rules::inkomstenvrijlating::{vrijlating, VrijlatingInput};
use crate::rules::kinderbijslag::kinderbijslag;
use crate::rules::kinderopvangtoeslag::{entitled, kinderopvangtoeslag, KotInput, Opvang, Opvangsoort};
use crate::rules::kindgebonden_budget::{kindgebonden_budget, KgbInput};
use crate::rules::loonkostensubsidie::{lks_month, Basis, LksInput};
use crate::rules::minimumloon::hourly_for_age;
use crate::rules::money::{Money, Rate};
use crate::rules::params::Snapshot;
use crate::rules::zorgtoeslag::{zorgtoeslag, ZorgtoeslagInput};
use crate::rules::{parameters_at, Date, FieldError};
use crate::tools::input::{number_in, parse_children, unknown_field, whole_in, FieldValue};

/// The rules that can be asked one by one, with the fields each takes.
pub const RULES: &[(&str, &[&str])] = &[
    (
        "bijstandsnorm",
        &[
            "date",
            "leefvorm",
            "age",
            "partner_age",
            "children",
            "kostendelers",
            "partner_geen_recht",
            "jongeren_verhoging",
        ],
    ),
    (
        "inkomstenvrijlating",
        &[
            "date",
            "net_earnings",
            "month",
            "age",
            "single_parent_child_under_12",
            "medisch_urenbeperkt",
        ],
    ),
    ("minimumloon", &["date", "age"]),
    ("nettoloon", &["date", "gross_monthly_wage", "iack"]),
    (
        "zorgtoeslag",
        &["date", "toetsingsinkomen", "toeslagpartner", "vermogen"],
    ),
    (
        "huurtoeslag",
        &[
            "date",
            "rent",
            "toetsingsinkomen",
            "household_size",
            "all_under_21",
            "toeslagpartner",
            "vermogen",
        ],
    ),
    (
        "kindgebonden_budget",
        &["date", "toetsingsinkomen", "toeslagpartner", "children", "vermogen"],
    ),
    ("kinderbijslag", &["date", "children"]),
    (
        "kinderopvangtoeslag",
        &[
            "date",
            "toetsingsinkomen",
            "works",
            "toeslagpartner",
            "partner_works",
            "opvang_1",
            "hours_1",
            "price_1",
            "opvang_2",
            "hours_2",
            "price_2",
            "opvang_3",
            "hours_3",
            "price_3",
            "opvang_4",
            "hours_4",
            "price_4",
        ],
    ),
    (
        "loonkostensubsidie",
        &["date", "loonwaarde", "contract_hours", "fulltime_hours", "age"],
    ),
];

/// A rule's answer: its explained lines, for the rule date given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleAnswer {
    pub rule: &'static str,
    pub date: Date,
    pub lines: Vec<Line>,
}

/// The named values of one call, taken one by one; what is left at the end was not asked.
struct Fields {
    values: Vec<(String, FieldValue)>,
    errors: Vec<FieldError>,
}

impl Fields {
    fn take(&mut self, name: &str) -> Option<FieldValue> {
        let i = self.values.iter().position(|(n, _)| n == name)?;
        Some(self.values.remove(i).1)
    }

    fn text(&mut self, name: &str) -> Option<String> {
        match self.take(name)? {
            FieldValue::Text(t) => Some(t),
            FieldValue::Number(n) => Some(crate::tools::input::program_number_text(&n)),
            FieldValue::Flag(_) => {
                self.errors.push(FieldError::new(
                    name,
                    "invalid_type",
                    crate::i18n::msg::input::TEXT_OR_NUMBER,
                ));
                None
            }
        }
    }

    fn flag(&mut self, name: &str) -> bool {
        match self.take(name) {
            None => false,
            Some(FieldValue::Flag(b)) => b,
            Some(_) => {
                self.errors.push(FieldError::new(
                    name,
                    "invalid_type",
                    crate::i18n::msg::input::TRUE_OR_FALSE,
                ));
                false
            }
        }
    }

    /// A yes/no that is yes when absent.
    fn flag_or_yes(&mut self, name: &str) -> bool {
        let given = self.values.iter().any(|(n, _)| n == name);
        !given || self.flag(name)
    }

    fn keep<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| self.errors.push(e)).ok()
    }

    fn date(&mut self) -> Option<(Date, &'static Snapshot)> {
        let text = self.text("date").unwrap_or_default();
        let d = text
            .parse::<Date>()
            .map_err(|_| FieldError::new("date", "invalid_date", txt::DATE));
        let d = self.keep(d)?;
        let s = self.keep(parameters_at(d))?;
        Some((d, s))
    }

    /// An amount in euros from `min` to `max`; absent is `default`.
    fn money(&mut self, name: &str, min: i64, max: i64, default: Option<Money>) -> Option<Money> {
        let text = self.text(name).unwrap_or_default();
        if text.trim().is_empty() {
            if default.is_none() {
                let message = txt::amount_range {
                    field: name.to_string(),
                    max,
                    min,
                };
                self.errors.push(FieldError::new(name, "required", message));
            }
            return default;
        }
        let message = txt::amount_range {
            field: name.to_string(),
            max,
            min,
        };
        let v = number_in(name, &text, Decimal::from(min), Decimal::from(max), message);
        self.keep(v).map(Money::new)
    }

    /// An amount in euros from `min` to `max`, from a text already taken; empty is refused.
    fn money_text(&mut self, name: &str, text: &str, min: i64, max: i64) -> Option<Money> {
        let message = txt::amount_range {
            field: name.to_string(),
            max,
            min,
        };
        let v = number_in(name, text, Decimal::from(min), Decimal::from(max), message);
        self.keep(v).map(Money::new)
    }

    fn whole(&mut self, name: &str, min: u32, max: u32, default: Option<u32>) -> Option<u32> {
        let text = self.text(name).unwrap_or_default();
        if text.trim().is_empty() && default.is_some() {
            return default;
        }
        let message = txt::whole_range {
            field: name.to_string(),
            max,
            min,
        };
        let v = whole_in(name, &text, min, max, message);
        self.keep(v)
    }

    fn children(&mut self) -> Option<Vec<u8>> {
        let text = self.text("children").unwrap_or_default();
        self.keep(parse_children(&text))
    }

    /// Every field left was not one of this rule's.
    fn finish(mut self, rule: &str) -> Result<(), Vec<FieldError>> {
        let known = RULES.iter().find(|(n, _)| *n == rule).map(|(_, f)| *f).unwrap_or(&[]);
        for (name, _) in core::mem::take(&mut self.values) {
            self.errors.push(unknown_field(&name, known));
        }
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// Runs rule `name` on `values`; every problem is a field error.
pub fn rule(name: &str, values: Vec<(String, FieldValue)>) -> Result<RuleAnswer, Vec<FieldError>> {
    let Some(&(rule, _)) = RULES.iter().find(|(n, _)| *n == name) else {
        let known: Vec<&str> = RULES.iter().map(|(n, _)| *n).collect();
        let shown: String = name.chars().take(60).collect();
        let message = txt::unknown_rule {
            known: known.join(", "),
            rule: shown,
        };
        return Err(vec![FieldError::new("rule", "unknown_rule", message)]);
    };
    let mut f = Fields {
        values,
        errors: Vec::new(),
    };
    let date = f.date();
    let lines = match rule {
        "bijstandsnorm" => bijstandsnorm(&mut f, date),
        "inkomstenvrijlating" => inkomstenvrijlating(&mut f, date),
        "minimumloon" => minimumloon(&mut f, date),
        "nettoloon" => nettoloon(&mut f, date),
        "zorgtoeslag" => toeslag_zorg(&mut f, date),
        "huurtoeslag" => toeslag_huur(&mut f, date),
        "kindgebonden_budget" => toeslag_kgb(&mut f, date),
        "kinderbijslag" => f.children().zip(date).map(|(c, (d, s))| vec![kinderbijslag(s, d, &c)]),
        "kinderopvangtoeslag" => toeslag_kot(&mut f, date),
        _ => loonkostensubsidie(&mut f, date),
    };
    f.finish(rule)?;
    match (lines, date) {
        (Some(lines), Some((date, _))) => Ok(RuleAnswer { rule, date, lines }),
        // A value was refused; its error is in the list already.
        _ => Err(Vec::new()),
    }
}

type Dated = Option<(Date, &'static Snapshot)>;

fn bijstandsnorm(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let leefvorm_text = f.text("leefvorm").unwrap_or_default();
    let leefvorm =
        Leefvorm::from_slug(&leefvorm_text).ok_or_else(|| FieldError::new("leefvorm", "invalid_choice", txt::LEEFVORM));
    let leefvorm = f.keep(leefvorm);
    let age = f.whole("age", 0, 120, None);
    let partner_age = f.whole("partner_age", 0, 120, Some(0)).filter(|a| *a > 0);
    let children = f.children();
    let kostendelers = f.whole("kostendelers", 0, 20, Some(0));
    let partner_geen_recht = f.flag("partner_geen_recht");
    let jongeren_verhoging = f.flag("jongeren_verhoging");
    let (d, s) = date?;
    let input = NormInput {
        leefvorm: leefvorm?,
        age: u16::try_from(age?).ok()?,
        partner_age: partner_age.and_then(|a| u16::try_from(a).ok()),
        has_children: !children?.is_empty(),
        kostendelers: kostendelers?,
        partner_geen_recht,
        jongeren_verhoging,
    };
    let n = f.keep(norm(s, d, input))?;
    Some(vec![n.including_vt, n.excluding_vt])
}

fn inkomstenvrijlating(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let net_earnings = f.money("net_earnings", 0, 100_000, None);
    let month = f.whole("month", 1, 600, None);
    let age = f.whole("age", 0, 120, None);
    let single_parent_child_under_12 = f.flag("single_parent_child_under_12");
    let medisch_urenbeperkt = f.flag("medisch_urenbeperkt");
    let (d, s) = date?;
    let input = VrijlatingInput {
        net_earnings: net_earnings?,
        month: month?,
        age: u16::try_from(age?).ok()?,
        single_parent_child_under_12,
        medisch_urenbeperkt,
    };
    Some(vec![vrijlating(s, d, input)])
}

fn minimumloon(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let age = f.whole("age", 0, 120, None);
    let (_, s) = date?;
    let line = hourly_for_age(s, u16::try_from(age?).ok()?);
    Some(vec![f.keep(line)?])
}

fn nettoloon(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let gross = f.money("gross_monthly_wage", 0, 100_000, None);
    let iack = f.flag("iack");
    let (d, s) = date?;
    let kortingen = Kortingen {
        iack,
        ahk_elders: false,
    };
    let n = net_monthly_wage(s, d, gross?, s.wml.vakantiebijslag.value, kortingen);
    Some(vec![
        n.gross_monthly,
        n.vakantiegeld_monthly,
        n.tax_monthly,
        n.net_monthly,
        n.net_vakantiegeld_may,
        n.net_monthly_spread,
    ])
}

fn toeslag_zorg(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let toetsingsinkomen = f.money("toetsingsinkomen", 0, 10_000_000, None);
    let has_partner = f.flag("toeslagpartner");
    let vermogen = f.money("vermogen", -10_000_000, 100_000_000, Some(Money::ZERO));
    let (d, s) = date?;
    let input = ZorgtoeslagInput {
        toetsingsinkomen: toetsingsinkomen?,
        has_partner,
        vermogen: vermogen?,
    };
    Some(vec![zorgtoeslag(s, d, input)])
}

fn toeslag_huur(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let rent = f.money("rent", 0, 10_000, None);
    let toetsingsinkomen = f.money("toetsingsinkomen", 0, 10_000_000, None);
    let household_size = f.whole("household_size", 1, 20, Some(1));
    let all_under_21 = f.flag("all_under_21");
    let has_partner = f.flag("toeslagpartner");
    let vermogen = f.money("vermogen", -10_000_000, 100_000_000, Some(Money::ZERO));
    let (d, s) = date?;
    let input = HuurtoeslagInput {
        kale_huur: rent?,
        toetsingsinkomen: toetsingsinkomen?,
        household_size: household_size?,
        all_under_21,
        has_partner,
        vermogen: vermogen?,
    };
    Some(vec![f.keep(huurtoeslag(s, d, input))?])
}

fn toeslag_kgb(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let toetsingsinkomen = f.money("toetsingsinkomen", 0, 10_000_000, None);
    let has_partner = f.flag("toeslagpartner");
    let children = f.children();
    let vermogen = f.money("vermogen", -10_000_000, 100_000_000, Some(Money::ZERO));
    let (d, s) = date?;
    let children = children?;
    let input = KgbInput {
        toetsingsinkomen: toetsingsinkomen?,
        has_partner,
        child_ages: &children,
        vermogen: vermogen?,
    };
    Some(vec![kindgebonden_budget(s, d, input)])
}

fn loonkostensubsidie(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    // Empty or "forfaitair": the loonwaarde is not determined yet (art. 10d lid 5).
    let loonwaarde = f.text("loonwaarde").unwrap_or_default();
    let basis = if loonwaarde.trim().is_empty() || loonwaarde.trim() == "forfaitair" {
        Some(Basis::Forfaitair)
    } else {
        let message = txt::whole_range {
            field: "loonwaarde".to_string(),
            max: 100u32,
            min: 0u32,
        };
        let v = number_in("loonwaarde", &loonwaarde, Decimal::ZERO, Decimal::ONE_HUNDRED, message);
        f.keep(v).map(|p| Basis::Loonwaarde(Rate::from_percent(p)))
    };
    let contract_hours = f.whole("contract_hours", 1, 60, None);
    let fulltime_hours = f.whole("fulltime_hours", 30, 40, Some(36));
    let age = f.whole("age", 15, 120, None);
    let (d, s) = date?;
    let input = LksInput {
        basis: basis?,
        contract_hours: Decimal::from(contract_hours?),
        fulltime_hours: Decimal::from(fulltime_hours?),
        age: u16::try_from(age?).ok()?,
    };
    let m = f.keep(lks_month(s, d, input))?;
    Some(vec![m.wml, m.wml_plus_vb, m.wage_part, m.werkgeverslasten, m.total])
}

/// The opvang of children 1 to 4: `opvang_<n>` (dagopvang, bso or gastouder), `hours_<n>` per
/// month and `price_<n>` per hour. A child without `opvang_<n>` is not there.
fn opvang(f: &mut Fields) -> Option<Vec<Opvang>> {
    const SLOTS: [(&str, &str, &str); 4] = [
        ("opvang_1", "hours_1", "price_1"),
        ("opvang_2", "hours_2", "price_2"),
        ("opvang_3", "hours_3", "price_3"),
        ("opvang_4", "hours_4", "price_4"),
    ];
    let mut children = Some(Vec::new());
    for (soort_field, hours_field, price_field) in SLOTS {
        let soort = f.text(soort_field).unwrap_or_default();
        let hours_text = f.text(hours_field).unwrap_or_default();
        let price_text = f.text(price_field).unwrap_or_default();
        if [&soort, &hours_text, &price_text].iter().all(|t| t.trim().is_empty()) {
            continue;
        }
        let soort = Opvangsoort::from_slug(&soort).ok_or_else(|| {
            let code = if soort.trim().is_empty() {
                "required"
            } else {
                "invalid_choice"
            };
            let message = txt::opvang {
                field: soort_field.to_string(),
            };
            FieldError::new(soort_field, code, message)
        });
        let soort = f.keep(soort);
        let message = txt::number_range {
            field: hours_field.to_string(),
            max: 744u32,
            min: 0u32,
        };
        let hours = number_in(hours_field, &hours_text, Decimal::ZERO, Decimal::from(744), message);
        let hours = f.keep(hours);
        let price = f.money_text(price_field, &price_text, 0, 1_000);
        children = match (children, soort, hours, price) {
            (Some(mut list), Some(soort), Some(hours_per_month), Some(price_per_hour)) => {
                list.push(Opvang {
                    soort,
                    hours_per_month,
                    price_per_hour,
                });
                Some(list)
            }
            _ => None,
        };
    }
    children
}

fn toeslag_kot(f: &mut Fields, date: Dated) -> Option<Vec<Line>> {
    let toetsingsinkomen = f.money("toetsingsinkomen", 0, 10_000_000, None);
    let works = f.flag_or_yes("works");
    let has_partner = f.flag("toeslagpartner");
    let partner_works = f.flag_or_yes("partner_works");
    let children = opvang(f);
    let (d, s) = date?;
    let children = children?;
    let input = KotInput {
        toetsingsinkomen: toetsingsinkomen?,
        children: &children,
        entitled: entitled(works, has_partner.then_some(partner_works)),
    };
    let k = kinderopvangtoeslag(s, d, &input);
    Some(vec![k.costs, k.toeslag, k.own_share])
}
