//! The parts every page shares: navigation, the rule date and the disclaimer.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::pages::Page;
use crate::rules::{self, Date};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub current: Page,
    pub on_navigate: Callback<Page>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="rh-header">
            <p class="rh-brand">{ "Rekenhulp Werk & Inkomen" }</p>
            <nav aria-label="Rekenhulp">
                <ul class="rh-nav">
                    { for Page::ALL.iter().map(|p| {
                        let current = *p == props.current;
                        let onclick = {
                            let cb = props.on_navigate.clone();
                            let p = *p;
                            Callback::from(move |_| cb.emit(p))
                        };
                        html! {
                            <li>
                                <a href={p.href()} aria-current={current.then_some("page")} {onclick}>{ p.nav_label() }</a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub value: String,
    pub error: Option<String>,
    pub on_change: Callback<String>,
}

/// The rule date. Typed text is kept as is; a refused date shows its message at the field.
#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let periods: Vec<rules::RulePeriod> = rules::rule_periods().collect();
    let (min, max) = match (periods.first(), periods.last()) {
        (Some(f), Some(l)) => (f.valid_from.to_string(), l.valid_until.to_string()),
        _ => (String::new(), String::new()),
    };
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let period_text = props
        .value
        .parse::<Date>()
        .ok()
        .and_then(|d| periods.iter().find(|p| p.valid_from <= d && d <= p.valid_until))
        .map(|p| {
            format!(
                "Bedragen geldig van {} tot en met {}.",
                p.valid_from.dutch(),
                p.valid_until.dutch()
            )
        });
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("rh-field", "rh-date", invalid.then_some("rh-field--error"))}>
            <label for="rh-rekendatum">{ "Rekendatum" }</label>
            <p class="rh-hint" id="rh-rekendatum-hint">
                { "De regels en bedragen die op deze dag gelden. " }
                { period_text.unwrap_or_default() }
            </p>
            if let Some(msg) = &props.error {
                <p class="rh-error" id="rh-rekendatum-error" role="alert">
                    <span class="rh-visually-hidden">{ "Fout: " }</span>{ msg.clone() }
                </p>
            }
            <input
                id="rh-rekendatum"
                name="rekendatum"
                type="date"
                value={props.value.clone()}
                min={min}
                max={max}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={if invalid { "rh-rekendatum-hint rh-rekendatum-error" } else { "rh-rekendatum-hint" }}
                {oninput}
            />
        </div>
    }
}

#[function_component(Disclaimer)]
pub fn disclaimer() -> Html {
    html! {
        <footer class="rh-footer">
            <p class="rh-disclaimer">
                <strong>{ "Dit is een indicatie, geen besluit. U kunt er geen rechten aan ontlenen." }</strong>
            </p>
            <p>{ "De rekenhulp rekent in uw eigen browser. Wat u invult, gaat niet naar de gemeente of naar iemand anders." }</p>
        </footer>
    }
}
