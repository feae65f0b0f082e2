//! Property names the engine itself uses, interned once.

use gc_arena::{Collect, Mutation};

use crate::heap::string::{Atom, AtomTable};

#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Names<'gc> {
    pub length: Atom<'gc>,
    pub prototype: Atom<'gc>,
    pub constructor: Atom<'gc>,
    pub name: Atom<'gc>,
    pub message: Atom<'gc>,
    pub stack: Atom<'gc>,
    pub value: Atom<'gc>,
    pub done: Atom<'gc>,
    pub next: Atom<'gc>,
    pub then: Atom<'gc>,
    pub cause: Atom<'gc>,
    pub errors: Atom<'gc>,
    pub get: Atom<'gc>,
    pub set: Atom<'gc>,
    pub writable: Atom<'gc>,
    pub enumerable: Atom<'gc>,
    pub configurable: Atom<'gc>,
    pub return_: Atom<'gc>,
    pub throw_: Atom<'gc>,
    pub callee: Atom<'gc>,
    pub to_string: Atom<'gc>,
    pub value_of: Atom<'gc>,
    pub join: Atom<'gc>,
    pub last_index: Atom<'gc>,
    pub raw: Atom<'gc>,
    pub index: Atom<'gc>,
    pub input: Atom<'gc>,
    pub groups: Atom<'gc>,
}

impl<'gc> Names<'gc> {
    pub fn new(mc: &Mutation<'gc>, atoms: &mut AtomTable<'gc>) -> Self {
        let mut a = |s: &str| atoms.intern(mc, &s.encode_utf16().collect::<Vec<u16>>());
        Names {
            length: a("length"),
            prototype: a("prototype"),
            constructor: a("constructor"),
            name: a("name"),
            message: a("message"),
            stack: a("stack"),
            value: a("value"),
            done: a("done"),
            next: a("next"),
            then: a("then"),
            cause: a("cause"),
            errors: a("errors"),
            get: a("get"),
            set: a("set"),
            writable: a("writable"),
            enumerable: a("enumerable"),
            configurable: a("configurable"),
            return_: a("return"),
            throw_: a("throw"),
            callee: a("callee"),
            to_string: a("toString"),
            value_of: a("valueOf"),
            join: a("join"),
            last_index: a("lastIndex"),
            raw: a("raw"),
            index: a("index"),
            input: a("input"),
            groups: a("groups"),
        }
    }
}
