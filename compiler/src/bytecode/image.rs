//! Bytecode images: a compiled function tree as bytes, so that build scripts can compile the
//! self-hosted built-ins and stdlib modules once and a runtime only decodes them at start-up.
//!
//! Hand-written little-endian layout (every count and index is a `u32`):
//!
//! ```text
//! image    = "MJSB" version:u32 function
//! function = name:str kind:u8 flags:u8 length num_locals param_slots num_cells
//!            count op*            op = opcode:u8 operand:u32*   (see `Op::encode`)
//!            count offset:u32*
//!            count constant*      constant = 0 f64 | 1 utf16 | 2 str
//!            count function*      (children)
//!            count capture*       capture = 0 cell:u32 | 1 upval:u32
//!            count template*      template = count (0 | 1 utf16)* count utf16*
//!            span_start:u64 span_end:u64
//!            count mapped:u32*
//!            count (pc:u32 str)*  (callee names)
//! str      = count utf8-byte*      utf16 = count u16*
//! bundle   = count (count byte*)*  (several images in one file)
//! ```
//!
//! The source text is not stored: the loader passes the `Source` the functions came from.
//! `decode` checks every read, so truncated or corrupt bytes give an `ImageError`, never a panic.

use std::fmt;
use std::rc::Rc;

use minijs_parser::ast::{FunctionKind, Utf16};

use super::ops::Op;
use super::proto::{Capture, Constant, FunctionCode, Source, TemplateStrings};

const MAGIC: &[u8; 4] = b"MJSB";
/// Bumped when the layout changes. (A changed opcode table needs no bump: images are rebuilt
/// with the compiler that reads them.)
const VERSION: u32 = 1;
/// Deeper function nesting than the parser accepts (its nesting budget allows about 120
/// nested functions); the bound keeps a corrupt image from recursing without limit.
const MAX_NESTING: usize = 1000;

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
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, VERSION);
    encode_function(&mut out, code);
    out
}

/// The function tree of an image made by `encode`, every function sharing `source`.
pub fn decode(bytes: &[u8], source: Rc<Source>) -> Result<Rc<FunctionCode>, ImageError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(MAGIC.len(), "magic")? != MAGIC {
        return Err(r.error("magic"));
    }
    if r.u32("version")? != VERSION {
        return Err(r.error("version"));
    }
    let code = decode_function(&mut r, &source, 0)?;
    if r.pos != bytes.len() {
        return Err(r.error("trailing bytes"));
    }
    Ok(code)
}

/// Several images in one file.
pub fn encode_bundle(images: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    put_len(&mut out, images.len());
    for image in images {
        put_len(&mut out, image.len());
        out.extend_from_slice(image);
    }
    out
}

/// The images of a bundle, in order.
pub fn bundle_images(bytes: &[u8]) -> Result<Vec<&[u8]>, ImageError> {
    let mut r = Reader { bytes, pos: 0 };
    let count = r.count(4, "bundle size")?;
    let mut images = Vec::with_capacity(count);
    for _ in 0..count {
        let len = r.count(1, "image length")?;
        images.push(r.take(len, "image")?);
    }
    if r.pos != bytes.len() {
        return Err(r.error("trailing bytes"));
    }
    Ok(images)
}

// ---- writing

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A count or length. Compiled code never comes near 4G of anything, so saturating is only a
/// guard (the image would then fail to decode rather than decode wrongly).
fn put_len(out: &mut Vec<u8>, n: usize) {
    put_u32(out, u32::try_from(n).unwrap_or(u32::MAX));
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn put_utf16(out: &mut Vec<u8>, units: &[u16]) {
    put_len(out, units.len());
    for u in units {
        out.extend_from_slice(&u.to_le_bytes());
    }
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

/// The boolean fields of `FunctionCode`, one bit each, in this order.
fn flag_bits(code: &FunctionCode) -> [bool; 6] {
    [code.is_async, code.is_generator, code.strict, code.keeps_args, code.is_class_constructor, code.has_instance_fields]
}

fn encode_function(out: &mut Vec<u8>, code: &FunctionCode) {
    put_str(out, &code.name);
    out.push(kind_byte(code.kind));
    out.push(flag_bits(code).iter().enumerate().fold(0u8, |acc, (bit, on)| acc | (u8::from(*on) << bit)));
    for n in [code.length, code.num_locals, code.param_slots, code.num_cells] {
        put_u32(out, n);
    }
    put_len(out, code.code.len());
    for op in &code.code {
        op.encode(out);
    }
    put_len(out, code.offsets.len());
    for offset in &code.offsets {
        put_u32(out, *offset);
    }
    put_len(out, code.consts.len());
    for constant in &code.consts {
        match constant {
            Constant::Number(n) => {
                out.push(0);
                out.extend_from_slice(&n.to_bits().to_le_bytes());
            }
            Constant::String(units) => {
                out.push(1);
                put_utf16(out, units);
            }
            Constant::BigInt(digits) => {
                out.push(2);
                put_str(out, digits);
            }
        }
    }
    put_len(out, code.children.len());
    for child in &code.children {
        encode_function(out, child);
    }
    put_len(out, code.captures.len());
    for capture in &code.captures {
        let (tag, index) = match capture {
            Capture::ParentCell(i) => (0, *i),
            Capture::ParentUpval(i) => (1, *i),
        };
        out.push(tag);
        put_u32(out, index);
    }
    put_len(out, code.templates.len());
    for template in &code.templates {
        put_len(out, template.cooked.len());
        for cooked in &template.cooked {
            match cooked {
                None => out.push(0),
                Some(units) => {
                    out.push(1);
                    put_utf16(out, units);
                }
            }
        }
        put_len(out, template.raw.len());
        for raw in &template.raw {
            put_utf16(out, raw);
        }
    }
    for end in [code.span.0, code.span.1] {
        out.extend_from_slice(&(end as u64).to_le_bytes());
    }
    put_len(out, code.mapped_params.len());
    for cell in &code.mapped_params {
        put_u32(out, *cell);
    }
    put_len(out, code.callee_names.len());
    for (pc, name) in &code.callee_names {
        put_u32(out, *pc);
        put_str(out, name);
    }
}

// ---- reading

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &'static str) -> ImageError {
        ImageError { what, offset: self.pos }
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ImageError> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.error(what))?;
        let slice = self.bytes.get(self.pos..end).ok_or_else(|| self.error(what))?;
        self.pos = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], ImageError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, ImageError> {
        Ok(self.array::<1>(what)?[0])
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, ImageError> {
        self.array(what).map(u32::from_le_bytes)
    }

    fn u64(&mut self, what: &'static str) -> Result<u64, ImageError> {
        self.array(what).map(u64::from_le_bytes)
    }

    fn usize(&mut self, what: &'static str) -> Result<usize, ImageError> {
        usize::try_from(self.u64(what)?).map_err(|_| self.error(what))
    }

    /// A count of items that take at least `min_size` bytes each: more than the bytes left
    /// could hold is corrupt (and must not become a huge allocation).
    fn count(&mut self, min_size: usize, what: &'static str) -> Result<usize, ImageError> {
        let n = self.u32(what)? as usize;
        let left = self.bytes.len() - self.pos.min(self.bytes.len());
        if n.saturating_mul(min_size) > left {
            return Err(self.error(what));
        }
        Ok(n)
    }

    fn str(&mut self, what: &'static str) -> Result<Rc<str>, ImageError> {
        let len = self.count(1, what)?;
        let start = self.pos;
        let bytes = self.take(len, what)?;
        std::str::from_utf8(bytes).map(Rc::from).map_err(|_| ImageError { what, offset: start })
    }

    fn utf16(&mut self, what: &'static str) -> Result<Utf16, ImageError> {
        let len = self.count(2, what)?;
        let bytes = self.take(len * 2, what)?;
        Ok(bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect())
    }

    fn u32s(&mut self, what: &'static str) -> Result<Vec<u32>, ImageError> {
        let n = self.count(4, what)?;
        (0..n).map(|_| self.u32(what)).collect()
    }
}

fn decode_function(r: &mut Reader<'_>, source: &Rc<Source>, depth: usize) -> Result<Rc<FunctionCode>, ImageError> {
    if depth > MAX_NESTING {
        return Err(r.error("function nesting"));
    }
    let name = r.str("function name")?;
    let kind_at = r.pos;
    let kind = kind_from_byte(r.u8("function kind")?).ok_or(ImageError { what: "function kind", offset: kind_at })?;
    let flags = r.u8("function flags")?;
    let flag = |bit: u8| flags & (1 << bit) != 0;
    let length = r.u32("length")?;
    let num_locals = r.u32("local count")?;
    let param_slots = r.u32("parameter count")?;
    let num_cells = r.u32("cell count")?;
    let op_count = r.count(1, "instruction count")?;
    let mut code = Vec::with_capacity(op_count);
    for _ in 0..op_count {
        let at = r.pos;
        let opcode = r.u8("opcode")?;
        let op = Op::decode(opcode, &mut || r.u32("operand").ok()).ok_or(ImageError { what: "instruction", offset: at })?;
        code.push(op);
    }
    let offsets = r.u32s("offsets")?;
    let const_count = r.count(5, "constant count")?;
    let mut consts = Vec::with_capacity(const_count);
    for _ in 0..const_count {
        consts.push(match r.u8("constant tag")? {
            0 => Constant::Number(f64::from_bits(r.u64("number")?)),
            1 => Constant::String(r.utf16("string constant")?),
            2 => Constant::BigInt(r.str("bigint constant")?),
            _ => return Err(r.error("constant tag")),
        });
    }
    // The smallest function takes more than 40 bytes; 16 is a safe lower bound.
    let child_count = r.count(16, "child count")?;
    let mut children = Vec::with_capacity(child_count);
    for _ in 0..child_count {
        children.push(decode_function(r, source, depth + 1)?);
    }
    let capture_count = r.count(5, "capture count")?;
    let mut captures = Vec::with_capacity(capture_count);
    for _ in 0..capture_count {
        let tag = r.u8("capture tag")?;
        let index = r.u32("capture index")?;
        captures.push(match tag {
            0 => Capture::ParentCell(index),
            1 => Capture::ParentUpval(index),
            _ => return Err(r.error("capture tag")),
        });
    }
    let template_count = r.count(8, "template count")?;
    let mut templates = Vec::with_capacity(template_count);
    for _ in 0..template_count {
        let cooked_count = r.count(1, "template cooked count")?;
        let mut cooked = Vec::with_capacity(cooked_count);
        for _ in 0..cooked_count {
            cooked.push(match r.u8("cooked tag")? {
                0 => None,
                1 => Some(r.utf16("cooked string")?),
                _ => return Err(r.error("cooked tag")),
            });
        }
        let raw_count = r.count(4, "template raw count")?;
        let raw = (0..raw_count).map(|_| r.utf16("raw string")).collect::<Result<_, _>>()?;
        templates.push(TemplateStrings { cooked, raw });
    }
    let span = (r.usize("span start")?, r.usize("span end")?);
    let mapped_params = r.u32s("mapped parameters")?;
    let callee_count = r.count(8, "callee name count")?;
    let mut callee_names = Vec::with_capacity(callee_count);
    for _ in 0..callee_count {
        let pc = r.u32("callee pc")?;
        callee_names.push((pc, r.str("callee name")?));
    }
    let [is_async, is_generator, strict, keeps_args, is_class_constructor, has_instance_fields] = [0, 1, 2, 3, 4, 5].map(flag);
    Ok(Rc::new(FunctionCode {
        name,
        kind,
        is_async,
        is_generator,
        strict,
        length,
        num_locals,
        param_slots,
        num_cells,
        code,
        offsets,
        consts,
        children,
        captures,
        templates,
        span,
        source: source.clone(),
        keeps_args,
        mapped_params,
        is_class_constructor,
        has_instance_fields,
        callee_names,
    }))
}
