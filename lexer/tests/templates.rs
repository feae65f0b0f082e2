//! Template literals: chunks, substitutions (nested), cooked and raw values.
mod common;
use common::*;
use minijs_lexer::Token;

fn no_subst(cooked: Option<&str>, raw: &str) -> Token {
    Token::NoSubstTemplate { cooked: cooked.map(utf16), raw: utf16(raw) }
}
fn head(cooked: &str, raw: &str) -> Token {
    Token::TemplateHead { cooked: Some(utf16(cooked)), raw: utf16(raw) }
}
fn middle(cooked: &str, raw: &str) -> Token {
    Token::TemplateMiddle { cooked: Some(utf16(cooked)), raw: utf16(raw) }
}
fn tail(cooked: &str, raw: &str) -> Token {
    Token::TemplateTail { cooked: Some(utf16(cooked)), raw: utf16(raw) }
}

#[test]
fn no_substitution() {
    assert_eq!(token("`abc`"), no_subst(Some("abc"), "abc"));
    assert_eq!(token("``"), no_subst(Some(""), ""));
    assert_eq!(token("`a\nb`"), no_subst(Some("a\nb"), "a\nb"));
    assert_eq!(token("`$`"), no_subst(Some("$"), "$"));
    assert_eq!(token("`{}`"), no_subst(Some("{}"), "{}"));
    assert_eq!(token("`$ {x}`"), no_subst(Some("$ {x}"), "$ {x}"));
}

#[test]
fn substitutions() {
    assert_eq!(tokens("`a${x}b${y}c`"), vec![head("a", "a"), ident("x"), middle("b", "b"), ident("y"), tail("c", "c")]);
    assert_eq!(tokens("`${x}`"), vec![head("", ""), ident("x"), tail("", "")]);
    assert_eq!(spans("`a${x}b`"), [(0, 4), (4, 5), (5, 8)]);
}

#[test]
fn braces_inside_substitutions() {
    assert_eq!(kinds("`${ {a: 1}.a }x`"), ["head", "LBrace", "id", "Colon", "num", "RBrace", "Dot", "id", "tail"]);
    assert_eq!(
        kinds("`${ function() { return {}; } }`"),
        ["head", "Function", "LParen", "RParen", "LBrace", "Return", "LBrace", "RBrace", "Semicolon", "RBrace", "tail"]
    );
}

#[test]
fn nested_templates() {
    assert_eq!(tokens("`a${ `b${c}d` }e`"), vec![head("a", "a"), head("b", "b"), ident("c"), tail("d", "d"), tail("e", "e")]);
    assert_eq!(kinds("`${ `${ `${x}` }` }`"), ["head", "head", "head", "id", "tail", "tail", "tail"]);
    assert_eq!(kinds("tag`a${b}c`.length / 2"), ["id", "head", "id", "tail", "Dot", "id", "Slash", "num"]);
}

#[test]
fn regex_and_division_inside_substitutions() {
    assert_eq!(kinds("`${/re/}`"), ["head", "re", "tail"]);
    assert_eq!(kinds("`${a / b}`"), ["head", "id", "Slash", "id", "tail"]);
    // A `}` inside a string in a substitution does not end it.
    assert_eq!(kinds("`${'}'}`"), ["head", "str", "tail"]);
}

#[test]
fn cooked_escapes() {
    assert_eq!(token(r"`\n\t\x41\u0042\u{43}\0`"), no_subst(Some("\n\tABC\0"), r"\n\t\x41\u0042\u{43}\0"));
    assert_eq!(token(r"`\``"), no_subst(Some("`"), r"\`"));
    assert_eq!(token(r"`\${x}`"), no_subst(Some("${x}"), r"\${x}"));
    assert_eq!(token(r"`$\{x}`"), no_subst(Some("${x}"), r"$\{x}"));
}

#[test]
fn invalid_escapes_have_no_cooked_value() {
    for (src, raw) in [
        (r"`\unicode`", r"\unicode"),
        (r"`\u{110000}`", r"\u{110000}"),
        (r"`\u{`", r"\u{"),
        (r"`\x`", r"\x"),
        (r"`\xg`", r"\xg"),
        (r"`\01`", r"\01"),
        (r"`\1`", r"\1"),
        (r"`\8`", r"\8"),
    ] {
        assert_eq!(token(src), no_subst(None, raw), "{src}");
    }
    // Only the chunk with the bad escape loses its cooked value.
    assert_eq!(
        tokens(r"tag`\u${x}ok`"),
        vec![ident("tag"), Token::TemplateHead { cooked: None, raw: utf16(r"\u") }, ident("x"), tail("ok", "ok"),]
    );
    // `\0` followed by a non-digit is fine.
    assert_eq!(token(r"`\0x`"), no_subst(Some("\0x"), r"\0x"));
}

#[test]
fn carriage_returns_are_normalized() {
    assert_eq!(token("`a\r\nb\rc`"), no_subst(Some("a\nb\nc"), "a\nb\nc"));
    // A line continuation contributes nothing cooked, but stays in the raw value.
    assert_eq!(token("`a\\\r\nb`"), no_subst(Some("ab"), "a\\\nb"));
    assert_eq!(token("`a\\\nb`"), no_subst(Some("ab"), "a\\\nb"));
}

#[test]
fn non_ascii_and_lone_surrogates() {
    assert_eq!(token("`é😀`"), no_subst(Some("é😀"), "é😀"));
    match token(r"`\uD800`") {
        Token::NoSubstTemplate { cooked: Some(cooked), raw } => {
            assert_eq!(&cooked[..], &[0xD800]);
            assert_eq!(raw, utf16(r"\uD800"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unterminated_templates() {
    for src in ["`abc", "`abc${x}def", "`a\\`", "`\\", "`${`"] {
        assert_eq!(message(src), "Unterminated template literal", "{src}");
    }
    assert_eq!(error("x = `abc").offset, 4);
    // A substitution left open is the parser's business (the lexer just ends).
    assert_eq!(kinds("`${x"), ["head", "id"]);
}
