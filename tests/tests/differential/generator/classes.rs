//! Classes: a chain of up to four classes, each optionally extending the previous one, with public and
//! private fields, static fields and blocks, accessors, methods calling `super`, constructors with and
//! without parameters; instances are printed (util.inspect shows the class name and own fields in
//! initialization order), methods called, and the chain inspected with instanceof and reflection.

use crate::differential::render::Writer;
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Debug)]
pub struct Class {
    extends: bool,
    fields: Vec<(&'static str, i8)>,
    private: Option<i8>,
    static_field: Option<i8>,
    static_block: bool,
    accessor: bool,
    method: Option<i8>,
    constructor: Option<i8>,
    to_string: bool,
}

#[derive(Clone, Debug)]
pub enum Use {
    Inspect(u8, i8),
    Method(u8),
    Accessor(u8, i8),
    Static(u8),
    InstanceOf(u8, u8),
    Reflect(u8),
    Json(u8),
    Template(u8),
    PrivateBrand(u8, u8),
    PrintClass(u8),
}

#[derive(Clone, Debug)]
pub struct Snippet {
    classes: Vec<Class>,
    uses: Vec<Use>,
}

const FIELDS: &[&str] = &["a", "b", "c", "name", "value"];

fn class() -> impl Strategy<Value = Class> {
    (
        proptest::bool::weighted(0.7),
        proptest::collection::vec((select(FIELDS), any::<i8>()), 0..3),
        proptest::option::of(any::<i8>()),
        proptest::option::of(any::<i8>()),
        proptest::bool::weighted(0.2),
        any::<bool>(),
        proptest::option::of(any::<i8>()),
        proptest::option::of(any::<i8>()),
        proptest::bool::weighted(0.3),
    )
        .prop_map(|(extends, fields, private, static_field, static_block, accessor, method, constructor, to_string)| Class {
            extends,
            fields,
            private,
            static_field,
            static_block,
            accessor,
            method,
            constructor,
            to_string,
        })
}

fn use_() -> impl Strategy<Value = Use> {
    prop_oneof![
        3 => (0u8..4, any::<i8>()).prop_map(|(c, arg)| Use::Inspect(c, arg)),
        3 => (0u8..4).prop_map(Use::Method),
        1 => (0u8..4, any::<i8>()).prop_map(|(c, v)| Use::Accessor(c, v)),
        1 => (0u8..4).prop_map(Use::Static),
        1 => (0u8..4, 0u8..4).prop_map(|(a, b)| Use::InstanceOf(a, b)),
        1 => (0u8..4).prop_map(Use::Reflect),
        1 => (0u8..4).prop_map(Use::Json),
        1 => (0u8..4).prop_map(Use::Template),
        1 => (0u8..4, 0u8..4).prop_map(|(a, b)| Use::PrivateBrand(a, b)),
        1 => (0u8..4).prop_map(Use::PrintClass),
    ]
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    (proptest::collection::vec(class(), 1..5), proptest::collection::vec(use_(), 1..6))
        .prop_map(|(classes, uses)| Snippet { classes, uses })
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        for (index, class) in self.classes.iter().enumerate() {
            render_class(index, class, out);
        }
        let count = self.classes.len();
        // A class index in a use is taken modulo the number of classes, so shrinking never breaks a use.
        let pick = |c: u8| usize::from(c) % count;
        for use_ in &self.uses {
            let label = out.label();
            let shown = match use_ {
                Use::Inspect(c, arg) => format!("new C{}({arg})", pick(*c)),
                Use::Method(c) => {
                    format!("(() => {{ const o = new C{}(3); return typeof o.m === 'function' ? o.m() : 'no m'; }})()", pick(*c))
                }
                Use::Accessor(c, v) => {
                    format!(
                        "(() => {{ const o = new C{}(1); const before = o.double; o.double = {v}; return [before, o.double, o]; }})()",
                        pick(*c)
                    )
                }
                Use::Static(c) => {
                    let c = pick(*c);
                    format!("[C{c}.count, typeof C{c}.create === 'function' ? C{c}.create() : 'no create', Object.keys(C{c})]")
                }
                Use::InstanceOf(a, b) => format!("new C{}(0) instanceof C{}", pick(*a), pick(*b)),
                Use::Reflect(c) => {
                    let c = pick(*c);
                    format!(
                        "[C{c}.name, C{c}.length, Object.getOwnPropertyNames(C{c}.prototype), Object.getPrototypeOf(C{c}).name, typeof C{c}]"
                    )
                }
                Use::Json(c) => format!("JSON.stringify(new C{}(2))", pick(*c)),
                Use::Template(c) => format!("`${{new C{}(5)}}`", pick(*c)),
                Use::PrivateBrand(a, b) => format!("C{}.hasPrivate(new C{}(0))", pick(*a), pick(*b)),
                Use::PrintClass(c) => format!("C{}", pick(*c)),
            };
            out.line(format!("console.log({label}, {shown});"));
        }
    }
}

fn render_class(index: usize, class: &Class, out: &mut Writer) {
    let derived = class.extends && index > 0;
    let heading = if derived { format!("class C{index} extends C{} {{", index - 1) } else { format!("class C{index} {{") };
    out.open(heading);
    for (name, value) in &class.fields {
        out.line(format!("{name} = {value};"));
    }
    let private = class.private.unwrap_or(0);
    out.line(format!("#secret = {private};"));
    out.line("static hasPrivate(o) { return #secret in o; }");
    if let Some(value) = class.static_field {
        out.line(format!("static count = {value};"));
        out.line(format!("static create() {{ return new C{index}(this.count); }}"));
    }
    if class.static_block {
        out.line("static { this.initialized = (this.initialized ?? 0) + 1; }");
    }
    if let Some(k) = class.constructor {
        out.open("constructor(x) {");
        if derived {
            out.line("super(x);");
        }
        out.line(format!("this.c = (x ?? 0) + {k};"));
        out.close("}");
    }
    if class.accessor {
        out.line("get double() { return (this.a ?? 1) * 2; }");
        out.line("set double(v) { this.a = v / 2; }");
    }
    if let Some(k) = class.method {
        let base = if derived { "(typeof super.m === 'function' ? super.m() : 0)" } else { "0" };
        out.line(format!("m() {{ return {base} + {k} + this.#secret + (this.a ?? 0); }}"));
    }
    if class.to_string {
        out.line(format!("toString() {{ return 'C{index}:' + Object.keys(this).join(','); }}"));
    }
    out.close("}");
}
