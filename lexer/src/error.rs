//! `LexError` and the messages it carries, worded like V8's so that error output matches Node.

use crate::LexError;

pub(crate) const INVALID_TOKEN: &str = "Invalid or unexpected token";
pub(crate) const UNTERMINATED_TEMPLATE: &str = "Unterminated template literal";
pub(crate) const UNTERMINATED_REGEX: &str = "Invalid regular expression: missing /";
pub(crate) const INVALID_REGEX_FLAGS: &str = "Invalid regular expression flags";
pub(crate) const INVALID_HEX_ESCAPE: &str = "Invalid hexadecimal escape sequence";
pub(crate) const INVALID_UNICODE_ESCAPE: &str = "Invalid Unicode escape sequence";
pub(crate) const UNDEFINED_CODE_POINT: &str = "Undefined Unicode code-point";
pub(crate) const SEPARATOR_AT_END: &str = "Numeric separators are not allowed at the end of numeric literals";
pub(crate) const SEPARATOR_DOUBLED: &str = "Only one underscore is allowed as numeric separator";
pub(crate) const SEPARATOR_AFTER_LEADING_ZERO: &str = "Numeric separator can not be used after leading 0.";

impl LexError {
    pub(crate) fn new(message: &str, offset: usize) -> LexError {
        LexError { message: message.to_string(), offset }
    }

    pub(crate) fn invalid_token(offset: usize) -> LexError {
        LexError::new(INVALID_TOKEN, offset)
    }
}

impl std::fmt::Display for LexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SyntaxError: {} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for LexError {}
