//! Bytecode images: every field survives encode → decode, and no bytes make `decode` panic.

use std::rc::Rc;

use minijs_compiler::bytecode::image::{self, ImageError};
use minijs_compiler::bytecode::proto::{FunctionCode, Source};

fn source(name: &str, text: &str) -> Rc<Source> {
    Rc::new(Source { name: Rc::from(name), text: Rc::from(text), first_line_shift: 0 })
}

fn compile(name: &str, text: &str) -> Rc<FunctionCode> {
    match minijs_compiler::compile_script(text, name, true) {
        Ok(code) => code,
        Err(e) => panic!("{name} does not compile: {} at {:?}", e.message, e.span),
    }
}

fn decode(bytes: &[u8], code: &FunctionCode) -> Result<Rc<FunctionCode>, ImageError> {
    image::decode(bytes, code.source.clone())
}

/// The self-hosted built-ins: ~200 KB of real code using most of the instruction set.
fn self_hosted_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../vm/src/builtins/js");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("vm/src/builtins/js is readable")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .map(|path| (path.display().to_string(), std::fs::read_to_string(&path).expect("a readable file")))
        .collect();
    files.sort();
    assert!(files.len() > 10, "found only {} self-hosted files in {}", files.len(), dir.display());
    files
}

/// Small but covers what the built-ins may not: templates (cooked and raw, an invalid escape),
/// BigInt, sloppy mapped arguments, classes with fields, generators, async, regexp literals.
const SAMPLE: &str = r#"
function tag(strings, ...values) { return strings.raw.join("|") + values.length; }
var t = tag`a${1}\unicode${2}c`;
var big = 12345678901234567890n;
function sloppy(a, b, a) { "no strict here"; return arguments[0]; }
class Point { #x = 1; static count = 0; y = 2; get x() { return this.#x; } }
class Point3 extends Point { constructor() { super(); this.z = 3; } }
function* gen() { yield* [1, 2]; }
async function later() { for await (const v of gen()) { await v; } }
var re = /a(?<name>b)c/gu;
var obj = { 1.5: "x", [Symbol.iterator]: gen, ...{ a: 1 } };
label: for (let i = 0; i < 3; i++) { try { if (i) continue label; } finally { obj.a++; } }
x => x ?? -0.0;
"#;

#[test]
fn self_hosted_files_round_trip() {
    for (name, text) in self_hosted_files() {
        let code = compile(&name, &text);
        let bytes = image::encode(&code);
        let decoded = decode(&bytes, &code).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(*decoded == *code, "{name}: decode(encode(code)) differs from code");
        assert_eq!(image::encode(&decoded), bytes, "{name}: re-encoding differs");
    }
}

#[test]
fn sample_round_trips() {
    // Sloppy: `compile_script` with force_strict = false.
    let code = minijs_compiler::compile_script(SAMPLE, "sample.js", false).expect("the sample compiles");
    let decoded = decode(&image::encode(&code), &code).expect("decodes");
    assert!(*decoded == *code);
}

#[test]
fn bundles_keep_their_images_apart() {
    let images = vec![b"one".to_vec(), Vec::new(), b"three".to_vec()];
    let bundle = image::encode_bundle(&images);
    let parts = image::bundle_images(&bundle).expect("a bundle");
    assert_eq!(parts, vec![&b"one"[..], &b""[..], &b"three"[..]]);
    for len in 0..bundle.len() {
        assert!(image::bundle_images(&bundle[..len]).is_err(), "a bundle cut at {len} bytes decoded");
    }
}

#[test]
fn every_truncation_is_an_error() {
    let code = minijs_compiler::compile_script(SAMPLE, "sample.js", false).expect("the sample compiles");
    let bytes = image::encode(&code);
    for len in 0..bytes.len() {
        assert!(decode(&bytes[..len], &code).is_err(), "an image cut at {len} of {} bytes decoded", bytes.len());
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer, &code).is_err(), "trailing bytes were accepted");
}

#[test]
fn a_bad_header_is_an_error() {
    let code = compile("a.js", "1");
    let bytes = image::encode(&code);
    for at in 0..8 {
        let mut bad = bytes.clone();
        bad[at] ^= 0x40;
        assert!(decode(&bad, &code).is_err(), "a header with byte {at} changed decoded");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
        let _ = image::decode(&bytes, source("r.js", ""));
        let _ = image::bundle_images(&bytes);
    }

    /// Random bytes behind a valid header reach the function decoder.
    #[test]
    fn random_bodies_never_panic(body in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
        let mut bytes = image::encode(&compile("a.js", ""))[..8].to_vec();
        bytes.extend_from_slice(&body);
        let _ = image::decode(&bytes, source("r.js", ""));
    }

    /// A valid image with a few bytes changed: an error, or some function tree — never a panic.
    #[test]
    fn corrupted_images_never_panic(changes in proptest::collection::vec((proptest::num::usize::ANY, proptest::num::u8::ANY), 1..4)) {
        let code = minijs_compiler::compile_script(SAMPLE, "sample.js", false).expect("the sample compiles");
        let mut bytes = image::encode(&code);
        for (at, value) in changes {
            let len = bytes.len();
            bytes[at % len] = value;
        }
        let _ = decode(&bytes, &code);
    }
}
