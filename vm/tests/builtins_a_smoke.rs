//! Quick end-to-end checks of the array/string/number/math/json/symbol built-ins.
mod support;
use support::run;

#[test]
fn scratch() {
    let src = std::fs::read_to_string("/tmp/ba/scratch.js").unwrap_or_default();
    if src.is_empty() { return; }
    println!("{}", run(&src));
}
