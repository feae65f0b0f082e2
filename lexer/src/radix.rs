//! Exact conversions of digit strings in power-of-two radixes (hex, octal, binary): to the
//! correctly rounded f64, and to the decimal text of a BigInt.

/// The f64 nearest to the integer with these digits (round half to even), `inf` when too large.
/// `radix` is 2, 8 or 16.
pub(crate) fn power_of_two_radix_to_f64(digits: &[u8], radix: u32) -> f64 {
    let bits_per_digit = radix.trailing_zeros();
    // The first 64 significant bits, then how many bits follow them and whether any is set.
    let mut high: u64 = 0;
    let mut high_bits = 0u32;
    let mut dropped_bits: u64 = 0;
    let mut sticky = false;
    for &digit in digits {
        for shift in (0..bits_per_digit).rev() {
            let bit = u64::from((digit >> shift) & 1);
            if high_bits == 0 && bit == 0 {
                continue; // leading zero
            }
            if high_bits < 64 {
                high = (high << 1) | bit;
                high_bits += 1;
            } else {
                dropped_bits += 1;
                sticky |= bit == 1;
            }
        }
    }
    // The integer→float conversion rounds to nearest even; a set bit 0 stands for the dropped
    // ones (it lies below the rounding position, which is bit 10 of a 64-bit mantissa).
    let mantissa = (high | u64::from(sticky)) as f64;
    if dropped_bits == 0 {
        return mantissa;
    }
    // 2^1100 overflows anyway; clamping keeps the exponent in i32.
    let exponent = dropped_bits.min(1100) as i32;
    mantissa * 2f64.powi(exponent)
}

/// Decimal digits (no leading zeros, "0" for zero) of the integer with these digit values.
///
/// Schoolbook base conversion: quadratic in the number of digits, which only matters for
/// BigInt literals many thousands of digits long.
pub(crate) fn digits_to_decimal_string(digits: &[u8], radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Feed several digits at a time, keeping the chunk multiplier at most 2^30 so that
    // `limb * multiplier + carry` stays far below u64::MAX.
    let radix_wide = u64::from(radix.max(2));
    let mut digits_per_chunk = 1;
    while radix_wide.pow(digits_per_chunk + 1) <= 1 << 30 {
        digits_per_chunk += 1;
    }
    let digits_per_chunk = digits_per_chunk as usize;
    // Little-endian limbs in base 10^9.
    let mut limbs: Vec<u64> = Vec::new();
    for chunk in digits.chunks(digits_per_chunk) {
        let mut multiplier: u64 = 1;
        let mut chunk_value: u64 = 0;
        for &digit in chunk {
            multiplier *= radix_wide;
            chunk_value = chunk_value * radix_wide + u64::from(digit);
        }
        let mut carry = chunk_value;
        for limb in limbs.iter_mut() {
            let product = *limb * multiplier + carry;
            *limb = product % LIMB;
            carry = product / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut text = String::new();
    let mut limbs_from_top = limbs.iter().rev();
    match limbs_from_top.next() {
        Some(top) => text.push_str(&top.to_string()),
        None => return "0".to_string(),
    }
    for limb in limbs_from_top {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_are_exact() {
        assert_eq!(power_of_two_radix_to_f64(&[0xF, 0xF], 16), 255.0);
        assert_eq!(power_of_two_radix_to_f64(&[1, 7], 8), 15.0);
        assert_eq!(power_of_two_radix_to_f64(&[], 2), 0.0);
    }

    #[test]
    fn large_hex_rounds_to_nearest_even() {
        // 0x20000000000001 = 2^53 + 1: a tie, rounds down to 2^53 (even mantissa).
        let digits = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
        assert_eq!(power_of_two_radix_to_f64(&digits, 16), 9007199254740992.0);
        // 2^53 + 3: a tie, rounds up to 2^53 + 4.
        let digits = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3];
        assert_eq!(power_of_two_radix_to_f64(&digits, 16), 9007199254740996.0);
        // 2^53 + 1 + tiny: above the tie, rounds up.
        let mut digits = vec![2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
        digits.extend([0; 20]);
        digits.push(1);
        let expected = (9007199254740994.0f64) * 16f64.powi(21);
        assert_eq!(power_of_two_radix_to_f64(&digits, 16), expected);
    }

    #[test]
    fn huge_values_overflow_to_infinity() {
        let digits = vec![0xF; 300];
        assert_eq!(power_of_two_radix_to_f64(&digits, 16), f64::INFINITY);
    }

    #[test]
    fn decimal_strings() {
        assert_eq!(digits_to_decimal_string(&[], 16), "0");
        assert_eq!(digits_to_decimal_string(&[0, 0], 16), "0");
        assert_eq!(digits_to_decimal_string(&[0xF, 0xF], 16), "255");
        assert_eq!(digits_to_decimal_string(&[1; 64], 2), "18446744073709551615");
        let digits = vec![0xF; 32];
        assert_eq!(digits_to_decimal_string(&digits, 16), u128::MAX.to_string());
    }
}
