//! The employer tool's tests: the public vector, the gemeente's policy, and what employers
//! hit (one kind of figure per table, the contract's own length, sums that add up as shown,
//! merged periods, the LKV per calendar year, the answer in one sentence).

use rust_decimal::Decimal;

use super::*;
use crate::rules::keys::{self, LineKey};
use crate::rules::money::Money;
use crate::rules::Status;

fn form(start: &str, hours: &str, lw: &str) -> WerkgeverForm {
    WerkgeverForm {
        start_date: start.into(),
        contract_hours: hours.into(),
        fulltime_hours: "36".into(),
        age: "30".into(),
        loonwaarde: lw.into(),
        ..WerkgeverForm::default()
    }
}

fn run(f: &WerkgeverForm) -> WerkgeverResult {
    calculate(&validate(f).expect("valid form"))
}

#[test]
fn first_month_matches_public_vector_d1() {
    let r = run(&form("2026-01-01", "36", "60"));
    assert_eq!(r.months[0].lks, Some(Money::new(Decimal::new(122411, 2))));
    assert_eq!(r.months.len(), 36);
    assert_eq!(r.years.len(), 3);
}

#[test]
fn lks_indexed_only_on_1_january() {
    // Start in February 2026: the July WML rise raises the wage cost but not the LKS.
    let r = run(&form("2026-02-01", "36", "60"));
    let feb = &r.months[0];
    let jul = &r.months[5];
    assert_eq!(feb.lks, jul.lks);
    assert!(jul.gross_cost > feb.gross_cost);
    assert!(r.notices.iter().any(|n| n.title.contains("pas op 1 januari")));
    // 2027 and later: not published yet, carried over and said so.
    let jan27 = &r.months[11];
    assert_eq!(jan27.date.to_string(), "2027-01-01");
    assert!(r.periods[jan27.period].carried_over);
    assert!(r
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::Warning && n.title.contains("nog niet bekend")));
}

#[test]
fn kampen_blocks_below_30_percent_and_short_forfaitair() {
    let mut f = form("2026-07-01", "32", "25");
    f.gemeente = "kampen".into();
    let r = run(&f);
    assert!(r.months.iter().all(|m| m.lks == Some(Money::ZERO)));
    assert!(r
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::Blocked && n.text.contains("vanaf een loonwaarde van 30%")));

    let mut f = form("2026-07-01", "32", "");
    f.gemeente = "GM0166".into();
    f.loonwaarde_known = false;
    f.contract_months = "6".into();
    let r = run(&f);
    assert!(r
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::Blocked && n.text.contains("minstens 12 maanden")));
    // A 6-month contract: 6 months, nothing after the contract.
    assert_eq!(r.months.len(), 6);
    assert!(r.months.iter().all(|m| m.phase == Phase::Unknown));

    f.contract_months = "12".into();
    let r = run(&f);
    assert!(r.months.iter().take(6).all(|m| m.phase == Phase::Forfaitair));
    assert_eq!(r.months[6].phase, Phase::Unknown);
}

#[test]
fn ommen_hiring_subsidy_is_an_alternative_not_a_sum() {
    let mut f = form("2026-07-01", "32", "60");
    f.gemeente = "ommen".into();
    let r = run(&f);
    let n = r
        .notices
        .iter()
        .find(|n| n.title.render().starts_with("Ommen: subsidie"))
        .expect("notice");
    assert!(n.text.contains("mag dat niet voor dezelfde baan"));
    assert!(n
        .sources
        .iter()
        .any(|s| s.article.to_string() == "Participatiewet art. 10d lid 9"));
    assert!(n.sources.iter().any(|s| s.status == Status::Unverified));
}

#[test]
fn cao_wage_does_not_raise_lks() {
    let base = run(&form("2026-07-01", "36", "60"));
    let mut f = form("2026-07-01", "36", "60");
    f.hourly_wage = "18,50".into();
    let cao = run(&f);
    assert_eq!(base.months[0].lks, cao.months[0].lks);
    assert!(cao.months[0].gross_cost > base.months[0].gross_cost);
    assert!(cao.notices.iter().any(|n| n.title == "Loon boven het minimumloon"));
}

#[test]
fn lkv_highest_only_and_yearly() {
    let mut f = form("2026-01-01", "36", "60");
    f.doelgroepregister = true;
    f.arbeidsgehandicapt = true;
    let r = run(&f);
    assert_eq!(r.years[0].lkv, Money::new(Decimal::new(570960, 2)));
}

#[test]
fn field_errors_name_the_field() {
    let mut f = form("2024-01-01", "0", "120");
    f.age = "14".into();
    f.hourly_wage = "abc".into();
    f.fulltime_hours = "50".into();
    let errors = validate(&f).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    for want in [
        "start_date",
        "contract_hours",
        "fulltime_hours",
        "age",
        "hourly_wage",
        "loonwaarde",
    ] {
        assert!(fields.contains(&want), "{want} missing in {fields:?}");
    }
    let mut f = form("2026-07-01", "36", "60");
    f.age = "19".into();
    f.hourly_wage = "8,00".into();
    let e = validate(&f).unwrap_err();
    assert_eq!(e[0].code, "below_minimum_wage");
    assert!(e[0].message.contains("€ 8,99"), "{}", e[0].message);
}

#[test]
fn kampen_and_ommen_notices_in_english() {
    let mut f = form("2026-07-01", "32", "25");
    f.gemeente = "kampen".into();
    let r = run(&f);
    let blocked = r
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Blocked)
        .expect("blocked");
    let mut f = form("2026-07-01", "32", "60");
    f.gemeente = "ommen".into();
    let r = run(&f);
    let hiring = r
        .notices
        .iter()
        .find(|n| n.title.render().starts_with("Ommen: subsidie"))
        .expect("notice");
    let net = r.first_month.iter().find(|l| l.key == keys::COST_NET).expect("net");
    crate::i18n::in_language("en", || {
        assert_eq!(blocked.title, "Kampen gives no loonkostensubsidie at this loonwaarde");
        assert_eq!(
            blocked.text,
            "Kampen gives loonkostensubsidie from a loonwaarde of 30%. The loonwaarde is 25% (this rule of the gemeente has not been checked). The law itself sets no minimum; this is a choice of the gemeente."
        );
        assert_eq!(
            hiring.title,
            "Ommen: subsidy for hiring (instead of loonkostensubsidie)"
        );
        assert_eq!(
            hiring.text,
            "Ommen can give a subsidy of at most 50% of the wage costs, for 12 months: here at most €16,634.70. You cannot get it next to loonkostensubsidie for the same job: you choose one of the two. Loonkostensubsidie over the same months: €13,299.60. This rule of the gemeente has not been checked."
        );
        assert_eq!(net.label, "Your costs after subsidy, per month");
        assert_eq!(net.how, "€2,772.45 − €1,108.30 − €0.00 = €1,664.15.");
        let mut f = form("2026-07-01", "36", "60");
        f.age = "19".into();
        f.hourly_wage = "8,00".into();
        let e = validate(&f).unwrap_err();
        assert_eq!(
            e[0].message,
            "This is less than the minimum wage. For someone aged 19, the minimum wage on 1 July 2026 is €8.99 per hour."
        );
    });
}

/// Every sum written in `how` ("€ a + € b − € c = € d", also with "(jaar 1)" after a part)
/// is the sum of the parts as shown. Returns the sums that do not add up.
fn sums_that_do_not_add_up(how: &str) -> Vec<String> {
    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Tok {
        Amount(Decimal),
        Plus,
        Minus,
        Eq,
        Other,
    }
    let chars: Vec<char> = how.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().take(3).collect();
        if rest.starts_with("€ ") || rest.starts_with("-€ ") {
            let negative = chars[i] == '-';
            i += if negative { 3 } else { 2 };
            let mut digits = String::new();
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                digits.push(chars[i]);
                i += 1;
            }
            // "€ 1.234,56": the dots group thousands (or end the sentence); two cents follow
            // the comma.
            let mut digits = digits.trim_end_matches('.').replace('.', "");
            if chars.get(i) == Some(&',') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
                digits.push('.');
                digits.extend(chars[i + 1..(i + 3).min(chars.len())].iter());
                i += 3;
            }
            let value: Decimal = digits.parse().expect("amount");
            toks.push(Tok::Amount(if negative { -value } else { value }));
            continue;
        }
        if chars[i] == '(' {
            let close = chars[i..].iter().position(|c| *c == ')').map(|p| i + p);
            let inner: String = chars[i + 1..close.unwrap_or(i + 1)].iter().collect();
            if let (Some(close), true) = (close, inner.starts_with("jaar ")) {
                i = close + 1;
                continue;
            }
        }
        let tok = match chars[i] {
            '+' => Tok::Plus,
            '−' => Tok::Minus,
            '=' => Tok::Eq,
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            _ => Tok::Other,
        };
        if !(tok == Tok::Other && toks.last() == Some(&Tok::Other)) {
            toks.push(tok);
        }
        i += 1;
    }
    let mut wrong = Vec::new();
    for (e, _) in toks.iter().enumerate().filter(|(_, t)| **t == Tok::Eq) {
        let Some(Tok::Amount(result)) = toks.get(e + 1) else {
            continue;
        };
        let mut j = e;
        let mut sum = Decimal::ZERO;
        let mut parts = 0;
        while j >= 1 {
            let Tok::Amount(a) = toks[j - 1] else { break };
            let sign = if j >= 2 { toks[j - 2] } else { Tok::Other };
            sum += if sign == Tok::Minus { -a } else { a };
            parts += 1;
            if j >= 3 && matches!(sign, Tok::Plus | Tok::Minus) && matches!(toks[j - 3], Tok::Amount(_)) {
                j -= 2;
            } else {
                break;
            }
        }
        if parts >= 2 && sum != *result {
            wrong.push(format!("{sum} ≠ {result} in «{how}»"));
        }
    }
    wrong
}

fn all_lines(r: &WerkgeverResult) -> Vec<&Line> {
    let mut out: Vec<&Line> = r.first_month.iter().chain(&r.totals).chain(&r.employee).collect();
    out.extend(r.periods.iter().flat_map(|p| &p.lines));
    out.extend(r.lkv_years.iter().map(|y| &y.line));
    out
}

/// A spread of forms: every gemeente, loonwaarde known or not, short and permanent
/// contracts, own wages and charges, every LKV.
fn many_forms() -> Vec<WerkgeverForm> {
    let mut out = Vec::new();
    for (i, g) in ["landelijk", "kampen", "ommen"].into_iter().enumerate() {
        for (j, lw) in ["", "20", "45", "60", "85", "100"].into_iter().enumerate() {
            for (k, hours) in ["12", "32", "36", "38", "40"].into_iter().enumerate() {
                let n = i + j + k;
                out.push(WerkgeverForm {
                    gemeente: g.into(),
                    start_date: ["2025-03-01", "2026-01-01", "2026-07-01", "2026-11-01"][n % 4].into(),
                    contract_hours: hours.into(),
                    fulltime_hours: ["36", "38", "40"][n % 3].into(),
                    age: ["19", "30", "58"][n % 3].into(),
                    hourly_wage: ["", "15.37", ""][(n / 2) % 3].into(),
                    loonwaarde_known: !lw.is_empty() && n % 2 == 0,
                    loonwaarde: lw.into(),
                    contract_months: ["", "6", "12", "18", "48"][n % 5].into(),
                    doelgroepregister: n % 2 == 1,
                    arbeidsgehandicapt: n % 3 == 0,
                    herplaatsing: n % 5 == 0,
                    employer_charges_pct: ["", "27.3"][n % 2].into(),
                });
            }
        }
    }
    out
}

#[test]
fn every_explained_sum_adds_up_as_shown() {
    let mut checked = 0;
    for f in many_forms() {
        let r = run(&f);
        for line in all_lines(&r) {
            let how = line.how.render();
            checked += usize::from(how.contains('='));
            let wrong = sums_that_do_not_add_up(&how);
            assert!(wrong.is_empty(), "{}: {wrong:?}", line.key.as_str());
        }
        // The month rows and the year rows add up too.
        for m in &r.months {
            if let (Some(lks), Some(net)) = (m.lks, m.net_cost) {
                assert_eq!(net, m.gross_cost - lks - m.lkv);
            }
        }
        let total = |key: LineKey| r.totals.iter().find(|l| l.key == key).map(|l| l.amount);
        let gross: Money = r.years.iter().map(|y| y.gross_cost).sum();
        assert_eq!(total(keys::TOTAL_GROSS), Some(gross));
    }
    assert!(checked > 1000, "only {checked} sums checked");
    // The parser itself: it finds a sum that is off by a cent.
    assert_eq!(sums_that_do_not_add_up("€ 1.009,58 + € 237,25 = € 1.246,84.").len(), 1);
    assert!(sums_that_do_not_add_up("€ 10,00 (jaar 1) + € 5,00 (jaar 2) = € 15,00.").is_empty());
}

#[test]
fn the_overview_covers_the_contract_and_no_more() {
    let mut f = form("2026-07-01", "32", "60");
    f.contract_months = "12".into();
    let r = run(&f);
    assert_eq!((r.overview_months, r.whole_contract), (12, true));
    assert_eq!(r.months.len(), 12);
    assert_eq!(r.years.len(), 1);
    let gross = r.totals.iter().find(|l| l.key == keys::TOTAL_GROSS).expect("total");
    assert_eq!(gross.label, "Loonkosten over de 12 maanden van het contract");
    assert_eq!(gross.amount, r.months.iter().map(|m| m.gross_cost).sum::<Money>());

    f.contract_months = "18".into();
    let r = run(&f);
    assert_eq!(r.years.iter().map(|y| y.months).collect::<Vec<_>>(), [12, 6]);
    assert_eq!(r.years[1].to.to_string(), "2027-12-31");

    f.contract_months = String::new();
    let r = run(&f);
    assert_eq!((r.overview_months, r.whole_contract), (36, false));
    let gross = r.totals.iter().find(|l| l.key == keys::TOTAL_GROSS).expect("total");
    assert_eq!(gross.label, "Loonkosten over de eerste 36 maanden");
    assert_eq!(gross.amount, r.years.iter().map(|y| y.gross_cost).sum::<Money>());
}

#[test]
fn the_first_table_is_the_first_month_only() {
    let mut f = form("2026-01-01", "36", "60");
    f.doelgroepregister = true;
    let r = run(&f);
    let keys: Vec<&str> = r.first_month.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["cost.gross", "lks.total", "lkv.month", "cost.net"]);
    let m1 = &r.months[0];
    let amounts: Vec<Money> = r.first_month.iter().map(|l| l.amount).collect();
    assert_eq!(
        amounts,
        [m1.gross_cost, m1.lks.expect("lks"), m1.lkv, m1.net_cost.expect("net")]
    );
    // Loonwaarde unknown and no forfaitair: the LKS is left out, not shown as € 0.
    let mut f = form("2026-01-01", "36", "");
    f.loonwaarde_known = false;
    f.gemeente = "kampen".into();
    f.contract_months = "6".into();
    let r = run(&f);
    let keys: Vec<&str> = r.first_month.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["cost.gross"]);
}

#[test]
fn identical_months_are_one_period_and_1_january_starts_a_new_one() {
    // Kampen from 1 February 2026: the July minimum wage rise, then the LKS re-set on
    // 1 January 2027 (with the amounts of 2026 carried over: 2027 is not published).
    let mut f = form("2026-02-01", "36", "60");
    f.gemeente = "kampen".into();
    let r = run(&f);
    let spans: Vec<(u32, u32, bool)> = r
        .periods
        .iter()
        .map(|p| (p.from_month, p.to_month, p.lks_reset))
        .collect();
    assert_eq!(
        spans,
        [
            (1, 5, false),
            (6, 11, false),
            (12, 23, true),
            (24, 35, true),
            (36, 36, true)
        ]
    );
    // Without LKS nothing is re-set: months with the same amounts stay one period.
    let mut f = form("2026-07-01", "36", "100");
    f.hourly_wage = "16".into();
    let r = run(&f);
    assert_eq!(
        r.periods.len(),
        1,
        "{:?}",
        r.periods.iter().map(|p| (p.from_month, p.to_month)).collect::<Vec<_>>()
    );
    for f in many_forms() {
        let r = run(&f);
        for (a, b) in r.periods.iter().zip(r.periods.iter().skip(1)) {
            let amounts = |p: &Period| -> Vec<Money> {
                p.lines
                    .iter()
                    .filter(|l| l.key != keys::LKS_INDEXATION)
                    .map(|l| l.amount)
                    .collect()
            };
            assert!(
                a.phase != b.phase || b.lks_reset || amounts(a) != amounts(b),
                "{a:?} = {b:?}"
            );
        }
    }
}

#[test]
fn lkv_per_calendar_year_on_the_years_hours_and_spread_to_the_cent() {
    for (start, hours) in [
        ("2026-01-01", "32"),
        ("2026-07-01", "36"),
        ("2026-03-01", "40"),
        ("2025-11-01", "23"),
    ] {
        for (kind, flag) in [
            (LkvKind::Banenafspraak, "doelgroepregister"),
            (LkvKind::Arbeidsgehandicapt, "arbeidsgehandicapt"),
        ] {
            let mut f = form(start, hours, "60");
            f.doelgroepregister = flag == "doelgroepregister";
            f.arbeidsgehandicapt = flag == "arbeidsgehandicapt";
            let r = run(&f);
            assert!(!r.lkv_years.is_empty());
            for y in &r.lkv_years {
                assert_eq!(y.kind, kind);
                let first = r.months.iter().find(|m| m.month == y.from_month).expect("month");
                let (s, _) = parameters_or_last(first.date);
                let (rate, max) = match kind {
                    LkvKind::Banenafspraak => (
                        &s.loonkostenvoordeel.banenafspraak_rate,
                        &s.loonkostenvoordeel.banenafspraak_max,
                    ),
                    _ => (
                        &s.loonkostenvoordeel.arbeidsgehandicapt_rate,
                        &s.loonkostenvoordeel.arbeidsgehandicapt_max,
                    ),
                };
                let months = Decimal::from(y.to_month - y.from_month + 1);
                let paid_hours =
                    Decimal::from_str_exact(hours).expect("hours") * Decimal::from(52) * months / Decimal::from(12);
                assert_eq!(y.line.amount, (rate.value * paid_hours).min(max.value).round_cents());
                assert!(r
                    .months
                    .iter()
                    .filter(|m| m.date.year() == y.year)
                    .all(|m| (y.from_month..=y.to_month).contains(&m.month)));
                let spread: Money = r.months[(y.from_month - 1) as usize..y.to_month as usize]
                    .iter()
                    .map(|m| m.lkv)
                    .sum();
                assert_eq!(spread, y.line.amount, "{start} {hours} {}", y.year);
            }
        }
    }
    // 40 hours a week for a whole calendar year is more than the € 6.000 maximum allows.
    let mut f = form("2026-01-01", "40", "60");
    f.fulltime_hours = "40".into();
    f.arbeidsgehandicapt = true;
    let r = run(&f);
    assert_eq!(r.lkv_years[0].line.amount, Money::euros(6000));
    assert_eq!(
        r.months.iter().take(12).map(|m| m.lkv).sum::<Money>(),
        Money::euros(6000)
    );
}

#[test]
fn the_answer_comes_first_in_one_sentence() {
    let mut f = form("2026-01-01", "36", "60");
    f.gemeente = "kampen".into();
    f.doelgroepregister = true;
    let r = run(&f);
    assert_eq!(
        r.answer,
        "U betaalt ongeveer € 1.837 per maand; de gemeente betaalt € 1.224 loonkostensubsidie per maand; over het eerste jaar krijgt u achteraf ongeveer € 1.891 loonkostenvoordeel."
    );
    crate::i18n::in_language("en", || {
        assert_eq!(
            r.answer,
            "You pay about €1,837 per month; the gemeente pays €1,224 loonkostensubsidie per month; for the first year you get about €1,891 loonkostenvoordeel afterwards."
        );
    });
    let r = run(&form("2026-01-01", "36", "100"));
    assert!(
        r.answer.contains("loonkostensubsidie krijgt u niet"),
        "{}",
        r.answer.render()
    );
    let mut f = form("2026-01-01", "36", "");
    f.loonwaarde_known = false;
    f.gemeente = "kampen".into();
    f.contract_months = "6".into();
    let r = run(&f);
    assert!(
        r.answer.contains("pas te berekenen als de loonwaarde bekend is"),
        "{}",
        r.answer.render()
    );
    f.contract_months = "12".into();
    let r = run(&f);
    assert!(
        r.answer.contains("Dit geldt de eerste 6 maanden"),
        "{}",
        r.answer.render()
    );
}

#[test]
fn the_sectors_full_time_week_caps_the_hours_and_is_shown() {
    let mut f = form("2026-01-01", "40", "60");
    f.fulltime_hours = "38".into();
    let r = run(&f);
    let part = r.periods[0]
        .lines
        .iter()
        .find(|l| l.key == keys::LKS_WAGE_PART)
        .expect("wage part");
    assert!(
        part.how.contains("× 38 uur (het contract is 40 uur"),
        "{}",
        part.how.render()
    );
    let mut f = form("2026-01-01", "32", "60");
    f.fulltime_hours = "38".into();
    let r = run(&f);
    let part = r.periods[0]
        .lines
        .iter()
        .find(|l| l.key == keys::LKS_WAGE_PART)
        .expect("wage part");
    assert!(
        part.how
            .contains("× 32 uur (het contract; er telt ten hoogste de volledige werkweek in uw sector van 38 uur)"),
        "{}",
        part.how.render()
    );
}
