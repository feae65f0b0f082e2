//! parseInt and parseFloat (ECMA-262 §19.2.4–5): the longest valid prefix after leading white
//! space, converted with correct rounding.

use super::bignum::Big;
use crate::heap::string::trim_units;

fn digit_value(u: u16) -> Option<u32> {
    char::from_u32(u as u32).and_then(|c| c.to_digit(36))
}

/// parseInt(string, radix) once both are primitives: `radix` is ToInt32(radix).
pub fn parse_int(units: &[u16], radix: i32) -> f64 {
    let mut s = trim_units(units, true, false);
    let mut sign = 1.0;
    if let Some(&c) = s.first()
        && (c == b'-' as u16 || c == b'+' as u16)
    {
        if c == b'-' as u16 {
            sign = -1.0;
        }
        s = &s[1..];
    }
    let mut r = radix;
    let mut strip_prefix = true;
    if r != 0 {
        if !(2..=36).contains(&r) {
            return f64::NAN;
        }
        if r != 16 {
            strip_prefix = false;
        }
    } else {
        r = 10;
    }
    if strip_prefix && s.len() >= 2 && s[0] == b'0' as u16 && (s[1] == b'x' as u16 || s[1] == b'X' as u16) {
        s = &s[2..];
        r = 16;
    }
    let r = r as u32;
    let end = s.iter().position(|&u| digit_value(u).is_none_or(|d| d >= r)).unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() {
        return f64::NAN;
    }
    sign * digits_value(digits, r)
}

/// The value of valid radix-`r` digits, correctly rounded.
fn digits_value(digits: &[u16], r: u32) -> f64 {
    let values = digits.iter().filter_map(|&u| digit_value(u));
    if r == 10 {
        let text: String = values.map(|d| char::from(b'0' + d as u8)).collect();
        return text.parse::<f64>().unwrap_or(f64::NAN);
    }
    // Small values are exact in a u64; longer ones go through an exact big integer whose
    // decimal form Rust's parser rounds correctly.
    let mut small: u64 = 0;
    let mut big: Option<Big> = None;
    for d in values {
        match &mut big {
            Some(b) => b.mul_add(r, d),
            None => match small.checked_mul(r as u64).and_then(|v| v.checked_add(d as u64)) {
                Some(v) => small = v,
                None => {
                    let mut b = Big::from_u64(small);
                    b.mul_add(r, d);
                    big = Some(b);
                }
            },
        }
    }
    match big {
        None => small as f64,
        Some(b) => {
            let text: String = b.digits().iter().map(|&d| char::from(b'0' + d)).collect();
            text.parse::<f64>().unwrap_or(f64::INFINITY)
        }
    }
}

/// parseFloat(string) once it is a string.
pub fn parse_float(units: &[u16]) -> f64 {
    let s = trim_units(units, true, false);
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_digit = |u: u16| (b'0' as u16..=b'9' as u16).contains(&u);
    let mut i = 0;
    if at(0) == b'+' as u16 || at(0) == b'-' as u16 {
        i = 1;
    }
    let inf: Vec<u16> = "Infinity".encode_utf16().collect();
    if s[i.min(s.len())..].starts_with(&inf) {
        return if at(0) == b'-' as u16 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let int_start = i;
    while is_digit(at(i)) {
        i += 1;
    }
    let mut mantissa_digits = i - int_start;
    if at(i) == b'.' as u16 {
        let frac_start = i + 1;
        let mut j = frac_start;
        while is_digit(at(j)) {
            j += 1;
        }
        mantissa_digits += j - frac_start;
        if mantissa_digits > 0 {
            i = j;
        }
    }
    if mantissa_digits == 0 {
        return f64::NAN;
    }
    if at(i) == b'e' as u16 || at(i) == b'E' as u16 {
        let mut j = i + 1;
        if at(j) == b'+' as u16 || at(j) == b'-' as u16 {
            j += 1;
        }
        let exp_start = j;
        while is_digit(at(j)) {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    // Rust's parser wants digits around the point: "1." and "1.e2" lose their dot.
    let text = String::from_utf16_lossy(&s[..i]).replace(".e", "e").replace(".E", "E");
    let text = text.strip_suffix('.').unwrap_or(&text);
    text.parse::<f64>().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn ints() {
        assert_eq!(parse_int(&u("  42px"), 0), 42.0);
        assert_eq!(parse_int(&u("0x1F"), 0), 31.0);
        assert_eq!(parse_int(&u("0x1F"), 16), 31.0);
        assert_eq!(parse_int(&u("0x1F"), 10), 0.0);
        assert!(parse_int(&u("z"), 10).is_nan());
        assert_eq!(parse_int(&u("z"), 36), 35.0);
        assert!(parse_int(&u("1"), 37).is_nan());
        assert!(parse_int(&u("-0"), 0).is_sign_negative());
        assert_eq!(parse_int(&u("11111111111111111111111111111111111111111111111111111111111111111"), 2), 36893488147419103232.0);
        assert_eq!(parse_int(&u("123456789012345678901234567890"), 10), 1.2345678901234568e29);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(&u("  3.25abc")), 3.25);
        assert_eq!(parse_float(&u(".5")), 0.5);
        assert_eq!(parse_float(&u("-.5e-3x")), -0.0005);
        assert_eq!(parse_float(&u("1e")), 1.0);
        assert_eq!(parse_float(&u("1.e2")), 100.0);
        assert_eq!(parse_float(&u("-Infinityx")), f64::NEG_INFINITY);
        assert!(parse_float(&u(".")).is_nan());
        assert!(parse_float(&u("e5")).is_nan());
        assert!(parse_float(&u("-0")).is_sign_negative());
        assert_eq!(parse_float(&u("0x10")), 0.0);
    }
}
