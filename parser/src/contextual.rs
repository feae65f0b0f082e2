//! Decides, before parsing, the contextual-keyword cases an LR(1) grammar cannot: whether `let`,
//! `async`, `await` and `yield` are plain identifiers here, judged from their neighbours. The
//! grammar then sees `Token::Ident` for identifier uses and the keyword token otherwise; misuse
//! that the neighbours cannot reveal is left to `early_errors`.
//!
//! Also marks a `{` after `=>` as `Tok::ArrowBrace` (an arrow body, never an object literal).

use minijs_lexer::{Lexed, Token};

use crate::tokens::{Spanned, Tok};

pub fn rewrite(lexed: &Lexed) -> Vec<Spanned> {
    let toks = &lexed.tokens;
    let mut out = Vec::with_capacity(toks.len());
    for (i, (lo, tok, hi)) in toks.iter().enumerate() {
        let next = toks.get(i + 1).map(|t| &t.1);
        let next2 = toks.get(i + 2).map(|t| &t.1);
        // `await()` / `yield()`: an operand can never be `()`, so this is a call.
        let empty_call = next == Some(&Token::LParen) && next2 == Some(&Token::RParen);
        let next_on_new_line = lexed.newline_before.get(i + 1).copied().unwrap_or(false);
        let prev = i.checked_sub(1).and_then(|p| toks.get(p)).map(|t| &t.1);
        let prev2 = i.checked_sub(2).and_then(|p| toks.get(p)).map(|t| &t.1);
        let as_ident = match tok {
            Token::Let => !next.is_some_and(starts_let_binding),
            Token::Async => next_on_new_line || !continues_async(toks, i + 1),
            Token::Await => empty_call || !next.is_some_and(starts_unary),
            Token::Yield => {
                empty_call || next.is_some_and(only_continues_expression) || prev.is_some_and(|p| is_operator_before_operand(p, prev2))
            }
            _ => false,
        };
        let tok = if as_ident {
            Tok::Lex(Token::Ident(tok.keyword_text().unwrap_or_default().into()))
        } else if *tok == Token::LBrace && prev == Some(&Token::Arrow) {
            Tok::ArrowBrace
        } else {
            Tok::Lex(tok.clone())
        };
        out.push((*lo, tok, *hi));
    }
    out
}

/// Names and contextual keywords (each may be a binding identifier).
fn is_name(t: &Token) -> bool {
    use Token::*;
    matches!(
        t,
        Ident(_)
            | Let
            | Static
            | Async
            | Of
            | Get
            | Set
            | From
            | As
            | Target
            | Meta
            | Accessor
            | Implements
            | Interface
            | Package
            | Private
            | Protected
            | Public
            | Yield
            | Await
    )
}

/// `let` starts a declaration only when a binding follows.
fn starts_let_binding(t: &Token) -> bool {
    is_name(t) || matches!(t, Token::LBracket | Token::LBrace)
}

/// `async` is the keyword before `function`, arrow parameters and method names. `next` is the
/// index of the token after it.
fn continues_async(toks: &[(usize, Token, usize)], next: usize) -> bool {
    use Token::*;
    let Some(t) = toks.get(next).map(|t| &t.1) else {
        return false;
    };
    match t {
        In | Instanceof => false,
        // `async [k]() {}` is a method; `async[0]` an element of a variable.
        LBracket => method_follows(toks, next),
        // `async *m() {}` is a generator method; `async * 2` a product.
        Star => method_follows(toks, next + 1),
        Function | LParen | String { .. } | Number(_) | BigInt(_) | PrivateName(_) => true,
        _ => is_name(t) || t.keyword_text().is_some(),
    }
}

/// Whether a property name starting at `at` is followed by `(`.
fn method_follows(toks: &[(usize, Token, usize)], at: usize) -> bool {
    let after_name = match toks.get(at).map(|t| &t.1) {
        Some(Token::LBracket) => {
            let mut depth = 0usize;
            let mut j = at;
            loop {
                match toks.get(j).map(|t| &t.1) {
                    Some(Token::LBracket) => depth += 1,
                    Some(Token::RBracket) => {
                        depth -= 1;
                        if depth == 0 {
                            break j + 1;
                        }
                    }
                    None => return false,
                    _ => {}
                }
                j += 1;
            }
        }
        Some(_) => at + 1,
        None => return false,
    };
    matches!(toks.get(after_name).map(|t| &t.1), Some(Token::LParen))
}

/// Tokens that can begin a UnaryExpression (the operand of `await`).
fn starts_unary(t: &Token) -> bool {
    use Token::*;
    is_name(t)
        || matches!(
            t,
            Number(_)
                | BigInt(_)
                | String { .. }
                | Regex { .. }
                | NoSubstTemplate { .. }
                | TemplateHead { .. }
                | PrivateName(_)
                | LParen
                | LBracket
                | LBrace
                | Plus
                | Minus
                | Bang
                | Tilde
                | PlusPlus
                | MinusMinus
                | PlusPlusNl
                | MinusMinusNl
                | This
                | Function
                | Class
                | New
                | Typeof
                | Void
                | Delete
                | Null
                | True
                | False
                | Super
                | Import
        )
}

/// Tokens that can only continue an expression already started: after them `yield` must have
/// been an identifier, since a YieldExpression is never followed by one.
fn only_continues_expression(t: &Token) -> bool {
    use Token::*;
    matches!(
        t,
        Eq | PlusEq
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
            | Dot
            | QuestionDot
            | Question
            | EqEq
            | NotEq
            | EqEqEq
            | NotEqEq
            | Lt
            | Gt
            | Le
            | Ge
            | Shl
            | Shr
            | UShr
            | Amp
            | Pipe
            | Caret
            | AmpAmp
            | PipePipe
            | QuestionQuestion
            | Percent
            | StarStar
            | Slash
            | Instanceof
            | In
            | Arrow
            | PlusPlus
            | MinusMinus
    )
}

/// Operators after which an operand (a UnaryExpression) follows: a YieldExpression cannot
/// appear there, so `yield` is an identifier.
fn is_operator_before_operand(prev: &Token, before_prev: Option<&Token>) -> bool {
    use Token::*;
    match prev {
        // `yield* yield` / `function* yield`: the star belongs to the keyword before it.
        Star => !matches!(before_prev, Some(Yield | Function | Async | LBrace | RBrace | Semicolon | Comma)),
        _ => {
            matches!(
                prev,
                Plus | Minus
                    | Slash
                    | Percent
                    | StarStar
                    | EqEq
                    | NotEq
                    | EqEqEq
                    | NotEqEq
                    | Lt
                    | Gt
                    | Le
                    | Ge
                    | Shl
                    | Shr
                    | UShr
                    | Amp
                    | Pipe
                    | Caret
                    | AmpAmp
                    | PipePipe
                    | QuestionQuestion
                    | Bang
                    | Tilde
                    | Typeof
                    | Void
                    | Delete
                    | New
                    | In
                    | Instanceof
                    | PlusPlus
                    | MinusMinus
                    | PlusPlusNl
                    | MinusMinusNl
                    | Await
            )
        }
    }
}
