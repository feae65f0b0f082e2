//! Expressions: `[-> value]`.

use std::rc::Rc;

use minijs_parser::ast::{self, *};

use super::captures::{NEW_TARGET, THIS};
use super::{CResult, Compiler, Loc};
use crate::bytecode::ops::Op;

fn binary_op(op: BinaryOp) -> Op {
    match op {
        BinaryOp::Add => Op::Add,
        BinaryOp::Sub => Op::Sub,
        BinaryOp::Mul => Op::Mul,
        BinaryOp::Div => Op::Div,
        BinaryOp::Rem => Op::Rem,
        BinaryOp::Exp => Op::Exp,
        BinaryOp::Shl => Op::Shl,
        BinaryOp::Shr => Op::Shr,
        BinaryOp::UShr => Op::UShr,
        BinaryOp::BitAnd => Op::BitAnd,
        BinaryOp::BitOr => Op::BitOr,
        BinaryOp::BitXor => Op::BitXor,
        BinaryOp::Eq => Op::Eq,
        BinaryOp::NotEq => Op::NotEq,
        BinaryOp::StrictEq => Op::StrictEq,
        BinaryOp::StrictNotEq => Op::StrictNotEq,
        BinaryOp::Lt => Op::Lt,
        BinaryOp::Gt => Op::Gt,
        BinaryOp::Le => Op::Le,
        BinaryOp::Ge => Op::Ge,
        BinaryOp::In => Op::In,
        BinaryOp::Instanceof => Op::Instanceof,
    }
}

/// Whether an expression is an anonymous function or class that takes its name from the
/// binding it is assigned to (`const f = () => {}` has name "f").
fn is_anonymous_function(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Function(f) | ExprKind::Arrow(f) => f.name.is_none(),
        ExprKind::Class(c) => c.name.is_none(),
        // IsFunctionDefinition sees through parentheses: `f = (function () {})` is named "f".
        ExprKind::Paren(inner) => is_anonymous_function(inner),
        _ => false,
    }
}

impl Compiler {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult {
        self.expr_with_name(e, None)
    }

    /// Compiles `e`, naming it after `target` when it is an anonymous function.
    pub(super) fn expr_named(&mut self, e: &Expr, target: &Pattern) -> CResult {
        match target {
            Pattern::Ident(n, _) if is_anonymous_function(e) => self.expr_with_name(e, Some(n.clone())),
            _ => self.expr(e),
        }
    }

    fn expr_with_name(&mut self, e: &Expr, name: Option<Rc<str>>) -> CResult {
        let saved = self.fr().offset;
        self.at(e.span);
        self.expr_inner(e, name)?;
        self.f().offset = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr, name: Option<Rc<str>>) -> CResult {
        match &e.kind {
            ExprKind::Number(n) => self.number(*n),
            ExprKind::BigInt(digits) => {
                let f = self.f();
                f.consts.push(crate::bytecode::proto::Constant::BigInt(digits.clone()));
                let index = (f.consts.len() - 1) as u32;
                self.emit(Op::Const { index });
            }
            ExprKind::String(s) => self.string(s),
            ExprKind::Bool(true) => {
                self.emit(Op::True);
            }
            ExprKind::Bool(false) => {
                self.emit(Op::False);
            }
            ExprKind::Null => {
                self.emit(Op::Null);
            }
            ExprKind::Regex { pattern, flags } => {
                if let Some(message) = crate::regexp::literal_error(pattern, flags) {
                    return self.error(message);
                }
                let pattern = self.name_const(pattern);
                let flags = self.name_const(flags);
                self.emit(Op::RegExp { pattern, flags });
            }
            ExprKind::Template { quasis, exprs } => {
                let mut count = 0;
                for (i, q) in quasis.iter().enumerate() {
                    if !q.is_empty() || (i == 0 && exprs.is_empty()) {
                        self.string(q);
                        count += 1;
                    }
                    if let Some(e) = exprs.get(i) {
                        self.expr(e)?;
                        count += 1;
                    }
                }
                if count != 1 || exprs.len() == 1 && quasis.iter().all(|q| q.is_empty()) {
                    self.emit(Op::Concat { count });
                }
            }
            ExprKind::TaggedTemplate { tag, quasis, exprs } => {
                self.callee(tag)?;
                let index = self.f().templates.len() as u32;
                self.f().templates.push(crate::bytecode::proto::TemplateStrings {
                    cooked: quasis.iter().map(|q| q.cooked.clone()).collect(),
                    raw: quasis.iter().map(|q| q.raw.clone()).collect(),
                });
                self.emit(Op::TemplateObject { index });
                for e in exprs {
                    self.expr(e)?;
                }
                self.emit(Op::Call { argc: exprs.len() as u32 + 1 });
            }
            ExprKind::Ident(n) => self.ident(n),
            ExprKind::This => self.emit_this()?,
            ExprKind::Array(items) => self.array_literal(items)?,
            ExprKind::Object(props) => self.object_literal(props)?,
            ExprKind::Function(f) => {
                self.self_name = f.name.clone();
                self.emit_closure_named(f, name)?
            }
            ExprKind::Arrow(f) => self.emit_closure_named(f, name)?,
            ExprKind::Class(c) => self.class(c, name)?,
            ExprKind::Unary(op, arg) => self.unary(*op, arg)?,
            ExprKind::Update { op, prefix, target } => self.update(*op, *prefix, target)?,
            ExprKind::Binary(op, a, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.emit(binary_op(*op));
            }
            ExprKind::Logical(op, a, b) => {
                self.expr(a)?;
                let j = self.emit(match op {
                    LogicalOp::And => Op::JumpIfFalseKeep { target: 0 },
                    LogicalOp::Or => Op::JumpIfTrueKeep { target: 0 },
                    LogicalOp::Nullish => Op::JumpIfNotNullishKeep { target: 0 },
                });
                self.expr(b)?;
                self.patch(j);
            }
            ExprKind::PrivateIn(n, obj) => {
                self.emit_private_name(n)?;
                self.expr(obj)?;
                self.emit(Op::PrivateIn);
            }
            ExprKind::Assign { op, target, value } => self.assign(*op, target, value)?,
            ExprKind::Conditional { test, then, otherwise } => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse { target: 0 });
                self.expr(then)?;
                let j = self.emit(Op::Jump { target: 0 });
                self.patch(jf);
                self.expr(otherwise)?;
                self.patch(j);
            }
            ExprKind::Call { callee, args, optional } => {
                self.callee(callee)?;
                if *optional {
                    self.optional_link(1);
                }
                self.call_args_named(args, false, callee.span)?;
            }
            ExprKind::SuperCall(args) => {
                self.super_call(args)?;
            }
            ExprKind::New { callee, args } => {
                self.expr(callee)?;
                self.call_args_named(args, true, callee.span)?;
            }
            ExprKind::Member { object, prop, optional } => {
                self.expr(object)?;
                if *optional {
                    self.optional_link(0);
                }
                self.member_get(prop, false)?;
            }
            ExprKind::SuperMember(prop) => {
                self.emit(Op::SuperBase);
                self.emit_this()?;
                self.super_get(prop)?;
            }
            ExprKind::OptionalChain(inner) => self.optional_chain(Op::Undefined, |c| c.expr(inner))?,
            ExprKind::Sequence(es) => {
                for (i, e) in es.iter().enumerate() {
                    self.expr(e)?;
                    if i + 1 < es.len() {
                        self.emit(Op::Pop);
                    }
                }
            }
            ExprKind::Paren(inner) => self.expr_with_name(inner, name)?,
            ExprKind::Yield { arg, delegate } => {
                if *delegate {
                    let Some(arg) = arg else { return self.error("yield* needs an operand") };
                    self.yield_star(arg)?;
                } else {
                    match arg {
                        Some(a) => self.expr(a)?,
                        None => {
                            self.emit(Op::Undefined);
                        }
                    }
                    self.emit_yield();
                }
            }
            ExprKind::Await(arg) => {
                self.expr(arg)?;
                self.emit(Op::Await);
            }
            ExprKind::NewTarget => {
                if let Some(b) = self.resolve_function_context(NEW_TARGET) {
                    self.emit_get(b, NEW_TARGET);
                } else if self.fr().kind != FunctionKind::Arrow && self.fr().code_kind == super::CodeKind::Function {
                    // A non-arrow function reads its own new.target (bindings exist only when
                    // nested arrows capture it).
                    self.emit(Op::LoadNewTarget);
                } else {
                    self.emit(Op::Undefined);
                }
            }
            ExprKind::ImportMeta => {
                self.emit(Op::ImportMeta);
            }
            ExprKind::DynamicImport(spec, _) => {
                self.expr(spec)?;
                self.emit(Op::DynamicImport);
            }
        }
        Ok(())
    }

    /// `[v -> received]` a plain `yield` (async generators await the operand first); a
    /// `return()` resumption becomes a return from here.
    pub(super) fn emit_yield(&mut self) {
        if self.fr().is_async {
            self.emit(Op::Await);
        }
        self.emit(Op::Yield);
        let normal = self.emit(Op::JumpIfFalse { target: 0 });
        if self.fr().is_async {
            self.emit(Op::Await);
        }
        self.emit_return();
        self.patch(normal);
    }

    fn ident(&mut self, n: &Name) {
        let b = self.resolve(n);
        if b.loc == Loc::Global && &**n == "undefined" {
            self.emit(Op::Undefined);
        } else {
            self.emit_get(b, n);
        }
    }

    /// `[-> this]`
    pub(super) fn emit_this(&mut self) -> CResult {
        match self.resolve_function_context(THIS) {
            Some(b) => {
                self.emit_get(b, THIS);
            }
            None => {
                self.emit(Op::LoadThis);
            }
        }
        Ok(())
    }

    /// `this`, `new.target` and `arguments` belong to the nearest non-arrow function: resolve
    /// them only up to it (never into the functions enclosing that one). `None` when that
    /// function keeps no binding, i.e. the value is the running frame's own.
    pub(super) fn resolve_function_context(&mut self, name: &str) -> Option<super::Binding> {
        let top = self.funcs.len() - 1;
        let owner = (0..=top).rev().find(|&d| self.funcs[d].kind != FunctionKind::Arrow).unwrap_or(0);
        self.lookup_in(owner, name)?;
        Some(self.resolve(name))
    }

    /// `[-> this f]` evaluates a callee, keeping the receiver of method calls.
    fn callee(&mut self, callee: &Expr) -> CResult {
        self.at(callee.span);
        match &callee.kind {
            ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Member { .. } | ExprKind::SuperMember(_)) => self.callee(inner),
            ExprKind::Member { object, prop, optional } => {
                self.expr(object)?;
                if *optional {
                    self.optional_link(0);
                }
                self.member_get(prop, true)
            }
            ExprKind::SuperMember(prop) => {
                self.emit_this()?;
                self.emit(Op::SuperBase);
                self.emit_this()?;
                self.super_get(prop)
            }
            _ => {
                self.emit(Op::Undefined);
                self.expr(callee)
            }
        }
    }

    /// Compiles an optional chain: a `?.` that meets null or undefined drops what the chain had
    /// pushed and makes the whole expression `short_value`.
    fn optional_chain(&mut self, short_value: Op, body: impl FnOnce(&mut Self) -> CResult) -> CResult {
        self.f().chains.push(Vec::new());
        body(self)?;
        let exits = self.f().chains.pop().unwrap_or_default();
        if exits.is_empty() {
            return Ok(());
        }
        let mut to_end = vec![self.emit(Op::Jump { target: 0 })];
        for (j, extra) in exits {
            self.patch(j);
            for _ in 0..=extra {
                self.emit(Op::Pop);
            }
            self.emit(short_value);
            to_end.push(self.emit(Op::Jump { target: 0 }));
        }
        for j in to_end {
            self.patch(j);
        }
        Ok(())
    }

    /// Records a `?.` short-circuit point; `extra` values sit below the tested one.
    fn optional_link(&mut self, extra: u32) {
        let j = self.emit(Op::JumpIfNullishKeep { target: 0 });
        if let Some(chain) = self.f().chains.last_mut() {
            chain.push((j, extra));
        }
    }

    /// `[obj -> v]` or with `keep`, `[obj -> obj v]`.
    fn member_get(&mut self, prop: &MemberProp, keep: bool) -> CResult {
        match prop {
            MemberProp::Name(n) => {
                let name = self.name_const(n);
                self.emit(if keep { Op::GetPropKeep { name } } else { Op::GetProp { name } });
            }
            MemberProp::Computed(k) => {
                self.expr(k)?;
                self.emit(if keep { Op::GetElemKeep } else { Op::GetElem });
            }
            MemberProp::Private(n) => {
                if keep {
                    self.emit(Op::Dup);
                }
                self.emit_private_name(n)?;
                self.emit(Op::GetPrivate);
            }
        }
        Ok(())
    }

    /// `[base this -> v]`
    fn super_get(&mut self, prop: &MemberProp) -> CResult {
        match prop {
            MemberProp::Name(n) => {
                let name = self.name_const(n);
                self.emit(Op::GetSuperProp { name });
            }
            MemberProp::Computed(k) => {
                self.expr(k)?;
                self.emit(Op::GetSuperElem);
            }
            MemberProp::Private(_) => return self.error("Unexpected private name after super"),
        }
        Ok(())
    }

    /// `[f … -> result]` arguments and the call itself (`new` when `construct`); `callee` is
    /// the callee's source span for error messages.
    fn call_args_named(&mut self, args: &[Arg], construct: bool, callee: ast::Span) -> CResult {
        self.call_args_inner(args, construct, Some(callee))
    }

    fn call_args_inner(&mut self, args: &[Arg], construct: bool, callee: Option<ast::Span>) -> CResult {
        if args.iter().any(|a| matches!(a, Arg::Spread(_))) {
            self.emit(Op::NewArray { count: 0 });
            for a in args {
                match a {
                    Arg::Expr(e) => {
                        self.expr(e)?;
                        self.emit(Op::ArrayPush);
                    }
                    Arg::Spread(e) => {
                        self.expr(e)?;
                        self.emit(Op::ArraySpread);
                    }
                }
            }
            if let Some(span) = callee {
                self.note_callee(span);
            }
            self.emit(if construct { Op::NewSpread } else { Op::CallSpread });
        } else {
            for a in args {
                if let Arg::Expr(e) = a {
                    self.expr(e)?;
                }
            }
            let argc = args.len() as u32;
            if let Some(span) = callee {
                self.note_callee(span);
            }
            self.emit(if construct { Op::New { argc } } else { Op::Call { argc } });
        }
        Ok(())
    }

    fn super_call(&mut self, args: &[Arg]) -> CResult {
        if args.iter().any(|a| matches!(a, Arg::Spread(_))) {
            self.emit(Op::NewArray { count: 0 });
            for a in args {
                match a {
                    Arg::Expr(e) => {
                        self.expr(e)?;
                        self.emit(Op::ArrayPush);
                    }
                    Arg::Spread(e) => {
                        self.expr(e)?;
                        self.emit(Op::ArraySpread);
                    }
                }
            }
            self.emit(Op::SuperCall { argc: u32::MAX });
        } else {
            for a in args {
                if let Arg::Expr(e) = a {
                    self.expr(e)?;
                }
            }
            self.emit(Op::SuperCall { argc: args.len() as u32 });
        }
        // bind `this` (a second super() call is a ReferenceError, checked by the executor
        // through the binding's previous value)
        let b = self.resolve(THIS);
        self.emit_store(b, THIS);
        self.emit(Op::InitFields);
        Ok(())
    }

    fn array_literal(&mut self, items: &[Option<Arg>]) -> CResult {
        let simple = items.iter().all(|i| matches!(i, Some(Arg::Expr(_))));
        if simple && items.len() < 64 {
            for i in items.iter().flatten() {
                if let Arg::Expr(e) = i {
                    self.expr(e)?;
                }
            }
            self.emit(Op::NewArray { count: items.len() as u32 });
            return Ok(());
        }
        self.emit(Op::NewArray { count: 0 });
        for i in items {
            match i {
                None => {
                    self.emit(Op::ArrayPushHole);
                }
                Some(Arg::Expr(e)) => {
                    self.expr(e)?;
                    self.emit(Op::ArrayPush);
                }
                Some(Arg::Spread(e)) => {
                    self.expr(e)?;
                    self.emit(Op::ArraySpread);
                }
            }
        }
        Ok(())
    }

    /// `[-> key]` a property key's value (for computed keys: evaluated and converted once).
    pub(super) fn prop_key_value(&mut self, key: &PropKey) -> CResult {
        match key {
            PropKey::Ident(n) => {
                let index = self.name_const(n);
                self.emit(Op::Const { index });
            }
            PropKey::String(s) => self.string(s),
            PropKey::Number(n) => self.number(*n),
            PropKey::BigInt(digits) => {
                let index = self.name_const(digits);
                self.emit(Op::Const { index });
            }
            PropKey::Computed(e) => {
                self.expr(e)?;
                self.emit(Op::ToPropertyKey);
            }
            PropKey::Private(_) => return self.error("Unexpected private name"),
        }
        Ok(())
    }

    /// The static name of a key, when it has one.
    pub(super) fn static_key_name(key: &PropKey) -> Option<Rc<str>> {
        match key {
            PropKey::Ident(n) => Some(n.clone()),
            PropKey::String(s) => Some(Rc::from(String::from_utf16_lossy(s))),
            PropKey::Number(n) => Some(Rc::from(crate::number::number_to_string(*n))),
            PropKey::BigInt(digits) => Some(digits.clone()),
            _ => None,
        }
    }

    fn object_literal(&mut self, props: &[PropDef]) -> CResult {
        self.emit(Op::NewObject);
        for p in props {
            match p {
                PropDef::KeyValue(key, value) => {
                    let static_name = Self::static_key_name(key);
                    let is_proto = matches!(key, PropKey::Ident(n) if &**n == "__proto__")
                        || matches!(key, PropKey::String(s) if String::from_utf16_lossy(s) == "__proto__");
                    if is_proto {
                        self.expr(value)?;
                        self.emit(Op::SetProtoLiteral);
                        continue;
                    }
                    match (&static_name, key) {
                        (Some(n), PropKey::Ident(_) | PropKey::String(_)) => {
                            let name_idx = self.name_const(n);
                            let inferred = if is_anonymous_function(value) { Some(n.clone()) } else { None };
                            self.expr_with_name(value, inferred)?;
                            self.emit(Op::DefineField { name: name_idx });
                        }
                        _ => {
                            self.prop_key_value(key)?;
                            self.expr_with_name(value, static_name)?;
                            self.emit(Op::DefineElem);
                        }
                    }
                }
                PropDef::Shorthand(n, _) => {
                    let name = self.name_const(n);
                    self.ident(n);
                    self.emit(Op::DefineField { name });
                }
                PropDef::Method { key, kind, func } => {
                    self.define_method(key, *kind, func, false)?;
                }
                PropDef::Spread(e) => {
                    self.expr(e)?;
                    self.emit(Op::CopyDataProperties);
                }
            }
        }
        Ok(())
    }

    /// `[obj -> obj]` defines a method or accessor on the object on top of the stack.
    pub(super) fn define_method(&mut self, key: &PropKey, kind: MethodKind, func: &Rc<Function>, hidden: bool) -> CResult {
        let static_name = Self::static_key_name(key);
        match &static_name {
            Some(n) if !matches!(key, PropKey::Computed(_)) => {
                let name = self.name_const(n);
                let fname: Rc<str> = match kind {
                    MethodKind::Method => n.clone(),
                    MethodKind::Get => Rc::from(format!("get {n}")),
                    MethodKind::Set => Rc::from(format!("set {n}")),
                };
                self.emit_closure_named(func, Some(fname))?;
                match kind {
                    MethodKind::Method => self.emit(Op::DefineMethod { name, hidden }),
                    MethodKind::Get => self.emit(Op::DefineAccessor { name, setter: false, hidden }),
                    MethodKind::Set => self.emit(Op::DefineAccessor { name, setter: true, hidden }),
                };
            }
            _ => {
                self.prop_key_value(key)?;
                self.emit_closure_named(func, Some(Rc::from("")))?;
                match kind {
                    MethodKind::Method => self.emit(Op::DefineMethodElem { hidden }),
                    MethodKind::Get => self.emit(Op::DefineAccessorElem { setter: false, hidden }),
                    MethodKind::Set => self.emit(Op::DefineAccessorElem { setter: true, hidden }),
                };
            }
        }
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &Expr) -> CResult {
        match op {
            UnaryOp::Minus => {
                if let ExprKind::Number(n) = arg.kind {
                    self.number(-n);
                    return Ok(());
                }
                self.expr(arg)?;
                self.emit(Op::Neg);
            }
            UnaryOp::Plus => {
                self.expr(arg)?;
                self.emit(Op::ToNumber);
            }
            UnaryOp::Not => {
                self.expr(arg)?;
                self.emit(Op::Not);
            }
            UnaryOp::BitNot => {
                self.expr(arg)?;
                self.emit(Op::BitNot);
            }
            UnaryOp::Typeof => {
                if let ExprKind::Ident(n) = &arg.kind {
                    let b = self.resolve(n);
                    if b.loc == Loc::Global {
                        let name = self.name_const(n);
                        self.emit(Op::GetGlobalOrUndefined { name });
                        self.emit(Op::Typeof);
                        return Ok(());
                    }
                }
                self.expr(arg)?;
                self.emit(Op::Typeof);
            }
            UnaryOp::Void => {
                self.expr(arg)?;
                self.emit(Op::Pop);
                self.emit(Op::Undefined);
            }
            UnaryOp::Delete => match &arg.kind {
                ExprKind::Member { object, prop, optional } => {
                    self.expr(object)?;
                    if *optional {
                        self.optional_link(0);
                    }
                    match prop {
                        MemberProp::Name(n) => {
                            let name = self.name_const(n);
                            self.emit(Op::DeleteProp { name });
                        }
                        MemberProp::Computed(k) => {
                            self.expr(k)?;
                            self.emit(Op::DeleteElem);
                        }
                        MemberProp::Private(_) => return self.error("Private fields can not be deleted"),
                    }
                }
                ExprKind::Paren(inner) => self.unary(UnaryOp::Delete, inner)?,
                // `delete a?.b` is true when short-circuited
                ExprKind::OptionalChain(inner) => self.optional_chain(Op::True, |c| c.unary(UnaryOp::Delete, inner))?,
                ExprKind::Ident(_) => {
                    self.emit(Op::False);
                }
                _ => {
                    self.expr(arg)?;
                    self.emit(Op::Pop);
                    self.emit(Op::True);
                }
            },
        }
        Ok(())
    }

    fn update(&mut self, op: UpdateOp, prefix: bool, target: &Pattern) -> CResult {
        let step = if op == UpdateOp::Inc { Op::Inc } else { Op::Dec };
        match target {
            Pattern::Ident(n, _) => {
                self.emit_get_binding(n);
                self.emit(Op::ToNumeric);
                if !prefix {
                    self.emit(Op::Dup);
                }
                self.emit(step);
                self.emit_set_binding(n);
                if !prefix {
                    self.emit(Op::Pop);
                }
            }
            Pattern::Member(e) => {
                let e = strip_parens(e);
                match &e.kind {
                    ExprKind::Member { .. } => {
                        let (dup, get, set, rotate) = self.member_access(e)?;
                        self.emit(dup);
                        self.emit(get);
                        self.emit(Op::ToNumeric);
                        if prefix {
                            self.emit(step);
                            self.emit(set);
                        } else {
                            self.emit(Op::Dup);
                            self.emit(rotate);
                            self.emit(step);
                            self.emit(set);
                            self.emit(Op::Pop);
                        }
                    }
                    _ => {
                        // super.x++ and friends: read, then store through the generic path.
                        self.expr(e)?;
                        self.emit(Op::ToNumeric);
                        if !prefix {
                            self.emit(Op::Dup);
                        }
                        self.emit(step);
                        self.store_to_member(e)?;
                        if !prefix {
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
            _ => return self.error("Invalid left-hand side expression in postfix operation"),
        }
        Ok(())
    }

    fn assign(&mut self, op: AssignOp, target: &Pattern, value: &Expr) -> CResult {
        match op {
            AssignOp::Assign => match target {
                Pattern::Ident(n, _) => {
                    self.expr_named(value, target)?;
                    self.emit_set_binding(n);
                }
                Pattern::Member(e) => {
                    let e = strip_parens(e);
                    match &e.kind {
                        ExprKind::Member { object, prop, .. } => {
                            self.expr(object)?;
                            match prop {
                                MemberProp::Name(n) => {
                                    let name = self.name_const(n);
                                    self.expr(value)?;
                                    self.emit(Op::SetProp { name });
                                }
                                MemberProp::Computed(k) => {
                                    self.expr(k)?;
                                    self.emit(Op::ToPropertyKey);
                                    self.expr(value)?;
                                    self.emit(Op::SetElem);
                                }
                                MemberProp::Private(n) => {
                                    self.emit_private_name(n)?;
                                    self.expr(value)?;
                                    self.emit(Op::SetPrivate);
                                }
                            }
                        }
                        _ => {
                            self.expr(value)?;
                            self.store_to_member(e)?;
                        }
                    }
                }
                _ => {
                    self.expr(value)?;
                    self.emit(Op::Dup);
                    self.bind_pattern(target, false)?;
                }
            },
            AssignOp::Compound(bop) => {
                self.read_modify_write(target, |c| {
                    c.expr(value)?;
                    c.emit(binary_op(bop));
                    Ok(())
                })?;
            }
            AssignOp::Logical(lop) => {
                // Short-circuits before evaluating the value and before storing.
                match target {
                    Pattern::Ident(n, _) => {
                        self.emit_get_binding(n);
                        let j = self.emit(logical_jump(lop));
                        self.expr_named(value, target)?;
                        self.emit_set_binding(n);
                        self.patch(j);
                    }
                    Pattern::Member(e) => {
                        let e = strip_parens(e);
                        match &e.kind {
                            ExprKind::Member { .. } => {
                                let (dup, get, set, _) = self.member_access(e)?;
                                self.emit(dup);
                                self.emit(get);
                                let keep = self.emit(logical_jump(lop));
                                self.expr(value)?;
                                self.emit(set);
                                let end = self.emit(Op::Jump { target: 0 });
                                self.patch(keep);
                                // keep the current value: drop the object (and key) below it
                                if dup == Op::Dup {
                                    self.emit(Op::Swap);
                                    self.emit(Op::Pop);
                                } else {
                                    self.emit(Op::RotRight3);
                                    self.emit(Op::Pop);
                                    self.emit(Op::Pop);
                                }
                                self.patch(end);
                            }
                            _ => {
                                self.expr(e)?;
                                let j = self.emit(logical_jump(lop));
                                self.expr(value)?;
                                self.store_to_member(e)?;
                                self.patch(j);
                            }
                        }
                    }
                    _ => return self.error("Invalid left-hand side in assignment"),
                }
            }
        }
        Ok(())
    }

    /// `[-> new]` for compound assignment: reads the target, runs `modify` (`[old -> new]`),
    /// stores.
    fn read_modify_write(&mut self, target: &Pattern, modify: impl FnOnce(&mut Self) -> CResult) -> CResult {
        match target {
            Pattern::Ident(n, _) => {
                self.emit_get_binding(n);
                modify(self)?;
                self.emit_set_binding(n);
            }
            Pattern::Member(e) => {
                let e = strip_parens(e);
                match &e.kind {
                    ExprKind::Member { .. } => {
                        let (dup, get, set, _) = self.member_access(e)?;
                        self.emit(dup);
                        self.emit(get);
                        modify(self)?;
                        self.emit(set);
                    }
                    _ => {
                        self.expr(e)?;
                        modify(self)?;
                        self.store_to_member(e)?;
                    }
                }
            }
            _ => return self.error("Invalid left-hand side in assignment"),
        }
        Ok(())
    }

    /// Pushes a member target's object (and key) for a read-modify-write, and returns how to
    /// access it: the op duplicating the reference, the get and set ops, and the rotation that
    /// tucks a postfix result under the reference.
    fn member_access(&mut self, e: &Expr) -> CResult<(Op, Op, Op, Op)> {
        let ExprKind::Member { object, prop, .. } = &e.kind else {
            return self.error("Invalid left-hand side in assignment");
        };
        self.expr(object)?;
        Ok(match prop {
            MemberProp::Name(n) => {
                let name = self.name_const(n);
                (Op::Dup, Op::GetProp { name }, Op::SetProp { name }, Op::RotRight3)
            }
            MemberProp::Computed(k) => {
                self.expr(k)?;
                self.emit(Op::ToPropertyKey);
                (Op::Dup2, Op::GetElem, Op::SetElem, Op::RotRight4)
            }
            MemberProp::Private(n) => {
                self.emit_private_name(n)?;
                (Op::Dup2, Op::GetPrivate, Op::SetPrivate, Op::RotRight4)
            }
        })
    }

    /// `[-> sym]` the private name `#n` of the innermost class declaring it.
    pub(super) fn emit_private_name(&mut self, n: &str) -> CResult {
        let key = format!("#{n}");
        let b = self.resolve(&key);
        if b.loc == Loc::Global {
            return self.error(format!("Private field '#{n}' must be declared in an enclosing class"));
        }
        self.emit_get(super::Binding { tdz: false, ..b }, &key);
        Ok(())
    }

    /// `yield* iterable`, as a loop forwarding next/throw/return to the inner iterator.
    fn yield_star(&mut self, arg: &Expr) -> CResult {
        self.expr(arg)?;
        let is_async = self.fr().is_async;
        self.emit(if is_async { Op::GetAsyncIterator } else { Op::GetIterator });
        // [iter] received = undefined, mode = next
        self.emit(Op::Undefined);
        self.emit(Op::Int { value: 0 });
        let start = self.here();
        // [iter received mode] → [iter mode result]
        self.emit(Op::YieldDelegate);
        if is_async {
            self.emit(Op::Await);
        }
        let message = self.name_const("Iterator result is not an object");
        self.emit(Op::CheckObject { message });
        // IteratorComplete and IteratorValue are full property reads: getters and proxies run.
        let done_name = self.name_const("done");
        let value_name = self.name_const("value");
        self.emit(Op::Dup);
        self.emit(Op::GetProp { name: done_name });
        let done = self.emit(Op::JumpIfTrue { target: 0 });
        // Not done: a generator yields the inner result object as is, an async generator its value;
        // resumption gives [iter received mode].
        if is_async {
            self.emit(Op::GetProp { name: value_name });
        }
        self.emit(Op::YieldRaw);
        self.emit(Op::Jump { target: start });
        self.patch(done);
        // [iter mode result] → [iter value mode]: mode 2 (return) returns the value from the generator
        self.emit(Op::GetProp { name: value_name });
        self.emit(Op::Swap);
        self.emit(Op::Int { value: 2 });
        self.emit(Op::StrictEq);
        let not_return = self.emit(Op::JumpIfFalse { target: 0 });
        self.emit(Op::Swap);
        self.emit(Op::Pop);
        self.emit_return();
        self.patch(not_return);
        self.emit(Op::Swap);
        self.emit(Op::Pop);
        Ok(())
    }
}

fn logical_jump(op: LogicalOp) -> Op {
    match op {
        LogicalOp::And => Op::JumpIfFalseKeep { target: 0 },
        LogicalOp::Or => Op::JumpIfTrueKeep { target: 0 },
        LogicalOp::Nullish => Op::JumpIfNotNullishKeep { target: 0 },
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}
