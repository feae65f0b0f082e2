//! SyntaxError values, their messages for lalrpop/lexer failures, and the Node-style report.

use lalrpop_util::ParseError;
use minijs_lexer::{LexError, Token};

use crate::ast::Span;
use crate::tokens::Tok;

/// A SyntaxError found before any code runs.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    /// Byte offsets of the offending token (`start == end` at end of input).
    pub span: (usize, usize),
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> Self {
        SyntaxError { message: message.into(), span }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SyntaxError: {}", self.message)
    }
}

impl std::error::Error for SyntaxError {}

pub(crate) fn from_lex(src: &str, e: LexError) -> SyntaxError {
    let end = next_char_boundary(src, e.offset);
    SyntaxError::new(e.message, (e.offset, end))
}

fn next_char_boundary(src: &str, offset: usize) -> usize {
    src.get(offset..).and_then(|rest| rest.chars().next()).map_or(offset, |c| offset + c.len_utf8())
}

/// Turns lalrpop's error into the message V8 would print.
pub(crate) fn from_parse(src: &str, e: ParseError<usize, Tok, SyntaxError>) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("Invalid or unexpected token", (location, next_char_boundary(src, location)))
        }
        ParseError::UnrecognizedEof { .. } => SyntaxError::new("Unexpected end of input", (src.len(), src.len())),
        ParseError::UnrecognizedToken { token: (lo, tok, hi), .. } | ParseError::ExtraToken { token: (lo, tok, hi) } => {
            unexpected_token(src, &tok, lo, hi)
        }
    }
}

/// "Unexpected token 'x'" and its special cases, for the token `tok` at `lo..hi`.
pub(crate) fn unexpected_token(src: &str, tok: &Tok, lo: usize, hi: usize) -> SyntaxError {
    let text = src.get(lo..hi).unwrap_or("");
    let message = match tok {
        Tok::ArrowBrace => "Unexpected token '{'".to_string(),
        Tok::Lex(t) => match t {
            Token::Ident(_) | Token::PrivateName(_) => format!("Unexpected identifier '{text}'"),
            Token::EscapedKeyword(_) => "Keyword must not contain escaped characters".to_string(),
            Token::Number(_) | Token::BigInt(_) => "Unexpected number".to_string(),
            Token::String { .. } => "Unexpected string".to_string(),
            Token::NoSubstTemplate { .. } | Token::TemplateHead { .. } | Token::TemplateMiddle { .. } | Token::TemplateTail { .. } => {
                "Unexpected template string".to_string()
            }
            Token::Regex { .. } => "Unexpected regular expression".to_string(),
            Token::Semicolon if lo == hi && preceded_by_throw(src, lo) => "Illegal newline after throw".to_string(),
            Token::Eq
            | Token::PlusEq
            | Token::MinusEq
            | Token::StarEq
            | Token::SlashEq
            | Token::PercentEq
            | Token::StarStarEq
            | Token::ShlEq
            | Token::ShrEq
            | Token::UShrEq
            | Token::AmpEq
            | Token::PipeEq
            | Token::CaretEq
            | Token::AmpAmpEq
            | Token::PipePipeEq
            | Token::QuestionQuestionEq => "Invalid left-hand side in assignment".to_string(),
            Token::Let
            | Token::Static
            | Token::Implements
            | Token::Interface
            | Token::Package
            | Token::Private
            | Token::Protected
            | Token::Public
            | Token::Yield => "Unexpected strict mode reserved word".to_string(),
            Token::Async
            | Token::Of
            | Token::Get
            | Token::Set
            | Token::From
            | Token::As
            | Token::Target
            | Token::Meta
            | Token::Accessor => format!("Unexpected identifier '{text}'"),
            _ => format!("Unexpected token '{text}'"),
        },
    };
    SyntaxError::new(message, (lo, hi.max(next_char_boundary(src, lo).min(src.len()))))
}

fn preceded_by_throw(src: &str, offset: usize) -> bool {
    src.get(..offset).is_some_and(|before| before.trim_end().ends_with("throw"))
}

/// Line terminators of ECMAScript: LF, CR, CRLF, LS, PS.
fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// 1-based line and column (in UTF-16 code units of that line) of a byte offset.
pub fn line_col(src: &str, byte_offset: usize) -> (u32, u32) {
    let (line_start, line) = line_start_of(src, byte_offset);
    let end = byte_offset.min(src.len());
    let col: usize = src.get(line_start..end).map_or(0, |s| s.chars().map(char::len_utf16).sum());
    (line, col as u32 + 1)
}

/// The byte offset where the line holding `byte_offset` starts, and its 1-based number.
fn line_start_of(src: &str, byte_offset: usize) -> (usize, u32) {
    let mut line = 1u32;
    let mut start = 0usize;
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= byte_offset {
            break;
        }
        if is_line_terminator(c) {
            let mut next = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = chars.peek()
            {
                if j >= byte_offset {
                    break;
                }
                chars.next();
                next = j + 1;
            }
            line += 1;
            start = next;
        }
    }
    (start, line)
}

/// Node's report of a SyntaxError:
///
/// ```text
/// /path/file.js:3:9
///     await x;
///     ^^^^^
///
/// SyntaxError: await is only valid in async functions and the top level bodies of modules
/// ```
pub fn render_syntax_error(err: &SyntaxError, file_name: &str, src: &str) -> String {
    let (start, end) = err.span;
    let (line, col) = line_col(src, start);
    let (line_start, _) = line_start_of(src, start);
    let rest = src.get(line_start..).unwrap_or("");
    let line_text = rest.split(is_line_terminator).next().unwrap_or("");
    let line_end = line_start + line_text.len();
    let indent: String =
        src.get(line_start..start.min(line_end)).unwrap_or("").chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let marked: usize = src.get(start.min(line_end)..end.clamp(start, line_end)).map_or(0, |s| s.chars().map(char::len_utf16).sum());
    let carets = "^".repeat(marked.max(1));
    format!("{file_name}:{line}:{col}\n{line_text}\n{indent}{carets}\n\nSyntaxError: {}", err.message)
}
