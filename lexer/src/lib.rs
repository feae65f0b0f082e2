//! minijs-lexer: ECMAScript source text → tokens for the lalrpop grammar.
#![forbid(unsafe_code)]

mod chars;
mod context;
mod error;
mod escape;
mod ident;
mod keyword;
mod number;
mod radix;
mod raw;
mod regexp;
mod stream;
mod string;
mod template;
mod token;

pub use number::is_legacy_number_literal;
pub use token::{Span, Token, Utf16};

/// The token stream of a whole source text, with the facts ASI needs.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// `(start, token, end)` byte offsets, in source order, as lalrpop consumes them.
    pub tokens: Vec<(usize, Token, usize)>,
    /// Parallel to `tokens`: a line terminator (or a comment containing one) precedes it.
    pub newline_before: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub message: String,
    /// Byte offset of the offending character.
    pub offset: usize,
}

/// Tokenizes a whole script or module.
///
/// Context decisions are already made in the result: a `/` is a `Token::Regex` where a regular
/// expression can start, a `}` that closes a `${` substitution is part of the following
/// `TemplateMiddle`/`TemplateTail`, an empty `Token::Semicolon` (`start == end`) is inserted
/// after `return`/`break`/`continue`/`throw` followed by a line break, and `++`/`--` after a
/// line break are `PlusPlusNl`/`MinusMinusNl`. See `context.rs` for the regex heuristics.
pub fn tokenize(src: &str) -> Result<Lexed, LexError> {
    stream::tokenize(src)
}
