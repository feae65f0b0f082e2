//! Exceptions: nested try/catch/finally inside a function, with throws of Error subclasses and of plain
//! values, rethrows, returns and loop breaks that cross `finally` (which can override them), optional catch
//! bindings, `cause`, and errors raised by the engine itself (their names and messages are compared).

use crate::differential::render::{Writer, js_string};
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Debug)]
pub enum Stmt {
    Log,
    Throw(Thrown),
    Return(i8),
    /// `throw e` inside a catch block (a log elsewhere).
    Rethrow,
    Break,
    Continue,
    Try {
        body: Vec<Stmt>,
        catch: Option<(bool, Vec<Stmt>)>,
        finally: Option<Vec<Stmt>>,
    },
    Loop(u8, Vec<Stmt>),
    EngineError(&'static str),
}

#[derive(Clone, Debug)]
pub enum Thrown {
    Error(&'static str, &'static str),
    App(&'static str),
    Db(&'static str),
    WithCause(&'static str),
    Value(&'static str),
    Aggregate,
}

#[derive(Clone, Debug)]
pub struct Snippet {
    functions: Vec<Vec<Stmt>>,
    inspect_error: bool,
}

const MESSAGES: &[&str] = &["boom", "", "bad value: 42", "multi\nline"];
const ERROR_CLASSES: &[&str] = &["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
const VALUES: &[&str] = &["'a string'", "42", "null", "undefined", "{ code: 7 }", "[1, 2]", "Symbol('s')", "-0", "NaN"];
/// Code whose evaluation makes the engine throw.
const ENGINE_ERRORS: &[&str] = &[
    "null.x",
    "undefined.foo.bar",
    "(void 0)()",
    "Math.method()",
    "notDefinedAnywhere + 1",
    "new Array(-1)",
    "(1).toFixed(200)",
    "'abc'.repeat(-1)",
    "JSON.parse('{bad')",
    "JSON.parse('')",
    "BigInt(1.5)",
    "Symbol() + ''",
    "new (class A { constructor() { throw new RangeError('in ctor'); } })()",
    "Object.defineProperty(Object.freeze({}), 'x', { value: 1 })",
    "[].reduce((a, b) => a)",
    "decodeURIComponent('%')",
    "new Set(5)",
    "structuredClone(() => 1)",
    "Reflect.ownKeys(1)",
];

fn thrown() -> impl Strategy<Value = Thrown> {
    prop_oneof![
        3 => (select(ERROR_CLASSES), select(MESSAGES)).prop_map(|(c, m)| Thrown::Error(c, m)),
        2 => select(MESSAGES).prop_map(Thrown::App),
        1 => select(MESSAGES).prop_map(Thrown::Db),
        1 => select(MESSAGES).prop_map(Thrown::WithCause),
        2 => select(VALUES).prop_map(Thrown::Value),
        1 => Just(Thrown::Aggregate),
    ]
}

fn stmt() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        4 => Just(Stmt::Log),
        3 => thrown().prop_map(Stmt::Throw),
        1 => any::<i8>().prop_map(Stmt::Return),
        1 => Just(Stmt::Rethrow),
        1 => Just(Stmt::Break),
        1 => Just(Stmt::Continue),
        2 => select(ENGINE_ERRORS).prop_map(Stmt::EngineError),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        let block = || proptest::collection::vec(inner.clone(), 0..4);
        prop_oneof![
            3 => (block(), proptest::option::of((any::<bool>(), block())), proptest::option::of(block())).prop_map(|(body, catch, finally)| {
                // A try needs a catch or a finally.
                let catch = if catch.is_none() && finally.is_none() { Some((true, Vec::new())) } else { catch };
                Stmt::Try { body, catch, finally }
            }),
            1 => (0u8..4, block()).prop_map(|(n, body)| Stmt::Loop(n, body)),
        ]
    })
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    (proptest::collection::vec(proptest::collection::vec(stmt(), 1..5), 1..4), proptest::bool::weighted(0.2))
        .prop_map(|(functions, inspect_error)| Snippet { functions, inspect_error })
}

impl Thrown {
    fn to_js(&self) -> String {
        match self {
            Thrown::Error(class, message) => format!("new {class}({})", js_string(message)),
            Thrown::App(message) => format!("new AppError({}, 'E1')", js_string(message)),
            Thrown::Db(message) => format!("new DbError({})", js_string(message)),
            Thrown::WithCause(message) => format!("new Error({}, {{ cause: new TypeError('inner') }})", js_string(message)),
            Thrown::Value(source) => (*source).to_string(),
            Thrown::Aggregate => "new AggregateError([new Error('one'), 'two'], 'many')".into(),
        }
    }

    /// The value as an expression (for the uncaught endings).
    pub fn expression(&self) -> String {
        self.to_js()
    }
}

/// Where a statement sits: whether `break`/`continue` and `throw e` are legal there.
#[derive(Clone, Copy)]
struct Place {
    in_loop: bool,
    catch_binding: Option<usize>,
}

fn render_block(stmts: &[Stmt], place: Place, out: &mut Writer) {
    for stmt in stmts {
        render_stmt(stmt, place, out);
    }
}

fn render_stmt(stmt: &Stmt, place: Place, out: &mut Writer) {
    match stmt {
        Stmt::Log => {
            let label = out.label();
            out.line(format!("console.log({label});"));
        }
        Stmt::Throw(thrown) => out.line(format!("throw {};", thrown.to_js())),
        Stmt::Return(value) => out.line(format!("return {value};")),
        Stmt::Rethrow => match place.catch_binding {
            Some(id) => out.line(format!("throw e{id};")),
            None => {
                let label = out.label();
                out.line(format!("console.log({label}, 'no rethrow');"));
            }
        },
        Stmt::Break | Stmt::Continue if place.in_loop => out.line(if matches!(stmt, Stmt::Break) { "break;" } else { "continue;" }),
        Stmt::Break | Stmt::Continue => {
            let label = out.label();
            out.line(format!("console.log({label}, 'not in a loop');"));
        }
        Stmt::Try { body, catch, finally } => {
            out.open("try {");
            render_block(body, place, out);
            if let Some((binding, handler)) = catch {
                if *binding {
                    let id = out.id();
                    let label = out.label();
                    out.close(format!("}} catch (e{id}) {{"));
                    out.indent_more();
                    out.line(format!("console.log({label}, describe(e{id}));"));
                    render_block(handler, Place { catch_binding: Some(id), ..place }, out);
                } else {
                    out.close("} catch {");
                    out.indent_more();
                    render_block(handler, place, out);
                }
            }
            if let Some(finally) = finally {
                out.close("} finally {");
                out.indent_more();
                render_block(finally, place, out);
            }
            out.close("}");
        }
        Stmt::Loop(n, body) => {
            let var = out.name("i");
            out.open(format!("for (let {var} = 0; {var} < {n}; {var}++) {{"));
            let label = out.label();
            out.line(format!("console.log({label}, {var});"));
            render_block(body, Place { in_loop: true, ..place }, out);
            out.close("}");
        }
        Stmt::EngineError(source) => out.line(format!("{source};")),
    }
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        for body in &self.functions {
            let name = out.name("f");
            out.open(format!("function {name}() {{"));
            render_block(body, Place { in_loop: false, catch_binding: None }, out);
            out.line("return 'end';");
            out.close("}");
            let label = out.label();
            let on_error = if self.inspect_error {
                "[describe(e), e instanceof Error && Object.keys(e), e?.cause && describe(e.cause)]"
            } else {
                "describe(e)"
            };
            out.line(format!("try {{ console.log({label}, {name}()); }} catch (e) {{ console.log({label}, 'threw', {on_error}); }}"));
        }
    }
}
