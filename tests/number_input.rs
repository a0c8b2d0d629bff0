//! Property tests of how typed numbers are read (tests/e2e covers the same in the browser):
//! every way a Dutch person writes an amount gives that amount, and what a program writes
//! (JavaScript numbers in the JS API) is never misread as a Dutch thousands separator.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rekenhulp::tools::input::{parse_decimal, program_number_text, read_number, Reading};
use rust_decimal::Decimal;

/// "1234567,89" with Dutch grouping: "1.234.567,89".
fn dutch(cents: u64) -> String {
    let euros = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{:02}", cents % 100)
}

proptest! {
    #[test]
    fn dutch_amounts_are_read_as_written(cents in 0u64..100_000_000_000) {
        let want = Decimal::new(cents as i64, 2);
        prop_assert_eq!(parse_decimal(&dutch(cents)), Some(want));
        prop_assert_eq!(parse_decimal(&format!("€ {}", dutch(cents))), Some(want));
        prop_assert_eq!(parse_decimal(&want.to_string()), Some(want));
        prop_assert_eq!(parse_decimal(&dutch(cents).replace('.', "")), Some(want));
    }

    #[test]
    fn whole_euros_with_dots_are_thousands(euros in 1000u64..10_000_000_000) {
        let cents = euros * 100;
        let text = dutch(cents);
        let whole = text.trim_end_matches(",00");
        prop_assert_eq!(parse_decimal(whole), Some(Decimal::from(euros)));
    }

    #[test]
    fn program_numbers_keep_their_value(n in 0i64..10_000_000, scale in 0u32..5) {
        let d = Decimal::new(n, scale);
        let written = d.normalize().to_string();
        prop_assert_eq!(parse_decimal(&program_number_text(&written)), Some(d.normalize()));
    }

    #[test]
    fn any_text_is_read_without_panic(text in ".{0,30}") {
        let _ = read_number(&text);
    }

    #[test]
    fn one_comma_with_three_digits_is_always_asked(int in 1u32..1000, frac in 0u32..1000) {
        let text = format!("{int},{frac:03}");
        let asked = matches!(read_number(&text), Reading::Ambiguous { .. });
        prop_assert!(asked, "{}", text);
    }
}
