//! A tiny unsigned big integer (base 10^9 limbs), enough for exact decimal expansions of
//! doubles and for parseInt of long digit strings. Not a general arithmetic library.

const BASE: u64 = 1_000_000_000;

/// Little-endian limbs in base 10^9.
#[derive(Clone, Debug, Default)]
pub struct Big(Vec<u32>);

impl Big {
    pub fn from_u64(mut n: u64) -> Self {
        let mut limbs = Vec::new();
        while n > 0 {
            limbs.push((n % BASE) as u32);
            n /= BASE;
        }
        Big(limbs)
    }

    /// self = self * m + add
    pub fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = add as u64;
        for limb in self.0.iter_mut() {
            let v = *limb as u64 * m as u64 + carry;
            *limb = (v % BASE) as u32;
            carry = v / BASE;
        }
        while carry > 0 {
            self.0.push((carry % BASE) as u32);
            carry /= BASE;
        }
    }

    /// self *= 2^k
    pub fn shl(&mut self, mut k: u32) {
        while k > 0 {
            let step = k.min(29);
            self.mul_add(1 << step, 0);
            k -= step;
        }
    }

    /// self *= 5^k
    pub fn mul_pow5(&mut self, mut k: u32) {
        while k > 0 {
            let step = k.min(13);
            self.mul_add(5u32.pow(step), 0);
            k -= step;
        }
    }

    /// Decimal digits (values 0–9), most significant first; empty for zero.
    pub fn digits(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() * 9);
        for (i, limb) in self.0.iter().rev().enumerate() {
            let s = if i == 0 { limb.to_string() } else { format!("{limb:09}") };
            out.extend(s.bytes().map(|b| b - b'0'));
        }
        while out.first() == Some(&0) {
            out.remove(0);
        }
        out
    }
}

/// The exact decimal value of a positive finite double: digits (no leading or trailing
/// zeros) and the position of the decimal point, so x = 0.d1d2d3… × 10^point.
pub fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp2) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    if mantissa == 0 {
        return (Vec::new(), 0);
    }
    let mut n = Big::from_u64(mantissa);
    let mut digits;
    let point;
    if exp2 >= 0 {
        n.shl(exp2 as u32);
        digits = n.digits();
        point = digits.len() as i32;
    } else {
        // m / 2^k = m * 5^k / 10^k
        let k = (-exp2) as u32;
        n.mul_pow5(k);
        digits = n.digits();
        point = digits.len() as i32 - k as i32;
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// The shortest round-trip digits of a positive finite double, in the same layout.
pub fn shortest_decimal(x: f64) -> (Vec<u8>, i32) {
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let point = exp.parse::<i32>().unwrap_or(0) + 1;
    (digits, point)
}

/// Rounds a decimal (digits, point) to its first `keep` digits, half up (on a tie the larger
/// value wins, as Number.prototype.toFixed/toPrecision/toExponential require). Returns the
/// kept digits (`keep` of them, zero padded; none when `keep` < 0, and a lone carry digit when
/// `keep` is 0 and the value rounds up) and the new point, which grows by one when rounding
/// carries into a new leading digit.
pub fn round_half_up(digits: &[u8], point: i32, keep: i32) -> (Vec<u8>, i32) {
    if keep < 0 {
        return (Vec::new(), point);
    }
    let keep = keep as usize;
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    if !round_up {
        return (out, point);
    }
    let mut i = out.len();
    loop {
        if i == 0 {
            // All nines became zeros: 99.5 → 100, one digit longer (kept at `keep` digits
            // unless nothing was kept, where the carry itself is the only digit).
            out.insert(0, 1);
            if keep > 0 {
                out.pop();
            }
            return (out, point + 1);
        }
        i -= 1;
        if out[i] == 9 {
            out[i] = 0;
        } else {
            out[i] += 1;
            return (out, point);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: &[u8]) -> String {
        d.iter().map(|x| (b'0' + x) as char).collect()
    }

    #[test]
    fn exact_expansions() {
        let (d, p) = exact_decimal(0.5);
        assert_eq!((text(&d).as_str(), p), ("5", 0));
        let (d, p) = exact_decimal(1.005);
        assert!(text(&d).starts_with("100499999999999989"));
        assert_eq!(p, 1);
        let (d, p) = exact_decimal(1e21);
        assert_eq!((text(&d).as_str(), p), ("1", 22));
        let (d, p) = exact_decimal(5e-324);
        assert_eq!(p, -323);
        assert!(text(&d).starts_with("494065645841246544"));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_half_up(&[9, 9, 5], 1, 2), (vec![1, 0], 2));
        assert_eq!(round_half_up(&[1, 2, 5], 1, 2), (vec![1, 3], 1));
        assert_eq!(round_half_up(&[1, 2, 4], 1, 2), (vec![1, 2], 1));
        assert_eq!(round_half_up(&[5], 0, 0), (vec![1], 1));
        assert_eq!(round_half_up(&[1], 1, 3), (vec![1, 0, 0], 1));
    }

    #[test]
    fn shortest() {
        assert_eq!(shortest_decimal(123.456), (vec![1, 2, 3, 4, 5, 6], 3));
        assert_eq!(shortest_decimal(0.001), (vec![1], -2));
    }
}
