//! Number.prototype.toString(radix) for radixes other than 10, with fraction digits like V8:
//! digits are produced until they no longer distinguish the value from its neighbours (half
//! the gap to the next double), rounding the last digit to even.

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn next_up(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1)
}

/// `x` finite; radix in 2..=36.
pub fn to_radix_string(x: f64, radix: u32) -> String {
    let negative = x < 0.0;
    let value = x.abs();
    let r = radix as f64;
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only as many fraction digits as the double's precision supports.
    let mut delta = (0.5 * (next_up(value) - value)).max(next_up(0.0));
    let mut frac: Vec<u32> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as u32;
            frac.push(digit);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying through digits that overflow (they are dropped).
                loop {
                    match frac.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if d + 1 < radix => {
                            frac.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    let mut int_digits: Vec<u8> = Vec::new();
    // Digits below the double's precision are zeros.
    while integer / r >= 9007199254740992.0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let rem = integer % r;
        int_digits.push(DIGITS[rem as usize]);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&b| b as char));
    if !frac.is_empty() {
        out.push('.');
        out.extend(frac.iter().map(|&d| DIGITS[d as usize] as char));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radixes() {
        assert_eq!(to_radix_string(255.0, 16), "ff");
        assert_eq!(to_radix_string(-255.0, 2), "-11111111");
        assert_eq!(to_radix_string(0.5, 2), "0.1");
        assert_eq!(to_radix_string(0.1, 3), "0.0022002200220022002200220022002201");
        assert_eq!(to_radix_string(3.3, 16), "3.4cccccccccccc");
        assert_eq!(to_radix_string(0.0, 36), "0");
        assert_eq!(to_radix_string(1e21, 36), "5v1j4f4ds7c000");
        assert_eq!(to_radix_string(1e21, 7), "5135235413265003022600000");
        assert_eq!(to_radix_string(0.5, 36), "0.i");
        assert_eq!(to_radix_string(0.000001, 36), "0.0001ogs5wo29m8");
        assert_eq!(to_radix_string(-0.000001234, 5), "-0.000000002201113321203102404001");
        assert_eq!(to_radix_string(2f64.powi(60) + 12345.0, 7), "2031000661631341146200");
    }
}
