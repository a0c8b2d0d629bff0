//! The state every tool page has: the form as typed, the field errors, the result, the share
//! link, and where focus goes after a calculation. One hook, so the three tools behave alike.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::error_for;
use super::language::{handed_over, remember};
use super::share::{fragment, restore, share_url};
use crate::i18n::msg::ui_share as txt;
use crate::i18n::tr;
use crate::rules::FieldError;
use crate::tools::input::FormFields;

pub struct Tool<F: 'static, R: 'static> {
    pub form: UseStateHandle<F>,
    pub errors: UseStateHandle<Vec<FieldError>>,
    pub result: UseStateHandle<Option<Rc<R>>>,
    /// The form changed into something that cannot be calculated since the result was made:
    /// the result is marked as belonging to the earlier input, and its link is not offered.
    pub stale: UseStateHandle<bool>,
    pub link: UseStateHandle<String>,
    pub summary_ref: NodeRef,
    pub result_ref: NodeRef,
    pub onsubmit: Callback<SubmitEvent>,
}

impl<F: Clone + 'static, R: 'static> Tool<F, R> {
    /// A callback that writes a typed text into one field of the form.
    pub fn set(&self, f: fn(&mut F, String)) -> Callback<String> {
        self.update(f)
    }

    /// A callback that writes a typed text into field `i` of a repeated group (one child's
    /// kinderopvang).
    pub fn set_at(&self, i: usize, f: fn(&mut F, usize, String)) -> Callback<String> {
        self.update(move |form, v| f(form, i, v))
    }

    /// A callback that writes a yes/no into one field of the form.
    pub fn set_bool(&self, f: fn(&mut F, bool)) -> Callback<bool> {
        self.update(f)
    }

    /// The form with one change applied, as the new state.
    fn update<V: 'static>(&self, f: impl Fn(&mut F, V) + 'static) -> Callback<V> {
        let form = self.form.clone();
        Callback::from(move |v: V| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    }

    pub fn err(&self, field: &str) -> Option<String> {
        error_for(&self.errors, field)
    }

    /// Under the form: the result (drawn by `view`) with its share and print block, and one
    /// short status line instead of a page-sized live region: a result that no longer
    /// matches the form says so, and then offers no link to it.
    pub fn result_area(&self, share_id: &str, view: impl FnOnce(&R) -> Html) -> Html {
        let stale = *self.stale && self.result.is_some();
        html! {
            <>
                <p role="status" class={if stale { "rh-notice" } else { "rh-visually-hidden" }}>
                    if stale { { tr(txt::STALE) } }
                </p>
                if let Some(r) = &*self.result {
                    { view(r) }
                    if !stale {
                        { super::share::share_block(share_id, &self.link) }
                    }
                }
            </>
        }
    }
}

/// `slug`: the tool's page (for share links); `base`: the empty form; `validate` and `run`:
/// the tool's rules. A page opened from a share link shows the result straight away. Once
/// there is a result it follows the form as the user types (a calculation takes well under
/// a millisecond), so the result, its share link and the printout always match the inputs.
#[hook]
pub fn use_tool<F, I, R>(
    slug: &'static str,
    base: F,
    validate: fn(&F) -> Result<I, Vec<FieldError>>,
    run: fn(&I) -> R,
) -> Tool<F, R>
where
    F: FormFields + Clone + PartialEq + 'static,
    I: 'static,
    R: 'static,
{
    let restored = use_memo((), move |_| {
        restore(slug, &base, handed_over(slug).as_deref())
            .map(|f| (f, true))
            .unwrap_or((base, false))
    });
    let form = use_state(|| restored.0.clone());
    let errors = use_state(Vec::<FieldError>::new);
    let result = use_state(|| {
        if restored.1 {
            compute(&restored.0, validate, run).ok().map(Rc::new)
        } else {
            None
        }
    });
    let link = use_state(|| {
        if restored.1 {
            share_url(slug, &restored.0)
        } else {
            String::new()
        }
    });
    // Kept current while the user types, for the language switch to carry along.
    remember(fragment(slug, &*form));
    let summary_ref = use_node_ref();
    let result_ref = use_node_ref();

    let stale = use_state(|| false);
    // Counts the presses of "Bereken": only those move focus, never a live update.
    let submitted = use_state(|| 0u32);

    // After a calculation, focus the error summary or the result, so keyboard and screen
    // reader users land where the news is.
    {
        let (summary_ref, result_ref) = (summary_ref.clone(), result_ref.clone());
        let has_errors = !errors.is_empty();
        use_effect_with(*submitted, move |n| {
            let target = match (*n, has_errors) {
                (0, _) => None,
                (_, true) => summary_ref.cast::<web_sys::HtmlElement>(),
                (_, false) => result_ref.cast::<web_sys::HtmlElement>(),
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    // Live: with a result on screen, every change of the form recalculates it.
    {
        let (errors, result, stale, link) = (errors.clone(), result.clone(), stale.clone(), link.clone());
        use_effect_with((*form).clone(), move |form| {
            if result.is_some() {
                match compute(form, validate, run) {
                    Ok(r) => {
                        result.set(Some(Rc::new(r)));
                        link.set(share_url(slug, form));
                        errors.set(Vec::new());
                        stale.set(false);
                    }
                    Err(_) => stale.set(true),
                }
            }
        });
    }

    let onsubmit = {
        let (form, errors, result, stale, link, submitted) = (
            form.clone(),
            errors.clone(),
            result.clone(),
            stale.clone(),
            link.clone(),
            submitted.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match compute(&*form, validate, run) {
                Ok(r) => {
                    errors.set(Vec::new());
                    link.set(share_url(slug, &*form));
                    result.set(Some(Rc::new(r)));
                }
                Err(list) => {
                    result.set(None);
                    errors.set(list);
                }
            }
            stale.set(false);
            submitted.set(submitted.wrapping_add(1));
        })
    };
    Tool {
        form,
        errors,
        result,
        stale,
        link,
        summary_ref,
        result_ref,
        onsubmit,
    }
}

/// The tool's rules on a form: one call site, so the rules are in the bundle once and not
/// inlined again wherever a result is made (restore, Bereken, live update).
#[inline(never)]
fn compute<F, I, R>(
    form: &F,
    validate: fn(&F) -> Result<I, Vec<FieldError>>,
    run: fn(&I) -> R,
) -> Result<R, Vec<FieldError>> {
    validate(form).map(|input| run(&input))
}
