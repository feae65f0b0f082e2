//! A bound on how deeply the source nests, checked on the token stream before parsing.
//!
//! The parser itself is a table-driven LR machine, but the AST it builds is recursive and so are
//! the passes over it (early errors, the compiler, `Drop`). Without a bound, input such as ten
//! thousand `(` overflows the Rust stack, which aborts the process. The estimate counts open
//! brackets (a `{` weighs more: blocks and function bodies cost the walkers more stack) plus the
//! operators chained at the innermost level, a proxy for left-nested operator trees.

use minijs_lexer::Token;

use crate::error::SyntaxError;
use crate::tokens::{Spanned, Tok};

/// Budget in weighted levels; about 1000 parentheses or 120 nested functions. Calibrated so
/// that a debug build walks the deepest accepted tree within a 2 MiB thread stack.
const MAX_DEPTH: usize = 1000;
const BRACE_WEIGHT: usize = 8;

pub fn check(tokens: &[Spanned], newline_before: &[bool]) -> Result<(), SyntaxError> {
    // Per open bracket: its weight and the operators chained inside it so far.
    let mut levels: Vec<(usize, usize)> = Vec::new();
    let mut total = 0usize;
    let mut operators = 0usize;
    for (i, (lo, tok, hi)) in tokens.iter().enumerate() {
        if newline_before.get(i).copied().unwrap_or(false) {
            operators = 0;
        }
        match tok {
            Tok::Lex(Token::LParen | Token::LBracket | Token::TemplateHead { .. }) => {
                levels.push((1, operators));
                total += 1 + operators;
                operators = 0;
            }
            Tok::Lex(Token::LBrace) | Tok::ArrowBrace => {
                levels.push((BRACE_WEIGHT, operators));
                total += BRACE_WEIGHT + operators;
                operators = 0;
            }
            Tok::Lex(Token::RParen | Token::RBracket | Token::RBrace | Token::TemplateTail { .. }) => {
                if let Some((weight, outer_operators)) = levels.pop() {
                    total = total.saturating_sub(weight + outer_operators);
                    // The closed group is one more link in the enclosing chain (`f()()`).
                    operators = outer_operators + 1;
                }
            }
            Tok::Lex(Token::Comma | Token::Semicolon) => operators = 0,
            // Statements nested without braces (`else if` chains, loop bodies).
            Tok::Lex(Token::If | Token::Else | Token::While | Token::For | Token::With | Token::Do) => operators += 2,
            Tok::Lex(t) if is_chaining(t) => operators += 1,
            _ => {}
        }
        if total + operators > MAX_DEPTH {
            return Err(SyntaxError::new("Maximum call stack size exceeded", (*lo, *hi)));
        }
    }
    Ok(())
}

/// Tokens that nest the expression tree one level deeper on one side.
fn is_chaining(t: &Token) -> bool {
    use Token::*;
    matches!(
        t,
        Dot | QuestionDot
            | Plus
            | Minus
            | Star
            | Slash
            | Percent
            | StarStar
            | Shl
            | Shr
            | UShr
            | Amp
            | Pipe
            | Caret
            | AmpAmp
            | PipePipe
            | QuestionQuestion
            | EqEq
            | NotEq
            | EqEqEq
            | NotEqEq
            | Lt
            | Gt
            | Le
            | Ge
            | In
            | Instanceof
            | Bang
            | Tilde
            | Typeof
            | Void
            | Delete
            | Await
            | Yield
            | New
            | PlusPlus
            | MinusMinus
            | PlusPlusNl
            | MinusMinusNl
            | Question
            | Colon
            | Arrow
            | Eq
            | PlusEq
            | MinusEq
            | StarEq
            | SlashEq
            | PercentEq
            | StarStarEq
            | ShlEq
            | ShrEq
            | UShrEq
            | AmpEq
            | PipeEq
            | CaretEq
            | AmpAmpEq
            | PipePipeEq
            | QuestionQuestionEq
            | Ellipsis
    )
}
