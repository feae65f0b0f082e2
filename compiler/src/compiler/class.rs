//! Classes: constructor, methods, accessors, private names, instance fields (compiled into an
//! initializer function run on each new instance) and static fields and blocks (compiled into
//! a function run once on the constructor).

use std::rc::Rc;

use minijs_parser::ast::*;

use super::captures::THIS;
use super::{BindKind, Binding, CResult, CodeKind, Compiler, Loc};
use crate::bytecode::ops::Op;

/// Where a field's key is kept between class definition and field initialization.
enum FieldKey {
    Static(Rc<str>),
    Computed(Binding),
    Private(Rc<str>),
}

impl Compiler {
    /// Declares a binding that always lives in a cell (it is read by nested functions the
    /// capture analysis cannot see, such as field initializers and private names).
    fn declare_cell(&mut self, name: Rc<str>, kind: BindKind) -> Binding {
        let cell = self.new_cell();
        self.emit(Op::NewCell { cell });
        let b = Binding { loc: Loc::Cell(cell), kind, tdz: false };
        if let Some(scope) = self.f().scopes.last_mut() {
            scope.bindings.insert(name, b);
        }
        b
    }

    /// `[-> ctor]`
    pub(super) fn class(&mut self, c: &Class, name: Option<Rc<str>>) -> CResult {
        let class_name = c.name.clone().or(name).unwrap_or_else(|| Rc::from(""));
        self.push_scope();
        if let Some(n) = &c.name {
            let b = self.declare(n, BindKind::Class);
            self.emit_tdz(b);
        }
        // Private names: one fresh symbol per class evaluation.
        let mut private_seen: Vec<Rc<str>> = Vec::new();
        for m in &c.members {
            let key = match m {
                ClassMember::Method { key, .. } | ClassMember::Field { key, .. } => key,
                ClassMember::StaticBlock(_) => continue,
            };
            if let PropKey::Private(n) = key
                && !private_seen.contains(n)
            {
                private_seen.push(n.clone());
                let hidden: Rc<str> = Rc::from(format!("#{n}"));
                let b = self.declare_cell(hidden.clone(), BindKind::Const);
                let idx = self.name_const(&hidden);
                self.emit(Op::NewPrivateName { name: idx });
                self.emit_store(b, &hidden);
                self.emit(Op::Pop);
            }
        }

        let derived = c.extends.is_some();
        if let Some(h) = &c.extends {
            self.expr(h)?;
        }
        let has_instance_fields = c.members.iter().any(|m| match m {
            ClassMember::Method { is_static: false, key: PropKey::Private(_), kind, .. } if *kind != MethodKind::Method => true,
            ClassMember::Field { is_static: false, .. } => true,
            ClassMember::Method { is_static: false, key: PropKey::Private(_), .. } => true,
            _ => false,
        });
        let ctor_code = {
            let synthesized;
            let ctor: &Function = match &c.constructor {
                Some(f) => f,
                None => {
                    synthesized = default_constructor(derived, c.span);
                    &synthesized
                }
            };
            self.compile_function_code(ctor, Some(class_name.clone()))?
        };
        // A class's source text (Function.prototype.toString) is the whole class.
        let mut code = (*ctor_code).clone();
        code.has_instance_fields = has_instance_fields;
        code.span = c.span;
        let ctor_code = Rc::new(code);
        let ctor = self.add_child(ctor_code);
        let name_idx = self.name_const(&class_name);
        self.emit(Op::MakeClass { ctor, derived, name: name_idx });
        // [ctor proto]
        if let Some(n) = &c.name {
            self.emit(Op::Over);
            self.emit_init_binding(n);
            self.emit(Op::Pop);
        }

        let mut instance_fields: Vec<(FieldKey, Option<&Expr>)> = Vec::new();
        let mut private_methods: Vec<(Rc<str>, Binding)> = Vec::new();
        let mut private_accessors: Vec<(Rc<str>, Binding, bool)> = Vec::new();
        let mut statics: Vec<StaticItem> = Vec::new();
        for m in &c.members {
            match m {
                ClassMember::Method { key: PropKey::Private(n), is_static, kind, func } if *kind != MethodKind::Method => {
                    let setter = *kind == MethodKind::Set;
                    let fname: Rc<str> = Rc::from(format!("{} #{n}", if setter { "set" } else { "get" }));
                    if *is_static {
                        self.emit(Op::Swap);
                        self.emit_private_name(n)?;
                        self.emit(Op::Over);
                        // [proto ctor priv ctor] → closure with home = ctor
                        self.emit_closure_named(func, Some(fname))?;
                        self.emit(Op::SetHomeObject);
                        self.emit(Op::Swap);
                        self.emit(Op::Pop);
                        self.emit(Op::DefinePrivateAccessor { setter });
                        self.emit(Op::Swap);
                    } else {
                        let hidden: Rc<str> = Rc::from(format!("#{n}%{}", if setter { "set" } else { "get" }));
                        let b = self.declare_cell(hidden.clone(), BindKind::Const);
                        self.emit(Op::Dup);
                        self.emit_closure_named(func, Some(fname))?;
                        self.emit(Op::SetHomeObject);
                        self.emit_store(b, &hidden);
                        self.emit(Op::Pop);
                        self.emit(Op::Pop);
                        private_accessors.push((n.clone(), b, setter));
                    }
                }
                ClassMember::Method { key: PropKey::Private(n), is_static, kind: _, func } => {
                    let method_name: Rc<str> = Rc::from(format!("#{n}"));
                    if *is_static {
                        // [ctor proto] → define on ctor now
                        self.emit(Op::Swap);
                        self.emit_private_name(n)?;
                        self.emit_closure_named(func, Some(method_name))?;
                        self.emit(Op::DefinePrivate);
                        self.emit(Op::Swap);
                    } else {
                        let hidden: Rc<str> = Rc::from(format!("#{n}%method"));
                        let b = self.declare_cell(hidden.clone(), BindKind::Const);
                        // methods need a home object: define on proto's side via a temp object
                        self.emit(Op::Dup);
                        self.emit_closure_named(func, Some(method_name))?;
                        self.emit(Op::SetHomeObject);
                        self.emit_store(b, &hidden);
                        self.emit(Op::Pop);
                        self.emit(Op::Pop);
                        private_methods.push((n.clone(), b));
                    }
                }
                ClassMember::Method { key, is_static, kind, func } => {
                    if *is_static {
                        self.emit(Op::Swap);
                        self.define_method(key, *kind, func, true)?;
                        self.emit(Op::Swap);
                    } else {
                        self.define_method(key, *kind, func, true)?;
                    }
                }
                ClassMember::Field { key, is_static, value, .. } => {
                    let fk = match key {
                        PropKey::Private(n) => FieldKey::Private(n.clone()),
                        PropKey::Computed(_) => {
                            self.prop_key_value(key)?;
                            let hidden: Rc<str> = Rc::from(format!("%field{}", self.fr().num_cells));
                            let b = self.declare_cell(hidden.clone(), BindKind::Const);
                            self.emit_store(b, &hidden);
                            self.emit(Op::Pop);
                            FieldKey::Computed(b)
                        }
                        other => FieldKey::Static(Self::static_key_name(other).unwrap_or_else(|| Rc::from(""))),
                    };
                    if *is_static {
                        statics.push(StaticItem::Field(fk, value.as_ref()));
                    } else {
                        instance_fields.push((fk, value.as_ref()));
                    }
                }
                ClassMember::StaticBlock(body) => statics.push(StaticItem::Block(body)),
            }
        }

        if has_instance_fields {
            let init = self.initializer_function(&private_methods, &private_accessors, &instance_fields, c.span)?;
            let index = self.add_child(init);
            self.emit(Op::Swap);
            self.emit(Op::Closure { index });
            self.emit(Op::SetFieldInitializer);
            self.emit(Op::Swap);
        }
        if !statics.is_empty() {
            let init = self.static_initializer(&statics, c.span)?;
            let index = self.add_child(init);
            // [ctor proto] → call init with this = ctor
            self.emit(Op::Over);
            self.emit(Op::Closure { index });
            self.emit(Op::SetHomeObject);
            self.emit(Op::Call { argc: 0 });
            self.emit(Op::Pop);
        }
        self.emit(Op::Pop);
        self.pop_scope();
        Ok(())
    }

    fn begin_synthetic(&mut self, name: &str, span: Span, captured: super::Captured) {
        let strict = true;
        let st = Compiler::state(Rc::from(name), FunctionKind::Method, CodeKind::Function, strict, span, captured);
        self.funcs.push(st);
        if self.fr().captured.contains(THIS) {
            let this: Rc<str> = Rc::from(THIS);
            let b = self.declare(&this, BindKind::Var);
            self.emit(Op::LoadThis);
            self.emit_store(b, THIS);
            self.emit(Op::Pop);
        }
    }

    /// `[-> ]` defines one field on `this` inside an initializer.
    fn emit_field(&mut self, key: &FieldKey, value: Option<&Expr>) -> CResult {
        self.emit_this()?;
        match key {
            FieldKey::Static(n) => {
                let name = self.name_const(n);
                self.field_value(value, Some(n.clone()))?;
                self.emit(Op::DefineField { name });
            }
            FieldKey::Computed(b) => {
                let b = self.resolve_binding_from_outer(*b);
                self.emit_get(b, "%field");
                self.field_value(value, None)?;
                self.emit(Op::DefineElem);
            }
            FieldKey::Private(n) => {
                self.emit_private_name(n)?;
                self.field_value(value, Some(Rc::from(format!("#{n}"))))?;
                self.emit(Op::DefinePrivate);
            }
        }
        self.emit(Op::Pop);
        Ok(())
    }

    fn field_value(&mut self, value: Option<&Expr>, name: Option<Rc<str>>) -> CResult {
        match value {
            Some(v) => match name {
                Some(n) => self.expr_named(v, &Pattern::Ident(n, v.span)),
                None => self.expr(v),
            },
            None => {
                self.emit(Op::Undefined);
                Ok(())
            }
        }
    }

    /// A binding of the class-defining function, seen from the initializer one level down.
    fn resolve_binding_from_outer(&mut self, b: Binding) -> Binding {
        let Loc::Cell(cell) = b.loc else { return b };
        let depth = self.funcs.len() - 1;
        let f = &mut self.funcs[depth];
        let key = (false, cell);
        let index = match f.capture_index.get(&key) {
            Some(&i) => i,
            None => {
                let i = f.captures.len() as u32;
                f.captures.push(crate::bytecode::proto::Capture::ParentCell(cell));
                f.capture_index.insert(key, i);
                i
            }
        };
        Binding { loc: Loc::Upval(index), ..b }
    }

    fn initializer_function(
        &mut self,
        private_methods: &[(Rc<str>, Binding)],
        private_accessors: &[(Rc<str>, Binding, bool)],
        fields: &[(FieldKey, Option<&Expr>)],
        span: Span,
    ) -> CResult<Rc<crate::bytecode::proto::FunctionCode>> {
        let mut captured = super::Captured::default();
        for (_, v) in fields {
            if let Some(v) = v {
                captured.names.extend(super::Captured::of_expr(v).names);
            }
        }
        self.begin_synthetic("<instance_fields_initializer>", span, captured);
        for (n, b) in private_methods {
            self.emit_this()?;
            self.emit_private_name(n)?;
            let b = self.resolve_binding_from_outer(*b);
            self.emit_get(b, "%method");
            self.emit(Op::DefinePrivate);
            self.emit(Op::Pop);
        }
        for (n, b, setter) in private_accessors {
            self.emit_this()?;
            self.emit_private_name(n)?;
            let b = self.resolve_binding_from_outer(*b);
            self.emit_get(b, "%accessor");
            self.emit(Op::DefinePrivateAccessor { setter: *setter });
            self.emit(Op::Pop);
        }
        for (k, v) in fields {
            self.emit_field(k, *v)?;
        }
        self.emit(Op::Undefined);
        self.emit(Op::Return);
        Ok(self.finish_state())
    }

    fn static_initializer(&mut self, items: &[StaticItem], span: Span) -> CResult<Rc<crate::bytecode::proto::FunctionCode>> {
        let mut captured = super::Captured::default();
        for item in items {
            match item {
                StaticItem::Field(_, Some(v)) => captured.names.extend(super::Captured::of_expr(v).names),
                StaticItem::Block(b) => captured.names.extend(super::Captured::of_function(&[], None, b).names),
                _ => {}
            }
        }
        self.begin_synthetic("<static_initializer>", span, captured);
        for item in items {
            match item {
                StaticItem::Field(k, v) => self.emit_field(k, *v)?,
                StaticItem::Block(body) => {
                    self.push_scope();
                    let mut vars = Vec::new();
                    for s in body.iter() {
                        super::stmt::var_names_of(s, &mut vars);
                    }
                    for v in vars {
                        self.declare(&v, BindKind::Let);
                    }
                    self.block(body)?;
                    self.pop_scope();
                }
            }
        }
        self.emit(Op::Undefined);
        self.emit(Op::Return);
        Ok(self.finish_state())
    }
}

enum StaticItem<'a> {
    Field(FieldKey, Option<&'a Expr>),
    Block(&'a Vec<Stmt>),
}

/// `constructor() {}` or `constructor(...args) { super(...args); }`
fn default_constructor(derived: bool, span: Span) -> Function {
    let body = if derived {
        let args: Rc<str> = Rc::from("args");
        vec![Stmt {
            kind: StmtKind::Expr(Expr { kind: ExprKind::SuperCall(vec![Arg::Spread(Expr { kind: ExprKind::Ident(args), span })]), span }),
            span,
        }]
    } else {
        Vec::new()
    };
    Function {
        name: None,
        kind: if derived { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor },
        is_async: false,
        is_generator: false,
        params: Vec::new(),
        rest: if derived { Some(Pattern::Ident(Rc::from("args"), span)) } else { None },
        body: FunctionBody::Block(body),
        strict: true,
        span,
    }
}
