//! The state every tool page has: the form as typed, the field errors, the result, the share
//! link, and where focus goes after a calculation. One hook, so the three tools behave alike.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::error_for;
use super::language::{handed_over, remember};
use super::share::{fragment, restore, share_url};
use crate::rules::FieldError;
use crate::tools::input::FormFields;

pub struct Tool<F: 'static, R: 'static> {
    pub form: UseStateHandle<F>,
    pub errors: UseStateHandle<Vec<FieldError>>,
    pub result: UseStateHandle<Option<Rc<R>>>,
    pub link: UseStateHandle<String>,
    pub summary_ref: NodeRef,
    pub result_ref: NodeRef,
    pub onsubmit: Callback<SubmitEvent>,
}

impl<F: Clone + 'static, R: 'static> Tool<F, R> {
    /// A callback that writes a typed text into one field of the form.
    pub fn set(&self, f: fn(&mut F, String)) -> Callback<String> {
        let form = self.form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    }

    /// A callback that writes a typed text into field `i` of a repeated group (one child's
    /// kinderopvang).
    pub fn set_at(&self, i: usize, f: fn(&mut F, usize, String)) -> Callback<String> {
        let form = self.form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, i, v);
            form.set(next);
        })
    }

    /// A callback that writes a yes/no into one field of the form.
    pub fn set_bool(&self, f: fn(&mut F, bool)) -> Callback<bool> {
        let form = self.form.clone();
        Callback::from(move |v: bool| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    }

    pub fn err(&self, field: &str) -> Option<String> {
        error_for(&self.errors, field)
    }
}

/// `slug`: the tool's page (for share links); `base`: the empty form; `validate` and `run`:
/// the tool's rules. A page opened from a share link shows the result straight away.
#[hook]
pub fn use_tool<F, I, R>(
    slug: &'static str,
    base: F,
    validate: fn(&F) -> Result<I, Vec<FieldError>>,
    run: fn(&I) -> R,
) -> Tool<F, R>
where
    F: FormFields + Clone + 'static,
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
            validate(&restored.0).ok().map(|i| Rc::new(run(&i)))
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

    // After a calculation, focus the error summary or the result, so keyboard and screen
    // reader users land where the news is.
    {
        let (summary_ref, result_ref) = (summary_ref.clone(), result_ref.clone());
        let deps = (errors.len(), result.as_ref().map(|r| Rc::as_ptr(r) as usize));
        use_effect_with(deps, move |(n, r)| {
            let target = if *n > 0 {
                summary_ref.cast::<web_sys::HtmlElement>()
            } else if r.is_some() {
                result_ref.cast::<web_sys::HtmlElement>()
            } else {
                None
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    let onsubmit = {
        let (form, errors, result, link) = (form.clone(), errors.clone(), result.clone(), link.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate(&form) {
                Ok(input) => {
                    errors.set(Vec::new());
                    link.set(share_url(slug, &*form));
                    result.set(Some(Rc::new(run(&input))));
                }
                Err(list) => {
                    result.set(None);
                    errors.set(list);
                }
            }
        })
    };
    Tool {
        form,
        errors,
        result,
        link,
        summary_ref,
        result_ref,
        onsubmit,
    }
}
