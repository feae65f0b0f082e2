//! Numeric literals. Expected values from Node 26.
mod common;
use common::*;
use minijs_lexer::{Token, is_legacy_number_literal};

#[test]
fn decimal_forms() {
    assert_eq!(token("0"), number(0.0));
    assert_eq!(token("42"), number(42.0));
    assert_eq!(token("1.5"), number(1.5));
    assert_eq!(token(".5"), number(0.5));
    assert_eq!(token("5."), number(5.0));
    assert_eq!(token("1e3"), number(1000.0));
    assert_eq!(token("1E+3"), number(1000.0));
    assert_eq!(token("1e-7"), number(1e-7));
    assert_eq!(token("1.e2"), number(100.0));
    assert_eq!(token("0.5"), number(0.5));
    assert_eq!(token("0e5"), number(0.0));
    assert_eq!(token("1.7976931348623157e308"), number(f64::MAX));
    assert_eq!(token("1e400"), number(f64::INFINITY));
    assert_eq!(token("1e-400"), number(0.0));
}

#[test]
fn radix_forms() {
    assert_eq!(token("0xFF"), number(255.0));
    assert_eq!(token("0Xff"), number(255.0));
    assert_eq!(token("0o777"), number(511.0));
    assert_eq!(token("0O17"), number(15.0));
    assert_eq!(token("0b1010"), number(10.0));
    assert_eq!(token("0B1"), number(1.0));
    // Correct rounding beyond 2^53 (values printed by Node).
    assert_eq!(token("0x20000000000001"), number(9007199254740992.0));
    assert_eq!(token("0x20000000000003"), number(9007199254740996.0));
    assert_eq!(token("0xFFFFFFFFFFFFFFFFFFFF"), number(1.2089258196146292e24));
    assert_eq!(token("0x20000000000001000000000000000000000000001"), number(2.9230032746618065e48));
    let huge = format!("0x{}", "f".repeat(300));
    assert_eq!(token(&huge), number(f64::INFINITY));
}

#[test]
fn numeric_separators() {
    assert_eq!(token("1_000"), number(1000.0));
    assert_eq!(token("1_000.5_5"), number(1000.55));
    assert_eq!(token(".5e1_0"), number(5e9));
    assert_eq!(token("0xF_F"), number(255.0));
    assert_eq!(token("0b1_0"), number(2.0));
    assert_eq!(token("1_0n"), Token::BigInt("10".into()));
}

#[test]
fn numeric_separator_errors() {
    let at_end = "Numeric separators are not allowed at the end of numeric literals";
    assert_eq!(message("1_"), at_end);
    assert_eq!(message("1_.5"), at_end);
    assert_eq!(message("5_e1"), at_end);
    assert_eq!(message("0.5_"), at_end);
    assert_eq!(message("0x1_"), at_end);
    assert_eq!(message("1__0"), "Only one underscore is allowed as numeric separator");
    assert_eq!(message("0_1"), "Numeric separator can not be used after leading 0.");
    assert_eq!(message("01_1"), "Invalid or unexpected token");
    assert_eq!(message("0x_1"), "Invalid or unexpected token");
    assert_eq!(message("1e_1"), "Invalid or unexpected token");
    assert_eq!(message("1._5"), "Invalid or unexpected token");
}

#[test]
fn legacy_octal_and_leading_zero_decimals() {
    assert_eq!(token("017"), number(15.0));
    assert_eq!(token("00"), number(0.0));
    assert_eq!(token("08"), number(8.0));
    assert_eq!(token("019"), number(19.0));
    assert_eq!(token("09.5"), number(9.5));
    assert_eq!(token("08.5_1"), number(8.51));
    // A legacy octal has no fraction: `07.5` is two numbers (a parse error later).
    assert_eq!(tokens("07.5"), vec![number(7.0), number(0.5)]);
    assert_eq!(kinds("07.toString()"), ["num", "Dot", "id", "LParen", "RParen"]);
    assert!(is_legacy_number_literal("017"));
    assert!(is_legacy_number_literal("08"));
    assert!(is_legacy_number_literal("00"));
    assert!(!is_legacy_number_literal("0"));
    assert!(!is_legacy_number_literal("0.5"));
    assert!(!is_legacy_number_literal("0x1"));
    assert!(!is_legacy_number_literal("10"));
}

#[test]
fn bigints_are_normalized_to_decimal() {
    assert_eq!(token("0n"), Token::BigInt("0".into()));
    assert_eq!(token("123n"), Token::BigInt("123".into()));
    assert_eq!(token("0xFFn"), Token::BigInt("255".into()));
    assert_eq!(token("0o777n"), Token::BigInt("511".into()));
    assert_eq!(token("0b11n"), Token::BigInt("3".into()));
    assert_eq!(token("0x0n"), Token::BigInt("0".into()));
    assert_eq!(token("123456789012345678901234567890n"), Token::BigInt("123456789012345678901234567890".into()));
    assert_eq!(token("0x123456789abcdef0123456789abcdefn"), Token::BigInt("1512366075204170929049582354406559215".into()));
    assert_eq!(token("0xffffffffffffffffffffffn"), Token::BigInt("309485009821345068724781055".into()));
}

#[test]
fn bigint_errors() {
    for src in ["1.5n", "1e5n", ".5n", "017n", "08n", "00n"] {
        assert_eq!(message(src), "Invalid or unexpected token", "{src}");
    }
}

#[test]
fn literal_must_not_touch_an_identifier_or_digit() {
    for src in ["3in", "0b12", "0o8", "1x", "0x1g", "07e1", "1\\u0061", "5é", "0b", "0x", "1e", "1e+"] {
        assert_eq!(message(src), "Invalid or unexpected token", "{src}");
    }
    assert_eq!(error("3in").offset, 1);
}

#[test]
fn member_access_on_numbers() {
    assert_eq!(kinds("1..toString"), ["num", "Dot", "id"]);
    assert_eq!(kinds("1.5.toFixed"), ["num", "Dot", "id"]);
    assert_eq!(kinds("0x10.toString"), ["num", "Dot", "id"]);
    assert_eq!(kinds("[...5]"), ["LBracket", "Ellipsis", "num", "RBracket"]);
    assert_eq!(spans("a = .5"), [(0, 1), (2, 3), (4, 6)]);
}
