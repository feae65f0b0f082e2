//! The stdlib files precompiled at build time: `stdlib/build.rs` compiles each `STDLIB_FILES`
//! entry's wrapper into one bytecode image, so `require` of a stdlib module decodes its code
//! instead of parsing and compiling it at every start.

use std::rc::Rc;

use minijs_compiler::bytecode::image;
use minijs_compiler::bytecode::proto::FunctionCode;

use super::stdlib_files::{STDLIB_FILES, stdlib_source_name};
use super::wrapper::{STDLIB_PARAMS, wrap, wrapper_source};

/// One image per `STDLIB_FILES` entry, in the same order (see `stdlib/build.rs`).
const IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stdlib.bin"));

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
}
