//! The logos scanner: the context-free part of the lexical grammar (ASCII whitespace, line
//! comments, ASCII identifiers and keywords, punctuators) plus "start markers" for the pieces
//! that `stream.rs` scans by hand (numbers, strings, templates, regexes, block comments,
//! non-ASCII characters, escaped identifiers, private names).

use logos::Logos;

use crate::Token;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0B\x0C]+")]
pub(crate) enum Raw {
    /// LF and CR (U+2028/U+2029 arrive as `NonAscii`).
    #[regex(r"[\n\r]+")]
    LineTerminators,
    #[regex(r"//[^\n\r\u{2028}\u{2029}]*")]
    LineComment,
    /// Scanned by hand so that an unterminated comment is an error, not `/` `*`.
    #[token("/*")]
    BlockCommentStart,
    /// `<!--` (Annex B): the rest of the line is a comment.
    #[token("<!--")]
    HtmlOpenComment,
    /// `-->`: a comment when it starts a line (Annex B), else `--` then `>`.
    #[token("-->")]
    HtmlCloseCandidate,

    /// An identifier made of ASCII characters; `stream.rs` extends it if an escape or a
    /// non-ASCII identifier character follows.
    #[regex(r"[A-Za-z_$][A-Za-z0-9_$]*")]
    AsciiName,
    /// An ASCII keyword (same caveat as `AsciiName`).
    #[token("await", |_| Token::Await)]
    #[token("break", |_| Token::Break)]
    #[token("case", |_| Token::Case)]
    #[token("catch", |_| Token::Catch)]
    #[token("class", |_| Token::Class)]
    #[token("const", |_| Token::Const)]
    #[token("continue", |_| Token::Continue)]
    #[token("debugger", |_| Token::Debugger)]
    #[token("default", |_| Token::Default)]
    #[token("delete", |_| Token::Delete)]
    #[token("do", |_| Token::Do)]
    #[token("else", |_| Token::Else)]
    #[token("enum", |_| Token::Enum)]
    #[token("export", |_| Token::Export)]
    #[token("extends", |_| Token::Extends)]
    #[token("false", |_| Token::False)]
    #[token("finally", |_| Token::Finally)]
    #[token("for", |_| Token::For)]
    #[token("function", |_| Token::Function)]
    #[token("if", |_| Token::If)]
    #[token("import", |_| Token::Import)]
    #[token("in", |_| Token::In)]
    #[token("instanceof", |_| Token::Instanceof)]
    #[token("new", |_| Token::New)]
    #[token("null", |_| Token::Null)]
    #[token("return", |_| Token::Return)]
    #[token("super", |_| Token::Super)]
    #[token("switch", |_| Token::Switch)]
    #[token("this", |_| Token::This)]
    #[token("throw", |_| Token::Throw)]
    #[token("true", |_| Token::True)]
    #[token("try", |_| Token::Try)]
    #[token("typeof", |_| Token::Typeof)]
    #[token("var", |_| Token::Var)]
    #[token("void", |_| Token::Void)]
    #[token("while", |_| Token::While)]
    #[token("with", |_| Token::With)]
    #[token("yield", |_| Token::Yield)]
    #[token("let", |_| Token::Let)]
    #[token("static", |_| Token::Static)]
    #[token("async", |_| Token::Async)]
    #[token("of", |_| Token::Of)]
    #[token("get", |_| Token::Get)]
    #[token("set", |_| Token::Set)]
    #[token("from", |_| Token::From)]
    #[token("as", |_| Token::As)]
    #[token("target", |_| Token::Target)]
    #[token("meta", |_| Token::Meta)]
    #[token("accessor", |_| Token::Accessor)]
    #[token("implements", |_| Token::Implements)]
    #[token("interface", |_| Token::Interface)]
    #[token("package", |_| Token::Package)]
    #[token("private", |_| Token::Private)]
    #[token("protected", |_| Token::Protected)]
    #[token("public", |_| Token::Public)]
    Keyword(Token),

    /// Punctuators. `/`, `/=` and `}` may be reinterpreted by `stream.rs` (regex, template);
    /// `?` followed by `.` becomes `?.` there (it must not be followed by a digit).
    #[token("{", |_| Token::LBrace)]
    #[token("}", |_| Token::RBrace)]
    #[token("(", |_| Token::LParen)]
    #[token(")", |_| Token::RParen)]
    #[token("[", |_| Token::LBracket)]
    #[token("]", |_| Token::RBracket)]
    #[token(".", |_| Token::Dot)]
    #[token("...", |_| Token::Ellipsis)]
    #[token(";", |_| Token::Semicolon)]
    #[token(",", |_| Token::Comma)]
    #[token("<", |_| Token::Lt)]
    #[token(">", |_| Token::Gt)]
    #[token("<=", |_| Token::Le)]
    #[token(">=", |_| Token::Ge)]
    #[token("==", |_| Token::EqEq)]
    #[token("!=", |_| Token::NotEq)]
    #[token("===", |_| Token::EqEqEq)]
    #[token("!==", |_| Token::NotEqEq)]
    #[token("+", |_| Token::Plus)]
    #[token("-", |_| Token::Minus)]
    #[token("*", |_| Token::Star)]
    #[token("/", |_| Token::Slash)]
    #[token("%", |_| Token::Percent)]
    #[token("**", |_| Token::StarStar)]
    #[token("++", |_| Token::PlusPlus)]
    #[token("--", |_| Token::MinusMinus)]
    #[token("<<", |_| Token::Shl)]
    #[token(">>", |_| Token::Shr)]
    #[token(">>>", |_| Token::UShr)]
    #[token("&", |_| Token::Amp)]
    #[token("|", |_| Token::Pipe)]
    #[token("^", |_| Token::Caret)]
    #[token("!", |_| Token::Bang)]
    #[token("~", |_| Token::Tilde)]
    #[token("&&", |_| Token::AmpAmp)]
    #[token("||", |_| Token::PipePipe)]
    #[token("??", |_| Token::QuestionQuestion)]
    #[token("?", |_| Token::Question)]
    #[token(":", |_| Token::Colon)]
    #[token("=", |_| Token::Eq)]
    #[token("+=", |_| Token::PlusEq)]
    #[token("-=", |_| Token::MinusEq)]
    #[token("*=", |_| Token::StarEq)]
    #[token("/=", |_| Token::SlashEq)]
    #[token("%=", |_| Token::PercentEq)]
    #[token("**=", |_| Token::StarStarEq)]
    #[token("<<=", |_| Token::ShlEq)]
    #[token(">>=", |_| Token::ShrEq)]
    #[token(">>>=", |_| Token::UShrEq)]
    #[token("&=", |_| Token::AmpEq)]
    #[token("|=", |_| Token::PipeEq)]
    #[token("^=", |_| Token::CaretEq)]
    #[token("&&=", |_| Token::AmpAmpEq)]
    #[token("||=", |_| Token::PipePipeEq)]
    #[token("??=", |_| Token::QuestionQuestionEq)]
    #[token("=>", |_| Token::Arrow)]
    Punct(Token),

    /// The first character of a numeric literal (`number.rs` scans the rest).
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,
    #[token("\"")]
    #[token("'")]
    Quote,
    #[token("`")]
    Backtick,
    /// `#name` (private name) or `#!` at offset 0 (hashbang comment).
    #[token("#")]
    Hash,
    /// An identifier starting with a `\u` escape.
    #[token("\\")]
    Backslash,
    /// One non-ASCII character: whitespace, LS/PS, or the start of an identifier.
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
}
