//! A compact S-expression printer for AST assertions: `(call (. a b) 1)` reads better in a test
//! than a page of `Debug` output.
#![allow(dead_code)]

use minijs_parser::ast::*;

pub fn script(src: &str) -> Program {
    match minijs_parser::parse_script(src) {
        Ok(p) => p,
        Err(e) => panic!("{src:?} failed: {} at {:?}", e.message, e.span),
    }
}

pub fn module(src: &str) -> Program {
    match minijs_parser::parse_module(src) {
        Ok(p) => p,
        Err(e) => panic!("{src:?} failed: {} at {:?}", e.message, e.span),
    }
}

/// The S-expression of a whole script, statements separated by `; `.
pub fn sx(src: &str) -> String {
    program(&script(src))
}

pub fn sx_module(src: &str) -> String {
    program(&module(src))
}

pub fn program(p: &Program) -> String {
    p.body.iter().map(stmt).collect::<Vec<_>>().join("; ")
}

/// The error message of a script that must fail.
pub fn script_error(src: &str) -> String {
    match minijs_parser::parse_script(src) {
        Ok(p) => panic!("{src:?} parsed: {}", program(&p)),
        Err(e) => e.message,
    }
}

pub fn module_error(src: &str) -> String {
    match minijs_parser::parse_module(src) {
        Ok(p) => panic!("{src:?} parsed as module: {}", program(&p)),
        Err(e) => e.message,
    }
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(" ")
}

fn u16s(s: &[u16]) -> String {
    String::from_utf16_lossy(s)
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => expr(e),
        StmtKind::Var(d) => var_decl(d),
        StmtKind::Function(f) => function("function", f),
        StmtKind::Class(c) => class(c),
        StmtKind::Block(b) => format!("{{{}}}", list(b, stmt)),
        StmtKind::Empty => "(empty)".into(),
        StmtKind::Debugger => "(debugger)".into(),
        StmtKind::If { test, then, otherwise } => match otherwise {
            Some(o) => format!("(if {} {} {})", expr(test), stmt(then), stmt(o)),
            None => format!("(if {} {})", expr(test), stmt(then)),
        },
        StmtKind::For { init, test, update, body } => {
            let init = match init {
                Some(ForInit::Var(d)) => var_decl(d),
                Some(ForInit::Expr(e)) => expr(e),
                None => "_".into(),
            };
            let opt = |e: &Option<Expr>| e.as_ref().map_or("_".into(), expr);
            format!("(for {init} {} {} {})", opt(test), opt(update), stmt(body))
        }
        StmtKind::ForIn { left, right, body } => {
            format!("(for-in {} {} {})", head(left), expr(right), stmt(body))
        }
        StmtKind::ForOf { left, right, body, is_await } => {
            let kw = if *is_await { "for-await-of" } else { "for-of" };
            format!("({kw} {} {} {})", head(left), expr(right), stmt(body))
        }
        StmtKind::While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
        StmtKind::DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
        StmtKind::Return(e) => e.as_ref().map_or("(return)".into(), |e| format!("(return {})", expr(e))),
        StmtKind::Break(l) => l.as_ref().map_or("(break)".into(), |l| format!("(break {l})")),
        StmtKind::Continue(l) => l.as_ref().map_or("(continue)".into(), |l| format!("(continue {l})")),
        StmtKind::Throw(e) => format!("(throw {})", expr(e)),
        StmtKind::Try { block, handler, finalizer } => {
            let mut out = format!("(try {{{}}}", list(block, stmt));
            if let Some(h) = handler {
                let p = h.param.as_ref().map_or("_".into(), pattern);
                out += &format!(" (catch {p} {{{}}})", list(&h.body, stmt));
            }
            if let Some(f) = finalizer {
                out += &format!(" (finally {{{}}})", list(f, stmt));
            }
            out + ")"
        }
        StmtKind::Switch { discriminant, cases } => {
            let cases = list(cases, |c| {
                let t = c.test.as_ref().map_or("default".into(), expr);
                format!("(case {t} {})", list(&c.body, stmt))
            });
            format!("(switch {} {cases})", expr(discriminant))
        }
        StmtKind::Labeled { label, body } => format!("(label {label} {})", stmt(body)),
        StmtKind::With { object, body } => format!("(with {} {})", expr(object), stmt(body)),
        StmtKind::Import(d) => {
            let specs = list(&d.specifiers, |s| match s {
                ImportSpec::Default(n) => format!("(default {n})"),
                ImportSpec::Namespace(n) => format!("(* {n})"),
                ImportSpec::Named { imported, local } => format!("({imported} {local})"),
            });
            format!("(import {specs} {:?})", u16s(&d.source))
        }
        StmtKind::Export(d) => match d {
            ExportDecl::Decl(s) => format!("(export {})", stmt(s)),
            ExportDecl::DefaultFunction(f) => {
                format!("(export-default {})", function("function", f))
            }
            ExportDecl::DefaultClass(c) => format!("(export-default {})", class(c)),
            ExportDecl::DefaultExpr(e) => format!("(export-default {})", expr(e)),
            ExportDecl::Named { specifiers, from } => {
                let specs = list(specifiers, |s| format!("({} {})", s.local, s.exported));
                match from {
                    Some(f) => format!("(export {specs} {:?})", u16s(f)),
                    None => format!("(export {specs})"),
                }
            }
            ExportDecl::All { exported, from } => {
                format!("(export-all {} {:?})", exported.as_deref().unwrap_or("_"), u16s(from))
            }
        },
    }
}

fn head(h: &ForHead) -> String {
    match h {
        ForHead::Decl(k, p) => format!("({k:?} {})", pattern(p)).to_lowercase(),
        ForHead::Target(p) => pattern(p),
    }
}

fn var_decl(d: &VarDecl) -> String {
    let decls = list(&d.decls, |d| match &d.init {
        Some(i) => format!("(= {} {})", pattern(&d.target), expr(i)),
        None => pattern(&d.target),
    });
    format!("({} {decls})", format!("{:?}", d.kind).to_lowercase())
}

pub fn pattern(p: &Pattern) -> String {
    match p {
        Pattern::Ident(n, _) => n.to_string(),
        Pattern::Member(e) => expr(e),
        Pattern::Object { props, rest, .. } => {
            let mut parts: Vec<String> = props
                .iter()
                .map(|p| {
                    let d = p.default.as_ref().map_or(String::new(), |d| format!(" = {}", expr(d)));
                    format!("{}: {}{d}", key(&p.key), pattern(&p.target))
                })
                .collect();
            if let Some(r) = rest {
                parts.push(format!("...{}", pattern(r)));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Pattern::Array { elems, rest, .. } => {
            let mut parts: Vec<String> = elems
                .iter()
                .map(|e| match e {
                    None => "_".into(),
                    Some(el) => elem(el),
                })
                .collect();
            if let Some(r) = rest {
                parts.push(format!("...{}", pattern(r)));
            }
            format!("[{}]", parts.join(", "))
        }
    }
}

fn elem(el: &PatternElem) -> String {
    match &el.default {
        Some(d) => format!("{} = {}", pattern(&el.target), expr(d)),
        None => pattern(&el.target),
    }
}

fn key(k: &PropKey) -> String {
    match k {
        PropKey::Ident(n) => n.to_string(),
        PropKey::String(s) => format!("{:?}", u16s(s)),
        PropKey::Number(n) => n.to_string(),
        PropKey::BigInt(b) => format!("{b}n"),
        PropKey::Computed(e) => format!("[{}]", expr(e)),
        PropKey::Private(n) => format!("#{n}"),
    }
}

fn arg(a: &Arg) -> String {
    match a {
        Arg::Expr(e) => expr(e),
        Arg::Spread(e) => format!("...{}", expr(e)),
    }
}

fn prop(m: &MemberProp) -> String {
    match m {
        MemberProp::Name(n) => n.to_string(),
        MemberProp::Computed(e) => format!("[{}]", expr(e)),
        MemberProp::Private(n) => format!("#{n}"),
    }
}

pub fn function(kw: &str, f: &Function) -> String {
    let mut flags = String::new();
    if f.is_async {
        flags += "async ";
    }
    if f.is_generator {
        flags += "* ";
    }
    if f.strict {
        flags += "strict ";
    }
    let mut params: Vec<String> = f.params.iter().map(elem).collect();
    if let Some(r) = &f.rest {
        params.push(format!("...{}", pattern(r)));
    }
    let body = match &f.body {
        FunctionBody::Block(b) => format!("{{{}}}", list(b, stmt)),
        FunctionBody::Expr(e) => expr(e),
    };
    let name = f.name.as_deref().unwrap_or("_");
    format!("({kw} {flags}{name} ({}) {body})", params.join(" "))
}

fn class(c: &Class) -> String {
    let mut parts = vec![c.name.as_deref().unwrap_or("_").to_string()];
    if let Some(e) = &c.extends {
        parts.push(format!("(extends {})", expr(e)));
    }
    if let Some(ctor) = &c.constructor {
        parts.push(function(&format!("{:?}", ctor.kind), ctor));
    }
    for m in &c.members {
        parts.push(match m {
            ClassMember::Method { key: k, is_static, kind, func } => {
                let st = if *is_static { "static " } else { "" };
                format!("({st}{kind:?} {} {})", key(k), function("fn", func))
            }
            ClassMember::Field { key: k, is_static, value, .. } => {
                let st = if *is_static { "static " } else { "" };
                let v = value.as_ref().map_or(String::new(), |v| format!(" {}", expr(v)));
                format!("({st}field {}{v})", key(k))
            }
            ClassMember::StaticBlock(b) => format!("(static {{{}}})", list(b, stmt)),
        });
    }
    format!("(class {})", parts.join(" "))
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Number(n) => n.to_string(),
        ExprKind::BigInt(b) => format!("{b}n"),
        ExprKind::String(s) => format!("{:?}", u16s(s)),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Null => "null".into(),
        ExprKind::Regex { pattern, flags } => format!("/{pattern}/{flags}"),
        ExprKind::Template { quasis, exprs } => {
            let mut parts = vec![format!("{:?}", u16s(&quasis[0]))];
            for (e, q) in exprs.iter().zip(&quasis[1..]) {
                parts.push(expr(e));
                parts.push(format!("{:?}", u16s(q)));
            }
            format!("(` {})", parts.join(" "))
        }
        ExprKind::TaggedTemplate { tag, quasis, exprs } => {
            let qs = list(quasis, |q| match &q.cooked {
                Some(c) => format!("{:?}", u16s(c)),
                None => format!("raw:{:?}", u16s(&q.raw)),
            });
            format!("(tag {} {qs} {})", expr(tag), list(exprs, expr))
        }
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::This => "this".into(),
        ExprKind::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| i.as_ref().map_or("_".into(), arg)).collect();
            format!("[{}]", items.join(", "))
        }
        ExprKind::Object(props) => {
            let props: Vec<String> = props
                .iter()
                .map(|p| match p {
                    PropDef::KeyValue(k, v) => format!("{}: {}", key(k), expr(v)),
                    PropDef::Shorthand(n, _) => n.to_string(),
                    PropDef::Method { key: k, kind, func } => {
                        format!("{kind:?} {} {}", key(k), function("fn", func))
                    }
                    PropDef::Spread(e) => format!("...{}", expr(e)),
                })
                .collect();
            format!("{{{}}}", props.join(", "))
        }
        ExprKind::Function(f) => function("function", f),
        ExprKind::Arrow(f) => function("=>", f),
        ExprKind::Class(c) => class(c),
        ExprKind::Unary(op, a) => format!("({op:?} {})", expr(a)),
        ExprKind::Update { op, prefix, target } => {
            let fix = if *prefix { "pre" } else { "post" };
            format!("({fix}{op:?} {})", pattern(target))
        }
        ExprKind::Binary(op, l, r) => format!("({op:?} {} {})", expr(l), expr(r)),
        ExprKind::Logical(op, l, r) => format!("({op:?} {} {})", expr(l), expr(r)),
        ExprKind::PrivateIn(n, r) => format!("(#{n} in {})", expr(r)),
        ExprKind::Assign { op, target, value } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Compound(b) => format!("{b:?}="),
                AssignOp::Logical(l) => format!("{l:?}="),
            };
            format!("({op} {} {})", pattern(target), expr(value))
        }
        ExprKind::Conditional { test, then, otherwise } => {
            format!("(? {} {} {})", expr(test), expr(then), expr(otherwise))
        }
        ExprKind::Call { callee, args, optional } => {
            let q = if *optional { "?." } else { "" };
            let args = list(args, arg);
            if args.is_empty() { format!("({q}call {})", expr(callee)) } else { format!("({q}call {} {args})", expr(callee)) }
        }
        ExprKind::SuperCall(args) => format!("(super-call {})", list(args, arg)),
        ExprKind::New { callee, args } => format!("(new {} {})", expr(callee), list(args, arg)).replace(" )", ")"),
        ExprKind::Member { object, prop: p, optional } => {
            let q = if *optional { "?." } else { "." };
            format!("({q} {} {})", expr(object), prop(p))
        }
        ExprKind::SuperMember(p) => format!("(. super {})", prop(p)),
        ExprKind::OptionalChain(inner) => format!("(chain {})", expr(inner)),
        ExprKind::Sequence(items) => format!("(, {})", list(items, expr)),
        ExprKind::Paren(inner) => format!("(paren {})", expr(inner)),
        ExprKind::Yield { arg, delegate } => {
            let kw = if *delegate { "yield*" } else { "yield" };
            match arg {
                Some(a) => format!("({kw} {})", expr(a)),
                None => format!("({kw})"),
            }
        }
        ExprKind::Await(a) => format!("(await {})", expr(a)),
        ExprKind::NewTarget => "new.target".into(),
        ExprKind::ImportMeta => "import.meta".into(),
        ExprKind::DynamicImport(s, o) => match o {
            Some(o) => format!("(import {} {})", expr(s), expr(o)),
            None => format!("(import {})", expr(s)),
        },
    }
}
