//! The stdlib files and the glue precompiled at build time: `stdlib/build.rs` compiles each
//! `STDLIB_FILES` entry's wrapper into one bytecode image, and `GLUE` into another, so `require`
//! of a stdlib module and the host's set-up decode code instead of parsing and compiling it at
//! every start.

use std::rc::Rc;

use minijs_compiler::bytecode::image;
use minijs_compiler::bytecode::proto::FunctionCode;

use minijs_compiler::bytecode::proto::Source;

pub use super::stdlib_files::GLUE;
use super::stdlib_files::{STDLIB_FILES, stdlib_source_name};
use super::wrapper::{STDLIB_PARAMS, wrap, wrapper_source};

/// One image per `STDLIB_FILES` entry, in the same order (see `stdlib/build.rs`).
const IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stdlib.bin"));
/// The image of `GLUE`.
const GLUE_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/glue.bin"));

/// The compiled wrapper of stdlib file `table_name` when `source` is its embedded text (not a
/// `MINIJS_STDLIB_DIR` replacement, which must be compiled): what `compile_wrapper` would give.
pub fn precompiled_stdlib(table_name: &str, source: &str) -> Option<Rc<FunctionCode>> {
    let index = STDLIB_FILES.iter().position(|(name, _)| *name == table_name)?;
    let (_, embedded) = STDLIB_FILES.get(index)?;
    if *embedded != source {
        return None;
    }
    let image = *image::bundle_images(IMAGE).ok()?.get(index)?;
    let source = wrapper_source(&stdlib_source_name(table_name), &wrap(embedded, STDLIB_PARAMS), STDLIB_PARAMS);
    image::decode(image, source).ok()
}

/// The compiled glue script: what `compile_script(GLUE.1, GLUE.0, true)` would give.
pub fn precompiled_glue() -> Option<Rc<FunctionCode>> {
    let (name, text) = GLUE;
    image::decode(GLUE_IMAGE, Rc::new(Source { name: Rc::from(name), text: Rc::from(text), first_line_shift: 0 })).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::wrapper::compile_wrapper;

    /// The image holds exactly what compiling the files gives now, every field of every function.
    #[test]
    fn image_matches_a_fresh_compile() {
        for (name, text) in STDLIB_FILES {
            let fresh = compile_wrapper(text, &stdlib_source_name(name), STDLIB_PARAMS).expect("stdlib files compile");
            let loaded = precompiled_stdlib(name, text).expect("in the image");
            assert!(*loaded == *fresh, "{name}: the image differs from a fresh compile");
        }
        assert!(precompiled_stdlib("node/util", "module.exports = 1;").is_none(), "a replaced text needs compiling");
    }

    #[test]
    fn glue_image_matches_a_fresh_compile() {
        let (name, text) = GLUE;
        let fresh = minijs_compiler::compile_script(text, name, true).expect("the glue compiles");
        assert!(precompiled_glue().is_some_and(|loaded| *loaded == *fresh), "the glue image differs from a fresh compile");
    }
}
