//! The program generator: a proptest strategy for a whole program, built from one snippet kind per
//! language area, and its rendering to JavaScript source.
//!
//! A program is a list of independent snippets (each in its own block, so names never clash) followed by an
//! optional ending that fails on purpose (uncaught throw, unhandled rejection). Shrinking removes snippets
//! and simplifies each one through the structure proptest gives it. Labels (`L1`, `L2`, …) and timer delays
//! are assigned while rendering, so every shrunk program is well-formed too.

pub mod async_tasks;
pub mod classes;
pub mod closures;
pub mod ending;
pub mod exceptions;
pub mod numbers;
pub mod objects;
pub mod strings;

use crate::differential::render::Writer;
use proptest::prelude::*;

/// What the generator may use; ALS is off against a Node whose AsyncLocalStorage predates
/// AsyncContextFrame (Node < 24), whose semantics differ.
#[derive(Clone, Copy, Debug)]
pub struct Features {
    pub async_local_storage: bool,
}

#[derive(Clone, Debug)]
pub enum Snippet {
    Numbers(numbers::Snippet),
    Strings(strings::Snippet),
    Objects(objects::Snippet),
    Closures(closures::Snippet),
    Classes(classes::Snippet),
    Exceptions(exceptions::Snippet),
    Async(async_tasks::Snippet),
}

#[derive(Clone, Debug)]
pub struct Program {
    pub snippets: Vec<Snippet>,
    pub ending: ending::Ending,
}

fn snippet_strategy(features: Features) -> impl Strategy<Value = Snippet> {
    prop_oneof![
        2 => numbers::strategy().prop_map(Snippet::Numbers),
        2 => strings::strategy().prop_map(Snippet::Strings),
        2 => objects::strategy().prop_map(Snippet::Objects),
        1 => closures::strategy().prop_map(Snippet::Closures),
        1 => classes::strategy().prop_map(Snippet::Classes),
        2 => exceptions::strategy().prop_map(Snippet::Exceptions),
        3 => async_tasks::strategy(features).prop_map(Snippet::Async),
    ]
}

pub fn program_strategy(features: Features) -> impl Strategy<Value = Program> {
    (proptest::collection::vec(snippet_strategy(features), 1..6), ending::strategy())
        .prop_map(|(snippets, ending)| Program { snippets, ending })
}

/// Helpers every program may use: error classes, a way to print any thrown value without a stack, and the
/// logger of the asynchronous snippets (which also prints the current AsyncLocalStorage stores).
fn prelude(out: &mut Writer, features: Features) {
    if features.async_local_storage {
        out.line("const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');");
        out.line("const als = new AsyncLocalStorage();");
        out.line("const als2 = new AsyncLocalStorage();");
        out.line("function log(...args) { console.log(...args, als.getStore(), als2.getStore()); }");
    } else {
        out.line("function log(...args) { console.log(...args); }");
    }
    out.line("class AppError extends Error { constructor(message, code) { super(message); this.name = 'AppError'; this.code = code; } }");
    out.line("class DbError extends AppError { constructor(message) { super(message, 'DB'); this.name = 'DbError'; } }");
    out.open("function describe(e) {");
    out.line("if (e instanceof Error) return `${e.constructor.name} ${e.name}: ${e.message}`;");
    out.line("if (typeof e === 'object' && e !== null) return 'object ' + JSON.stringify(e);");
    out.line("return typeof e + ' ' + String(e);");
    out.close("}");
}

pub fn render(program: &Program, features: Features) -> String {
    let mut out = Writer::new();
    prelude(&mut out, features);
    for snippet in &program.snippets {
        out.open("{");
        match snippet {
            Snippet::Numbers(s) => s.render(&mut out),
            Snippet::Strings(s) => s.render(&mut out),
            Snippet::Objects(s) => s.render(&mut out),
            Snippet::Closures(s) => s.render(&mut out),
            Snippet::Classes(s) => s.render(&mut out),
            Snippet::Exceptions(s) => s.render(&mut out),
            Snippet::Async(s) => s.render(&mut out, features),
        }
        out.close("}");
    }
    program.ending.render(&mut out);
    out.finish()
}
