//! Regular expression literal or division: decided from the previous token.
mod common;
use common::*;

fn has_regex(src: &str) -> bool {
    kinds(src).iter().any(|kind| kind == "re")
}

#[test]
fn regex_at_start_and_after_punctuators() {
    assert_eq!(tokens("/a/g"), vec![regex("a", "g")]);
    for src in [
        "(/a/)",
        "x = /a/",
        "[/a/]",
        "f(1, /a/)",
        "x ? /a/ : /b/",
        "!/a/.test(s)",
        "a && /a/",
        "a || /a/",
        "a ?? /a/",
        "{ /a/ }",
        "; /a/",
        "x += /a/",
        "a == /a/",
        "a + /a/",
        "a => /a/",
        "...[/a/]",
        "x = { a: /a/ }",
        "a ? b : /a/",
        "case /a/:",
        "`${/a/}`",
        "~/a/",
        "a & /a/",
        "a | /a/",
    ] {
        assert!(has_regex(src), "{src}: {:?}", kinds(src));
    }
}

#[test]
fn regex_after_keywords() {
    for keyword in ["return", "typeof", "case", "do", "else", "in", "instanceof", "new", "delete", "void", "throw", "yield", "await"] {
        let src = format!("{keyword} /a/g");
        assert!(has_regex(&src), "{src}: {:?}", kinds(&src));
    }
}

#[test]
fn division_after_operands() {
    for src in [
        "a / b",
        "a /= b",
        "1 / 2",
        "'s' / 2",
        "a) / 2",
        "(a) / 2",
        "a[0] / 2",
        "this / 2",
        "super.x / 2",
        "null / 2",
        "true / 2",
        "false / 2",
        "`t` / 2",
        "`${a}` / 2",
        "x = y\n/a/",
        "a++ / 2",
        "a-- / 2",
        "x = {} / 2",
        "({} / 2)",
        "f() / 2",
        "1n / 2n",
        "a.if / 2",
        "a.return / 2",
        "a?.b / 2",
        "#x / 2",
        "let / 2",
        "of / 2",
        "async / 2",
        "get / 2",
        "x = function(){} / 2",
        "x = class {} / 2",
        "a.if(x) / 2",
    ] {
        assert!(!has_regex(src), "{src}: {:?}", kinds(src));
    }
}

#[test]
fn division_tokens() {
    assert_eq!(kinds("/a/ / 2"), ["re", "Slash", "num"]);
    assert_eq!(kinds("a / b"), ["id", "Slash", "id"]);
    assert_eq!(kinds("a /= b"), ["id", "SlashEq", "id"]);
    assert_eq!(kinds("a / b / c"), ["id", "Slash", "id", "Slash", "id"]);
}

#[test]
fn regex_after_control_parentheses() {
    // Esprima's rule: after `)` of `if`/`while`/`for`/`with` a statement starts.
    assert!(has_regex("if (x) /re/.test(s)"));
    assert!(has_regex("while (x) /re/g.exec(s)"));
    assert!(has_regex("for (;;) /re/"));
    assert!(has_regex("if (f(x)) /re/"));
    assert!(!has_regex("if (x) a / b"));
    assert!(!has_regex("g(x) / 2"));
}

#[test]
fn closing_brace_of_block_or_object() {
    // Block: a statement starts after it.
    assert!(has_regex("{}\n/re/.test(s)"));
    assert!(has_regex("if (a) {}\n/re/"));
    assert!(has_regex("function f() {}\n/re/"));
    assert!(has_regex("class A {}\n/re/"));
    assert!(has_regex("a: {}\n/re/"));
    assert!(has_regex("x => {}\n/re/"));
    assert!(has_regex("switch (x) { case 1: {} /re/ }"));
    assert!(has_regex("async function f() {}\n/re/"));
    // Object literal or function expression: an operand ends.
    assert!(!has_regex("x = {}\n/ 2"));
    assert!(!has_regex("f({} / 2)"));
    assert!(!has_regex("x = a ? {} : {} / 2"));
    assert!(!has_regex("x = async function() {} / 2"));
    assert!(!has_regex("x = { a: {} / 2 }"));
}

#[test]
fn regex_bodies() {
    assert_eq!(token("/[/]/"), regex("[/]", ""));
    assert_eq!(token("/[\\]/]/"), regex("[\\]/]", ""));
    assert_eq!(token("/a\\/b/"), regex("a\\/b", ""));
    assert_eq!(token("/=/"), regex("=", ""));
    assert_eq!(tokens("x = /=a/g"), vec![ident("x"), minijs_lexer::Token::Eq, regex("=a", "g")]);
    assert_eq!(token("/é😀/u"), regex("é😀", "u"));
    assert_eq!(token("/a/dgimsuy"), regex("a", "dgimsuy"));
    assert_eq!(token("/a/v"), regex("a", "v"));
    assert_eq!(token("/[[a]/"), regex("[[a]", ""));
    assert_eq!(spans("x=/a/g;"), [(0, 1), (1, 2), (2, 6), (6, 7)]);
}

#[test]
fn regex_errors() {
    for src in ["/abc", "/a\nb/", "/[/", "/a\\", "/a\\\n/", "x = /a\u{2028}/"] {
        assert_eq!(message(src), "Invalid regular expression: missing /", "{src:?}");
    }
    for src in ["/a/gg", "/a/q", "/a/uv", "/a/\\u0067", "/a/gé"] {
        assert_eq!(message(src), "Invalid regular expression flags", "{src:?}");
    }
}

#[test]
fn comments_are_not_regexes() {
    assert_eq!(kinds("x = //a/\n1"), ["id", "Eq", "num"]);
    assert_eq!(kinds("x = /*a*/ 1"), ["id", "Eq", "num"]);
}
