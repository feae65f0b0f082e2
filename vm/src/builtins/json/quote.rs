//! QuoteJSONString (ECMA-262 §25.5.2.3), well-formed: lone surrogates become \uXXXX.

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_escape(out: &mut Vec<u16>, c: u16) {
    out.extend_from_slice(&[b'\\' as u16, b'u' as u16]);
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 15) as usize] as u16);
    }
}

pub fn quote_into(out: &mut Vec<u16>, units: &[u16]) {
    out.push(b'"' as u16);
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0x08 => out.extend_from_slice(&[b'\\' as u16, b'b' as u16]),
            0x09 => out.extend_from_slice(&[b'\\' as u16, b't' as u16]),
            0x0A => out.extend_from_slice(&[b'\\' as u16, b'n' as u16]),
            0x0C => out.extend_from_slice(&[b'\\' as u16, b'f' as u16]),
            0x0D => out.extend_from_slice(&[b'\\' as u16, b'r' as u16]),
            0x22 => out.extend_from_slice(&[b'\\' as u16, b'"' as u16]),
            0x5C => out.extend_from_slice(&[b'\\' as u16, b'\\' as u16]),
            0..0x20 => push_escape(out, c),
            0xD800..=0xDBFF => {
                if let Some(&low) = units.get(i + 1)
                    && (0xDC00..=0xDFFF).contains(&low)
                {
                    out.extend_from_slice(&[c, low]);
                    i += 1;
                } else {
                    push_escape(out, c);
                }
            }
            0xDC00..=0xDFFF => push_escape(out, c),
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes() {
        let mut out = Vec::new();
        let input: Vec<u16> = "a\"\\\n\u{1}😀".encode_utf16().chain([0xD800]).collect();
        quote_into(&mut out, &input);
        assert_eq!(String::from_utf16_lossy(&out), "\"a\\\"\\\\\\n\\u0001😀\\ud800\"");
    }
}
