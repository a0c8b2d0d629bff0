//! The parts every page shares: navigation, the rule date and the disclaimer.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::pages::Page;
use crate::i18n::msg::ui_shell as txt;
use crate::i18n::{tr, Text};
use crate::rules::{self, Date};

/// "Naar de inhoud": past the site navigation to the page's own heading. It moves focus
/// instead of changing the URL fragment, which holds the page and the inputs.
pub fn skip_link() -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".rh-page [tabindex='-1']").ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    });
    html! { <a class="rh-skip" href="#" {onclick}>{ tr(txt::SKIP) }</a> }
}

pub fn header(current: Page, on_navigate: &Callback<Page>) -> Html {
    html! {
        <header class="rh-header">
            <p class="rh-brand">{ tr(txt::BRAND) }</p>
            <nav aria-label={tr(txt::NAV_LABEL)}>
                <ul class="rh-nav">
                    { for Page::ALL.iter().map(|p| {
                        let is_current = *p == current;
                        let onclick = {
                            let cb = on_navigate.clone();
                            let p = *p;
                            Callback::from(move |_| cb.emit(p))
                        };
                        html! {
                            <li>
                                <a href={p.href()} aria-current={is_current.then_some("page")} {onclick}>{ tr(p.nav_label()) }</a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
        </header>
    }
}

/// A bundle of one tool has no rules page, so no free rule date.
#[cfg(single_tool)]
pub fn date_field(_value: &str, _error: Option<&str>, _on_change: &Callback<String>, _instance: usize) -> Html {
    html! {}
}

/// The rule date of the rules page. Typed text is kept as is; a refused date shows its
/// message at the field. `instance`: the mount's number on the page (0 for the first), so
/// ids stay unique when a host page mounts several tools.
#[cfg(not(single_tool))]
pub fn date_field(value: &str, error: Option<&str>, on_change: &Callback<String>, instance: usize) -> Html {
    let id = if instance == 0 {
        "rh-rekendatum".to_string()
    } else {
        format!("rh-rekendatum-{instance}")
    };
    let periods: Vec<rules::RulePeriod> = rules::rule_periods().collect();
    let (min, max) = match (periods.first(), periods.last()) {
        (Some(f), Some(l)) => (f.valid_from.to_string(), l.valid_until.to_string()),
        _ => (String::new(), String::new()),
    };
    let oninput = {
        let cb = on_change.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let period_text = value
        .parse::<Date>()
        .ok()
        .and_then(|d| periods.iter().find(|p| p.valid_from <= d && d <= p.valid_until))
        .map(|p| {
            Text::from(txt::period {
                from: p.valid_from,
                until: p.valid_until,
            })
        });
    let invalid = error.is_some();
    html! {
        <div class={classes!("rh-field", "rh-date", invalid.then_some("rh-field--error"))}>
            <label for={id.clone()}>{ tr(txt::DATE_LABEL) }</label>
            <p class="rh-hint" id={format!("{id}-hint")}>
                { tr(txt::DATE_HINT) }{ " " }
                { period_text.unwrap_or_default() }
            </p>
            if let Some(msg) = error {
                <p class="rh-error" id={format!("{id}-error")} role="alert">
                    <span class="rh-visually-hidden">{ tr(txt::ERROR_PREFIX) }{ " " }</span>{ msg }
                </p>
            }
            <input
                id={id.clone()}
                name={id.clone()}
                type="date"
                value={value.to_string()}
                min={min}
                max={max}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={if invalid { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }}
                {oninput}
            />
        </div>
    }
}

pub fn disclaimer() -> Html {
    html! {
        <footer class="rh-footer">
            <p class="rh-disclaimer">
                <strong>{ tr(txt::DISCLAIMER) }</strong>
            </p>
            <p>{ tr(txt::PRIVACY) }</p>
        </footer>
    }
}
