//! Built-ins of group B (Object, Reflect, Map/Set/Weak*, Promise statics, Error, Date, RegExp):
//! each `builtins_b_cases/NAME.js` must print what Node 26 printed (`NAME.out`, produced with
//! `TZ=UTC node` and `print = (...a) => console.log(a.map(String).join(' '))`).
mod support;

fn check(name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/builtins_b_cases");
    let src = std::fs::read_to_string(dir.join(format!("{name}.js"))).unwrap_or_default();
    let expected = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap_or_default();
    assert!(!src.is_empty(), "missing case {name}");
    let actual = support::run(&src);
    assert_eq!(actual, expected, "{name}.js differs from Node");
}

#[test]
fn object_statics_and_descriptors() {
    check("object");
}

#[test]
fn reflect() {
    check("reflect");
}

#[test]
fn map_set_weak_collections() {
    check("collections");
}

#[test]
fn promise_statics() {
    check("promise");
}

#[test]
fn error_and_date() {
    check("error_date");
}

#[test]
fn regexp() {
    check("regexp");
}
