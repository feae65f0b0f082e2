//! Whitespace, comments, hashbang, HTML-like comments, invalid characters.
mod common;
use common::*;
use minijs_lexer::Token;

#[test]
fn whitespace_kinds() {
    let spaces = "\t\u{0B}\u{0C} \u{A0}\u{FEFF}\u{1680}\u{2000}\u{200A}\u{202F}\u{205F}\u{3000}";
    let src = format!("a{spaces}b");
    assert_eq!(tokens(&src), [ident("a"), ident("b")]);
    assert_eq!(newlines(&src), [false, false]);
    assert_eq!(tokens("\u{FEFF}a"), [ident("a")]);
}

#[test]
fn not_whitespace() {
    // U+180E stopped being whitespace in Unicode 6.3; U+200B is a format character.
    assert_eq!(message("a\u{180E}b"), "Invalid or unexpected token");
    assert_eq!(message("a\u{200B}b"), "Invalid or unexpected token");
}

#[test]
fn comments() {
    assert_eq!(kinds("a // x\nb"), ["id", "id"]);
    assert_eq!(kinds("a /* x */ b"), ["id", "id"]);
    assert_eq!(kinds("a /**/ b"), ["id", "id"]);
    assert_eq!(kinds("a /***/ b"), ["id", "id"]);
    assert_eq!(kinds("a /* * / */ b"), ["id", "id"]);
    assert_eq!(kinds("a // x\u{2028}b"), ["id", "id"]);
    assert_eq!(kinds("// only"), Vec::<String>::new());
    assert_eq!(kinds(""), Vec::<String>::new());
    assert_eq!(message("a /* x"), "Invalid or unexpected token");
    assert_eq!(error("a /* x").offset, 2);
    assert_eq!(message("/*/"), "Invalid or unexpected token");
}

#[test]
fn hashbang_only_at_offset_zero() {
    assert_eq!(kinds("#!/usr/bin/env node\na"), ["id"]);
    assert_eq!(newlines("#!/usr/bin/env node\na"), [true]);
    assert_eq!(kinds("#!"), Vec::<String>::new());
    assert_eq!(message(" #!x"), "Invalid or unexpected token");
    assert_eq!(message("a\n#!x"), "Invalid or unexpected token");
}

#[test]
fn html_open_comment() {
    assert_eq!(kinds("a <!-- comment\nb"), ["id", "id"]);
    assert_eq!(kinds("a<!--b"), ["id"]);
}

#[test]
fn html_close_comment_at_line_start() {
    assert_eq!(kinds("a\n--> comment\nb"), ["id", "id"]);
    assert_eq!(kinds("a\n  /* x */ --> comment\nb"), ["id", "id"]);
    assert_eq!(kinds("a /*\n*/ --> comment"), ["id"]);
    assert_eq!(kinds("--> at start"), Vec::<String>::new());
}

#[test]
fn html_close_elsewhere_is_decrement_and_greater() {
    assert_eq!(kinds("x-->0"), ["id", "MinusMinus", "Gt", "num"]);
    assert_eq!(spans("x-->0"), [(0, 1), (1, 3), (3, 4), (4, 5)]);
    assert_eq!(kinds("x-->=0"), ["id", "MinusMinus", "Ge", "num"]);
    assert_eq!(kinds("x-->>>=0"), ["id", "MinusMinus", "UShrEq", "num"]);
    assert_eq!(kinds("x-->>0"), ["id", "MinusMinus", "Shr", "num"]);
}

#[test]
fn invalid_characters() {
    for src in ["@", "a @ b", "\u{0}", "\u{7F}", "\u{1}", "€", "a ‿"] {
        assert_eq!(message(src), "Invalid or unexpected token", "{src:?}");
    }
    assert_eq!(error("ab @").offset, 3);
    assert_eq!(error("é €").offset, 3);
}

#[test]
fn lone_backslash() {
    assert_eq!(message("\\"), "Invalid or unexpected token");
    assert_eq!(token("a").identifier_name(), Some("a"));
    assert_eq!(Token::Comma.identifier_name(), None);
}
