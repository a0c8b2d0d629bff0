//! What is still provisional in the newest national snapshot: `bash scripts/provisional.sh`
//! (or `cargo test --test provisional -- --nocapture`) prints every such value with what it
//! rests on, so a maintainer sees what to replace when the official amounts come out
//! (docs/parameters.md, "The yearly update").
// A test states its expectations with panic/expect; a panic here is a failing test.
#![allow(clippy::panic, clippy::expect_used)]
#![cfg(not(target_arch = "wasm32"))]

use rekenhulp::rules::{Basis, Status, SNAPSHOTS};

#[test]
fn list_the_provisional_values_of_the_newest_snapshot() {
    let Some(newest) = SNAPSHOTS.iter().max_by_key(|s| s.valid_from) else {
        panic!("no national snapshot");
    };
    let provisional: Vec<_> = newest
        .index
        .iter()
        .filter(|p| p.status == Status::Provisional)
        .collect();
    println!(
        "\n{} of {} values in params/national/{}.toml are provisional:\n",
        provisional.len(),
        newest.index.len(),
        newest.valid_from
    );
    for p in &provisional {
        let basis = match p.basis {
            Some(Basis::Proposal) => "proposal (a bill)",
            Some(Basis::Forecast) => "forecast (a budget or estimate)",
            Some(Basis::CarriedOver) => "carried over (the previous period's value)",
            Some(Basis::Derived) => "derived (computed from other values)",
            None => "MISSING BASIS",
        };
        println!("  {:<45} {:<32} {basis}", p.path, p.value);
        // The build refuses a provisional value without basis and note; this says it too.
        assert!(p.basis.is_some(), "{} has no basis", p.path);
        assert!(!p.note.is_empty(), "{} has no note", p.path);
    }
    println!();
}
