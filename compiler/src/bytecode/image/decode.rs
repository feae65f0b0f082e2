//! Reading an image. Every read is checked: bytes that are not an image give an `ImageError`.

use std::rc::Rc;

use minijs_parser::ast::Utf16;

use super::{ImageError, MAGIC, VERSION, kind_from_byte};
use crate::bytecode::ops::Op;
use crate::bytecode::proto::{Capture, Constant, FunctionCode, Source, TemplateStrings};

/// Deeper function nesting than the parser accepts (its nesting budget allows about 120
/// nested functions); the bound keeps a corrupt image from recursing without limit.
const MAX_NESTING: usize = 1000;
/// The fewest bytes an encoded function takes (name, kind, flags, four numbers, eight counts
/// and the span), so a corrupt child count cannot reserve more functions than the bytes hold.
const MIN_FUNCTION_SIZE: usize = 4 + 1 + 1 + 4 * 4 + 8 * 4 + 16;

pub(super) fn image(bytes: &[u8], source: Rc<Source>) -> Result<Rc<FunctionCode>, ImageError> {
    let mut r = Reader { bytes, pos: 0, strs: Vec::new(), utf16s: Vec::new() };
    if r.take(MAGIC.len(), "magic")? != MAGIC {
        return Err(r.error("magic"));
    }
    if r.u32("version")? != VERSION {
        return Err(r.error("version"));
    }
    let str_count = r.count(4, "string table size")?;
    r.strs.reserve(str_count);
    for _ in 0..str_count {
        let s = r.utf8("string table")?;
        r.strs.push(s);
    }
    let utf16_count = r.count(4, "UTF-16 table size")?;
    r.utf16s.reserve(utf16_count);
    for _ in 0..utf16_count {
        let units = r.utf16("UTF-16 table")?;
        r.utf16s.push(units);
    }
    let code = function(&mut r, &source, 0)?;
    if r.pos != bytes.len() {
        return Err(r.error("trailing bytes"));
    }
    Ok(code)
}

pub(super) fn bundle(bytes: &[u8]) -> Result<Vec<&[u8]>, ImageError> {
    let mut r = Reader { bytes, pos: 0, strs: Vec::new(), utf16s: Vec::new() };
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

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strs: Vec<Rc<str>>,
    utf16s: Vec<Utf16>,
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
        let left = self.bytes.len().saturating_sub(self.pos);
        if n.saturating_mul(min_size) > left {
            return Err(self.error(what));
        }
        Ok(n)
    }

    fn u32s(&mut self, what: &'static str) -> Result<Vec<u32>, ImageError> {
        let n = self.count(4, what)?;
        let bytes = self.take(n * 4, what)?;
        Ok(bytes.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
    }

    fn utf8(&mut self, what: &'static str) -> Result<Rc<str>, ImageError> {
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

    /// A string of the UTF-8 table.
    fn str(&mut self, what: &'static str) -> Result<Rc<str>, ImageError> {
        let at = self.pos;
        let index = self.u32(what)? as usize;
        self.strs.get(index).cloned().ok_or(ImageError { what, offset: at })
    }

    /// A string of the UTF-16 table.
    fn string(&mut self, what: &'static str) -> Result<Utf16, ImageError> {
        let at = self.pos;
        let index = self.u32(what)? as usize;
        self.utf16s.get(index).cloned().ok_or(ImageError { what, offset: at })
    }

    /// `count` items read by `item`.
    fn list<T>(
        &mut self,
        min_size: usize,
        what: &'static str,
        mut item: impl FnMut(&mut Self) -> Result<T, ImageError>,
    ) -> Result<Vec<T>, ImageError> {
        let n = self.count(min_size, what)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }
}

fn function(r: &mut Reader<'_>, source: &Rc<Source>, depth: usize) -> Result<Rc<FunctionCode>, ImageError> {
    if depth > MAX_NESTING {
        return Err(r.error("function nesting"));
    }
    let name = r.str("function name")?;
    let kind_at = r.pos;
    let kind = kind_from_byte(r.u8("function kind")?).ok_or(ImageError { what: "function kind", offset: kind_at })?;
    // The boolean fields, one bit each, in the order `encode` packs them.
    let flags = r.u8("function flags")?;
    let [is_async, is_generator, strict, keeps_args, is_class_constructor, has_instance_fields] =
        [0, 1, 2, 3, 4, 5].map(|bit| flags & (1 << bit) != 0);
    let length = r.u32("length")?;
    let num_locals = r.u32("local count")?;
    let param_slots = r.u32("parameter count")?;
    let num_cells = r.u32("cell count")?;
    let code = r.list(1, "instructions", |r| {
        let at = r.pos;
        let opcode = r.u8("opcode")?;
        Op::decode(opcode, &mut || r.u32("operand").ok()).ok_or(ImageError { what: "instruction", offset: at })
    })?;
    let offsets = r.u32s("offsets")?;
    let consts = r.list(5, "constants", |r| match r.u8("constant tag")? {
        0 => Ok(Constant::Number(f64::from_bits(r.u64("number")?))),
        1 => Ok(Constant::String(r.string("string constant")?)),
        2 => Ok(Constant::BigInt(r.str("bigint constant")?)),
        _ => Err(r.error("constant tag")),
    })?;
    let children = r.list(MIN_FUNCTION_SIZE, "children", |r| function(r, source, depth + 1))?;
    let captures = r.list(5, "captures", |r| {
        let tag = r.u8("capture tag")?;
        let index = r.u32("capture index")?;
        match tag {
            0 => Ok(Capture::ParentCell(index)),
            1 => Ok(Capture::ParentUpval(index)),
            _ => Err(r.error("capture tag")),
        }
    })?;
    let templates = r.list(8, "templates", |r| {
        let cooked = r.list(1, "cooked strings", |r| match r.u8("cooked tag")? {
            0 => Ok(None),
            1 => r.string("cooked string").map(Some),
            _ => Err(r.error("cooked tag")),
        })?;
        let raw = r.list(4, "raw strings", |r| r.string("raw string"))?;
        Ok(TemplateStrings { cooked, raw })
    })?;
    let span = (r.usize("span start")?, r.usize("span end")?);
    let mapped_params = r.u32s("mapped parameters")?;
    let callee_names = r.list(8, "callee names", |r| Ok((r.u32("callee pc")?, r.str("callee name")?)))?;
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
