//! Bytecode images: a compiled function tree as bytes, so that build scripts can compile the
//! self-hosted built-ins and stdlib modules once and a runtime only decodes them at start-up.
//!
//! Hand-written little-endian layout (every count, index and operand is a `u32`):
//!
//! ```text
//! image    = "MJSB" version:u32 count str* count utf16* function
//! str      = count utf8-byte*          utf16 = count u16*
//! function = name:s kind:u8 flags:u8 length num_locals param_slots num_cells
//!            count op*                 op = opcode:u8 operand:u32*   (see `Op::encode`)
//!            count offset:u32*
//!            count constant*           constant = 0 f64 | 1 string:w | 2 bigint:s
//!            count function*           (children)
//!            count capture*            capture = 0 cell:u32 | 1 upval:u32
//!            count template*           template = count (0 | 1 cooked:w)* count raw:w*
//!            span_start:u64 span_end:u64
//!            count mapped:u32*
//!            count (pc:u32 callee:s)*
//! bundle   = count (count byte*)*      (several images in one file)
//! ```
//!
//! `s` and `w` are indexes into the image's tables of UTF-8 and UTF-16 strings: names and
//! constants repeat across functions, and a table decodes each once (fewer allocations at
//! start-up). The source text is not stored: the loader passes the `Source` the functions came
//! from. `decode` checks every read, so truncated or corrupt bytes give an `ImageError`, never
//! a panic.

mod decode;
mod encode;

use std::fmt;
use std::rc::Rc;

use minijs_parser::ast::FunctionKind;

use super::proto::{FunctionCode, Source};

const MAGIC: &[u8; 4] = b"MJSB";
/// Bumped when the layout changes. (A changed opcode table needs no bump: images are rebuilt
/// with the compiler that reads them.)
const VERSION: u32 = 2;

/// Why bytes are not a valid image: what was being read, and at which byte.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageError {
    pub what: &'static str,
    pub offset: usize,
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad bytecode image: {} at byte {}", self.what, self.offset)
    }
}

impl std::error::Error for ImageError {}

/// The image of `code` and every function nested in it.
pub fn encode(code: &FunctionCode) -> Vec<u8> {
    encode::image(code)
}

/// The function tree of an image made by `encode`, every function sharing `source`.
pub fn decode(bytes: &[u8], source: Rc<Source>) -> Result<Rc<FunctionCode>, ImageError> {
    decode::image(bytes, source)
}

/// Several images in one file.
pub fn encode_bundle(images: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    encode::put_len(&mut out, images.len());
    for image in images {
        encode::put_len(&mut out, image.len());
        out.extend_from_slice(image);
    }
    out
}

/// The images of a bundle, in order.
pub fn bundle_images(bytes: &[u8]) -> Result<Vec<&[u8]>, ImageError> {
    decode::bundle(bytes)
}

fn kind_byte(kind: FunctionKind) -> u8 {
    match kind {
        FunctionKind::Normal => 0,
        FunctionKind::Arrow => 1,
        FunctionKind::Method => 2,
        FunctionKind::Getter => 3,
        FunctionKind::Setter => 4,
        FunctionKind::ClassConstructor => 5,
        FunctionKind::DerivedConstructor => 6,
    }
}

fn kind_from_byte(b: u8) -> Option<FunctionKind> {
    Some(match b {
        0 => FunctionKind::Normal,
        1 => FunctionKind::Arrow,
        2 => FunctionKind::Method,
        3 => FunctionKind::Getter,
        4 => FunctionKind::Setter,
        5 => FunctionKind::ClassConstructor,
        6 => FunctionKind::DerivedConstructor,
        _ => return None,
    })
}
