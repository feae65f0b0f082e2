//! The parser's terminal type: the lexer's tokens plus virtual tokens made by `contextual.rs`.

use minijs_lexer::Token;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Lex(Token),
    /// A `{` right after `=>`: always the start of an arrow function body, never an object
    /// literal. Making it a separate terminal keeps concise bodies LR(1).
    ArrowBrace,
}

/// A token with its byte span, as lalrpop consumes it.
pub type Spanned = (usize, Tok, usize);
