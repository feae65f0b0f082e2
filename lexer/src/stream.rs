//! The token stream: drives the logos scanner, drops trivia while remembering line breaks,
//! hands the context-dependent pieces to the hand-written scanners, and applies the
//! restricted productions so that the grammar does not have to.

use logos::Logos;

use crate::chars::{byte_at, char_at, is_id_start, is_line_terminator, is_whitespace, line_end};
use crate::context::Context;
use crate::ident::{name_token, scan_identifier_name};
use crate::number::scan_number;
use crate::raw::Raw;
use crate::regexp::scan_regex;
use crate::string::scan_string;
use crate::template::scan_template;
use crate::{LexError, Lexed, Token};

pub(crate) fn tokenize(src: &str) -> Result<Lexed, LexError> {
    let mut stream = Stream {
        src,
        raw: Raw::lexer(src),
        out: Lexed::default(),
        context: Context::new(),
        newline: false,
        restricted_keyword_before: false,
    };
    stream.run()?;
    Ok(stream.out)
}

struct Stream<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Raw>,
    out: Lexed,
    context: Context,
    /// A line terminator (or a comment containing one) since the last emitted token.
    newline: bool,
    /// The last emitted token is `return`/`break`/`continue`/`throw` as a statement keyword.
    restricted_keyword_before: bool,
}

impl Stream<'_> {
    fn run(&mut self) -> Result<(), LexError> {
        while let Some(raw) = self.raw.next() {
            let span = self.raw.span();
            let raw = raw.map_err(|()| LexError::invalid_token(span.start))?;
            match raw {
                Raw::LineTerminators => self.newline = true,
                Raw::LineComment => {}
                Raw::BlockCommentStart => self.block_comment(span.start)?,
                Raw::HtmlOpenComment => self.skip_rest_of_line()?,
                Raw::HtmlCloseCandidate => self.html_close_comment(span.start)?,
                Raw::AsciiName => self.name(span.start, span.end, None)?,
                Raw::Keyword(keyword) => self.name(span.start, span.end, Some(keyword))?,
                Raw::Punct(token) => self.punctuator(token, span.start, span.end)?,
                Raw::NumberStart => {
                    let (token, end) = scan_number(self.src, span.start)?;
                    self.emit_scanned(span.start, token, end)?;
                }
                Raw::Quote => {
                    let (token, end) = scan_string(self.src, span.start)?;
                    self.emit_scanned(span.start, token, end)?;
                }
                Raw::Backtick => {
                    let (token, end) = scan_template(self.src, span.start, false)?;
                    self.emit_scanned(span.start, token, end)?;
                }
                Raw::Hash => self.hash(span.start)?,
                Raw::Backslash => self.escaped_name(span.start)?,
                Raw::NonAscii => self.non_ascii(span.start)?,
            }
        }
        Ok(())
    }

    /// Moves the logos scanner to `end` (past a piece scanned by hand).
    fn advance_to(&mut self, end: usize) -> Result<(), LexError> {
        let current = self.raw.span().end;
        // `bump` panics off a char boundary; every scanner returns boundaries, but check anyway.
        if end < current || end > self.src.len() || !self.src.is_char_boundary(end) {
            return Err(LexError::invalid_token(current));
        }
        self.raw.bump(end - current);
        Ok(())
    }

    fn emit_scanned(&mut self, start: usize, token: Token, end: usize) -> Result<(), LexError> {
        self.advance_to(end)?;
        self.emit(start, token, end);
        Ok(())
    }

    /// Appends a token, applying the restricted productions:
    /// - `return`/`break`/`continue`/`throw`, then a line break, then a token other than `;`:
    ///   an empty `;` is inserted before that token (for `throw` this makes the parse fail,
    ///   as it must);
    /// - `++`/`--` after a line break can only be prefix operators.
    fn emit(&mut self, start: usize, token: Token, end: usize) {
        let newline = std::mem::take(&mut self.newline);
        if std::mem::take(&mut self.restricted_keyword_before) && newline && token != Token::Semicolon {
            self.push(start, Token::Semicolon, start, true);
        }
        let token = match token {
            Token::PlusPlus if newline => Token::PlusPlusNl,
            Token::MinusMinus if newline => Token::MinusMinusNl,
            token => token,
        };
        self.restricted_keyword_before = self.context.is_restricted_statement_keyword(&token);
        self.push(start, token, end, newline);
    }

    fn push(&mut self, start: usize, token: Token, end: usize, newline_before: bool) {
        self.context.observe(&token);
        self.out.tokens.push((start, token, end));
        self.out.newline_before.push(newline_before);
    }

    /// `/* ... */`; counts as a line break when it contains one.
    fn block_comment(&mut self, start: usize) -> Result<(), LexError> {
        let body_start = start + 2;
        let body = self.src.get(body_start..).unwrap_or("");
        let length = body.find("*/").ok_or(LexError::invalid_token(start))?;
        if body.get(..length).is_some_and(|text| text.contains(['\n', '\r', '\u{2028}', '\u{2029}'])) {
            self.newline = true;
        }
        self.advance_to(body_start + length + 2)
    }

    fn skip_rest_of_line(&mut self) -> Result<(), LexError> {
        let end = line_end(self.src, self.raw.span().end);
        self.advance_to(end)
    }

    /// `-->` is a comment at the start of a line (only whitespace and comments before it on
    /// that line) or of the input; elsewhere it is `--` followed by `>` (`x-->0`).
    fn html_close_comment(&mut self, start: usize) -> Result<(), LexError> {
        if self.newline || self.out.tokens.is_empty() {
            return self.skip_rest_of_line();
        }
        self.punctuator(Token::MinusMinus, start, start + 2)?;
        // logos took only one `>`; it may begin `>=`, `>>`, `>>>=`...
        let (token, end) = greater_than_punctuator(self.src, start + 2);
        self.emit_scanned(start + 2, token, end)
    }

    fn punctuator(&mut self, token: Token, start: usize, end: usize) -> Result<(), LexError> {
        match token {
            Token::Slash | Token::SlashEq if self.context.regex_allowed() => {
                let (regex, end) = scan_regex(self.src, start)?;
                self.emit_scanned(start, regex, end)
            }
            Token::RBrace if self.context.in_template_substitution() => {
                let (chunk, end) = scan_template(self.src, start, true)?;
                self.emit_scanned(start, chunk, end)
            }
            // `?.` is one token unless a digit follows (`a?.5:0` is a conditional).
            Token::Question if byte_at(self.src, end) == Some(b'.') && !byte_at(self.src, end + 1).is_some_and(|b| b.is_ascii_digit()) => {
                self.emit_scanned(start, Token::QuestionDot, end + 1)
            }
            token => {
                self.emit(start, token, end);
                Ok(())
            }
        }
    }

    /// An ASCII name found by logos (`keyword` when it is a keyword). If an escape or a
    /// non-ASCII identifier character follows, the whole name is rescanned by hand.
    fn name(&mut self, start: usize, end: usize, keyword: Option<Token>) -> Result<(), LexError> {
        let continues = byte_at(self.src, end).is_some_and(|b| b == b'\\' || !b.is_ascii());
        if continues {
            return self.escaped_name(start);
        }
        let token = match keyword {
            Some(keyword) => keyword,
            None => Token::Ident(self.src.get(start..end).unwrap_or("").into()),
        };
        self.emit(start, token, end);
        Ok(())
    }

    /// An identifier name that needs the full scanner (escapes or non-ASCII characters).
    fn escaped_name(&mut self, start: usize) -> Result<(), LexError> {
        let scanned = scan_identifier_name(self.src, start)?.ok_or(LexError::invalid_token(start))?;
        let end = scanned.end;
        self.emit_scanned(start, name_token(scanned), end)
    }

    /// `#!` hashbang comment at offset 0, else a private name `#name`.
    fn hash(&mut self, start: usize) -> Result<(), LexError> {
        if start == 0 && byte_at(self.src, 1) == Some(b'!') {
            return self.skip_rest_of_line();
        }
        let scanned = scan_identifier_name(self.src, start + 1)?.ok_or(LexError::invalid_token(start))?;
        let end = scanned.end;
        self.emit_scanned(start, Token::PrivateName(scanned.name.into()), end)
    }

    /// A non-ASCII character: Unicode whitespace, LS/PS, or an identifier start.
    fn non_ascii(&mut self, start: usize) -> Result<(), LexError> {
        let c = char_at(self.src, start).ok_or(LexError::invalid_token(start))?;
        if is_whitespace(c) {
            Ok(())
        } else if is_line_terminator(c) {
            self.newline = true;
            Ok(())
        } else if is_id_start(c) {
            self.escaped_name(start)
        } else {
            Err(LexError::invalid_token(start))
        }
    }
}

/// The longest punctuator starting with the `>` at `pos`.
fn greater_than_punctuator(src: &str, pos: usize) -> (Token, usize) {
    let rest = src.get(pos..).unwrap_or("");
    let candidates = [(">>>=", Token::UShrEq), (">>>", Token::UShr), (">>=", Token::ShrEq), (">>", Token::Shr), (">=", Token::Ge)];
    for (text, token) in candidates {
        if rest.starts_with(text) {
            return (token, pos + text.len());
        }
    }
    (Token::Gt, pos + 1)
}
