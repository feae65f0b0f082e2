//! Objects and arrays: literals with every kind of key (integer-like keys come first, in ascending order),
//! getters, symbols, holes; mutation, spread, destructuring, Object.* and Array.prototype methods, JSON and
//! structuredClone round trips, Map and Set; all printed through util.inspect (console.log) so its
//! formatting (quotes, line breaking, grouping of long arrays, depth limits) is compared too.

use crate::differential::render::{Writer, js_number, js_string};
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Copy, Debug)]
pub enum Key {
    Str(&'static str),
    Sym(&'static str),
}

#[derive(Clone, Debug)]
pub enum Lit {
    Num(f64),
    Str(&'static str),
    Bool(bool),
    Null,
    Undefined,
    Arr(Vec<Lit>),
    /// An array of `n` small numbers (long arrays are grouped in columns by util.inspect).
    Range(u8),
    Obj(Vec<(Key, Lit, bool)>),
}

#[derive(Clone, Debug)]
pub enum Op {
    Log,
    Json(&'static str),
    JsonRoundTrip,
    StructuredClone,
    ObjectFn(&'static str),
    Spread(Lit),
    Assign(Key, Lit),
    Delete(Key),
    Destructure(Vec<(Key, Option<Lit>)>),
    ArrayDestructure(u8, Option<Lit>),
    ArrayMethod(&'static str),
    Has(Key),
    Collections,
    Nest(u8),
}

#[derive(Clone, Debug)]
pub struct Snippet {
    value: Lit,
    ops: Vec<Op>,
}

const NUMBERS: &[f64] = &[0.0, -0.0, 1.0, -1.0, 1.5, 42.0, f64::NAN, f64::INFINITY, 1e21, 123456789.0, 0.1, 7.0];
const STRINGS: &[&str] = &[
    "",
    "a",
    "hello",
    "it's",
    "say \"hi\"",
    "both ' and \"",
    "line\nbreak",
    "ünï",
    "😀",
    "%s",
    "a much longer string value that makes lines wrap",
];
const KEYS: &[Key] = &[
    Key::Str("a"),
    Key::Str("b"),
    Key::Str("c"),
    Key::Str("name"),
    Key::Str("id"),
    Key::Str("2"),
    Key::Str("10"),
    Key::Str("0"),
    Key::Str("-1"),
    Key::Str("1.5"),
    Key::Str("01"),
    Key::Str("key with space"),
    Key::Str("a-b"),
    Key::Str("4294967295"),
    Key::Sym("tag"),
];
/// Array methods as source applied to `v` (an array), each printed; some mutate `v`.
const ARRAY_METHODS: &[&str] = &[
    "v.map((x) => typeof x)",
    "v.filter((x) => typeof x === 'number')",
    "v.join('-')",
    "v.join()",
    "v.indexOf(1)",
    "v.includes(NaN)",
    "v.indexOf(NaN)",
    "v.slice(1, -1)",
    "v.concat([9], 8, [[7]])",
    "v.reverse()",
    "v.sort()",
    "v.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))",
    "v.flat(Infinity)",
    "v.at(-1)",
    "v.splice(1, 2, 'x')",
    "[v.push(5), v.pop(), v.shift(), v.unshift(0)]",
    "v.findLast((x) => x !== null)",
    "v.findIndex((x) => x === undefined)",
    "[...v.entries()]",
    "v.length",
    "Array.isArray(v)",
    "v.toSorted()",
    "v.toReversed()",
    "v.length ? v.with(0, 'w') : 'empty'",
    "v.fill(0, 1)",
    "v.some((x) => !x) + ' ' + v.every((x) => x)",
    "v.reduce((acc, x) => acc + String(x), '')",
    "Array.from(v, (x, i) => i)",
    "v.keys().next()",
    "v.copyWithin(0, 1)",
    "v.lastIndexOf(undefined)",
    "Object.keys(v)",
];
const OBJECT_FNS: &[&str] = &[
    "Object.keys(v)",
    "Object.values(v)",
    "Object.entries(v)",
    "Object.getOwnPropertyNames(v)",
    "Object.getOwnPropertySymbols(v)",
    "Object.fromEntries(Object.entries(v).reverse())",
    "Object.assign({}, v, { z: 0 })",
    "Object.isFrozen(Object.freeze(v))",
    "Object.getOwnPropertyDescriptors(v)",
];

fn key() -> impl Strategy<Value = Key> {
    select(KEYS)
}

fn primitive() -> impl Strategy<Value = Lit> {
    prop_oneof![
        3 => select(NUMBERS).prop_map(Lit::Num),
        3 => select(STRINGS).prop_map(Lit::Str),
        1 => any::<bool>().prop_map(Lit::Bool),
        1 => Just(Lit::Null),
        1 => Just(Lit::Undefined),
    ]
}

fn lit() -> impl Strategy<Value = Lit> {
    primitive().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            2 => proptest::collection::vec(inner.clone(), 0..7).prop_map(Lit::Arr),
            1 => (0u8..40).prop_map(Lit::Range),
            3 => proptest::collection::vec((key(), inner, proptest::bool::weighted(0.1)), 0..7).prop_map(Lit::Obj),
        ]
    })
}

fn container() -> impl Strategy<Value = Lit> {
    prop_oneof![
        1 => proptest::collection::vec(lit(), 0..8).prop_map(Lit::Arr),
        1 => (0u8..30).prop_map(Lit::Range),
        2 => proptest::collection::vec((key(), lit(), proptest::bool::weighted(0.1)), 0..8).prop_map(Lit::Obj),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::Log),
        1 => select(&["", ", null, 2", ", null, '\\t'", ", (k, x) => (typeof x === 'number' ? x * 2 : x)", ", ['a', 'b', '2']"][..]).prop_map(Op::Json),
        1 => Just(Op::JsonRoundTrip),
        1 => Just(Op::StructuredClone),
        1 => select(OBJECT_FNS).prop_map(Op::ObjectFn),
        1 => container().prop_map(Op::Spread),
        1 => (key(), lit()).prop_map(|(k, v)| Op::Assign(k, v)),
        1 => key().prop_map(Op::Delete),
        1 => proptest::collection::vec((key(), proptest::option::of(primitive())), 0..4).prop_map(Op::Destructure),
        1 => (0u8..4, proptest::option::of(primitive())).prop_map(|(n, d)| Op::ArrayDestructure(n, d)),
        4 => select(ARRAY_METHODS).prop_map(Op::ArrayMethod),
        1 => key().prop_map(Op::Has),
        1 => Just(Op::Collections),
        1 => (1u8..6).prop_map(Op::Nest),
    ]
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    (container(), proptest::collection::vec(op(), 1..6)).prop_map(|(value, ops)| Snippet { value, ops })
}

impl Key {
    fn to_js(self) -> String {
        match self {
            Key::Str(k) => js_string(k),
            Key::Sym(name) => format!("Symbol.for({})", js_string(name)),
        }
    }
}

impl Lit {
    pub fn to_js(&self) -> String {
        match self {
            Lit::Num(x) => js_number(*x),
            Lit::Str(s) => js_string(s),
            Lit::Bool(b) => b.to_string(),
            Lit::Null => "null".into(),
            Lit::Undefined => "undefined".into(),
            Lit::Arr(items) => format!("[{}]", items.iter().map(Lit::to_js).collect::<Vec<_>>().join(", ")),
            Lit::Range(n) => format!("Array.from({{ length: {n} }}, (_, i) => i * 3)"),
            Lit::Obj(entries) => {
                let parts: Vec<String> = entries
                    .iter()
                    .map(|(k, v, getter)| {
                        if *getter {
                            format!("get [{}]() {{ return {}; }}", k.to_js(), v.to_js())
                        } else {
                            format!("[{}]: {}", k.to_js(), v.to_js())
                        }
                    })
                    .collect();
                format!("({{ {} }})", parts.join(", "))
            }
        }
    }

    fn is_array(&self) -> bool {
        matches!(self, Lit::Arr(_) | Lit::Range(_))
    }
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        out.line(format!("let v = {};", self.value.to_js()));
        for op in &self.ops {
            let label = out.label();
            let shown = match op {
                Op::Log => "v".to_string(),
                Op::Json(rest) => format!("JSON.stringify(v{rest})"),
                Op::JsonRoundTrip => "JSON.parse(JSON.stringify(v))".into(),
                Op::StructuredClone => "structuredClone(v)".into(),
                Op::ObjectFn(f) => (*f).to_string(),
                Op::Spread(other) if self.value.is_array() && other.is_array() => format!("[...v, ...{}]", other.to_js()),
                Op::Spread(other) => format!("{{ ...v, x: 1, ...{} }}", other.to_js()),
                Op::Assign(k, x) => format!("(v[{}] = {}, v)", k.to_js(), x.to_js()),
                Op::Delete(k) => format!("[delete v[{}], v]", k.to_js()),
                Op::Destructure(keys) => {
                    let mut names = Vec::new();
                    let mut parts = Vec::new();
                    for (k, default) in keys {
                        let name = out.name("d");
                        let default = default.as_ref().map(|d| format!(" = {}", d.to_js())).unwrap_or_default();
                        parts.push(format!("[{}]: {name}{default}", k.to_js()));
                        names.push(name);
                    }
                    let rest = out.name("rest");
                    parts.push(format!("...{rest}"));
                    out.line(format!("const {{ {} }} = v;", parts.join(", ")));
                    names.push(rest);
                    names.join(", ")
                }
                Op::ArrayDestructure(skip, default) if self.value.is_array() => {
                    let (first, rest) = (out.name("d"), out.name("rest"));
                    let default = default.as_ref().map(|d| format!(" = {}", d.to_js())).unwrap_or_default();
                    out.line(format!("const [{}{first}{default}, ...{rest}] = v;", ",".repeat(usize::from(*skip))));
                    format!("{first}, {rest}")
                }
                Op::ArrayDestructure(..) => "Object.entries(v).length".into(),
                Op::ArrayMethod(method) if self.value.is_array() => (*method).to_string(),
                Op::ArrayMethod(_) => "Object.entries(v).map(([k, x]) => k + '=' + typeof x)".into(),
                Op::Has(k) => format!("[{k} in v, Object.hasOwn(v, {k}), v.hasOwnProperty({k})]", k = k.to_js()),
                Op::Collections => "[new Map(Object.entries(v)), new Set(Object.values(v))]".into(),
                Op::Nest(depth) => format!("{}v{}", "{ inner: [".repeat(usize::from(*depth)), "] }".repeat(usize::from(*depth))),
            };
            out.line(format!("console.log({label}, {shown});"));
        }
    }
}
