//! Helpers shared by the lexer tests.
#![allow(dead_code)]

use minijs_lexer::{LexError, Token, Utf16, tokenize};

/// The tokens of `src`; the test fails on a lex error.
pub fn tokens(src: &str) -> Vec<Token> {
    match tokenize(src) {
        Ok(lexed) => lexed.tokens.into_iter().map(|(_, token, _)| token).collect(),
        Err(error) => panic!("unexpected lex error for {src:?}: {error:?}"),
    }
}

/// The single token of `src`.
pub fn token(src: &str) -> Token {
    let mut all = tokens(src);
    assert_eq!(all.len(), 1, "expected one token in {src:?}, got {all:?}");
    all.remove(0)
}

/// `(start, end)` of every token.
pub fn spans(src: &str) -> Vec<(usize, usize)> {
    match tokenize(src) {
        Ok(lexed) => lexed.tokens.iter().map(|(start, _, end)| (*start, *end)).collect(),
        Err(error) => panic!("unexpected lex error for {src:?}: {error:?}"),
    }
}

/// The newline-before flags of every token.
pub fn newlines(src: &str) -> Vec<bool> {
    match tokenize(src) {
        Ok(lexed) => {
            assert_eq!(lexed.tokens.len(), lexed.newline_before.len());
            lexed.newline_before
        }
        Err(error) => panic!("unexpected lex error for {src:?}: {error:?}"),
    }
}

/// The error for `src`; the test fails if it lexes.
pub fn error(src: &str) -> LexError {
    match tokenize(src) {
        Ok(lexed) => panic!("expected a lex error for {src:?}, got {:?}", lexed.tokens),
        Err(error) => error,
    }
}

/// The error message for `src`.
pub fn message(src: &str) -> String {
    error(src).message
}

pub fn utf16(text: &str) -> Utf16 {
    text.encode_utf16().collect::<Vec<u16>>().into()
}

pub fn ident(name: &str) -> Token {
    Token::Ident(name.into())
}

pub fn string(text: &str) -> Token {
    Token::String { value: utf16(text), legacy_octal: false }
}

pub fn number(value: f64) -> Token {
    Token::Number(value)
}

pub fn regex(pattern: &str, flags: &str) -> Token {
    Token::Regex { pattern: pattern.into(), flags: flags.into() }
}

/// Short names for the token kinds, for compact expectations: identifiers as `id`, regexes as
/// `re`, numbers as `num`, strings as `str`, template parts as `tpl`, everything else by Debug.
pub fn kinds(src: &str) -> Vec<String> {
    tokens(src)
        .into_iter()
        .map(|token| match token {
            Token::Ident(_) => "id".to_string(),
            Token::Regex { .. } => "re".to_string(),
            Token::Number(_) => "num".to_string(),
            Token::String { .. } => "str".to_string(),
            Token::NoSubstTemplate { .. } => "tpl".to_string(),
            Token::TemplateHead { .. } => "head".to_string(),
            Token::TemplateMiddle { .. } => "middle".to_string(),
            Token::TemplateTail { .. } => "tail".to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}
