mod support;
use support::run;

#[test]
fn arithmetic_and_print() {
    assert_eq!(run("print(1 + 2)"), "3\n");
}
