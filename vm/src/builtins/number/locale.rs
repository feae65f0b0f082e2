//! Number.prototype.toLocaleString in the en-US style of Intl.NumberFormat defaults: at most
//! three fraction digits, rounded half away from zero on the shortest decimal form, with
//! comma grouping ("1,234,567.891").

use super::bignum::{round_half_up, shortest_decimal};

pub fn to_locale_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    let (digits, point) = if x == 0.0 { (Vec::new(), 0) } else { shortest_decimal(x.abs()) };
    let (rounded, point) = round_half_up(&digits, point, point + 3);
    let digit = |pos: i32| -> char {
        let index = point - 1 - pos;
        let d = if index < 0 { 0 } else { rounded.get(index as usize).copied().unwrap_or(0) };
        (b'0' + d) as char
    };
    let mut out = String::from(sign);
    let top = (point - 1).max(0);
    for pos in (0..=top).rev() {
        out.push(digit(pos));
        if pos > 0 && pos % 3 == 0 {
            out.push(',');
        }
    }
    let fraction: String = (1..=3).map(|p| digit(-p)).collect();
    let fraction = fraction.trim_end_matches('0');
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn en_us() {
        assert_eq!(to_locale_string(1234567.891), "1,234,567.891");
        assert_eq!(to_locale_string(1.0005), "1.001");
        assert_eq!(to_locale_string(0.0005), "0.001");
        assert_eq!(to_locale_string(-0.0), "-0");
        assert_eq!(to_locale_string(-0.0001), "-0");
        assert_eq!(to_locale_string(1e21), "1,000,000,000,000,000,000,000");
        assert_eq!(to_locale_string(999.9999), "1,000");
        assert_eq!(to_locale_string(1e-7), "0");
        assert_eq!(to_locale_string(f64::NEG_INFINITY), "-∞");
        assert_eq!(to_locale_string(123.4565), "123.457");
        assert_eq!(to_locale_string(100.0), "100");
    }
}
