//! The tokens the parser sees. This enum is the contract between `minijs-lexer` and the lalrpop
//! grammar in `minijs-parser`: every terminal of the grammar is one variant here.
//!
//! Context decisions (regex vs `/`, template resumption after `}`, newlines before tokens,
//! restricted productions) are already made by the token stream (`stream.rs`), so the grammar
//! stays LR(1) and never needs to talk back to the lexer.

use std::rc::Rc;

/// A string value as ECMAScript sees it: UTF-16 code units (lone surrogates survive).
pub type Utf16 = Rc<[u16]>;

/// Byte offsets into the source, `start..end`.
pub type Span = (usize, usize);

#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    // ---- names and literals
    /// An IdentifierName that is not a reserved word and not one of the contextual keywords below.
    /// Unicode escapes are already decoded.
    Ident(Rc<str>),
    /// An identifier name spelled with `\u` escapes whose value is a reserved word
    /// (`\u0069f`): not a keyword and not an identifier, usable only as a property name
    /// (`a.\u0069f`, `{ \u0069f: 1 }`). Escaped contextual keywords and escaped
    /// `await`/`yield` are `Ident` instead.
    EscapedKeyword(Rc<str>),
    /// `#name` (the `#` is not part of the payload).
    PrivateName(Rc<str>),
    Number(f64),
    /// BigInt literal digits without the trailing `n`, normalized to decimal.
    BigInt(Rc<str>),
    /// A string literal, decoded. `legacy_octal` is true when it used a legacy octal escape
    /// (`"\01"`), which is an early error in strict code.
    String {
        value: Utf16,
        legacy_octal: bool,
    },
    /// `/pattern/flags`, produced only where a regular expression can start.
    Regex {
        pattern: Rc<str>,
        flags: Rc<str>,
    },
    /// `` `text` `` with no substitutions. `cooked` is `None` when the text has an invalid escape
    /// (allowed only in tagged templates).
    NoSubstTemplate {
        cooked: Option<Utf16>,
        raw: Utf16,
    },
    /// `` `text${ ``
    TemplateHead {
        cooked: Option<Utf16>,
        raw: Utf16,
    },
    /// `}text${` (the stream resumes the template at the `}` that closes a substitution)
    TemplateMiddle {
        cooked: Option<Utf16>,
        raw: Utf16,
    },
    /// `` }text` ``
    TemplateTail {
        cooked: Option<Utf16>,
        raw: Utf16,
    },

    // ---- reserved words
    Await,
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    Instanceof,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    Yield,

    // ---- contextual keywords: identifiers in most places, so the grammar accepts each of them
    // wherever an identifier is allowed as well.
    Let,
    Static,
    Async,
    Of,
    Get,
    Set,
    From,
    As,
    Target,
    Meta,
    Accessor,
    Implements,
    Interface,
    Package,
    Private,
    Protected,
    Public,

    // ---- punctuators
    LBrace,     // {
    RBrace,     // }
    LParen,     // (
    RParen,     // )
    LBracket,   // [
    RBracket,   // ]
    Dot,        // .
    Ellipsis,   // ...
    Semicolon,  // ;
    Comma,      // ,
    Lt,         // <
    Gt,         // >
    Le,         // <=
    Ge,         // >=
    EqEq,       // ==
    NotEq,      // !=
    EqEqEq,     // ===
    NotEqEq,    // !==
    Plus,       // +
    Minus,      // -
    Star,       // *
    Slash,      // /
    Percent,    // %
    StarStar,   // **
    PlusPlus,   // ++ (postfix or prefix)
    MinusMinus, // -- (postfix or prefix)
    /// `++` preceded by a line terminator: can only be prefix (restricted production).
    PlusPlusNl,
    /// `--` preceded by a line terminator: can only be prefix.
    MinusMinusNl,
    Shl,                // <<
    Shr,                // >>
    UShr,               // >>>
    Amp,                // &
    Pipe,               // |
    Caret,              // ^
    Bang,               // !
    Tilde,              // ~
    AmpAmp,             // &&
    PipePipe,           // ||
    QuestionQuestion,   // ??
    Question,           // ?
    QuestionDot,        // ?. (not followed by a digit)
    Colon,              // :
    Eq,                 // =
    PlusEq,             // +=
    MinusEq,            // -=
    StarEq,             // *=
    SlashEq,            // /=
    PercentEq,          // %=
    StarStarEq,         // **=
    ShlEq,              // <<=
    ShrEq,              // >>=
    UShrEq,             // >>>=
    AmpEq,              // &=
    PipeEq,             // |=
    CaretEq,            // ^=
    AmpAmpEq,           // &&=
    PipePipeEq,         // ||=
    QuestionQuestionEq, // ??=
    Arrow,              // =>
}

impl Token {
    /// The IdentifierName of an identifier, an escaped keyword or a keyword, for property names;
    /// `None` for other tokens.
    pub fn identifier_name(&self) -> Option<&str> {
        match self {
            Token::Ident(name) | Token::EscapedKeyword(name) => Some(name),
            other => other.keyword_text(),
        }
    }

    /// The identifier text of a reserved word or contextual keyword, so that it can be used as a
    /// property name (`a.if`, `{ class: 1 }`), or `None` for other tokens.
    pub fn keyword_text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            Await => "await",
            Break => "break",
            Case => "case",
            Catch => "catch",
            Class => "class",
            Const => "const",
            Continue => "continue",
            Debugger => "debugger",
            Default => "default",
            Delete => "delete",
            Do => "do",
            Else => "else",
            Enum => "enum",
            Export => "export",
            Extends => "extends",
            False => "false",
            Finally => "finally",
            For => "for",
            Function => "function",
            If => "if",
            Import => "import",
            In => "in",
            Instanceof => "instanceof",
            New => "new",
            Null => "null",
            Return => "return",
            Super => "super",
            Switch => "switch",
            This => "this",
            Throw => "throw",
            True => "true",
            Try => "try",
            Typeof => "typeof",
            Var => "var",
            Void => "void",
            While => "while",
            With => "with",
            Yield => "yield",
            Let => "let",
            Static => "static",
            Async => "async",
            Of => "of",
            Get => "get",
            Set => "set",
            From => "from",
            As => "as",
            Target => "target",
            Meta => "meta",
            Accessor => "accessor",
            Implements => "implements",
            Interface => "interface",
            Package => "package",
            Private => "private",
            Protected => "protected",
            Public => "public",
            _ => return None,
        })
    }
}
