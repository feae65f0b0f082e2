//! Newline flags for ASI and the restricted productions applied by the stream.
mod common;
use common::*;
use minijs_lexer::{Token, tokenize};

#[test]
fn newline_flags() {
    assert_eq!(newlines("a\nb"), [false, true]);
    assert_eq!(newlines("a b\n\n c"), [false, false, true]);
    assert_eq!(newlines("a\r\nb\rc"), [false, true, true]);
    assert_eq!(newlines("a\u{2028}b\u{2029}c"), [false, true, true]);
    assert_eq!(newlines("a // c\nb"), [false, true]);
    assert_eq!(newlines("a /* c */ b"), [false, false]);
    assert_eq!(newlines("a /* c\n */ b"), [false, true]);
    assert_eq!(newlines("a /* c\u{2028} */ b"), [false, true]);
    assert_eq!(newlines("\na"), [true]);
}

#[test]
fn newline_flags_on_context_tokens() {
    assert_eq!(newlines("a\n/re/"), [false, true, false, false]);
    assert_eq!(newlines("x\n`t`"), [false, true]);
    assert_eq!(newlines("`${a\n}b`"), [false, false, true]);
}

#[test]
fn semicolon_inserted_after_restricted_keywords() {
    for keyword in ["return", "break", "continue", "throw"] {
        let src = format!("{keyword}\nx");
        let lexed = tokenize(&src).unwrap_or_default();
        let kw_len = keyword.len();
        assert_eq!(lexed.tokens.len(), 3, "{src:?}");
        assert_eq!(lexed.tokens[1], (kw_len + 1, Token::Semicolon, kw_len + 1), "{src:?}");
        assert_eq!(lexed.tokens[2].0, kw_len + 1);
        assert_eq!(lexed.newline_before, [false, true, true]);
    }
    assert_eq!(kinds("return /* c\n */ x"), ["Return", "Semicolon", "id"]);
    assert_eq!(kinds("return // c\n x"), ["Return", "Semicolon", "id"]);
    assert_eq!(kinds("function f() { return\n}"), ["Function", "id", "LParen", "RParen", "LBrace", "Return", "Semicolon", "RBrace"]);
    // `return\n/re/` is `return; /re/`.
    assert_eq!(kinds("return\n/re/.x"), ["Return", "Semicolon", "re", "Dot", "id"]);
    // `return\n{` starts a block.
    assert_eq!(kinds("return\n{}\n/re/"), ["Return", "Semicolon", "LBrace", "RBrace", "re"]);
}

#[test]
fn no_semicolon_when_not_needed() {
    assert_eq!(kinds("return x"), ["Return", "id"]);
    assert_eq!(kinds("return\n;"), ["Return", "Semicolon"]);
    assert_eq!(spans("return\n;"), [(0, 6), (7, 8)]);
    assert_eq!(kinds("return"), ["Return"]);
    assert_eq!(kinds("break label\nx"), ["Break", "id", "id"]);
}

#[test]
fn keywords_as_property_names_are_not_restricted() {
    assert_eq!(kinds("a.return\nb"), ["id", "Dot", "Return", "id"]);
    assert_eq!(kinds("a?.throw\nb"), ["id", "QuestionDot", "Throw", "id"]);
    assert_eq!(kinds("x = { return\n: 1 }"), ["id", "Eq", "LBrace", "Return", "Colon", "num", "RBrace"]);
    assert_eq!(kinds("class A { return\n() {} }"), ["Class", "id", "LBrace", "Return", "LParen", "RParen", "LBrace", "RBrace", "RBrace"]);
}

#[test]
fn increment_after_newline_is_prefix_only() {
    assert_eq!(kinds("a\n++b"), ["id", "PlusPlusNl", "id"]);
    assert_eq!(kinds("a\n--b"), ["id", "MinusMinusNl", "id"]);
    assert_eq!(kinds("a++\nb"), ["id", "PlusPlus", "id"]);
    assert_eq!(kinds("a /*\n*/ ++b"), ["id", "PlusPlusNl", "id"]);
    assert_eq!(kinds("++a"), ["PlusPlus", "id"]);
}
