//! Bad input must become a SyntaxError, never a panic or a hang: random token soups and
//! mutations of valid programs.

const PIECES: &[&str] = &[
    "(", ")", "{", "}", "[", "]", ";", ",", "=>", "=", "async", "await", "yield", "let", "function", "class", "*", "?.", "...", "`a${",
    "}b`", "/x/g", "/", "x", "y", "1", "'s'", "\n", "if", "else", "for", "of", "in", "new", "super", "this", "#p", "import", "export",
    "default", "return", "get", "set", "static", ":", "?", "++", "--", "+", "-", "!", ".", "var", "const", "try", "catch", "with", "do",
    "while", "break", "continue", "label:",
];

/// A small deterministic generator (no dependency needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let len = rng.next() % 24;
        let src: Vec<&str> = (0..len).map(|_| PIECES[rng.next() % PIECES.len()]).collect();
        let src = src.join(" ");
        let _ = minijs_parser::parse_script(&src);
        let _ = minijs_parser::parse_module(&src);
    }
}

#[test]
fn truncations_of_a_valid_program_never_panic() {
    let program = "class A extends B { #x = 1; static { this.y = async (a, {b = 2}, ...c) => await a?.[b]?.(c) } \
                   *g() { yield* [1, , 2] } get [k]() { return `t${this.#x}` } }\n\
                   label: for (const [i, {j}] of list) { if (i) continue label; else break }\n\
                   x = y ?? /re/g.test(z) ? function* () {} : class {};";
    for end in 0..=program.len() {
        if let Some(prefix) = program.get(..end) {
            let _ = minijs_parser::parse_script(prefix);
            let _ = minijs_parser::parse_module(prefix);
        }
    }
    assert!(minijs_parser::parse_script(program).is_ok());
}
