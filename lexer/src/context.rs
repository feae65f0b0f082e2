//! Syntactic context tracked from the tokens already emitted, for the decisions the lexical
//! grammar leaves to the parser (which lalrpop cannot feed back to the lexer):
//!
//! - **`/` starts a regular expression or is division.** Decided from the previous token: after
//!   something that ends an operand (identifier, literal, `this`, `)`, `]`, `}` of an object
//!   literal or of a function/class *expression*, postfix `++`) it is division; elsewhere a regex.
//! - **`)` then `/`**: division, except when the parentheses belong to `if`/`while`/`for`/`with`
//!   (Esprima's rule), so `if (x) /re/.test(s)` works. A `)` closing `(...)` after another
//!   keyword or a call is division.
//! - **`}` then `/`**: the `{` was classified when it was opened: a *block* (statement start,
//!   after `)`, after `=>`, after an identifier or `else`/`do`/`try`/`finally`, after a label or
//!   `case x:`) leaves a statement start, so `/` is a regex; an *object literal* (after an
//!   operator, `(`, `[`, `,`, `=`, `return`...) leaves an operand, so `/` is division. Function
//!   and class bodies follow the kind of function: a declaration body is like a block, an
//!   expression body like an operand. A `:` is a label/`case` colon only when no `?` of a
//!   conditional is waiting for it in the same bracket.
//!
//! Known misreadings (all rare, and checked against acorn on ~24k test262/Node files with no
//! difference): `export default function(){}` then a regex on the next line (read as
//! division); a regex right after a prefix `++`/`--` (`++/re/.lastIndex`, division); after
//! `for await (...)` and after `of` in `for (x of /re/...)` (division); `yield`/`await` used as
//! plain identifiers followed by a division (read as a regex).
//! - **`}` closing a `${` substitution** resumes the template: the brace stack records it.
//! - **Restricted productions** need to know that `return` is a statement keyword, not a
//!   property name (`a.return`, `{ return: 1 }`, a method named `return` in a class).
//!
//! Property names: any keyword right after `.` or `?.` is a name and acts like an identifier.

use crate::Token;

/// What the previous token leaves the parser expecting.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    /// Start of a statement: `/` is a regex, `{` is a block.
    Statement,
    /// An operand is expected: `/` is a regex, `{` is an object literal.
    Operand,
    /// An operand just ended: `/` is division.
    AfterOperand,
}

/// A function or class body whose `{` has not been reached yet.
#[derive(Clone, Copy, Debug, PartialEq)]
enum PendingBody {
    Function { expression: bool },
    Class { expression: bool },
}

/// An open bracket.
#[derive(Clone, Copy, Debug, PartialEq)]
enum FrameKind {
    /// The whole program; never popped.
    Top,
    /// `(`; `control` when it follows `if`/`while`/`for`/`with`/`switch`/`catch`.
    Paren {
        control: bool,
    },
    Bracket,
    Block,
    Object,
    FunctionBody {
        expression: bool,
    },
    ClassBody {
        expression: bool,
    },
    /// `${` of a template: its `}` resumes the template.
    TemplateSubstitution,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    kind: FrameKind,
    /// `?` of conditional expressions whose `:` has not come yet, so that `:` can be told
    /// apart from a label or `case` colon.
    open_conditionals: u32,
    /// Set by `function`/`class`; the next `{` in this frame is that body.
    pending_body: Option<PendingBody>,
}

impl Frame {
    fn new(kind: FrameKind) -> Frame {
        Frame { kind, open_conditionals: 0, pending_body: None }
    }
}

/// The context state; feed every emitted token to `observe`.
#[derive(Debug)]
pub(crate) struct Context {
    frames: Vec<Frame>,
    slot: Slot,
    /// The slot before the previous token (to see through `async` in `async function`).
    slot_before_previous: Slot,
    previous: Option<Token>,
    /// The previous token was `.` or `?.`, so a keyword now is a property name.
    after_dot: bool,
}

impl Context {
    pub(crate) fn new() -> Context {
        Context {
            frames: vec![Frame::new(FrameKind::Top)],
            slot: Slot::Statement,
            slot_before_previous: Slot::Statement,
            previous: None,
            after_dot: false,
        }
    }

    /// Whether a `/` here starts a regular expression literal.
    pub(crate) fn regex_allowed(&self) -> bool {
        self.slot != Slot::AfterOperand
    }

    /// Whether a `}` here closes a template substitution.
    pub(crate) fn in_template_substitution(&self) -> bool {
        self.top().kind == FrameKind::TemplateSubstitution
    }

    /// Whether `token` (about to be emitted) is `return`/`break`/`continue`/`throw` used as a
    /// statement keyword, so that a line break after it ends the statement.
    pub(crate) fn is_restricted_statement_keyword(&self, token: &Token) -> bool {
        matches!(token, Token::Return | Token::Break | Token::Continue | Token::Throw)
            && !self.after_dot
            && matches!(self.top().kind, FrameKind::Top | FrameKind::Block | FrameKind::FunctionBody { .. })
    }

    fn top(&self) -> &Frame {
        // `frames[0]` (Top) is never popped; the fallback is never used.
        const TOP: Frame = Frame { kind: FrameKind::Top, open_conditionals: 0, pending_body: None };
        self.frames.last().unwrap_or(&TOP)
    }

    fn top_mut(&mut self) -> Option<&mut Frame> {
        self.frames.last_mut()
    }

    fn push(&mut self, kind: FrameKind) {
        self.frames.push(Frame::new(kind));
    }

    /// Pops the top frame if `accept` says it is the one being closed. The Top frame stays.
    fn pop_if(&mut self, accept: impl Fn(FrameKind) -> bool) -> Option<FrameKind> {
        let kind = self.top().kind;
        if self.frames.len() > 1 && accept(kind) {
            self.frames.pop();
            Some(kind)
        } else {
            None
        }
    }

    /// Records an emitted token.
    pub(crate) fn observe(&mut self, token: &Token) {
        let property_name = self.after_dot && token.keyword_text().is_some();
        let slot = if property_name { Slot::AfterOperand } else { self.after_token(token) };
        self.after_dot = matches!(token, Token::Dot | Token::QuestionDot);
        self.slot_before_previous = self.slot;
        self.slot = slot;
        // A keyword used as a property name (`a.if`) must not act as that keyword later
        // (`a.if(x) / 2` is a call, not an `if` header).
        self.previous = if property_name { None } else { Some(token.clone()) };
    }

    /// Updates the brackets for `token` and returns the slot after it.
    fn after_token(&mut self, token: &Token) -> Slot {
        use Token::*;
        match token {
            LBrace => {
                let kind = self.classify_brace();
                self.push(kind);
                if kind == FrameKind::Object { Slot::Operand } else { Slot::Statement }
            }
            RBrace => match self.pop_if(is_brace) {
                Some(FrameKind::Object)
                | Some(FrameKind::FunctionBody { expression: true })
                | Some(FrameKind::ClassBody { expression: true }) => Slot::AfterOperand,
                _ => Slot::Statement,
            },
            LParen => {
                let control = matches!(self.previous, Some(If | While | For | With | Switch | Catch));
                self.push(FrameKind::Paren { control });
                Slot::Operand
            }
            RParen => match self.pop_if(|k| matches!(k, FrameKind::Paren { .. })) {
                Some(FrameKind::Paren { control: true }) => Slot::Statement,
                _ => Slot::AfterOperand,
            },
            LBracket => {
                self.push(FrameKind::Bracket);
                Slot::Operand
            }
            RBracket => {
                self.pop_if(|k| k == FrameKind::Bracket);
                Slot::AfterOperand
            }
            TemplateHead { .. } => {
                self.push(FrameKind::TemplateSubstitution);
                Slot::Operand
            }
            TemplateMiddle { .. } => Slot::Operand,
            TemplateTail { .. } => {
                self.pop_if(|k| k == FrameKind::TemplateSubstitution);
                Slot::AfterOperand
            }
            Question => {
                if let Some(frame) = self.top_mut() {
                    frame.open_conditionals += 1;
                }
                Slot::Operand
            }
            Colon => self.after_colon(),
            Function => {
                let expression = self.function_is_expression();
                self.set_pending_body(PendingBody::Function { expression });
                Slot::Operand
            }
            Class => {
                let expression = self.slot == Slot::Operand;
                self.set_pending_body(PendingBody::Class { expression });
                Slot::Operand
            }
            Semicolon | Else | Do | Try | Finally | Catch | Debugger => Slot::Statement,
            // Operands, and words that behave as identifiers.
            Ident(_)
            | EscapedKeyword(_)
            | PrivateName(_)
            | Number(_)
            | BigInt(_)
            | String { .. }
            | Regex { .. }
            | NoSubstTemplate { .. }
            | This
            | Super
            | Null
            | True
            | False => Slot::AfterOperand,
            Let | Static | Async | Of | Get | Set | From | As | Target | Meta | Accessor | Implements | Interface | Package | Private
            | Protected | Public => Slot::AfterOperand,
            // Postfix is far more common than prefix before a `/`.
            PlusPlus | MinusMinus | PlusPlusNl | MinusMinusNl => Slot::AfterOperand,
            // Every other punctuator and keyword (`return`, `typeof`, `in`, `=>`, `yield`...)
            // is followed by an operand.
            _ => Slot::Operand,
        }
    }

    /// The kind of a `{` about to be opened.
    fn classify_brace(&mut self) -> FrameKind {
        if let Some(pending) = self.top_mut().and_then(|frame| frame.pending_body.take()) {
            return match pending {
                PendingBody::Function { expression } => FrameKind::FunctionBody { expression },
                PendingBody::Class { expression } => FrameKind::ClassBody { expression },
            };
        }
        if self.previous == Some(Token::Arrow) {
            return FrameKind::Block;
        }
        match self.slot {
            Slot::Operand => FrameKind::Object,
            Slot::Statement | Slot::AfterOperand => FrameKind::Block,
        }
    }

    /// `:` ends the test of a conditional, separates a property from its value, or ends a label
    /// or `case`/`default` clause (then a statement follows).
    fn after_colon(&mut self) -> Slot {
        let Some(frame) = self.top_mut() else {
            return Slot::Operand;
        };
        if frame.open_conditionals > 0 {
            frame.open_conditionals -= 1;
            return Slot::Operand;
        }
        match frame.kind {
            FrameKind::Top | FrameKind::Block | FrameKind::FunctionBody { .. } => Slot::Statement,
            _ => Slot::Operand,
        }
    }

    /// `function` in operand position is an expression; `async function` looks through `async`.
    fn function_is_expression(&self) -> bool {
        let slot = if self.previous == Some(Token::Async) { self.slot_before_previous } else { self.slot };
        slot == Slot::Operand
    }

    fn set_pending_body(&mut self, body: PendingBody) {
        if let Some(frame) = self.top_mut() {
            frame.pending_body = Some(body);
        }
    }
}

fn is_brace(kind: FrameKind) -> bool {
    matches!(kind, FrameKind::Block | FrameKind::Object | FrameKind::FunctionBody { .. } | FrameKind::ClassBody { .. })
}
