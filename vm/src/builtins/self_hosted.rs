//! The compiled self-hosted built-ins. `vm/build.rs` compiles every file of `SELF_HOSTED` into
//! one bytecode image at build time; a runtime decodes it (about 5 M instructions) instead
//! of parsing and compiling ~200 KB of JavaScript at every start.

use std::cell::RefCell;
use std::rc::Rc;

use minijs_compiler::CompileFailure;
use minijs_compiler::bytecode::image;
use minijs_compiler::bytecode::proto::{FunctionCode, Source};

pub use super::self_hosted_files::SELF_HOSTED;

/// One image per `SELF_HOSTED` file, in the same order (see `vm/build.rs`).
const IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/self_hosted.bin"));

thread_local! {
    /// Decoded files, shared by every runtime of the thread (`$262.createRealm`, batch runs).
    static CODE: RefCell<Vec<Option<Rc<FunctionCode>>>> = const { RefCell::new(Vec::new()) };
}

/// The code of `SELF_HOSTED[index]`: decoded from the image, or (should the image not match,
/// which a build never produces) compiled from its text as before images existed.
pub fn self_hosted_code(index: usize) -> Result<Rc<FunctionCode>, CompileFailure> {
    if let Some(code) = CODE.with(|c| c.borrow().get(index).cloned().flatten()) {
        return Ok(code);
    }
    let Some((name, text)) = SELF_HOSTED.get(index) else {
        return Err(CompileFailure { message: format!("no self-hosted file {index}"), span: (0, 0) });
    };
    let code = match decode(index) {
        Some(code) => code,
        None => minijs_compiler::compile_script(text, &source_name(name), true)?,
    };
    CODE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() <= index {
            c.resize(index + 1, None);
        }
        if let Some(slot) = c.get_mut(index) {
            *slot = Some(code.clone());
        }
    });
    Ok(code)
}

/// The name stack traces show for a self-hosted file.
fn source_name(file: &str) -> String {
    format!("minijs:{file}")
}

/// `SELF_HOSTED[index]` from the image.
fn decode(index: usize) -> Option<Rc<FunctionCode>> {
    let (name, text) = SELF_HOSTED.get(index)?;
    let image = *image::bundle_images(IMAGE).ok()?.get(index)?;
    let source = Rc::new(Source { name: Rc::from(source_name(name)), text: Rc::from(*text), first_line_shift: 0 });
    image::decode(image, source).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The image holds exactly what compiling the texts gives now, every field of every function.
    #[test]
    fn image_matches_a_fresh_compile() {
        let images = image::bundle_images(IMAGE).expect("a well-formed bundle");
        assert_eq!(images.len(), SELF_HOSTED.len());
        for (index, (name, text)) in SELF_HOSTED.iter().enumerate() {
            let fresh = minijs_compiler::compile_script(text, &source_name(name), true).expect("self-hosted code compiles");
            let loaded = decode(index).expect("decodes");
            assert!(*loaded == *fresh, "{name}: the image differs from a fresh compile");
        }
    }
}
