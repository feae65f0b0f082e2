//! What grammar actions may consult while parsing: the source text, where line breaks are (for
//! ASI and `[no LineTerminator here]`), and side tables for facts the AST does not record.

use std::cell::RefCell;

use lalrpop_util::{ErrorRecovery, ParseError};

use crate::ast::Span;
use crate::error::SyntaxError;
use crate::tokens::{Spanned, Tok};

pub type Recovery = ErrorRecovery<usize, Tok, SyntaxError>;
pub type PError = ParseError<usize, Tok, SyntaxError>;

#[derive(Debug, Default)]
pub struct SideTables {
    /// Starts of string literals written with a legacy octal escape (an error in strict code).
    pub legacy_octal_strings: Vec<usize>,
    /// `{ a = 1 }` shorthand initializers not (yet) consumed by a conversion to a pattern.
    pub pending_cover_inits: Vec<Span>,
    /// Starts of object/array literals whose spread element is followed by a trailing comma
    /// (`[...a,]`): fine as an expression, an error as a pattern.
    pub spread_then_comma: Vec<usize>,
}

pub struct ParseCtx<'s> {
    pub src: &'s str,
    /// Start offsets of every token, in source order.
    starts: Vec<usize>,
    /// Parallel to `starts`: a line terminator precedes the token.
    newline_before: Vec<bool>,
    pub side: RefCell<SideTables>,
}

impl<'s> ParseCtx<'s> {
    pub fn new(src: &'s str, tokens: &[Spanned], newline_before: &[bool]) -> Self {
        ParseCtx {
            src,
            starts: tokens.iter().map(|t| t.0).collect(),
            newline_before: newline_before.to_vec(),
            side: RefCell::new(SideTables::default()),
        }
    }

    /// Whether the token starting at `offset` follows a line terminator.
    pub fn newline_before(&self, offset: usize) -> bool {
        let first = self.starts.partition_point(|&s| s < offset);
        let starts = self.starts.get(first..).unwrap_or(&[]);
        let flags = self.newline_before.get(first..).unwrap_or(&[]);
        starts.iter().zip(flags).take_while(|(s, _)| **s == offset).any(|(_, nl)| *nl)
    }

    /// Whether some token starts in `lo..hi`.
    fn any_token_in(&self, lo: usize, hi: usize) -> bool {
        let first = self.starts.partition_point(|&s| s < lo);
        self.starts.get(first).is_some_and(|&s| s < hi)
    }

    /// The `!` error token reached a statement end. Accept it as an inserted semicolon only when
    /// recovery skipped nothing (no token dropped, no parsed token rolled back) and the spec's
    /// rule holds: the offending token follows a line break, is `}`, or is the end of input.
    /// `need_newline` is false after `do … while (…)`.
    pub fn insert_semicolon(&self, at: usize, e: Recovery, need_newline: bool) -> Result<(), PError> {
        match self.asi_newline_rule(at, &e) {
            Some(rule_ok) if rule_ok || !need_newline => Ok(()),
            _ => Err(e.error),
        }
    }

    /// After `export default <expr>`: recovery must be clean; the returned flag tells whether
    /// the newline rule also holds (needed unless the expression is a function or class).
    pub fn insert_semicolon_after_default(&self, at: usize, e: Recovery) -> Result<bool, PError> {
        match self.asi_newline_rule(at, &e) {
            Some(rule_ok) => Ok(rule_ok),
            None => Err(e.error),
        }
    }

    /// `None` when recovery was not clean; otherwise whether the newline/`}`/EOF rule holds.
    fn asi_newline_rule(&self, at: usize, e: &Recovery) -> Option<bool> {
        if !e.dropped_tokens.is_empty() {
            return None;
        }
        match &e.error {
            ParseError::UnrecognizedToken { token: (start, tok, _), .. } => {
                if self.any_token_in(at, *start) {
                    return None;
                }
                Some(self.newline_before(*start) || *tok == Tok::Lex(minijs_lexer::Token::RBrace))
            }
            ParseError::UnrecognizedEof { .. } => {
                if self.any_token_in(at, usize::MAX) {
                    return None;
                }
                Some(true)
            }
            _ => None,
        }
    }

    pub fn note_legacy_octal(&self, start: usize) {
        self.side.borrow_mut().legacy_octal_strings.push(start);
    }

    pub fn note_cover_init(&self, span: Span) {
        self.side.borrow_mut().pending_cover_inits.push(span);
    }

    /// A conversion to a pattern used the shorthand initializer at `span`.
    pub fn consume_cover_init(&self, span: Span) {
        self.side.borrow_mut().pending_cover_inits.retain(|s| *s != span);
    }

    pub fn note_spread_then_comma(&self, literal_start: usize) {
        self.side.borrow_mut().spread_then_comma.push(literal_start);
    }

    pub fn has_spread_then_comma(&self, literal_start: usize) -> bool {
        self.side.borrow().spread_then_comma.contains(&literal_start)
    }
}
