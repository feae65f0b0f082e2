//! Every punctuator, and the longest-match cases.
mod common;
use common::*;
use minijs_lexer::Token;

#[test]
fn all_punctuators() {
    use Token::*;
    let src = "{ } ( ) [ ] . ... ; , < > <= >= == != === !== + - * / % ** ++ -- << >> >>> & | ^ ! ~ && || ?? ? ?. : \
               = += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??= =>";
    let expected = [
        LBrace,
        RBrace,
        LParen,
        RParen,
        LBracket,
        RBracket,
        Dot,
        Ellipsis,
        Semicolon,
        Comma,
        Lt,
        Gt,
        Le,
        Ge,
        EqEq,
        NotEq,
        EqEqEq,
        NotEqEq,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        StarStar,
        PlusPlus,
        MinusMinus,
        Shl,
        Shr,
        UShr,
        Amp,
        Pipe,
        Caret,
        Bang,
        Tilde,
        AmpAmp,
        PipePipe,
        QuestionQuestion,
        Question,
        QuestionDot,
        Colon,
        Eq,
        PlusEq,
        MinusEq,
        StarEq,
        SlashEq,
        PercentEq,
        StarStarEq,
        ShlEq,
        ShrEq,
        UShrEq,
        AmpEq,
        PipeEq,
        CaretEq,
        AmpAmpEq,
        PipePipeEq,
        QuestionQuestionEq,
        Arrow,
    ];
    let texts: Vec<&str> = src.split_whitespace().collect();
    assert_eq!(texts.len(), expected.len());
    for (text, expected) in texts.iter().zip(expected) {
        // After an identifier, so that `/` and `/=` are division.
        let all = tokens(&format!("a {text}"));
        assert_eq!(all, [ident("a"), expected], "{text}");
    }
}

#[test]
fn optional_chaining_not_before_a_digit() {
    assert_eq!(kinds("a?.b"), ["id", "QuestionDot", "id"]);
    assert_eq!(kinds("a?.[0]"), ["id", "QuestionDot", "LBracket", "num", "RBracket"]);
    assert_eq!(kinds("a?.(x)"), ["id", "QuestionDot", "LParen", "id", "RParen"]);
    assert_eq!(tokens("a?.5:0"), [ident("a"), Token::Question, number(0.5), Token::Colon, number(0.0)]);
    assert_eq!(spans("a?.b"), [(0, 1), (1, 3), (3, 4)]);
}

#[test]
fn longest_match() {
    assert_eq!(kinds("a+++b"), ["id", "PlusPlus", "Plus", "id"]);
    assert_eq!(kinds("a>>>=b"), ["id", "UShrEq", "id"]);
    assert_eq!(kinds("a**=b"), ["id", "StarStarEq", "id"]);
    assert_eq!(kinds("a??=b"), ["id", "QuestionQuestionEq", "id"]);
    assert_eq!(kinds("a=>b"), ["id", "Arrow", "id"]);
    assert_eq!(kinds("a...b"), ["id", "Ellipsis", "id"]);
    assert_eq!(kinds("a..b"), ["id", "Dot", "Dot", "id"]);
    assert_eq!(kinds("a<!b"), ["id", "Lt", "Bang", "id"]);
    assert_eq!(kinds("a<!-b"), ["id", "Lt", "Bang", "Minus", "id"]);
}
