//! Case conversion with the full Unicode mappings (SpecialCasing included: "ß" → "SS", final
//! sigma). Runs of valid UTF-16 go through Rust's `str` conversions, which apply the
//! context-sensitive rules; lone surrogates pass through unchanged.

pub fn convert(units: &[u16], upper: bool) -> Vec<u16> {
    if units.iter().all(|&u| u < 0x80) {
        return units
            .iter()
            .map(|&u| {
                let b = u as u8;
                (if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }) as u16
            })
            .collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        if !run.is_empty() {
            let converted = if upper { run.to_uppercase() } else { run.to_lowercase() };
            out.extend(converted.encode_utf16());
            run.clear();
        }
    };
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(s: &str, upper: bool) -> String {
        String::from_utf16_lossy(&convert(&s.encode_utf16().collect::<Vec<_>>(), upper))
    }

    #[test]
    fn cases() {
        assert_eq!(conv("Straße", true), "STRASSE");
        assert_eq!(conv("ΟΔΟΣ", false), "οδος");
        assert_eq!(conv("İ", false), "i\u{307}");
        assert_eq!(conv("abc", true), "ABC");
        let lone: Vec<u16> = vec![0x61, 0xD800, 0x62];
        assert_eq!(convert(&lone, true), vec![0x41, 0xD800, 0x42]);
    }
}
