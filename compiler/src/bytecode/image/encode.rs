//! Writing an image: the function tree into a body while collecting the string tables, then the
//! header, the tables and the body.

use std::collections::HashMap;
use std::rc::Rc;

use minijs_parser::ast::Utf16;

use super::{MAGIC, VERSION, kind_byte};
use crate::bytecode::proto::{Capture, Constant, FunctionCode};

pub(super) fn image(code: &FunctionCode) -> Vec<u8> {
    let mut writer = Writer::default();
    writer.function(code);
    let mut out = Vec::with_capacity(writer.body.len() + 4096);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, VERSION);
    put_len(&mut out, writer.strs.len());
    for s in &writer.strs {
        put_len(&mut out, s.len());
        out.extend_from_slice(s.as_bytes());
    }
    put_len(&mut out, writer.utf16s.len());
    for units in &writer.utf16s {
        put_len(&mut out, units.len());
        for u in units.iter() {
            out.extend_from_slice(&u.to_le_bytes());
        }
    }
    out.extend_from_slice(&writer.body);
    out
}

pub(super) fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A count or length. Compiled code never comes near 4G of anything, so saturating is only a
/// guard (the image would then fail to decode rather than decode wrongly).
pub(super) fn put_len(out: &mut Vec<u8>, n: usize) {
    put_u32(out, u32::try_from(n).unwrap_or(u32::MAX));
}

#[derive(Default)]
struct Writer {
    body: Vec<u8>,
    strs: Vec<Rc<str>>,
    str_index: HashMap<Rc<str>, u32>,
    utf16s: Vec<Utf16>,
    utf16_index: HashMap<Utf16, u32>,
}

impl Writer {
    fn u32(&mut self, v: u32) {
        put_u32(&mut self.body, v);
    }

    fn len(&mut self, n: usize) {
        put_len(&mut self.body, n);
    }

    /// The index of `s` in the UTF-8 table.
    fn str(&mut self, s: &Rc<str>) {
        let next = self.strs.len();
        let index = *self.str_index.entry(s.clone()).or_insert_with(|| u32::try_from(next).unwrap_or(u32::MAX));
        if index as usize == next {
            self.strs.push(s.clone());
        }
        self.u32(index);
    }

    /// The index of `units` in the UTF-16 table.
    fn utf16(&mut self, units: &Utf16) {
        let next = self.utf16s.len();
        let index = *self.utf16_index.entry(units.clone()).or_insert_with(|| u32::try_from(next).unwrap_or(u32::MAX));
        if index as usize == next {
            self.utf16s.push(units.clone());
        }
        self.u32(index);
    }

    fn function(&mut self, code: &FunctionCode) {
        self.str(&code.name);
        self.body.push(kind_byte(code.kind));
        let flags = [code.is_async, code.is_generator, code.strict, code.keeps_args, code.is_class_constructor, code.has_instance_fields];
        self.body.push(flags.iter().enumerate().fold(0u8, |acc, (bit, on)| acc | (u8::from(*on) << bit)));
        for n in [code.length, code.num_locals, code.param_slots, code.num_cells] {
            self.u32(n);
        }
        self.len(code.code.len());
        for op in &code.code {
            op.encode(&mut self.body);
        }
        self.len(code.offsets.len());
        for offset in &code.offsets {
            self.u32(*offset);
        }
        self.len(code.consts.len());
        for constant in &code.consts {
            match constant {
                Constant::Number(n) => {
                    self.body.push(0);
                    self.body.extend_from_slice(&n.to_bits().to_le_bytes());
                }
                Constant::String(units) => {
                    self.body.push(1);
                    self.utf16(units);
                }
                Constant::BigInt(digits) => {
                    self.body.push(2);
                    self.str(digits);
                }
            }
        }
        self.len(code.children.len());
        for child in &code.children {
            self.function(child);
        }
        self.len(code.captures.len());
        for capture in &code.captures {
            let (tag, index) = match capture {
                Capture::ParentCell(i) => (0, *i),
                Capture::ParentUpval(i) => (1, *i),
            };
            self.body.push(tag);
            self.u32(index);
        }
        self.len(code.templates.len());
        for template in &code.templates {
            self.len(template.cooked.len());
            for cooked in &template.cooked {
                match cooked {
                    None => self.body.push(0),
                    Some(units) => {
                        self.body.push(1);
                        self.utf16(units);
                    }
                }
            }
            self.len(template.raw.len());
            for raw in &template.raw {
                self.utf16(raw);
            }
        }
        for end in [code.span.0, code.span.1] {
            self.body.extend_from_slice(&(end as u64).to_le_bytes());
        }
        self.len(code.mapped_params.len());
        for cell in &code.mapped_params {
            self.u32(*cell);
        }
        self.len(code.callee_names.len());
        for (pc, name) in &code.callee_names {
            self.u32(*pc);
            self.str(name);
        }
    }
}
