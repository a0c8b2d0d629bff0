use super::*;
use crate::rules::SNAPSHOTS;
use crate::tools::input::{fill_form, FieldValue};

fn ommen() -> IntakeForm {
    IntakeForm {
        gemeente: "ommen".into(),
        date: "2026-11-01".into(),
        age: "45".into(),
        rent: "650".into(),
        vermogen: "1000".into(),
        low_income_months: "40".into(),
        prospects: "geen".into(),
        hours: "20".into(),
        ..IntakeForm::default()
    }
}

fn run(f: &IntakeForm) -> IntakeResult {
    calculate(&validate(f).expect("valid"))
}

#[test]
fn every_answer_is_the_tools_own_answer_for_the_same_household() {
    let f = IntakeForm {
        loonwaarde: "60".into(),
        children: "4, 19".into(),
        leefvorm: "alleenstaande_ouder".into(),
        ..ommen()
    };
    let r = run(&f);
    let a = armoedeval::calculate(&armoedeval::validate(&armoedeval_form(&f)).expect("valid"));
    let i = inkomenstoeslag::calculate(&inkomenstoeslag::validate(&iit_form(&f)).expect("valid"));
    let w = werkgever_form(&f).map(|w| werkgever::calculate(&werkgever::validate(&w).expect("valid")));
    assert_eq!(r.armoedeval, a);
    assert_eq!(r.inkomenstoeslag, i);
    assert_eq!(r.werkgever, w);
    assert!(r.werkgever.is_some());
}

#[test]
fn the_iit_check_gets_the_children_under_18_only() {
    let f = IntakeForm {
        children: "4, 19, 17".into(),
        ..ommen()
    };
    assert_eq!(iit_form(&f).children, "4, 17");
}

#[test]
fn without_a_loonwaarde_there_is_no_employer_answer() {
    assert!(run(&ommen()).werkgever.is_none());
}

#[test]
fn a_bad_date_is_one_error_on_the_intake_field_not_one_per_tool() {
    let f = IntakeForm {
        date: "31-31-2026".into(),
        loonwaarde: "60".into(),
        ..ommen()
    };
    let errors = validate(&f).err().expect("refused");
    let on_date = errors.iter().filter(|e| e.field == "date").count();
    assert_eq!(on_date, 1, "{errors:?}");
    assert!(errors
        .iter()
        .all(|e| !["start_date", "request_date", "contract_hours"].contains(&e.field.as_str())));
}

#[test]
fn the_employer_tool_refusing_the_hours_puts_the_error_on_hours() {
    let f = IntakeForm {
        hours: "".into(),
        loonwaarde: "60".into(),
        ..ommen()
    };
    let errors = validate(&f).err().expect("refused");
    assert!(errors.iter().any(|e| e.field == "hours"), "{errors:?}");
}

#[test]
fn a_household_on_bijstand_may_apply_for_the_toeslagen_and_the_iit() {
    let r = run(&ommen());
    let keys: Vec<&str> = r.apply_now.iter().map(|a| a.key.as_str()).collect();
    assert!(keys.contains(&"zorgtoeslag.monthly"), "{keys:?}");
    assert!(keys.contains(&"huurtoeslag.monthly"), "{keys:?}");
    assert_ne!(r.inkomenstoeslag.verdict, Verdict::WaarschijnlijkNiet);
    let iit = r
        .apply_now
        .iter()
        .find(|a| a.key == keys::IIT_AMOUNT)
        .expect("IIT listed");
    assert!(iit.per_year);
    assert_eq!(Some(iit.amount), r.inkomenstoeslag.amount.as_ref().map(|l| l.amount));
}

#[test]
fn a_household_that_gets_the_iit_is_not_told_to_apply_for_it() {
    let r = run(&IntakeForm {
        gets_iit: true,
        ..ommen()
    });
    assert!(r.apply_now.iter().all(|a| a.key != keys::IIT_AMOUNT));
}

#[test]
fn the_klantmanager_hears_where_the_loonheffingskorting_is_assumed() {
    let r = run(&ommen());
    assert!(r.checks.iter().any(|c| {
        c.answer == checks::Answer::Werken
            && (c.text == Text::from(txt::LHK_GEMEENTE) || c.text == Text::from(txt::LHK_WERKGEVER))
    }));
}

#[test]
fn unknown_fields_are_refused() {
    let values = vec![("kostendeler".to_string(), FieldValue::Flag(true))];
    let errors = fill_form::<IntakeForm>(values).expect_err("refused");
    assert_eq!(errors.first().map(|e| e.code), Some("unknown_field"));
}

#[test]
fn the_intake_starts_where_the_resident_tool_covers_every_household() {
    let first = huurtoeslag::first_date_computed().expect("a first date");
    let before = SNAPSHOTS
        .iter()
        .map(|s| s.valid_from)
        .filter(|d| *d < first)
        .collect::<Vec<_>>();
    assert!(!before.is_empty());
    for date in before {
        // No rent: the resident tool itself would answer this household on that date.
        let f = IntakeForm {
            date: date.to_string(),
            rent: String::new(),
            ..ommen()
        };
        let errors = validate(&f).err().expect("refused");
        assert!(
            errors.iter().any(|e| e.field == "date" && e.code == "not_covered"),
            "{date}"
        );
    }
    assert!(validate(&IntakeForm {
        date: first.to_string(),
        ..ommen()
    })
    .is_ok());
}

#[test]
fn a_working_partner_and_the_costs_of_the_job_reach_the_resident_tool() {
    let f = IntakeForm {
        leefvorm: "gehuwden".into(),
        partner_age: "44".into(),
        partner_income: "600".into(),
        travel_costs: "80".into(),
        childcare_costs: "50".into(),
        ..ommen()
    };
    let a = armoedeval_form(&f);
    assert_eq!(
        (
            a.partner_income.as_str(),
            a.travel_costs.as_str(),
            a.childcare_costs.as_str()
        ),
        ("600", "80", "50")
    );
    let r = run(&f);
    let now = r.armoedeval.situations.first().expect("now");
    assert!(
        now.lines.iter().any(|l| l.key == keys::WORK_PARTNER),
        "the partner's work counts now"
    );
}
