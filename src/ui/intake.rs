//! The intake for klantmanagers: one household form, the answers of the three tools on one
//! screen (each drawn by the tool's own view), what to apply for now, and the checks the
//! klantmanager should know about. The printout is the client's overview to take home.

use yew::prelude::*;

use super::tool::{use_tool, Tool};

use super::fields::{checkbox, error_summary, gemeente_field, radio_group, shown, TextField};
use super::lines::{contact_block, line_table, status_badge};
use super::pages::Page;
use super::share::fragment;
use crate::i18n::msg::ui_intake as txt;
use crate::i18n::{tr, Text};
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::inkomenstoeslag::Uitzicht;
use crate::rules::params::Status;
use crate::rules::Date;
use crate::tools::input::FormFields;
use crate::tools::intake::{self, Answer, ApplyNow, Check, IntakeForm, IntakeResult};

fn id(field: &str) -> String {
    format!("rh-in-{}", field.replace('_', "-"))
}

#[derive(Properties, PartialEq)]
pub struct IntakePageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
    pub lock_gemeente: bool,
}

#[function_component(IntakePage)]
pub fn intake_page(props: &IntakePageProps) -> Html {
    let tool = use_tool(
        "intake",
        IntakeForm {
            gemeente: props.gemeente.to_string(),
            date: props.date.to_string(),
            ..IntakeForm::default()
        },
        intake::validate,
        intake::calculate,
    );
    let form = tool.form.clone();
    let step_hours = Callback::from(move |delta: i64| {
        if let Some(hours) = super::inwoner::hours_after_step(&form.hours, delta) {
            form.set(IntakeForm {
                hours,
                ..(*form).clone()
            });
        }
    });
    html! {
        <section aria-labelledby="rh-in-title" class="rh-tool">
            { super::heading(1, Some("rh-in-title".to_string()), Some(props.heading.clone()), html! { { tr(txt::TITLE) } }) }
            <p>{ tr(txt::INTRO) }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ tr(txt::PRIVACY) }</p>
                { household_fields(&tool, props.lock_gemeente) }
                { iit_fields(&tool) }
                { job_fields(&tool) }
                <button type="submit" class="rh-button">{ tr(txt::CALCULATE) }</button>
            </form>
            { tool.result_area("rh-in-share", |r| result_view(r, &tool, &step_hours)) }
        </section>
    }
}

fn household_fields(tool: &Tool<IntakeForm, IntakeResult>, lock_gemeente: bool) -> Html {
    let f = &*tool.form;
    let err = |field: &str| tool.err(field);
    let leefvormen = Leefvorm::ALL.map(|l| (l.slug(), tr(l.label())));
    html! {
        <>
            { super::heading(2, None, None, html! { { tr(txt::HOUSEHOLD) } }) }
            { gemeente_field(&id("gemeente"), tr(txt::GEMEENTE), &f.gemeente, lock_gemeente, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
            { TextField::new(&id("date"), tr(txt::DATE), &f.date).date().hint(tr(txt::DATE_HINT)).error(err("date")).render(tool.set(|f, v| f.date = v)) }
            { radio_group(&id("leefvorm"), tr(txt::LEEFVORM), &f.leefvorm, &leefvormen, tool.set(|f, v| f.leefvorm = v)) }
            { TextField::new(&id("age"), tr(txt::AGE), &f.age).suffix(tr(txt::YEARS)).numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
            if shown(f.leefvorm == Leefvorm::Gehuwden.slug(), &f.partner_age) {
                { TextField::new(&id("partner_age"), tr(txt::PARTNER_AGE), &f.partner_age).suffix(tr(txt::YEARS)).numeric().error(err("partner_age")).render(tool.set(|f, v| f.partner_age = v)) }
            }
            { TextField::new(&id("children"), tr(txt::CHILDREN), &f.children).hint(tr(txt::CHILDREN_HINT)).error(err("children")).render(tool.set(|f, v| f.children = v)) }
            { TextField::new(&id("kostendelers"), tr(txt::KOSTENDELERS), &f.kostendelers).numeric().hint(tr(txt::KOSTENDELERS_HINT)).error(err("kostendelers")).render(tool.set(|f, v| f.kostendelers = v)) }
            { TextField::new(&id("rent"), tr(txt::RENT), &f.rent).prefix("€").hint(tr(txt::RENT_HINT)).error(err("rent")).render(tool.set(|f, v| f.rent = v)) }
            { TextField::new(&id("vermogen"), tr(txt::VERMOGEN), &f.vermogen).prefix("€").hint(tr(txt::VERMOGEN_HINT)).error(err("vermogen")).render(tool.set(|f, v| f.vermogen = v)) }
            { TextField::new(&id("current_income"), tr(txt::CURRENT_INCOME), &f.current_income).prefix("€").error(err("current_income")).render(tool.set(|f, v| f.current_income = v)) }
            <fieldset class="rh-fieldset">
                <legend>{ tr(txt::APPLIES) }</legend>
                { checkbox(&id("gets_iit"), tr(txt::GETS_IIT), f.gets_iit, tool.set_bool(|f, v| f.gets_iit = v)) }
                { checkbox(&id("student"), tr(txt::STUDENT), f.student, tool.set_bool(|f, v| f.student = v)) }
            </fieldset>
            if let Some(e) = err("student") {
                <p class="rh-error" id={id("student-error")}>{ e }</p>
            }
        </>
    }
}

fn iit_fields(tool: &Tool<IntakeForm, IntakeResult>) -> Html {
    let f = &*tool.form;
    let err = |field: &str| tool.err(field);
    let uitzicht = Uitzicht::ALL.map(|u| (u.slug(), tr(u.label())));
    html! {
        <>
            { super::heading(2, None, None, html! { { tr(txt::IIT) } }) }
            { TextField::new(&id("low_income_months"), tr(txt::LOW_INCOME_MONTHS), &f.low_income_months).suffix(tr(txt::MONTHS)).numeric()
                .hint(tr(txt::LOW_INCOME_MONTHS_HINT)).error(err("low_income_months")).render(tool.set(|f, v| f.low_income_months = v)) }
            { TextField::new(&id("last_iit_date"), tr(txt::LAST_IIT_DATE), &f.last_iit_date).date().error(err("last_iit_date")).render(tool.set(|f, v| f.last_iit_date = v)) }
            { radio_group(&id("prospects"), tr(txt::PROSPECTS), &f.prospects, &uitzicht, tool.set(|f, v| f.prospects = v)) }
        </>
    }
}

fn job_fields(tool: &Tool<IntakeForm, IntakeResult>) -> Html {
    let f = &*tool.form;
    let err = |field: &str| tool.err(field);
    html! {
        <>
            { super::heading(2, None, None, html! { { tr(txt::JOB) } }) }
            { TextField::new(&id("hours"), tr(txt::HOURS), &f.hours).suffix(tr(txt::HOURS_PER_WEEK)).error(err("hours")).render(tool.set(|f, v| f.hours = v)) }
            { TextField::new(&id("hourly_wage"), tr(txt::HOURLY_WAGE), &f.hourly_wage).prefix("€").hint(tr(txt::HOURLY_WAGE_HINT)).error(err("hourly_wage")).render(tool.set(|f, v| f.hourly_wage = v)) }
            { TextField::new(&id("loonwaarde"), tr(txt::LOONWAARDE), &f.loonwaarde).suffix("%").hint(tr(txt::LOONWAARDE_HINT)).error(err("loonwaarde")).render(tool.set(|f, v| f.loonwaarde = v)) }
        </>
    }
}

/// The answers in the order of the conversation: does work pay, the IIT, what to apply for
/// now, what an employer would receive. Each tool's answer is drawn by that tool's own view.
fn result_view(r: &IntakeResult, tool: &Tool<IntakeForm, IntakeResult>, step_hours: &Callback<i64>) -> Html {
    let f = &*tool.form;
    html! {
        <div class="rh-intake">
            { super::inwoner::result_view(&r.armoedeval, &tool.result_ref, step_hours) }
            { checks(&r.checks, Answer::Werken) }
            { open_in(Page::Inwoner, &intake::armoedeval_form(f), txt::OPEN_INWONER) }
            { super::inkomenstoeslag::result_view(&r.inkomenstoeslag, &NodeRef::default()) }
            { checks(&r.checks, Answer::Inkomenstoeslag) }
            { open_in(Page::Inkomenstoeslag, &intake::iit_form(f), txt::OPEN_IIT) }
            { apply_now(r) }
            if let Some(w) = &r.werkgever {
                <div class="rh-result rh-print-full">
                    { super::heading(2, None, None, html! { { tr(txt::WERKGEVER) } }) }
                    <p>{ tr(txt::WERKGEVER_INTRO) }</p>
                    <p class="rh-big">{ &w.answer }</p>
                    { line_table(tr(txt::WERKGEVER_FIRST_MONTH), &w.first_month, false) }
                    { checks(&r.checks, Answer::Werkgever) }
                    if let Some(form) = intake::werkgever_form(f) {
                        { open_in(Page::Werkgever, &form, txt::OPEN_WERKGEVER) }
                    }
                </div>
            }
        </div>
    }
}

/// "Nu aanvragen": each regeling with its amount, how sure that amount is, and where to
/// apply; then the gemeente's contact.
fn apply_now(r: &IntakeResult) -> Html {
    let item = |a: &ApplyNow| {
        let amount = if a.status == Status::Unknown {
            tr(txt::AMOUNT_UNKNOWN).to_string()
        } else if a.per_year {
            Text::from(txt::per_year { amount: a.amount }).render()
        } else {
            Text::from(txt::per_month { amount: a.amount }).render()
        };
        html! {
            <li data-key={a.key.as_str()}>
                <strong>{ &a.label }</strong>{ ": " }<span class="rh-num">{ amount }</span>
                if a.status != Status::Verified {
                    { " " }{ status_badge(a.status, "") }
                }
                <br />{ &a.how }
            </li>
        }
    };
    html! {
        <div class="rh-result">
            { super::heading(2, None, None, html! { { tr(txt::APPLY_NOW) } }) }
            if r.apply_now.is_empty() {
                <p>{ tr(txt::APPLY_NOW_NONE) }</p>
            } else {
                <p>{ tr(txt::APPLY_NOW_INTRO) }</p>
                <ul class="rh-apply-now">{ for r.apply_now.iter().map(item) }</ul>
            }
            { contact_block(r.gemeente) }
            <p>{ Text::from(txt::rule_date { date: r.date, gemeente: r.gemeente }) }</p>
        </div>
    }
}

/// The klantmanager's checks for one answer; not on the client's printout.
fn checks(all: &[Check], answer: Answer) -> Html {
    let mine: Vec<&Check> = all.iter().filter(|c| c.answer == answer).collect();
    if mine.is_empty() {
        return html! {};
    }
    html! {
        <div class="rh-checks">
            <p><strong>{ tr(txt::CHECKS) }</strong></p>
            <ul>{ for mine.iter().map(|c| html! { <li>{ &c.text }</li> }) }</ul>
        </div>
    }
}

/// A link that opens the same household in the separate tool, for its details and its own
/// questions: the tool's page with the tool's form in the fragment.
fn open_in<F: FormFields + Clone>(page: Page, form: &F, label: crate::i18n::Msg) -> Html {
    let here = fragment(page.slug(), form);
    let href = if page.in_bundle() {
        here
    } else {
        format!("{}{here}", page.href())
    };
    html! { <p class="rh-open-in"><a {href}>{ tr(label) }</a></p> }
}
