//! The tools people use, on top of the rules: each one reads its form, composes the rules
//! of `crate::rules` into an answer, and adds the advice around it (steps to take, what the
//! tool assumes). The law itself lives in `crate::rules`; nothing here computes an amount a
//! rule file could own.
//!
//! - [`armoedeval`]: "Gaat werken lonen?" (inwoners).
//! - [`werkgever`]: loonkostensubsidie and related instruments (werkgevers).
//! - [`inkomenstoeslag`]: the individuele inkomenstoeslag check (inwoners, klantmanagers).
//! - [`minima_effect`]: the minima-effectrapportage (beleidsmedewerkers, de raad).
//! - [`input`]: reading what people type, shared by the forms, the JS API and share links.
//! - [`rule`]: one rule on its own, by name and named fields (the JS API's `rule()`).

pub mod armoedeval;
pub mod inkomenstoeslag;
pub mod input;
pub mod minima_effect;
pub mod rule;
pub mod werkgever;
