//! No panics on any input, and no quadratic blow-ups on large inputs.
mod common;
use common::*;
use minijs_lexer::tokenize;
use std::time::{Duration, Instant};

/// xorshift64*: deterministic pseudo-random numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bytes that exercise the interesting paths more often than uniform bytes would.
const ALPHABET: &[&[u8]] = &[
    b"/",
    b"*",
    b"`",
    b"${",
    b"}",
    b"{",
    b"(",
    b")",
    b"[",
    b"]",
    b"\\",
    b"u",
    b"x",
    b"{",
    b"'",
    b"\"",
    b"\n",
    b"\r",
    b"0",
    b"1",
    b"8",
    b"_",
    b".",
    b"e",
    b"n",
    b"#",
    b"!",
    b"<!--",
    b"-->",
    b"?",
    b"?.",
    b"return",
    b"if",
    b"a",
    b" ",
    b"\xe2\x80\xa8",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"\xff",
    b"\xc3",
    b"=>",
    b"-",
    b"+",
    b"++",
    b"function",
    b"class",
    b":",
    b";",
    b"=",
    b"\\u{",
    b"\\u00",
    b"D800",
    b"0x",
    b"0b",
    b"0o",
    b"\t",
];

fn random_source(rng: &mut Rng, max_pieces: usize) -> String {
    let mut bytes = Vec::new();
    for _ in 0..rng.below(max_pieces) {
        if rng.below(4) == 0 {
            bytes.push(rng.below(256) as u8);
        } else {
            bytes.extend_from_slice(ALPHABET[rng.below(ALPHABET.len())]);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Iterations of the random tests; raise with MINIJS_FUZZ_ITERATIONS for a longer soak.
fn iterations(default: usize) -> usize {
    std::env::var("MINIJS_FUZZ_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..iterations(30_000) {
        let src = random_source(&mut rng, 40);
        if let Ok(lexed) = tokenize(&src) {
            assert_eq!(lexed.tokens.len(), lexed.newline_before.len());
            let mut last_end = 0;
            for (start, _, end) in &lexed.tokens {
                assert!(start <= end && *end <= src.len() && *start >= last_end.min(*start), "{src:?}");
                assert!(src.is_char_boundary(*start) && src.is_char_boundary(*end), "{src:?}");
                last_end = *end;
            }
        }
    }
}

#[test]
fn random_byte_strings_never_panic() {
    let mut rng = Rng(12345);
    for _ in 0..iterations(20_000) {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        let _ = tokenize(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn every_prefix_of_a_program_is_handled() {
    let program = "#!x\nlet a = `x${ {b: /[/]/g}.b }y${`z${1}`}` / 2; a?.c ?? 0x1_0n;\n\
                   function f() { return\n a++ } \"\\u{1F600}\\x41\\01\" <!-- c\n--> d\n'é' + #p;";
    for end in 0..=program.len() {
        if let Some(prefix) = program.get(..end) {
            let _ = tokenize(prefix);
        }
    }
    assert!(tokenize(program).is_ok());
}

fn assert_fast(src: &str) {
    let started = Instant::now();
    let _ = tokenize(src);
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?} for {} bytes", src.len());
}

#[test]
fn large_inputs_are_linear() {
    let n = 200_000;
    assert_fast(&"a + ".repeat(n));
    assert_fast(&"(".repeat(n));
    assert_fast(&"{".repeat(n));
    assert_fast(&"`${".repeat(n));
    assert_fast(&"}".repeat(n));
    assert_fast(&format!("'{}'", "a".repeat(n * 5)));
    assert_fast(&format!("`{}`", "\\n".repeat(n)));
    assert_fast(&format!("/{}/", "[/]".repeat(n)));
    assert_fast(&format!("/*{}", "*".repeat(n * 5)));
    assert_fast(&format!("{}1", "0".repeat(n * 5)));
    assert_fast(&format!("0x{}", "f".repeat(n * 5)));
    assert_fast(&format!("{}n", "9".repeat(n * 5)));
    assert_fast(&"a\\u0061".repeat(n));
    assert_fast(&"x-->0;".repeat(n));
    assert_fast(&"\n".repeat(n * 5));
    assert_fast(&"return\n".repeat(n));
    assert_fast(&"é ".repeat(n));
}

#[test]
fn deep_nesting_is_fine() {
    let depth = 100_000;
    let src = format!("{}{}", "`${".repeat(depth), "}`".repeat(depth));
    assert_eq!(tokens(&src).len(), 2 * depth);
    let src = format!("{}{}", "[{(".repeat(depth), ")}]".repeat(depth));
    assert_eq!(tokens(&src).len(), 6 * depth);
}
