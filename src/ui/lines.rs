//! Showing explained results: every amount with its label, a "hoe berekend" text with the
//! real numbers, and the articles it rests on with their status. Plain functions, no state.

use yew::prelude::*;

use crate::i18n::msg::ui_lines as txt;
use crate::i18n::{money, tr, Msg, Text};
use crate::rules::{Line, SourceRef, Status};

/// A status in words.
pub fn status_text(status: Status) -> Msg {
    status.text()
}

/// Said after a link that opens a new window, for screen readers.
pub fn new_window() -> Html {
    html! { <span class="rh-visually-hidden">{ " " }{ tr(txt::NEW_WINDOW) }</span> }
}

/// Status in words (never colour alone), with the note that explains it.
/// One plain sentence for a value that is not confirmed, where the maintainers' note is not
/// at hand (a tool page carries no notes; the rules page and the API do).
fn plain_status(status: Status) -> &'static str {
    match status {
        Status::Verified | Status::Derived => "",
        Status::Provisional => tr(txt::PLAIN_PROVISIONAL),
        Status::Unverified => tr(txt::PLAIN_UNVERIFIED),
        Status::Unknown => tr(txt::PLAIN_UNKNOWN),
    }
}

pub fn status_badge(status: Status, note: &str) -> Html {
    let class = match status {
        Status::Verified => "rh-status rh-status--ok",
        Status::Derived => "rh-status rh-status--derived",
        Status::Provisional => "rh-status rh-status--warn",
        Status::Unverified => "rh-status rh-status--warn",
        Status::Unknown => "rh-status rh-status--unknown",
    };
    html! {
        <>
            <span {class}>{ tr(status_text(status)) }</span>
            if !note.is_empty() {
                <span class="rh-note">{ format!(" {note}") }</span>
            }
        </>
    }
}

pub fn sources(list: &[SourceRef]) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <ul class="rh-sources">
            { for list.iter().map(|s| html! {
                <li>
                    <a href={s.url.to_string()} rel="noopener noreferrer" target="_blank">{ s.article }{ new_window() }</a>
                    if s.status != Status::Verified {
                        { " " }{ status_badge(s.status, if s.note.is_empty() { plain_status(s.status) } else { s.note }) }
                    }
                </li>
            }) }
        </ul>
    }
}

/// Wide tables scroll inside their own region at small widths (WCAG 1.4.10 allows that for
/// data tables), so the page itself never scrolls sideways. Focusable, so keyboard users
/// can scroll it too.
pub fn scroll_region(label: &str, content: Html) -> Html {
    html! {
        <div class="rh-table-wrap" tabindex="0" role="region" aria-label={label.to_string()}>{ content }</div>
    }
}

/// A table of explained amounts. The explanation sits in a disclosure under each amount,
/// so the table stays short but nothing is hidden from anyone who wants to know.
/// `hide_caption`: the caption is for screen readers only, when a heading already says it.
pub fn line_table(caption: &str, lines: &[Line], hide_caption: bool) -> Html {
    html! {
        <table class="rh-table rh-lines">
            <caption class={classes!(hide_caption.then_some("rh-visually-hidden"))}>{ caption }</caption>
            <thead>
                <tr><th scope="col">{ tr(txt::COL_WHAT) }</th><th scope="col" class="rh-num">{ tr(txt::COL_AMOUNT) }</th></tr>
            </thead>
            <tbody>
                { for lines.iter().map(|l| html! {
                    <tr data-key={l.key.as_str()}>
                        <th scope="row">
                            { l.label.clone() }
                            if l.status().needs_warning() { { " " }{ status_badge(l.status(), "") } }
                            <details class="rh-how">
                                <summary>{ tr(txt::HOW) }<span class="rh-visually-hidden">{ " " }{ Text::from(txt::how_for { label: l.label.clone() }) }</span></summary>
                                <p>{ l.how.clone() }</p>
                                { sources(&l.sources) }
                            </details>
                        </th>
                        <td class="rh-num">{ money(l.amount) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The gemeente's loket under "Wat moet u doen?": whom to ask or where to apply, with its
/// phone, e-mail and page, as far as the gemeente's data has them.
pub fn contact_block(gemeente: &str) -> Html {
    let Some(g) = crate::rules::gemeente(gemeente) else {
        return html! {};
    };
    let Some(c) = &g.contact else {
        return html! {};
    };
    html! {
        <p class="rh-contact">
            { Text::from(txt::contact { gemeente: g.name, loket: c.loket }) }
            if !c.phone.is_empty() {
                { " " }{ Text::from(txt::contact_phone { phone: c.phone }) }
            }
            if !c.email.is_empty() {
                { " " }{ tr(txt::CONTACT_EMAIL) }{ " " }<a href={format!("mailto:{}", c.email)}>{ c.email }</a>{ "." }
            }
            { " " }<a href={c.url} rel="noopener noreferrer" target="_blank">{ tr(txt::CONTACT_PAGE) }{ new_window() }</a>
            if c.status != Status::Verified {
                { " " }<span class="rh-note">{ tr(txt::CONTACT_UNVERIFIED) }</span>
            }
        </p>
    }
}
