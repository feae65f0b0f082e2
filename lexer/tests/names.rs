//! Identifiers, keywords, escapes, private names.
mod common;
use common::*;
use minijs_lexer::Token;

#[test]
fn ascii_identifiers() {
    assert_eq!(tokens("foo _bar $baz a1 $ _"), ["foo", "_bar", "$baz", "a1", "$", "_"].map(ident));
}

#[test]
fn unicode_identifiers() {
    assert_eq!(token("café"), ident("café"));
    assert_eq!(token("été"), ident("été"));
    assert_eq!(token("π"), ident("π"));
    assert_eq!(token("日本語"), ident("日本語"));
    assert_eq!(token("a\u{200C}b\u{200D}"), ident("a\u{200C}b\u{200D}"));
    // A combining mark can continue but not start an identifier.
    assert_eq!(token("e\u{301}"), ident("e\u{301}"));
    assert_eq!(message("\u{301}e"), "Invalid or unexpected token");
    assert_eq!(token("℘"), ident("℘"));
    assert_eq!(token("𐐀"), ident("𐐀"));
}

#[test]
fn escaped_identifiers() {
    assert_eq!(token("\\u0061bc"), ident("abc"));
    assert_eq!(token("a\\u0062c"), ident("abc"));
    assert_eq!(token("\\u{61}\\u{0062}"), ident("ab"));
    assert_eq!(token("\\u{1D400}"), ident("𝐀"));
    assert_eq!(spans("\\u0061 b"), [(0, 6), (7, 8)]);
}

#[test]
fn escaped_identifier_errors() {
    // Messages as V8's.
    for src in ["\\u0030x", "a\\u002e", "a\\u0020", "\\x61", "a\\", "\\", "\\uD800\\uDC00", "#\\u0030"] {
        assert_eq!(message(src), "Invalid or unexpected token", "{src:?}");
    }
    for src in ["\\u{}", "\\u00", "a\\u{}"] {
        assert_eq!(message(src), "Invalid Unicode escape sequence", "{src:?}");
    }
    assert_eq!(message("\\u{110000}"), "Undefined Unicode code-point");
}

#[test]
fn keywords() {
    assert_eq!(
        tokens("if else while for function class return"),
        [Token::If, Token::Else, Token::While, Token::For, Token::Function, Token::Class, Token::Return]
    );
    assert_eq!(tokens("true false null this super"), [Token::True, Token::False, Token::Null, Token::This, Token::Super]);
    assert_eq!(tokens("await yield enum"), [Token::Await, Token::Yield, Token::Enum]);
    assert_eq!(token("iff"), ident("iff"));
    assert_eq!(token("in_"), ident("in_"));
    assert_eq!(token("ifé"), ident("ifé"));
    assert_eq!(token("$if"), ident("$if"));
}

#[test]
fn contextual_keywords() {
    let expected = [
        Token::Let,
        Token::Static,
        Token::Async,
        Token::Of,
        Token::Get,
        Token::Set,
        Token::From,
        Token::As,
        Token::Target,
        Token::Meta,
        Token::Accessor,
        Token::Implements,
        Token::Interface,
        Token::Package,
        Token::Private,
        Token::Protected,
        Token::Public,
    ];
    let src = "let static async of get set from as target meta accessor implements interface package private protected public";
    assert_eq!(tokens(src), expected);
    for token in &expected {
        assert_eq!(token.identifier_name(), token.keyword_text());
    }
}

#[test]
fn every_keyword_round_trips_through_keyword_text() {
    let words = "await break case catch class const continue debugger default delete do else enum export \
                 extends false finally for function if import in instanceof new null return super switch \
                 this throw true try typeof var void while with yield";
    for word in words.split(' ').filter(|w| !w.is_empty()) {
        assert_eq!(token(word).keyword_text(), Some(word), "{word}");
    }
}

#[test]
fn escaped_keywords() {
    // Reserved words spelled with escapes: only usable as property names.
    assert_eq!(token("\\u0069f"), Token::EscapedKeyword("if".into()));
    assert_eq!(token("n\\u0065w"), Token::EscapedKeyword("new".into()));
    assert_eq!(token("\\u{74}rue"), Token::EscapedKeyword("true".into()));
    assert_eq!(Token::EscapedKeyword("if".into()).identifier_name(), Some("if"));
    assert_eq!(kinds("a.\\u0069f"), ["id", "Dot", "EscapedKeyword(\"if\")"]);
    // Contextual keywords and await/yield spelled with escapes are plain identifiers.
    assert_eq!(token("l\\u0065t"), ident("let"));
    assert_eq!(token("\\u0061sync"), ident("async"));
    assert_eq!(token("yi\\u0065ld"), ident("yield"));
    assert_eq!(token("\\u0061wait"), ident("await"));
}

#[test]
fn private_names() {
    assert_eq!(token("#x"), Token::PrivateName("x".into()));
    assert_eq!(token("#if"), Token::PrivateName("if".into()));
    assert_eq!(token("#é"), Token::PrivateName("é".into()));
    assert_eq!(token("#\\u0061"), Token::PrivateName("a".into()));
    assert_eq!(kinds("this.#x"), ["This", "Dot", "PrivateName(\"x\")"]);
    assert_eq!(kinds("#x in o"), ["PrivateName(\"x\")", "In", "id"]);
    assert_eq!(spans("#x"), [(0, 2)]);
    assert_eq!(message("#"), "Invalid or unexpected token");
    assert_eq!(message("# x"), "Invalid or unexpected token");
    assert_eq!(message("a #1"), "Invalid or unexpected token");
}
