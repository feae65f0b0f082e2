//! The public helpers: error reports, positions, module detection, the Function constructor.

use minijs_parser::{function_constructor_source, has_module_syntax, line_col, parse_function, parse_script, render_syntax_error};

#[test]
fn render_report_like_node() {
    let src = "function f() {\n  let a = 1;\n  await x;\n}\n";
    let err = parse_script(src).unwrap_err();
    assert_eq!(
        render_syntax_error(&err, "/path/file.js", src),
        "/path/file.js:3:3\n  await x;\n  ^^^^^\n\nSyntaxError: await is only valid in async functions and the top level bodies of modules"
    );
}

#[test]
fn render_at_end_of_input_and_tabs() {
    let src = "f(";
    let err = parse_script(src).unwrap_err();
    assert_eq!(render_syntax_error(&err, "a.js", src), "a.js:1:3\nf(\n  ^\n\nSyntaxError: Unexpected end of input");
    let src = "\tx y";
    let err = parse_script(src).unwrap_err();
    assert_eq!(render_syntax_error(&err, "b.js", src), "b.js:1:4\n\tx y\n\t  ^\n\nSyntaxError: Unexpected identifier 'y'");
}

#[test]
fn line_and_column_in_utf16_units() {
    let src = "a\r\nb\u{2028}c\n😀x";
    assert_eq!(line_col(src, 0), (1, 1));
    assert_eq!(line_col(src, 3), (2, 1));
    assert_eq!(line_col(src, src.find('c').unwrap_or(0)), (3, 1));
    assert_eq!(line_col(src, src.find('x').unwrap_or(0)), (4, 3));
    assert_eq!(line_col(src, src.len() + 10), (4, 4));
}

#[test]
fn module_detection() {
    assert!(has_module_syntax("import x from 'y'; x()"));
    assert!(has_module_syntax("export const a = 1"));
    assert!(has_module_syntax("await Promise.resolve(1)"));
    assert!(!has_module_syntax("console.log(1)"));
    assert!(!has_module_syntax("import('x')"));
    assert!(!has_module_syntax("with (a) {}"));
    assert!(!has_module_syntax("syntax error here"));
}

#[test]
fn function_constructor() {
    let f = parse_function("a, b = 1", "return a + b", false, false).unwrap();
    assert_eq!(f.params.len(), 2);
    assert_eq!(f.name.as_deref(), Some("anonymous"));
    let src = function_constructor_source("a, b = 1", "return a + b", false, false);
    assert_eq!(src, "function anonymous(a, b = 1\n) {\nreturn a + b\n}");
    assert_eq!(f.span, (0, src.len()));
    let g = parse_function("", "yield 1", false, true).unwrap();
    assert!(g.is_generator);
    let h = parse_function("x", "await x", true, false).unwrap();
    assert!(h.is_async);
    assert!(parse_function("a) { }; (function (", "", false, false).is_err());
    assert!(parse_function("", "}); (function () {", false, false).is_err());
    assert!(parse_function("/*", "*/) {", false, false).is_err());
    assert!(parse_function("", "await x", false, false).is_err());
}
