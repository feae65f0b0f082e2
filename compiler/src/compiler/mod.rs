//! AST → bytecode. Runs outside the gc arena and produces plain `FunctionCode` data.
//!
//! One `FunctionState` per function being compiled, kept on a stack so that nested functions can
//! resolve names of enclosing functions into upvalues (clox's scheme). Bindings that nested
//! functions may capture (see `captures.rs`) live in heap cells; the rest in frame slots.

mod annex_b;
mod captures;
mod class;
mod control;
mod expr;
mod function;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use minijs_parser::ast::{self, FunctionKind, Utf16};

use crate::bytecode::ops::{ConstIdx, Op, Target};
use crate::bytecode::proto::{Capture, Constant, FunctionCode, Source, TemplateStrings};
pub use captures::Captured;
use control::Control;

/// A compile-time error the parser's early errors did not catch (reported as a SyntaxError).
#[derive(Debug, Clone)]
pub struct CompileError {
    pub message: String,
    pub offset: usize,
}

pub type CResult<T = ()> = Result<T, CompileError>;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loc {
    Local(u32),
    Cell(u32),
    Upval(u32),
    Global,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BindKind {
    Var,
    Let,
    Const,
    /// Function declarations and parameters behave like `var`.
    Function,
    Class,
    /// `this` in a derived constructor (TDZ until `super()`), and other internal bindings.
    Internal,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub loc: Loc,
    pub kind: BindKind,
    /// Reads must check for the TDZ marker.
    pub tdz: bool,
}

struct Scope {
    bindings: HashMap<Rc<str>, Binding>,
}

/// What kind of code the outermost function is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CodeKind {
    /// A classic script: top-level declarations are global.
    Script,
    /// An ES module body: top-level declarations live in cells so importers can share them.
    Module,
    /// A function body (CommonJS wrapper, `Function` constructor, nested functions).
    Function,
}

/// An import binding the host links before the module body runs.
#[derive(Clone, Debug)]
pub struct ImportEntry {
    pub specifier: Utf16,
    /// `None` for `import * as ns`.
    pub imported: Option<Rc<str>>,
    pub cell: u32,
}

#[derive(Clone, Debug)]
pub enum ExportEntry {
    /// `export` of a local binding in `cell` under `exported`.
    Local { exported: Rc<str>, cell: u32 },
    /// `export { a as b } from "m"`
    Indirect { exported: Rc<str>, imported: Rc<str>, specifier: Utf16 },
    /// `export * as ns from "m"`
    Namespace { exported: Rc<str>, specifier: Utf16 },
    /// `export * from "m"`
    Star { specifier: Utf16 },
}

/// What the host needs to link an ES module.
#[derive(Clone, Debug, Default)]
pub struct ModuleInfo {
    pub requests: Vec<Utf16>,
    pub imports: Vec<ImportEntry>,
    pub exports: Vec<ExportEntry>,
    pub has_top_level_await: bool,
}

pub(crate) struct FunctionState {
    code: Vec<Op>,
    offsets: Vec<u32>,
    consts: Vec<Constant>,
    string_consts: HashMap<Utf16, ConstIdx>,
    children: Vec<Rc<FunctionCode>>,
    captures: Vec<Capture>,
    capture_index: HashMap<(bool, u32), u32>,
    templates: Vec<TemplateStrings>,
    scopes: Vec<Scope>,
    /// The scope holding `var` and top-level function bindings: 0, or 1 when parameter
    /// expressions give the body its own variable environment (see `compile_function_code`).
    var_scope: usize,
    num_locals: u32,
    num_cells: u32,
    param_slots: u32,
    captured: Captured,
    name: Rc<str>,
    kind: FunctionKind,
    is_async: bool,
    is_generator: bool,
    strict: bool,
    code_kind: CodeKind,
    span: (usize, usize),
    length: u32,
    keeps_args: bool,
    mapped_params: Vec<u32>,
    /// Function declarations in blocks that also assign the function-level `var` (Annex B).
    annex_b: Vec<ast::Span>,
    is_class_constructor: bool,
    has_instance_fields: bool,
    control: Vec<Control>,
    /// Open optional chains: the short-circuit jumps of each, with the values below the tested one.
    chains: Vec<Vec<(usize, u32)>>,
    callee_names: Vec<(u32, Rc<str>)>,
    /// Current source offset, recorded for each emitted instruction.
    offset: u32,
}

pub struct Compiler {
    funcs: Vec<FunctionState>,
    /// Set while compiling a named function *expression*: its name is bound to the function
    /// itself inside its body.
    self_name: Option<Rc<str>>,
    source: Rc<Source>,
    module: ModuleInfo,
}

fn utf16(s: &str) -> Utf16 {
    s.encode_utf16().collect::<Vec<u16>>().into()
}

impl Compiler {
    fn new(source: Rc<Source>) -> Self {
        Compiler { funcs: Vec::new(), self_name: None, source, module: ModuleInfo::default() }
    }

    fn f(&mut self) -> &mut FunctionState {
        // The stack is never empty while compiling: every entry point pushes a state first.
        let last = self.funcs.len().saturating_sub(1);
        &mut self.funcs[last]
    }
    fn fr(&self) -> &FunctionState {
        let last = self.funcs.len().saturating_sub(1);
        &self.funcs[last]
    }

    // ---------------------------------------------------------------------------------------
    // Emitting

    fn emit(&mut self, op: Op) -> usize {
        let f = self.f();
        f.code.push(op);
        f.offsets.push(f.offset);
        f.code.len() - 1
    }
    fn here(&self) -> Target {
        self.fr().code.len() as Target
    }
    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let here = self.here();
        self.patch_to(at, here);
    }
    fn patch_to(&mut self, at: usize, target: Target) {
        if let Some(op) = self.f().code.get_mut(at) {
            match op {
                Op::Jump { target: t }
                | Op::JumpIfFalse { target: t }
                | Op::JumpIfTrue { target: t }
                | Op::JumpIfFalseKeep { target: t }
                | Op::JumpIfTrueKeep { target: t }
                | Op::JumpIfNotNullishKeep { target: t }
                | Op::JumpIfNullishKeep { target: t }
                | Op::JumpIfNotUndefined { target: t }
                | Op::EnterTry { catch: t }
                | Op::JumpIfEmpty { target: t }
                | Op::ForInStep { done: t } => *t = target,
                _ => {}
            }
        }
    }
    /// Records the source text of a callee for the call instruction about to be emitted.
    fn note_callee(&mut self, span: ast::Span) {
        let text = self.source.text.get(span.0..span.1).unwrap_or("").trim();
        if text.is_empty() || text.len() > 80 || text.contains('\n') {
            return;
        }
        let pc = self.here();
        let name: Rc<str> = Rc::from(text);
        self.f().callee_names.push((pc, name));
    }

    fn at(&mut self, span: ast::Span) {
        self.f().offset = span.0 as u32;
    }

    fn string_const(&mut self, s: &Utf16) -> ConstIdx {
        if let Some(&i) = self.fr().string_consts.get(s) {
            return i;
        }
        let f = self.f();
        f.consts.push(Constant::String(s.clone()));
        let i = (f.consts.len() - 1) as ConstIdx;
        f.string_consts.insert(s.clone(), i);
        i
    }
    fn name_const(&mut self, s: &str) -> ConstIdx {
        self.string_const(&utf16(s))
    }
    fn number(&mut self, n: f64) {
        if n.fract() == 0.0 && n.abs() < i32::MAX as f64 && !(n == 0.0 && n.is_sign_negative()) {
            self.emit(Op::Int { value: n as i32 });
        } else {
            let f = self.f();
            f.consts.push(Constant::Number(n));
            let index = (f.consts.len() - 1) as ConstIdx;
            self.emit(Op::Const { index });
        }
    }
    fn string(&mut self, s: &Utf16) {
        let index = self.string_const(s);
        self.emit(Op::Const { index });
    }

    fn new_local(&mut self) -> u32 {
        let f = self.f();
        f.num_locals += 1;
        f.num_locals - 1
    }
    fn new_cell(&mut self) -> u32 {
        let f = self.f();
        f.num_cells += 1;
        f.num_cells - 1
    }

    fn error<T>(&self, message: impl Into<String>) -> CResult<T> {
        Err(CompileError { message: message.into(), offset: self.fr().offset as usize })
    }

    // ---------------------------------------------------------------------------------------
    // Scopes and name resolution

    fn push_scope(&mut self) {
        self.f().scopes.push(Scope { bindings: HashMap::new() });
    }
    fn pop_scope(&mut self) {
        self.f().scopes.pop();
    }

    /// Declares `name` in the innermost scope (or the function scope for `var`), choosing a
    /// slot or a cell. Returns the binding (an existing `var` binding is reused).
    fn declare(&mut self, name: &Rc<str>, kind: BindKind) -> Binding {
        let function_scope = matches!(kind, BindKind::Var | BindKind::Function);
        let is_global_script = self.fr().code_kind == CodeKind::Script && self.funcs.len() == 1 && self.fr().scopes.len() <= 1;
        let scope_index = if function_scope { self.fr().var_scope } else { self.fr().scopes.len().saturating_sub(1) };
        if let Some(existing) = self.fr().scopes.get(scope_index).and_then(|s| s.bindings.get(name)) {
            if function_scope || existing.kind == kind {
                return *existing;
            }
        }
        let tdz = matches!(kind, BindKind::Let | BindKind::Const | BindKind::Class | BindKind::Internal);
        let loc = if is_global_script && scope_index == 0 {
            Loc::Global
        } else if self.fr().code_kind == CodeKind::Module && self.funcs.len() == 1 && scope_index == 0 {
            // Module environment: cells the host creates (TDZ) and links to importers.
            let f = self.f();
            f.captures.push(Capture::ParentCell(u32::MAX));
            Loc::Upval((f.captures.len() - 1) as u32)
        } else if self.fr().captured.contains(name) {
            Loc::Cell(self.new_cell())
        } else {
            Loc::Local(self.new_local())
        };
        let binding = Binding { loc, kind, tdz };
        if let Some(scope) = self.f().scopes.get_mut(scope_index) {
            scope.bindings.insert(name.clone(), binding);
        }
        binding
    }

    fn lookup_in(&self, depth: usize, name: &str) -> Option<Binding> {
        self.funcs.get(depth)?.scopes.iter().rev().find_map(|s| s.bindings.get(name).copied())
    }

    /// Resolves a name to a location, creating upvalues through the enclosing functions.
    fn resolve(&mut self, name: &str) -> Binding {
        let top = self.funcs.len() - 1;
        self.resolve_at(top, name)
    }

    fn resolve_at(&mut self, depth: usize, name: &str) -> Binding {
        if let Some(b) = self.lookup_in(depth, name) {
            return b;
        }
        if depth == 0 {
            return Binding { loc: Loc::Global, kind: BindKind::Var, tdz: false };
        }
        let outer = self.resolve_at(depth - 1, name);
        let capture = match outer.loc {
            Loc::Global => return outer,
            Loc::Cell(c) => (false, c),
            Loc::Upval(u) => (true, u),
            // Conservative capture analysis makes this unreachable; fall back to a global
            // lookup rather than crash on a compiler bug.
            Loc::Local(_) => return Binding { loc: Loc::Global, kind: outer.kind, tdz: false },
        };
        let f = &mut self.funcs[depth];
        let index = match f.capture_index.get(&capture) {
            Some(&i) => i,
            None => {
                let i = f.captures.len() as u32;
                f.captures.push(if capture.0 { Capture::ParentUpval(capture.1) } else { Capture::ParentCell(capture.1) });
                f.capture_index.insert(capture, i);
                i
            }
        };
        Binding { loc: Loc::Upval(index), kind: outer.kind, tdz: outer.tdz }
    }

    /// `[-> v]`
    fn emit_get_binding(&mut self, name: &str) {
        let b = self.resolve(name);
        self.emit_get(b, name);
    }

    fn emit_get(&mut self, b: Binding, name: &str) {
        let name_idx = if b.tdz || b.loc == Loc::Global { Some(self.name_const(name)) } else { None };
        let n = name_idx.unwrap_or(0);
        match (b.loc, b.tdz) {
            (Loc::Local(slot), false) => self.emit(Op::GetLocal { slot }),
            (Loc::Local(slot), true) => self.emit(Op::GetLocalChecked { slot, name: n }),
            (Loc::Cell(cell), false) => self.emit(Op::GetCell { cell }),
            (Loc::Cell(cell), true) => self.emit(Op::GetCellChecked { cell, name: n }),
            (Loc::Upval(index), false) => self.emit(Op::GetUpval { index }),
            (Loc::Upval(index), true) => self.emit(Op::GetUpvalChecked { index, name: n }),
            (Loc::Global, _) => self.emit(Op::GetGlobal { name: n }),
        };
    }

    /// `[v -> v]` assignment to an existing binding (checks const and TDZ).
    fn emit_set_binding(&mut self, name: &str) {
        let b = self.resolve(name);
        if b.kind == BindKind::Const {
            // Reading first gives the TDZ error precedence over the const error.
            self.emit_get(b, name);
            self.emit(Op::Pop);
            self.emit(Op::ThrowConstAssign);
            return;
        }
        if b.tdz && b.loc != Loc::Global {
            self.emit_get(b, name);
            self.emit(Op::Pop);
        }
        self.emit_store(b, name);
    }

    /// `[v -> v]` initializing store (declarations): no const or TDZ checks.
    fn emit_init_binding(&mut self, name: &str) {
        let b = self.resolve(name);
        if b.loc == Loc::Global && matches!(b.kind, BindKind::Let | BindKind::Const | BindKind::Class) {
            let n = self.name_const(name);
            self.emit(Op::InitGlobalLexical { name: n });
            return;
        }
        self.emit_store(b, name);
    }

    fn emit_store(&mut self, b: Binding, name: &str) {
        match b.loc {
            Loc::Local(slot) => self.emit(Op::SetLocal { slot }),
            Loc::Cell(cell) => self.emit(Op::SetCell { cell }),
            Loc::Upval(index) => self.emit(Op::SetUpval { index }),
            Loc::Global => {
                let n = self.name_const(name);
                let strict = self.fr().strict;
                self.emit(Op::SetGlobal { name: n, strict })
            }
        };
    }

    /// Sets a freshly declared block binding to the TDZ marker (on every entry of the block).
    fn emit_tdz(&mut self, b: Binding) {
        match b.loc {
            Loc::Local(slot) => {
                self.emit(Op::Empty);
                self.emit(Op::SetLocal { slot });
                self.emit(Op::Pop);
            }
            Loc::Cell(cell) => {
                self.emit(Op::NewCell { cell });
            }
            Loc::Upval(_) | Loc::Global => {}
        }
    }

    // ---------------------------------------------------------------------------------------
    // Entry points

    fn state(
        name: Rc<str>,
        kind: FunctionKind,
        code_kind: CodeKind,
        strict: bool,
        span: (usize, usize),
        captured: Captured,
    ) -> FunctionState {
        FunctionState {
            code: Vec::new(),
            offsets: Vec::new(),
            consts: Vec::new(),
            string_consts: HashMap::new(),
            children: Vec::new(),
            captures: Vec::new(),
            capture_index: HashMap::new(),
            templates: Vec::new(),
            scopes: vec![Scope { bindings: HashMap::new() }],
            var_scope: 0,
            num_locals: 0,
            num_cells: 0,
            param_slots: 0,
            captured,
            name,
            kind,
            is_async: false,
            is_generator: false,
            strict,
            code_kind,
            span,
            length: 0,
            keeps_args: false,
            mapped_params: Vec::new(),
            annex_b: Vec::new(),
            is_class_constructor: false,
            has_instance_fields: false,
            control: Vec::new(),
            chains: Vec::new(),
            callee_names: Vec::new(),
            offset: span.0 as u32,
        }
    }

    fn finish_state(&mut self) -> Rc<FunctionCode> {
        let f = self.funcs.pop().unwrap_or_else(|| {
            // Unreachable by construction; an empty function is a safe answer.
            FunctionState::empty()
        });
        Rc::new(FunctionCode {
            name: f.name,
            kind: f.kind,
            is_async: f.is_async,
            is_generator: f.is_generator,
            strict: f.strict,
            length: f.length,
            num_locals: f.num_locals,
            param_slots: f.param_slots,
            num_cells: f.num_cells,
            code: f.code,
            offsets: f.offsets,
            consts: f.consts,
            children: f.children,
            captures: f.captures,
            templates: f.templates,
            span: f.span,
            source: self.source.clone(),
            keeps_args: f.keeps_args,
            mapped_params: f.mapped_params,
            is_class_constructor: f.is_class_constructor,
            has_instance_fields: f.has_instance_fields,
            callee_names: f.callee_names,
        })
    }
}

impl FunctionState {
    fn empty() -> Self {
        let mut state = Compiler::state(Rc::from(""), FunctionKind::Normal, CodeKind::Function, false, (0, 0), Captured::default());
        state.code = vec![Op::Undefined, Op::Return];
        state.offsets = vec![0, 0];
        state
    }
}

/// Compiles a classic script: the result is a function that runs the script's statements
/// with `this` = the global object; top-level declarations become globals.
pub fn compile_script(program: &ast::Program, source: Rc<Source>) -> CResult<Rc<FunctionCode>> {
    let mut c = Compiler::new(source.clone());
    let captured = Captured::of_function(&[], None, &program.body);
    let span = (0, source.text.len());
    let state = Compiler::state(Rc::from(""), FunctionKind::Normal, CodeKind::Script, program.strict, span, captured);
    c.funcs.push(state);
    c.function_prologue_bindings(&program.body, &[])?;
    c.emit_completion_body(&program.body)?;
    Ok(c.finish_state())
}

/// Compiles an ES module body into a function (async when it uses top-level await) plus the
/// import/export tables the host links.
pub fn compile_module(program: &ast::Program, source: Rc<Source>) -> CResult<(Rc<FunctionCode>, ModuleInfo)> {
    let mut c = Compiler::new(source.clone());
    let captured = Captured::of_function(&[], None, &program.body);
    let span = (0, source.text.len());
    let mut state = Compiler::state(Rc::from(""), FunctionKind::Normal, CodeKind::Module, true, span, captured);
    state.is_async = function::contains_top_level_await(&program.body);
    c.module.has_top_level_await = state.is_async;
    c.funcs.push(state);
    c.module_prologue(&program.body)?;
    c.function_prologue_bindings(&program.body, &[])?;
    for s in &program.body {
        c.stmt(s)?;
    }
    c.emit(Op::Undefined);
    c.emit(Op::Return);
    let code = c.finish_state();
    Ok((code, c.module))
}

/// Compiles a standalone function (the `Function` constructor, CommonJS wrappers).
pub fn compile_function(func: &ast::Function, source: Rc<Source>) -> CResult<Rc<FunctionCode>> {
    let mut c = Compiler::new(source);
    c.compile_function_code(func, None)
}

impl Compiler {
    /// Statements of a script, leaving the completion value of the last expression statement
    /// as the script's result (for `$262.evalScript` and the REPL-like `eval`).
    fn emit_completion_body(&mut self, body: &[ast::Stmt]) -> CResult {
        let result = self.new_local();
        for s in body {
            if let ast::StmtKind::Expr(e) = &s.kind {
                self.at(s.span);
                self.expr(e)?;
                self.emit(Op::SetLocal { slot: result });
                self.emit(Op::Pop);
            } else {
                self.stmt(s)?;
            }
        }
        self.emit(Op::GetLocal { slot: result });
        self.emit(Op::Return);
        Ok(())
    }
}
