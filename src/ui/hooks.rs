//! Hooks of the app, in yew's style: `#[hook]` functions named `use_…`, each with its
//! effect and its cleanup in one place.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `handler` on every `event` the window fires ("hashchange", "beforeprint") while the
/// component is mounted, and removes the listener when it unmounts. The handler of the first
/// render is the one kept: let it act through state handles, which stay valid.
///
/// ```ignore
/// let page = page.clone();
/// use_window_event("hashchange", move || {
///     if let Some(p) = page_from_hash() {
///         page.set(p);
///     }
/// });
/// ```
#[hook]
pub fn use_window_event<F>(event: &'static str, handler: F)
where
    F: Fn() + 'static,
{
    use_effect_with(event, move |&event| {
        let listener = Closure::<dyn Fn()>::new(handler);
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ = w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
    });
}
