//! Number.prototype.toFixed / toExponential / toPrecision: decimal layouts of the exact value
//! of a double (ECMA-262 §21.1.3), rounded half up as the spec's "pick the larger n" demands.

use super::bignum::{exact_decimal, round_half_up, shortest_decimal};

fn digit_char(d: u8) -> char {
    (b'0' + d) as char
}

/// The digit at decimal position `pos` (0 = units, -1 = tenths, …) of 0.d1d2… × 10^point.
fn digit_at(digits: &[u8], point: i32, pos: i32) -> u8 {
    let index = point - 1 - pos;
    if index < 0 { 0 } else { digits.get(index as usize).copied().unwrap_or(0) }
}

/// toFixed for a finite x with |x| < 1e21 and 0 ≤ f ≤ 100.
pub fn to_fixed(x: f64, f: i32) -> String {
    let mut out = String::new();
    let mut x = x;
    if x < 0.0 {
        out.push('-');
        x = -x;
    }
    let (digits, point) = if x == 0.0 { (Vec::new(), 0) } else { exact_decimal(x) };
    let (rounded, point) = round_half_up(&digits, point, point + f);
    let top = (point - 1).max(0);
    for pos in (0..=top).rev() {
        out.push(digit_char(digit_at(&rounded, point, pos)));
    }
    if f > 0 {
        out.push('.');
        for pos in 1..=f {
            out.push(digit_char(digit_at(&rounded, point, -pos)));
        }
    }
    out
}

/// "e+5" / "e-7"
fn exponent_suffix(e: i32) -> String {
    if e < 0 { format!("e-{}", -e) } else { format!("e+{e}") }
}

/// Significant digits and the exponent of x written as d.ddd × 10^e, with `count` digits
/// (None: as many as needed to round-trip).
fn significant(x: f64, count: Option<i32>) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![0; count.unwrap_or(1).max(1) as usize], 0);
    }
    match count {
        None => {
            let (d, p) = shortest_decimal(x);
            (d, p - 1)
        }
        Some(n) => {
            let (d, p) = exact_decimal(x);
            let (r, p) = round_half_up(&d, p, n);
            (r, p - 1)
        }
    }
}

/// toExponential for a finite x; `f` None when fractionDigits was undefined.
pub fn to_exponential(x: f64, f: Option<i32>) -> String {
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (digits, e) = significant(x, f.map(|f| f + 1));
    let mut m: String = digits.iter().map(|&d| digit_char(d)).collect();
    if m.len() > 1 {
        m.insert(1, '.');
    }
    format!("{sign}{m}{}", exponent_suffix(e))
}

/// toPrecision for a finite x and 1 ≤ p ≤ 100.
pub fn to_precision(x: f64, p: i32) -> String {
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (digits, e) = significant(x, Some(p));
    let m: String = digits.iter().map(|&d| digit_char(d)).collect();
    if x != 0.0 && (e < -6 || e >= p) {
        let mut m = m;
        if p != 1 {
            m.insert(1, '.');
        }
        return format!("{sign}{m}{}", exponent_suffix(e));
    }
    if e == p - 1 {
        return format!("{sign}{m}");
    }
    if e >= 0 {
        let (a, b) = m.split_at((e + 1) as usize);
        return format!("{sign}{a}.{b}");
    }
    format!("{sign}0.{}{m}", "0".repeat((-(e + 1)) as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed() {
        assert_eq!(to_fixed(1.005, 2), "1.00");
        assert_eq!(to_fixed(1.45, 1), "1.4");
        assert_eq!(to_fixed(0.5, 0), "1");
        assert_eq!(to_fixed(2.5, 0), "3");
        assert_eq!(to_fixed(123.456, 2), "123.46");
        assert_eq!(to_fixed(0.0, 2), "0.00");
        assert_eq!(to_fixed(-1.5, 0), "-2");
        assert_eq!(to_fixed(0.000001, 2), "0.00");
        assert_eq!(to_fixed(-0.0000001, 2), "-0.00");
        assert_eq!(to_fixed(99.99, 1), "100.0");
        assert_eq!(to_fixed(1e20, 2), "100000000000000000000.00");
        assert_eq!(to_fixed(0.05, 1), "0.1");
    }

    #[test]
    fn exponential() {
        assert_eq!(to_exponential(123456.0, Some(2)), "1.23e+5");
        assert_eq!(to_exponential(123456.0, None), "1.23456e+5");
        assert_eq!(to_exponential(0.0, None), "0e+0");
        assert_eq!(to_exponential(0.0, Some(2)), "0.00e+0");
        assert_eq!(to_exponential(0.00015, Some(1)), "1.5e-4");
        assert_eq!(to_exponential(9.99, Some(1)), "1.0e+1");
        assert_eq!(to_exponential(-5.0, Some(0)), "-5e+0");
    }

    #[test]
    fn precision() {
        assert_eq!(to_precision(123.456, 4), "123.5");
        assert_eq!(to_precision(0.000123, 2), "0.00012");
        assert_eq!(to_precision(123456.0, 2), "1.2e+5");
        assert_eq!(to_precision(1e-7, 1), "1e-7");
        assert_eq!(to_precision(0.0, 3), "0.00");
        assert_eq!(to_precision(99.0, 1), "1e+2");
        assert_eq!(to_precision(5.0, 3), "5.00");
    }
}
