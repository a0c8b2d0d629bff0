//! One law registry (src/rules/wetten.rs): every law's name and BWB identifier is written
//! down once, and every article the code cites is built from it, next to the rule that
//! applies it (`pub const PW_ART_10D_LID_4: LawRef = PARTICIPATIEWET.art("10d").lid("4");`).
//! This test reads the sources and refuses what the type system cannot: a law defined
//! twice, a BWB id typed outside the registry, a `LawRef` written out by hand, a constant
//! name with two meanings, or one article cited in two different ways.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const REGISTRY: &str = "src/rules/wetten.rs";
/// Where `LawRef` and `Wet` are defined: the only place that may build them field by field.
const TYPES: &str = "src/rules/explain.rs";

/// A cited article: which law, article, lid and the rest of the citation.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Cited {
    wet: String,
    article: String,
    lid: String,
    note: String,
}

/// `PARTICIPATIEWET.art("8").lid("1").note("onder b (verordening)")`, whitespace removed
/// outside the quotes.
fn parse_cited(expr: &str) -> Option<Cited> {
    let (wet, mut rest) = expr.split_once('.')?;
    let mut cited = Cited {
        wet: wet.to_string(),
        article: String::new(),
        lid: String::new(),
        note: String::new(),
    };
    let mut first = true;
    while !rest.is_empty() {
        let (method, after) = rest.split_once("(\"")?;
        let (arg, after) = after.split_once("\")")?;
        let slot = match (method, first) {
            ("art", true) => &mut cited.article,
            ("lid", false) if cited.lid.is_empty() && cited.note.is_empty() => &mut cited.lid,
            ("note", false) if cited.note.is_empty() => &mut cited.note,
            _ => return None,
        };
        *slot = arg.to_string();
        first = false;
        rest = after.strip_prefix('.').unwrap_or(after);
        if !after.is_empty() && !after.starts_with('.') {
            return None;
        }
    }
    (!cited.article.is_empty()).then_some(cited)
}

/// The text of an item from `start` up to its closing `;`, with the line breaks and the
/// indentation rustfmt adds to long chains taken out.
fn item_text(source: &str, start: usize) -> String {
    let rest = &source[start..];
    let end = rest.find(';').unwrap_or(rest.len());
    rest[..end].lines().map(str::trim).collect::<Vec<_>>().join("")
}

/// Every problem with the registry and the citations in `files` (path, source text).
fn check(files: &[(String, String)]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut wetten: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut constants: BTreeMap<String, (String, Cited)> = BTreeMap::new();
    let mut articles: BTreeMap<(String, String, String), (String, String)> = BTreeMap::new();
    let mut prefixes: BTreeMap<String, (String, String)> = BTreeMap::new();

    for (path, source) in files {
        if path != REGISTRY && path != TYPES && source.contains("bwb: \"") {
            errors.push(format!("{path}: a BWB id outside {REGISTRY}; add the law there"));
        }
        if path != TYPES && source.contains("LawRef {") {
            errors.push(format!(
                "{path}: a LawRef written field by field; build it from {REGISTRY}: WET.art(\"…\")"
            ));
        }
        for (at, _) in source.match_indices("const ") {
            // Items only, not `const fn` or a mention in a comment.
            let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
            if !matches!(source[line_start..at].trim(), "" | "pub" | "pub(crate)" | "pub(super)") {
                continue;
            }
            let text = item_text(source, at + "const ".len());
            let Some((name, rest)) = text.split_once(':') else {
                continue;
            };
            if let Some(body) = rest.trim_start().strip_prefix("Wet =") {
                if path != REGISTRY {
                    errors.push(format!("{path}: law {name} is defined outside {REGISTRY}"));
                    continue;
                }
                let field = |key: &str| {
                    body.split_once(&format!("{key}: \""))
                        .and_then(|(_, v)| v.split_once('"'))
                        .map(|(v, _)| v.to_string())
                        .unwrap_or_default()
                };
                let (wet_name, bwb) = (field("name"), field("bwb"));
                for (other, (n, b)) in &wetten {
                    if *n == wet_name || *b == bwb {
                        errors.push(format!(
                            "{REGISTRY}: {name} and {other} are the same law ({wet_name}, {bwb})"
                        ));
                    }
                }
                wetten.insert(name.to_string(), (wet_name, bwb));
            } else if let Some(expr) = rest.trim_start().strip_prefix("LawRef =") {
                let Some(cited) = parse_cited(expr.trim()) else {
                    errors.push(format!(
                        "{path}: {name} = {expr}: cite as WET.art(\"…\"), then .lid(\"…\") and .note(\"…\") if needed"
                    ));
                    continue;
                };
                check_constant(
                    path,
                    name,
                    cited,
                    &mut constants,
                    &mut articles,
                    &mut prefixes,
                    &mut errors,
                );
            }
        }
    }
    for (name, (path, cited)) in &constants {
        if !wetten.contains_key(&cited.wet) {
            errors.push(format!(
                "{path}: {name} cites {}, which is not a law in {REGISTRY}",
                cited.wet
            ));
        }
    }
    errors
}

/// One `LawRef` constant against the ones seen before: a name means one citation, an
/// article (law, article, lid) is cited with one text, a name's prefix (PW_, WML_, …)
/// stands for one law, and the rest of the name is the article it cites.
fn check_constant(
    path: &str,
    name: &str,
    cited: Cited,
    constants: &mut BTreeMap<String, (String, Cited)>,
    articles: &mut BTreeMap<(String, String, String), (String, String)>,
    prefixes: &mut BTreeMap<String, (String, String)>,
    errors: &mut Vec<String>,
) {
    if let Some((other_path, other)) = constants.get(name) {
        if *other != cited {
            errors.push(format!(
                "{name} is defined in {other_path} and in {path} with different texts: {other:?} and {cited:?}"
            ));
        }
    }
    // A suffix after the lid names one onderdeel of it (PW_ART_31_LID_2_Y: onder y), so two
    // onderdelen of one lid may be cited apart; without a suffix, one lid has one text.
    let suffix = name
        .split_once("_LID_")
        .and_then(|(_, l)| l.split_once('_'))
        .map(|(_, s)| s.to_string())
        .unwrap_or_default();
    let article = (
        cited.wet.clone(),
        cited.article.clone(),
        format!("{}#{suffix}", cited.lid),
    );
    match articles.get(&article) {
        Some((other_name, note)) if *note != cited.note => errors.push(format!(
            "{path}: {name} cites {} art. {} lid {:?} as {:?}, {other_name} as {note:?}: one article, one text",
            cited.wet, cited.article, cited.lid, cited.note
        )),
        Some(_) => {}
        None => {
            articles.insert(article, (name.to_string(), cited.note.clone()));
        }
    }
    let Some((prefix, numbered)) = name.split_once("_ART_") else {
        errors.push(format!(
            "{path}: {name}: name a citation <LAW>_ART_<article>[_LID_<lid>]"
        ));
        return;
    };
    let expected = cited.article.to_uppercase().replace('.', "_");
    let (named_article, named_lid) = numbered.split_once("_LID_").unwrap_or((numbered, ""));
    let named_lid = named_lid.split_once('_').map_or(named_lid, |(lid, _)| lid);
    if named_article != expected || (!named_lid.is_empty() && named_lid != cited.lid.to_uppercase()) {
        errors.push(format!(
            "{path}: {name} cites art. {} lid {:?}; the name says otherwise",
            cited.article, cited.lid
        ));
    }
    // One prefix per law and one law per prefix.
    let clash = prefixes
        .iter()
        .find(|(p, (wet, _))| (p.as_str() == prefix) != (*wet == cited.wet));
    match clash {
        Some((p, (wet, other))) => errors.push(format!(
            "{path}: {name} uses the prefix {prefix}_ for {}, {other} uses {p}_ for {wet}",
            cited.wet
        )),
        None => {
            prefixes.insert(prefix.to_string(), (cited.wet.clone(), name.to_string()));
        }
    }
    constants.insert(name.to_string(), (path.to_string(), cited));
}

fn read_sources(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            read_sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, fs::read_to_string(&path).expect("read")));
        }
    }
}

#[test]
fn every_law_once_and_every_article_cited_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    read_sources(&root.join("src"), root, &mut files);
    assert!(files.iter().any(|(p, _)| p == REGISTRY), "{REGISTRY} is read");
    let errors = check(&files);
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
    let cited = files
        .iter()
        .map(|(_, s)| s.matches(": LawRef =").count())
        .sum::<usize>();
    assert!(cited > 30, "the scan finds the citations ({cited})");
}

#[test]
fn the_check_refuses_what_it_promises_to() {
    let registry = (
        REGISTRY.to_string(),
        "pub const PARTICIPATIEWET: Wet = Wet {\n    name: \"Participatiewet\",\n    bwb: \"BWBR0015703\",\n};\n"
            .to_string(),
    );
    let with = |more: &[(&str, &str)]| {
        let mut files = vec![registry.clone()];
        files.extend(more.iter().map(|(p, t)| (p.to_string(), t.to_string())));
        check(&files)
    };
    assert!(with(&[("a.rs", "pub const PW_ART_21: LawRef = PARTICIPATIEWET.art(\"21\");")]).is_empty());
    // A mention in a comment is no definition.
    assert!(with(&[("a.rs", "/// `const PW_ART_2: LawRef = PARTICIPATIEWET.art(\"3\");`")]).is_empty());
    let by_hand = "const X: LawRef = LawRef {\n    citation: \"Pw art. 1\",\n    bwb: \"BWBR0015703\",\n};";
    let refused: &[(&[(&str, &str)], &str)] = &[
        // The same name with two texts (the old PW_ART_19).
        (
            &[
                ("a.rs", "const PW_ART_19: LawRef = PARTICIPATIEWET.art(\"19\").lid(\"3\");"),
                ("b.rs", "const PW_ART_19: LawRef = PARTICIPATIEWET.art(\"19\").lid(\"2\");"),
            ],
            "with different texts",
        ),
        (
            &[(
                "a.rs",
                "const PW_ART_3: LawRef = PARTICIPATIEWET.art(\"3\");\nconst PW_ART_3_X: LawRef = PARTICIPATIEWET\n    .art(\"3\")\n    .note(\"(x)\");",
            )],
            "one article, one text",
        ),
        (&[("a.rs", by_hand)], "written field by field"),
        (&[("a.rs", by_hand)], "a BWB id outside"),
        (&[("a.rs", "const PW_ART_2: LawRef = PARTICIPATIEWET.art(\"3\");")], "the name says otherwise"),
        (&[("a.rs", "const PW_ART_2: LawRef = ZW.art(\"2\");")], "not a law in"),
        (
            &[("a.rs", "const ZW: Wet = Wet { name: \"Ziektewet\", bwb: \"BWBR0001888\" };")],
            "defined outside",
        ),
        (
            &[(REGISTRY, "const PW: Wet = Wet {\n    name: \"Participatiewet\",\n    bwb: \"BWBR0015703\",\n};")],
            "are the same law",
        ),
        (
            &[(
                "a.rs",
                "const PW_ART_2: LawRef = PARTICIPATIEWET.art(\"2\");\nconst WML_ART_3: LawRef = PARTICIPATIEWET.art(\"3\");",
            )],
            "uses the prefix",
        ),
    ];
    for (files, what) in refused {
        let errors = with(files);
        assert!(
            errors.iter().any(|e| e.contains(what)),
            "expected {what:?} in {errors:?}"
        );
    }
}
