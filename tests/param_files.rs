//! The data-file checks of build/codegen.rs must refuse bad parameter files. Each test
//! copies the real params/ into a temporary folder, breaks one thing, and expects the
//! generator to name that problem. The same goes for the translations of the parameter
//! texts (locales/<code>/_parameters.toml).
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/codegen.rs"]
// Not every function is used here; the long ones wait for the 2027 work (see build.rs).
#[allow(dead_code, clippy::too_many_lines, clippy::indexing_slicing)]
mod codegen;
#[path = "../build/locale_file.rs"]
mod locale_file;

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{copy_dir, edit, real, scratch_copy};

fn scratch(name: &str) -> PathBuf {
    scratch_copy("params", name)
}

/// The translations in the real locales/.
fn languages() -> Vec<codegen::ParamLanguage> {
    codegen::read_languages(&real("locales")).expect("valid locales/*/_parameters.toml")
}

/// A copy of the real locales/ to break.
fn scratch_locales(name: &str) -> PathBuf {
    scratch_copy("locales", name)
}

fn errors_for(dir: &Path) -> String {
    let result = codegen::generate(dir, &languages(), codegen::MASTER);
    let _ = fs::remove_dir_all(dir);
    match result {
        Ok(_) => String::new(),
        Err(errors) => errors.join("\n"),
    }
}

#[test]
fn the_real_files_pass() {
    let dir = scratch("ok");
    assert_eq!(errors_for(&dir), "");
}

#[test]
fn a_value_without_source_is_refused() {
    let dir = scratch("nosource");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "source = \"pw\"\nstatus = \"verified\"\n\n[bijstand.couple]",
        "status = \"verified\"\n\n[bijstand.couple]",
    );
    assert!(errors_for(&dir).contains("bijstand.single: `source` must be a text"));
}

#[test]
fn a_source_that_does_not_exist_is_refused() {
    let dir = scratch("badsource");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "source = \"akw\"",
        "source = \"nergens\"",
    );
    assert!(errors_for(&dir).contains("source `nergens` is not in this file's [sources]"));
}

#[test]
fn a_file_named_after_another_date_is_refused() {
    let dir = scratch("badname");
    fs::rename(
        dir.join("national/2026-07-01.toml"),
        dir.join("national/2026-08-01.toml"),
    )
    .expect("rename");
    let errors = errors_for(&dir);
    assert!(
        errors.contains("valid_from 2026-07-01 differs from the file name"),
        "{errors}"
    );
    assert!(errors.contains("start on 1 January or 1 July"), "{errors}");
}

#[test]
fn a_float_for_money_is_refused() {
    let dir = scratch("float");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "value = \"14.71\"",
        "value = 14.71",
    );
    assert!(errors_for(&dir).contains("write decimals as a string"));
}

#[test]
fn an_unverified_value_needs_a_note_and_status_must_be_known() {
    let dir = scratch("status");
    let f = dir.join("national/2026-01-01.toml");
    edit(&f, "value = \"2294.40\"\nunit = \"euro per maand\"\narticle = \"Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder b\"\nsource = \"wml\"\nstatus = \"verified\"",
        "value = \"2294.40\"\nunit = \"euro per maand\"\narticle = \"Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder b\"\nsource = \"wml\"\nstatus = \"unverified\"");
    edit(
        &f,
        "status = \"verified\"\n\n[wml.vakantiebijslag]",
        "status = \"maybe\"\n\n[wml.vakantiebijslag]",
    );
    let errors = errors_for(&dir);
    assert!(errors.contains("a unverified value needs a note"), "{errors}");
    assert!(errors.contains("status `maybe`"), "{errors}");
}

#[test]
fn snapshots_must_have_the_same_keys() {
    let dir = scratch("keys");
    edit(
        &dir.join("national/2025-07-01.toml"),
        "[kinderbijslag.age_6_11]",
        "[kinderbijslag.age_6_to_11]",
    );
    let errors = errors_for(&dir);
    assert!(errors.contains("lacks `kinderbijslag.age_6_11`"), "{errors}");
}

#[test]
fn a_national_value_cannot_be_unknown_but_a_gemeente_value_can() {
    let dir = scratch("unknown");
    edit(&dir.join("national/2026-01-01.toml"), "value = \"8000\"\nunit = \"euro\"\narticle = \"Participatiewet art. 34 lid 3 onder a\"\nsource = \"pw\"\nstatus = \"verified\"",
        "unit = \"euro\"\narticle = \"Participatiewet art. 34 lid 3 onder a\"\nsource = \"pw\"\nstatus = \"unknown\"\nnote = \"x\"");
    assert!(errors_for(&dir).contains("a national value cannot be unknown"));
}

#[test]
fn a_gemeente_needs_a_real_cbs_code() {
    let dir = scratch("cbs");
    edit(&dir.join("gemeenten/ommen/gemeente.toml"), "GM0175", "0175");
    assert!(errors_for(&dir).contains("cbs_code must look like GM0175"));
}

#[test]
fn a_new_gemeente_is_a_data_file_only() {
    let dir = scratch("newgemeente");
    copy_dir(&dir.join("gemeenten/kampen"), &dir.join("gemeenten/hardenberg"));
    edit(
        &dir.join("gemeenten/hardenberg/gemeente.toml"),
        "name = \"Kampen\"\ncbs_code = \"GM0166\"",
        "name = \"Hardenberg\"\ncbs_code = \"GM0160\"",
    );
    let out = codegen::generate(&dir, &languages(), codegen::MASTER);
    let _ = fs::remove_dir_all(&dir);
    let out = out.expect("valid");
    assert!(out.contains("slug: \"hardenberg\", name: \"Hardenberg\", cbs_code: \"GM0160\""));
}

#[test]
fn dutch_values_are_written_the_dutch_way() {
    let out = codegen::generate(&real("params"), &languages(), codegen::MASTER).expect("valid");
    assert!(
        out.contains("label: \"Minimumloon per uur, 21 jaar en ouder\", value: \"€ 14,99 per uur\""),
        "{out}"
    );
    assert!(out.contains("value: \"onbekend\""));
    assert!(out.contains("value: \"1 jaar\""));
    assert!(out.contains("; vanaf € 38.883: 37,56%; "));
    assert!(out.contains("name: \"Landelijk (uw gemeente staat er nog niet in)\""));
}

#[test]
fn english_generation_translates_labels_notes_and_values() {
    let out = codegen::generate(&real("params"), &languages(), "en").expect("valid");
    assert!(
        out.contains("label: \"Minimum wage per hour, age 21 and older\", value: \"€14.99 per hour\""),
        "{out}"
    );
    assert!(out.contains("value: \"6 months\""));
    assert!(out.contains("value: \"1 year\""));
    assert!(out.contains("value: \"unknown\""));
    assert!(out.contains("; from €38,883: 37.56%; "));
    assert!(out.contains("value: \"yes\""));
    assert!(out.contains("note: \"Machine copies of the law text sometimes show 4.8 percent; the official text says 5 percent since 1 January 2009.\""));
    assert!(out.contains("name: \"National rules (your gemeente is not listed yet)\""));
    assert!(!out.contains("Minimumloon per uur"), "a Dutch label is left");
    // Law citations and gemeente names stay as they are.
    assert!(out.contains("article: \"Wet minimumloon en minimumvakantiebijslag art. 8 lid 1 onder a\""));
    assert!(out.contains("name: \"Ommen\""));
}

#[test]
fn a_text_without_translation_is_refused_with_its_file() {
    let dir = scratch("untranslated");
    edit(
        &dir.join("gemeenten/ommen/2019-01-01.toml"),
        "Duur van de indienstnemingssubsidie",
        "Hoe lang de indienstnemingssubsidie duurt",
    );
    let errors = errors_for(&dir);
    assert!(
        errors
            .contains("_parameters.toml: [texts] has no translation of \"Hoe lang de indienstnemingssubsidie duurt\""),
        "{errors}"
    );
    assert!(
        errors.contains("gemeenten/ommen/2019-01-01.toml: lks.hiring_subsidy_months label"),
        "{errors}"
    );
    // The old text occurred only there: its translation is now stale.
    assert!(
        errors.contains("translates \"Duur van de indienstnemingssubsidie\", which is no longer a text in params/"),
        "{errors}"
    );
}

#[test]
fn a_missing_translation_is_refused_even_when_building_dutch() {
    let locales = scratch_locales("missing");
    edit(
        &locales.join("en/_parameters.toml"),
        "\"Kindgebonden budget per kind\" = \"Kindgebonden budget per child\"\n",
        "",
    );
    let languages = codegen::read_languages(&locales);
    let _ = fs::remove_dir_all(&locales);
    let errors = codegen::generate(&real("params"), &languages.expect("readable"), codegen::MASTER)
        .expect_err("refused")
        .join("\n");
    assert!(
        errors.contains("no translation of \"Kindgebonden budget per kind\""),
        "{errors}"
    );
    assert!(errors.contains("params/national/"), "{errors}");
}

#[test]
fn a_stale_translation_is_refused() {
    let locales = scratch_locales("stale");
    edit(
        &locales.join("en/_parameters.toml"),
        "[texts]\n",
        "[texts]\n\"Een tekst die niet meer bestaat\" = \"A text that is gone\"\n",
    );
    let languages = codegen::read_languages(&locales);
    let _ = fs::remove_dir_all(&locales);
    let errors = codegen::generate(&real("params"), &languages.expect("readable"), "en")
        .expect_err("refused")
        .join("\n");
    assert!(
        errors.contains("translates \"Een tekst die niet meer bestaat\", which is no longer a text in params/"),
        "{errors}"
    );
}

#[test]
fn a_missing_unit_word_and_an_unknown_language_are_refused() {
    let locales = scratch_locales("units");
    edit(
        &locales.join("en/_parameters.toml"),
        "\"per kwartaal\" = \"per quarter\"\n",
        "",
    );
    let languages = codegen::read_languages(&locales);
    let _ = fs::remove_dir_all(&locales);
    let errors = codegen::generate(&real("params"), &languages.expect("readable"), "fr")
        .expect_err("refused")
        .join("\n");
    assert!(
        errors.contains("no translation of the unit word \"per kwartaal\""),
        "{errors}"
    );
    assert!(errors.contains("locales/fr/_parameters.toml is missing"), "{errors}");
}

// ---- versions of a rule ----------------------------------------------------------------

#[test]
fn a_version_has_the_same_keys_in_every_snapshot() {
    let dir = scratch("versionkeys");
    edit(
        &dir.join("national/2025-07-01.toml"),
        "[vrijlating.work_max]",
        "[vrijlating.work_maximum]",
    );
    let errors = errors_for(&dir);
    assert!(
        errors.contains("national/2025-07-01.toml: lacks `vrijlating.work_max` of version `art31_lid2` (present in "),
        "{errors}"
    );
    assert!(
        errors.contains("national/2025-07-01.toml: has `vrijlating.work_maximum` of version `art31_lid2`, which "),
        "{errors}"
    );
}

#[test]
fn a_key_keeps_its_unit_within_a_version() {
    let dir = scratch("versionunit");
    edit(
        &dir.join("national/2026-07-01.toml"),
        "value = \"285.00\"\nunit = \"euro per maand\"",
        "value = \"285.00\"\nunit = \"euro per jaar\"",
    );
    let errors = errors_for(&dir);
    assert!(
        errors.contains(
            "national/2026-07-01.toml: `vrijlating.work_max` of version `art31_lid2` is in `euro per jaar`, but in "
        ),
        "{errors}"
    );
    assert!(errors.contains("2025-01-01.toml in `euro per maand`"), "{errors}");
}

#[test]
fn a_group_may_change_version_and_keys_between_snapshots() {
    let dir = scratch("versionchange");
    let f = dir.join("national/2026-07-01.toml");
    // A version the data has never had (the compiler would then ask for its struct).
    edit(&f, "version = \"art31_lid2\"", "version = \"proef\"");
    edit(&f, "[vrijlating.work_max]", "[vrijlating.max]");
    edit(
        &f,
        "[vrijlating.work_months]\nlabel = \"Vrijlating inkomsten uit werk, maximale duur\"\nvalue = 6\nunit = \"maanden\"\narticle = \"Participatiewet art. 31 lid 2 onder n\"\nsource = \"pw\"\nstatus = \"verified\"\n\n",
        "",
    );
    let out = codegen::generate(&dir, &languages(), codegen::MASTER);
    let _ = fs::remove_dir_all(&dir);
    let out = out
        .map_err(|e| e.join("\n"))
        .expect("a new version with other keys is accepted");
    assert!(out.contains("vrijlating: Vrijlating::Proef(VrijlatingProef {"), "{out}");
    assert!(out.contains("vrijlating: Vrijlating::Art31Lid2(VrijlatingArt31Lid2 {"));
    // One variant per version, in the order they first apply, each named in its doc.
    let variants = out
        .find("    Art31Lid2(VrijlatingArt31Lid2),")
        .zip(out.find("    Proef(VrijlatingProef),"))
        .zip(out.find("    Art34a(VrijlatingArt34a),"));
    assert!(
        variants.is_some_and(|((old, mid), new)| old < mid && mid < new),
        "{out}"
    );
    assert!(out.contains("/// `version = \"proef\"`, first in force on 2026-07-01."));
    assert!(out.contains("Vrijlating::Proef(_) => \"proef\","));
    assert!(out.contains("path: \"vrijlating.max\", version: \"proef\""));
}

#[test]
fn a_version_is_a_snake_case_text() {
    for (bad, name) in [
        ("\"Art31-Lid2\"", "versiondash"),
        ("31", "versionnumber"),
        ("\"art31__n\"", "versionunder"),
    ] {
        let dir = scratch(name);
        edit(
            &dir.join("national/2026-01-01.toml"),
            "version = \"art31_lid2\"",
            &format!("version = {bad}"),
        );
        let errors = errors_for(&dir);
        assert!(
            errors.contains("national/2026-01-01.toml: vrijlating.version must be a lower-case snake_case text"),
            "{bad}: {errors}"
        );
    }
}

#[test]
fn a_group_with_versions_names_one_in_every_snapshot_and_gemeente_groups_only_their_own() {
    let dir = scratch("versionmissing");
    edit(
        &dir.join("national/2026-01-01.toml"),
        "version = \"lineaire_afbouw\"\n",
        "",
    );
    edit(
        &dir.join("gemeenten/ommen/2019-01-01.toml"),
        "[lks.",
        "[lks]\nversion = \"eerste\"\n\n[lks.",
    );
    let errors = errors_for(&dir);
    assert!(
        errors.contains("national/2026-01-01.toml: [huurtoeslag] has no `version`, but "),
        "{errors}"
    );
    assert!(
        errors.contains("gemeenten/ommen/2019-01-01.toml: lks.version `eerste`: [lks] has no versions"),
        "{errors}"
    );
}

// ---- gemeente shapes ---------------------------------------------------------------------

#[test]
fn a_gemeente_shape_names_a_supported_version_with_its_keys() {
    let dir = scratch("shapes");
    let ommen = dir.join("gemeenten/ommen/2019-01-01.toml");
    edit(&ommen, "version = \"every_month\"", "version = \"elke_week\"");
    edit(&ommen, "version = \"per_leefvorm\"", "");
    let kampen = dir.join("gemeenten/kampen/2017-01-01.toml");
    edit(
        &kampen,
        "[iit_toets]\nversion = \"onbekend\"",
        "[iit_toets]\nversion = \"average\"",
    );
    edit(&kampen, "[iit.students_excluded]", "[iit.studenten]");
    edit(&kampen, "unit = \"euro per jaar\"", "unit = \"euro per maand\"");
    let errors = errors_for(&dir);
    for want in [
        "gemeenten/ommen/2019-01-01.toml: iit_toets.version `elke_week` is not supported; expected one of onbekend, every_month, average, per_year",
        "gemeenten/ommen/2019-01-01.toml: iit_bedrag.version is missing; expected one of per_leefvorm, leefvorm_kinderen, kinderleeftijd",
        "gemeenten/kampen/2017-01-01.toml: iit_toets.income_limit_pct is missing; version `average` needs it (status \"unknown\" when the verordening does not say)",
        "gemeenten/kampen/2017-01-01.toml: iit.studenten is not a key of [iit]; expected reference_months, window_months,",
        "gemeenten/kampen/2017-01-01.toml: iit_bedrag.single: unit `euro per maand`, expected `euro per jaar`",
    ] {
        assert!(errors.contains(want), "{want}\n in:\n{errors}");
    }
}

#[test]
fn a_named_regeling_has_its_name_and_no_other_group_has_one() {
    let dir = scratch("names");
    let ommen = dir.join("gemeenten/ommen/2019-01-01.toml");
    edit(&ommen, "name = \"Participatiefonds\"\n", "");
    edit(
        &ommen,
        "[iit_toets]\nversion = \"every_month\"",
        "[iit_toets]\nversion = \"every_month\"\nname = \"Toets\"",
    );
    let errors = errors_for(&dir);
    for want in [
        "gemeenten/ommen/2019-01-01.toml: participatie.name is missing; version `per_persoon` needs the regeling's own name",
        "gemeenten/ommen/2019-01-01.toml: iit_toets.name: this group has no name",
    ] {
        assert!(errors.contains(want), "{want}\n in:\n{errors}");
    }
}

#[test]
fn a_gemeente_file_leaves_out_what_the_national_default_says() {
    let dir = scratch("fallback");
    // Ommen without its LKS policy: landelijk's group, by reference to its entries.
    let ommen = dir.join("gemeenten/ommen/2019-01-01.toml");
    let text = fs::read_to_string(&ommen).unwrap();
    let start = text.find("[lks.min_loonwaarde]").unwrap();
    let end = text.find("[iit.reference_months]").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    // Its LKS source is then cited by nothing.
    let (src, src_end) = (
        text.find("[sources.reintegratie_2018]").unwrap(),
        text.find("[sources.ommen_zorg]").unwrap(),
    );
    let text = format!("{}{}", &text[..src], &text[src_end..]);
    let (src, src_end) = (
        text.find("[sources.pw]").unwrap(),
        text.find("[sources.detoren_2019]").unwrap(),
    );
    fs::write(&ommen, format!("{}{}", &text[..src], &text[src_end..])).unwrap();
    // No languages: the texts only Ommen's LKS had are now without a use.
    let out = codegen::generate(&dir, &[], codegen::MASTER);
    let landelijk = dir.join("gemeenten/landelijk/2015-01-01.toml");
    edit(&landelijk, "[iit.window_months]", "[iit.window_months_weg]");
    let errors = errors_for(&dir);
    let out = out.map_err(|e| e.join("\n")).expect("a file without [lks] falls back");
    // Ommen's LKS is landelijk's, shared; a key left out of a group is landelijk's entry.
    let ommen_rules = &out[out.find("static G_OMMEN_VERSIONS").unwrap()..];
    let ommen_rules = &ommen_rules[..ommen_rules.find("];").unwrap()];
    assert!(
        ommen_rules.contains("lks: &G_LANDELIJK_2015_01_01_LKS,"),
        "{ommen_rules}"
    );
    let ommen_iit = &out[out.find("static G_OMMEN_2019_01_01_IIT").unwrap()..];
    let ommen_iit = &ommen_iit[..ommen_iit.find("};").unwrap()];
    assert!(
        ommen_iit.contains("window_months: Param { value: None, info: &G_LANDELIJK_2015_01_01_INDEX["),
        "{ommen_iit}"
    );
    assert!(
        errors.contains("gemeenten/landelijk/2015-01-01.toml: iit.window_months is missing; [iit] needs it"),
        "{errors}"
    );
}

// ---- provisional values ----------------------------------------------------------------

const PARTNER_2025: &str = "source = \"rechtshulp\"\nstatus = \"unverified\"\nnote = \"Twee keer de grens voor één persoon; niet apart gevonden.\"";

#[test]
fn a_provisional_value_with_basis_and_note_is_accepted_national_and_local() {
    let dir = scratch("provisional");
    edit(
        &dir.join("national/2025-01-01.toml"),
        PARTNER_2025,
        "source = \"rechtshulp\"\nstatus = \"provisional\"\nbasis = \"derived\"\nnote = \"Twee keer de grens voor één persoon; niet apart gevonden.\"",
    );
    edit(
        &dir.join("gemeenten/kampen/2017-01-01.toml"),
        "source = \"rekenkamer_2018\"\nstatus = \"unverified\"\nnote = \"Zo beschreven",
        "source = \"rekenkamer_2018\"\nstatus = \"provisional\"\nbasis = \"carried_over\"\nnote = \"Zo beschreven",
    );
    let out = codegen::generate(&dir, &languages(), codegen::MASTER);
    let _ = fs::remove_dir_all(&dir);
    let out = out.map_err(|e| e.join("\n")).expect("provisional with basis and note");
    assert!(
        out.contains("status: Status::Provisional, basis: Some(Basis::Derived), note: \"Twee keer de grens"),
        "{out}"
    );
    assert!(out.contains("status: Status::Provisional, basis: Some(Basis::CarriedOver), note: \"Zo beschreven"));
    assert!(out.contains("status: Status::Verified, basis: None,"));
}

#[test]
fn a_provisional_value_needs_a_basis_and_a_note() {
    let dir = scratch("provisionalbare");
    edit(
        &dir.join("national/2025-01-01.toml"),
        PARTNER_2025,
        "source = \"rechtshulp\"\nstatus = \"provisional\"",
    );
    let errors = errors_for(&dir);
    assert!(
        errors.contains("2025-01-01.toml: huurtoeslag.vermogen_partner: a provisional value needs `basis`: proposal"),
        "{errors}"
    );
    assert!(
        errors.contains("2025-01-01.toml: huurtoeslag.vermogen_partner: a provisional value needs a note"),
        "{errors}"
    );
}

#[test]
fn basis_is_only_for_provisional_values_and_one_of_four_words() {
    let dir = scratch("basis");
    edit(
        &dir.join("national/2025-01-01.toml"),
        PARTNER_2025,
        "source = \"rechtshulp\"\nstatus = \"unverified\"\nbasis = \"forecast\"\nnote = \"Twee keer de grens voor één persoon; niet apart gevonden.\"",
    );
    edit(
        &dir.join("national/2025-07-01.toml"),
        PARTNER_2025,
        "source = \"rechtshulp\"\nstatus = \"provisional\"\nbasis = \"guess\"\nnote = \"Twee keer de grens voor één persoon; niet apart gevonden.\"",
    );
    edit(
        &dir.join("gemeenten/kampen/2017-01-01.toml"),
        "status = \"unverified\"\nnote = \"Zo beschreven",
        "status = \"verified\"\nbasis = \"proposal\"\nnote = \"Zo beschreven",
    );
    let errors = errors_for(&dir);
    assert!(
        errors.contains("2025-01-01.toml: huurtoeslag.vermogen_partner: `basis` belongs to a provisional value only (this one is unverified)"),
        "{errors}"
    );
    assert!(
        errors.contains("2025-07-01.toml: huurtoeslag.vermogen_partner: basis `guess` is not proposal"),
        "{errors}"
    );
    assert!(
        errors.contains("kampen/2017-01-01.toml: lks.min_loonwaarde: `basis` belongs to a provisional value only (this one is verified)"),
        "{errors}"
    );
}

#[test]
fn a_gemeente_contact_needs_an_https_page_a_status_and_the_day_it_was_read() {
    let dir = scratch("contact");
    let file = dir.join("gemeenten/ommen/gemeente.toml");
    edit(&file, "url = \"https://www.ommen.nl", "url = \"http://www.ommen.nl");
    edit(&file, "status = \"unverified\"", "status = \"bijna\"");
    edit(&file, "checked = 2026-11-22\n", "");
    let errors = errors_for(&dir);
    assert!(
        errors.contains("gemeenten/ommen/gemeente.toml: contact: url must start with https://"),
        "{errors}"
    );
    assert!(
        errors.contains("contact: status must be \"verified\" or \"unverified\""),
        "{errors}"
    );
    assert!(errors.contains("contact: needs `checked = jjjj-mm-dd`"), "{errors}");
}

// ---- a new gemeente is a data folder ---------------------------------------------------

#[test]
fn a_new_gemeente_with_a_supported_shape_is_a_data_folder_only() {
    let dir = scratch("newshape");
    let gemeenten = dir.join("gemeenten");
    // A copy of Alphen's folder under another name and code: the same labels, so not even
    // a translation is needed.
    copy_dir(&gemeenten.join("alphen-aan-den-rijn"), &gemeenten.join("nieuwkoop"));
    fs::write(
        gemeenten.join("nieuwkoop/gemeente.toml"),
        "name = \"Nieuwkoop\"\ncbs_code = \"GM0569\"\n",
    )
    .unwrap();
    // A shape no real gemeente uses yet: a yearly test, and amounts with children apart.
    let jaar = gemeenten.join("jaartoets");
    fs::create_dir_all(&jaar).unwrap();
    fs::write(
        jaar.join("gemeente.toml"),
        "name = \"Jaartoets\"\ncbs_code = \"GM9999\"\n",
    )
    .unwrap();
    let amount = |key: &str, value: &str| {
        format!(
            "[iit_bedrag.{key}]\nlabel = \"Bedrag\"\nvalue = \"{value}\"\nunit = \"euro per jaar\"\narticle = \"Verordening, art. 4\"\nsource = \"v\"\nstatus = \"verified\"\n\n"
        )
    };
    let mut text = String::from(
        "valid_from = 2026-01-01\n\n[sources.v]\ntitle = \"Verordening\"\nurl = \"https://lokaleregelgeving.overheid.nl/\"\nchecked = 2026-12-02\n\n[iit_toets]\nversion = \"per_year\"\n\n[iit_toets.years]\nlabel = \"Jaren\"\nvalue = 3\nunit = \"jaar\"\narticle = \"Verordening, art. 3\"\nsource = \"v\"\nstatus = \"verified\"\n\n",
    );
    for (key, value) in [
        ("limit_single", "19000"),
        ("limit_single_parent", "21000"),
        ("limit_couple", "26000"),
    ] {
        text += &amount(key, value).replace("iit_bedrag", "iit_toets");
    }
    text += "[iit_bedrag]\nversion = \"leefvorm_kinderen\"\n\n";
    for (key, value) in [
        ("single", "400"),
        ("single_parent", "500"),
        ("couple", "550"),
        ("couple_children", "650"),
    ] {
        text += &amount(key, value);
    }
    // A kindpakket: per adult and per child from an age, by its own name.
    text += "[participatie]\nversion = \"per_persoon_en_kind\"\nname = \"Kindpakket\"\n\n";
    for (key, value, unit) in [
        ("year_per_adult", "\"100\"", "euro per jaar"),
        ("year_per_child", "\"150\"", "euro per jaar"),
        ("child_from_age", "4", "jaar"),
        ("limit_pct", "\"120\"", "procent"),
        ("vermogenstoets", "true", "ja/nee"),
    ] {
        text += &format!(
            "[participatie.{key}]\nlabel = \"Bedrag\"\nvalue = {value}\nunit = \"{unit}\"\narticle = \"Beleidsregels, art. 2\"\nsource = \"v\"\nstatus = \"verified\"\n\n"
        );
    }
    fs::write(jaar.join("2026-01-01.toml"), text).unwrap();
    // No languages: "Jaren" and "Bedrag" have no English yet (the build would name them).
    let out = codegen::generate(&dir, &[], codegen::MASTER);
    let copied = codegen::generate(&dir, &languages(), codegen::MASTER);
    let _ = fs::remove_dir_all(&dir);
    let out = out.map_err(|e| e.join("\n")).expect("a new gemeente generates");
    assert!(out.contains("Gemeente { slug: \"nieuwkoop\", name: \"Nieuwkoop\", cbs_code: \"GM0569\""));
    assert!(out.contains("iit_toets: IitToets::PerYear(IitToetsPerYear {"), "{out}");
    assert!(out.contains("iit_bedrag: IitBedrag::LeefvormKinderen(IitBedragLeefvormKinderen {"));
    assert!(
        out.contains("participatie: Participatie::PerPersoonEnKind(ParticipatiePerPersoonEnKind {"),
        "{out}"
    );
    assert!(out.contains("name: \"Kindpakket\","), "{out}");
    let errors = copied.err().map(|e| e.join("\n")).unwrap_or_default();
    assert!(!errors.contains("nieuwkoop"), "{errors}");
    assert!(
        errors.contains("\"Jaren\""),
        "the build names the missing translation: {errors}"
    );
}

#[test]
fn a_tool_bundle_points_what_its_tool_never_cites_at_one_blank_entry() {
    let out = codegen::generate_for(&real("params"), &languages(), codegen::MASTER, Some("inwoner")).expect("valid");
    // The LKS policy, the LKS and LKV law, the IIT period and exclusions of every file.
    assert!(out.matches("info: &NOT_CITED_INFO }").count() > 50, "{out}");
    assert!(
        !out.contains("Geen inkomenstoeslag na een maatregel"),
        "the exclusions' labels are left out"
    );
    // What the tool cites keeps its provenance (article, source, status), once per kind.
    assert!(out.contains("info: &PINFO["), "the cited values keep their provenance");
    let full = codegen::generate(&real("params"), &languages(), codegen::MASTER).expect("valid");
    assert!(!full.contains("info: &NOT_CITED_INFO }"));
    assert!(
        full.contains("Inkomenstoeslag alleenstaande, per jaar"),
        "the rules page and the API have every label"
    );
}
