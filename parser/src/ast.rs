//! The abstract syntax tree: the contract between the parser and the compiler in `minijs-vm`.
//!
//! Plain data with no lifetimes. Names are `Rc<str>`; string values are UTF-16 (`Utf16`), since
//! ECMAScript strings may hold lone surrogates. Every statement and expression carries the byte
//! span of its source text, from which error positions (file:line:col) are computed.

use std::rc::Rc;

pub use minijs_lexer::{Span, Utf16};

pub type Name = Rc<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
    pub is_module: bool,
    /// Starts with a `"use strict"` directive (always true for modules).
    pub strict: bool,
}

// ------------------------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    Var(VarDecl),
    Function(Rc<Function>),
    Class(Rc<Class>),
    Block(Vec<Stmt>),
    Empty,
    Debugger,
    If {
        test: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    For {
        init: Option<ForInit>,
        test: Option<Expr>,
        update: Option<Expr>,
        body: Box<Stmt>,
    },
    ForIn {
        left: ForHead,
        right: Expr,
        body: Box<Stmt>,
    },
    ForOf {
        left: ForHead,
        right: Expr,
        body: Box<Stmt>,
        is_await: bool,
    },
    While {
        test: Expr,
        body: Box<Stmt>,
    },
    DoWhile {
        body: Box<Stmt>,
        test: Expr,
    },
    Return(Option<Expr>),
    Break(Option<Name>),
    Continue(Option<Name>),
    Throw(Expr),
    Try {
        block: Vec<Stmt>,
        /// `catch` clause: the optional binding and the body.
        handler: Option<CatchClause>,
        finalizer: Option<Vec<Stmt>>,
    },
    Switch {
        discriminant: Expr,
        cases: Vec<SwitchCase>,
    },
    Labeled {
        label: Name,
        body: Box<Stmt>,
    },
    With {
        object: Expr,
        body: Box<Stmt>,
    },
    Import(ImportDecl),
    Export(ExportDecl),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CatchClause {
    pub param: Option<Pattern>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// `None` for `default:`.
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    pub kind: VarKind,
    pub decls: Vec<Declarator>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Declarator {
    pub target: Pattern,
    pub init: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ForInit {
    Var(VarDecl),
    Expr(Expr),
}

/// The left side of `for-in` / `for-of`.
#[derive(Clone, Debug, PartialEq)]
pub enum ForHead {
    /// `for (var x …)`, `for (let [a, b] …)`, `for (const {x} …)`
    Decl(VarKind, Pattern),
    /// `for (x …)`, `for (a.b …)`, `for ([a, b] …)`: an assignment target.
    Target(Pattern),
}

// ------------------------------------------------------------------------------------------
// Patterns: binding patterns (declarations, parameters) and assignment targets.

#[derive(Clone, Debug, PartialEq)]
pub enum Pattern {
    Ident(Name, Span),
    /// A member expression used as an assignment target (`a.b = 1`, `[a.b] = arr`). Never
    /// appears in binding patterns.
    Member(Box<Expr>),
    Object {
        props: Vec<PatternProp>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
    Array {
        /// `None` is a hole (`[, a]`).
        elems: Vec<Option<PatternElem>>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct PatternElem {
    pub target: Pattern,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PatternProp {
    /// For the shorthand `{ a }` / `{ a = 1 }` the key is `PropKey::Ident("a")` and the target
    /// is `Pattern::Ident("a")`.
    pub key: PropKey,
    pub target: Pattern,
    pub default: Option<Expr>,
}

// ------------------------------------------------------------------------------------------
// Expressions

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Number(f64),
    BigInt(Rc<str>),
    String(Utf16),
    Bool(bool),
    Null,
    Regex {
        pattern: Rc<str>,
        flags: Rc<str>,
    },
    /// An untagged template: `quasis.len() == exprs.len() + 1`; cooked strings are always
    /// present (an invalid escape is a SyntaxError in an untagged template).
    Template {
        quasis: Vec<Utf16>,
        exprs: Vec<Expr>,
    },
    TaggedTemplate {
        tag: Box<Expr>,
        /// `quasis.len() == exprs.len() + 1`
        quasis: Vec<TemplateQuasi>,
        exprs: Vec<Expr>,
    },
    Ident(Name),
    This,
    /// `[a, , ...b]`; `None` is a hole.
    Array(Vec<Option<Arg>>),
    Object(Vec<PropDef>),
    Function(Rc<Function>),
    Arrow(Rc<Function>),
    Class(Rc<Class>),
    Unary(UnaryOp, Box<Expr>),
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Pattern>,
    },
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `#x in obj`
    PrivateIn(Name, Box<Expr>),
    Assign {
        op: AssignOp,
        /// For compound operators (`+=`, `&&=`, …) the target is `Pattern::Ident` or
        /// `Pattern::Member`.
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
        /// `f?.()`
        optional: bool,
    },
    /// `super(...)`
    SuperCall(Vec<Arg>),
    New {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    Member {
        object: Box<Expr>,
        prop: MemberProp,
        /// `a?.b`, `a?.[b]`
        optional: bool,
    },
    /// `super.x`, `super[x]`
    SuperMember(MemberProp),
    /// The outermost expression of a chain that contains `?.`: a short-circuit anywhere in the
    /// chain makes this whole expression `undefined`.
    OptionalChain(Box<Expr>),
    /// `a, b, c`
    Sequence(Vec<Expr>),
    /// `(expr)`: kept only where the distinction matters (`(a) = 1` is valid, `({a}) = 1` is
    /// not; `(a.b)()` still passes `this`). The compiler treats it as its inner expression.
    Paren(Box<Expr>),
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    Await(Box<Expr>),
    /// `new.target`
    NewTarget,
    /// `import.meta`
    ImportMeta,
    /// `import(specifier)` / `import(specifier, options)`
    DynamicImport(Box<Expr>, Option<Box<Expr>>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TemplateQuasi {
    /// `None` when the text holds an invalid escape (allowed in tagged templates).
    pub cooked: Option<Utf16>,
    pub raw: Utf16,
}

/// An argument or array element: `x` or `...x`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum MemberProp {
    /// `a.b`
    Name(Name),
    /// `a[b]`
    Computed(Box<Expr>),
    /// `a.#b`
    Private(Name),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PropKey {
    /// `a`, and reserved words used as names (`{ if: 1 }`).
    Ident(Name),
    String(Utf16),
    Number(f64),
    BigInt(Rc<str>),
    Computed(Box<Expr>),
    /// Only in classes: `#a`.
    Private(Name),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PropDef {
    /// `key: value`
    KeyValue(PropKey, Expr),
    /// `a` (shorthand)
    Shorthand(Name, Span),
    /// `m() {}`, `get x() {}`, `set x(v) {}`, `async m() {}`, `*g() {}`
    Method { key: PropKey, kind: MethodKind, func: Rc<Function> },
    /// `...expr`
    Spread(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Get,
    Set,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    Inc,
    Dec,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    Gt,
    Le,
    Ge,
    In,
    Instanceof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`, `-=`, … : the binary operator applied before storing.
    Compound(BinaryOp),
    /// `&&=`, `||=`, `??=`
    Logical(LogicalOp),
}

// ------------------------------------------------------------------------------------------
// Functions and classes

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// `function f() {}` (declaration or expression)
    Normal,
    Arrow,
    /// Object-literal or class method (has a home object; not a constructor).
    Method,
    Getter,
    Setter,
    /// A class's `constructor`, base class.
    ClassConstructor,
    /// A class's `constructor` in a class with `extends`.
    DerivedConstructor,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: Option<Name>,
    pub kind: FunctionKind,
    pub is_async: bool,
    pub is_generator: bool,
    pub params: Vec<PatternElem>,
    pub rest: Option<Pattern>,
    pub body: FunctionBody,
    /// The body is strict: inherited from the enclosing code, or its own `"use strict"`.
    pub strict: bool,
    /// The whole source text of the function (for `Function.prototype.toString`).
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FunctionBody {
    Block(Vec<Stmt>),
    /// Concise arrow body: `x => x + 1`
    Expr(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub name: Option<Name>,
    pub extends: Option<Expr>,
    /// The explicit `constructor(...) {}`, if any (kind `ClassConstructor` or
    /// `DerivedConstructor`).
    pub constructor: Option<Rc<Function>>,
    pub members: Vec<ClassMember>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClassMember {
    Method {
        key: PropKey,
        is_static: bool,
        kind: MethodKind,
        func: Rc<Function>,
    },
    Field {
        key: PropKey,
        is_static: bool,
        /// The initializer, as an expression evaluated with `this` = the instance (or the class
        /// for static fields).
        value: Option<Expr>,
        span: Span,
    },
    StaticBlock(Vec<Stmt>),
}

// ------------------------------------------------------------------------------------------
// Modules

#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    pub specifiers: Vec<ImportSpec>,
    pub source: Utf16,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportSpec {
    /// `import a from "m"`
    Default(Name),
    /// `import * as ns from "m"`
    Namespace(Name),
    /// `import { imported as local } from "m"` (`imported` may be a string literal name)
    Named { imported: Name, local: Name },
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExportDecl {
    /// `export var/let/const/function/class …` (a `Var`, `Function` or `Class` statement)
    Decl(Box<Stmt>),
    /// `export default function …` / `export default class …` (possibly anonymous)
    DefaultFunction(Rc<Function>),
    DefaultClass(Rc<Class>),
    /// `export default expr;`
    DefaultExpr(Expr),
    /// `export { a, b as c }` or `export { a } from "m"`
    Named {
        specifiers: Vec<ExportSpec>,
        from: Option<Utf16>,
    },
    /// `export * from "m"` / `export * as ns from "m"`
    All {
        exported: Option<Name>,
        from: Utf16,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExportSpec {
    pub local: Name,
    pub exported: Name,
}
