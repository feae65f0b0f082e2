//! String literals and their escapes.
mod common;
use common::*;
use minijs_lexer::Token;

fn units(src: &str) -> Vec<u16> {
    match token(src) {
        Token::String { value, .. } => value.to_vec(),
        other => panic!("not a string: {other:?}"),
    }
}

fn is_legacy(src: &str) -> bool {
    match token(src) {
        Token::String { legacy_octal, .. } => legacy_octal,
        other => panic!("not a string: {other:?}"),
    }
}

#[test]
fn plain_strings() {
    assert_eq!(token(r#""abc""#), string("abc"));
    assert_eq!(token("'abc'"), string("abc"));
    assert_eq!(token(r#""it's""#), string("it's"));
    assert_eq!(token(r#"'say "hi"'"#), string("say \"hi\""));
    assert_eq!(token("''"), string(""));
    assert_eq!(token("'héllo 😀'"), string("héllo 😀"));
    assert_eq!(units("'😀'"), [0xD83D, 0xDE00]);
}

#[test]
fn single_character_escapes() {
    assert_eq!(token(r#""\n\t\b\f\v\r\0""#), string("\n\t\u{8}\u{C}\u{B}\r\0"));
    assert_eq!(token(r#""\'\"\\""#), string("'\"\\"));
    // NonEscapeCharacter stands for itself.
    assert_eq!(token(r#""\a\q\%\é""#), string("aq%é"));
}

#[test]
fn hex_and_unicode_escapes() {
    assert_eq!(token(r#""\x41\x7a""#), string("Az"));
    assert_eq!(token(r#""\u0041\u00e9""#), string("Aé"));
    assert_eq!(token(r#""\u{41}\u{1F600}\u{0000000041}""#), string("A😀A"));
    assert_eq!(token(r#""\u{10FFFF}""#), string("\u{10FFFF}"));
    assert_eq!(units(r#""\uD83D\uDE00""#), [0xD83D, 0xDE00]);
}

#[test]
fn lone_surrogates_stay_single_code_units() {
    assert_eq!(units(r#""\uD800""#), [0xD800]);
    assert_eq!(units(r#""\uDC00x""#), [0xDC00, u16::from(b'x')]);
    assert_eq!(units(r#""\u{D800}""#), [0xD800]);
}

#[test]
fn line_continuations() {
    assert_eq!(token("'a\\\nb'"), string("ab"));
    assert_eq!(token("'a\\\r\nb'"), string("ab"));
    assert_eq!(token("'a\\\rb'"), string("ab"));
    assert_eq!(token("'a\\\u{2028}b'"), string("ab"));
    assert_eq!(token("'a\\\u{2029}b'"), string("ab"));
}

#[test]
fn ls_and_ps_are_allowed_unescaped() {
    assert_eq!(token("'a\u{2028}b\u{2029}c'"), string("a\u{2028}b\u{2029}c"));
}

#[test]
fn legacy_octal_escapes() {
    assert_eq!(units(r#""\1""#), [1]);
    assert_eq!(units(r#""\12""#), [0o12]);
    assert_eq!(units(r#""\377""#), [0o377]);
    // `\400` is `\40` then `0`.
    assert_eq!(units(r#""\400""#), [0o40, u16::from(b'0')]);
    assert_eq!(units(r#""\08""#), [0, u16::from(b'8')]);
    assert_eq!(units(r#""\01""#), [1]);
    assert_eq!(units(r#""\8\9""#), [u16::from(b'8'), u16::from(b'9')]);
    for src in [r#""\1""#, r#""\01""#, r#""\08""#, r#""\777""#, r#""\8""#, r#""\9""#] {
        assert!(is_legacy(src), "{src}");
    }
    for src in [r#""\0""#, r#""\0a""#, r#""a""#, r#""\x01""#] {
        assert!(!is_legacy(src), "{src}");
    }
}

#[test]
fn escape_errors() {
    assert_eq!(message(r#""\x4""#), "Invalid hexadecimal escape sequence");
    assert_eq!(message(r#""\xG0""#), "Invalid hexadecimal escape sequence");
    assert_eq!(message(r#""\u12""#), "Invalid Unicode escape sequence");
    assert_eq!(message(r#""\u{}""#), "Invalid Unicode escape sequence");
    assert_eq!(message(r#""\u{12""#), "Invalid Unicode escape sequence");
    assert_eq!(message(r#""\u{110000}""#), "Undefined Unicode code-point");
    assert_eq!(message(r#""\u{FFFFFFFFFFFF}""#), "Undefined Unicode code-point");
    assert_eq!(error(r#"x = "\x4""#).offset, 5);
    // V8 reports the bad escape, not the missing quote.
    assert_eq!(message("\"\\u00"), "Invalid Unicode escape sequence");
}

#[test]
fn unterminated_strings() {
    for src in ["'abc", "\"abc", "'abc\ndef'", "'abc\rdef'", "'abc\\"] {
        let error = error(src);
        assert_eq!(error.message, "Invalid or unexpected token", "{src:?}");
    }
    assert_eq!(error("x = 'abc").offset, 4);
}
