//! Compiled functions: plain data with no `'gc`, produced by the compiler outside the arena and
//! loaded into it by the vm (which holds them in `#[collect(require_static)]` fields).

use std::rc::Rc;

use minijs_parser::ast::{FunctionKind, Utf16};

use super::ops::Op;

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Number(f64),
    String(Utf16),
    BigInt(Rc<str>),
}

/// Where a closure's upvalue comes from when the closure is created.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Capture {
    /// A cell of the creating frame.
    ParentCell(u32),
    /// An upvalue of the creating closure.
    ParentUpval(u32),
}

/// The source a function came from, shared by every function of a script, for stack traces
/// and `Function.prototype.toString`.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub name: Rc<str>,
    pub text: Rc<str>,
    /// UTF-16 columns of line 1 that belong to a wrapper the host put around the file (CommonJS), not
    /// to the file: stack traces leave them out.
    pub first_line_shift: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TemplateStrings {
    pub cooked: Vec<Option<Utf16>>,
    pub raw: Vec<Utf16>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionCode {
    pub name: Rc<str>,
    pub kind: FunctionKind,
    pub is_async: bool,
    pub is_generator: bool,
    pub strict: bool,
    /// `length`: the parameters before the first default or rest.
    pub length: u32,
    /// Local slots; the first `param_slots` receive the arguments.
    pub num_locals: u32,
    pub param_slots: u32,
    pub num_cells: u32,
    pub code: Vec<Op>,
    /// Source byte offset of each instruction (parallel to `code`), for stack traces.
    pub offsets: Vec<u32>,
    pub consts: Vec<Constant>,
    pub children: Vec<Rc<FunctionCode>>,
    pub captures: Vec<Capture>,
    pub templates: Vec<TemplateStrings>,
    /// Byte span of the function's source text.
    pub span: (usize, usize),
    pub source: Rc<Source>,
    /// Needs the call's argument list kept (arguments object or rest parameter).
    pub keeps_args: bool,
    /// Sloppy functions with simple parameters that use `arguments`: the cell each parameter
    /// position aliases (`u32::MAX` for the earlier position of a duplicated name).
    pub mapped_params: Vec<u32>,
    /// A class constructor: throws when called without `new`.
    pub is_class_constructor: bool,
    /// The instance has fields to initialize when constructed (base class constructors).
    pub has_instance_fields: bool,
    /// Source text of the callee of each call site, by the pc of its Call/New op, for
    /// "x is not a function" messages (sorted by pc).
    pub callee_names: Vec<(u32, Rc<str>)>,
}

impl FunctionCode {
    /// The callee text recorded for the call instruction at `pc`.
    pub fn callee_name(&self, pc: u32) -> Option<&str> {
        self.callee_names.binary_search_by_key(&pc, |(p, _)| *p).ok().map(|i| &*self.callee_names[i].1)
    }
}

impl FunctionCode {
    pub fn is_arrow(&self) -> bool {
        self.kind == FunctionKind::Arrow
    }
    /// Whether `new f()` is allowed.
    pub fn is_constructor(&self) -> bool {
        matches!(self.kind, FunctionKind::Normal | FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor)
            && !self.is_async
            && !self.is_generator
    }
}
