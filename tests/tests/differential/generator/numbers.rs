//! Numbers: arithmetic over the awkward values (-0, NaN, ±Infinity, huge, tiny, fractional), coercion of
//! other types, Math, and every way a number becomes a string (String, template, toFixed, toPrecision,
//! toExponential, toString(radix), JSON, util.inspect) or a string becomes a number.

use crate::differential::render::{Writer, js_number, js_string};
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Debug)]
pub enum NumExpr {
    Lit(f64),
    /// JS source of a non-number operand (coerced by the operator).
    Coerced(&'static str),
    Unary(&'static str, Box<NumExpr>),
    Binary(&'static str, Box<NumExpr>, Box<NumExpr>),
    Math(&'static str, Vec<NumExpr>),
}

/// How a value is shown.
#[derive(Clone, Debug)]
pub enum Show {
    Log,
    String,
    Template,
    Fixed(u8),
    Precision(u8),
    Exponential(u8),
    Radix(u8),
    Json,
    InArray,
    IsNegativeZero,
    Typeof,
    RoundTrip,
    IsInteger,
}

#[derive(Clone, Debug)]
pub enum Item {
    Show(Show, NumExpr),
    Parse(&'static str, &'static str),
}

#[derive(Clone, Debug)]
pub struct Snippet {
    items: Vec<Item>,
}

const SPECIAL: &[f64] = &[
    0.0,
    -0.0,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    0.1,
    0.2,
    0.3,
    1e21,
    1e-7,
    123456789012345680000.0,
    9007199254740992.0,
    9007199254740993.0,
    -9007199254740991.0,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
    f64::EPSILON,
    4294967295.0,
    4294967296.0,
    2147483648.0,
    -2147483649.0,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    123.456,
    1e100,
    255.0,
];

const COERCED: &[&str] = &[
    "'12'",
    "' 7 '",
    "'0x1f'",
    "'1e3'",
    "''",
    "'abc'",
    "'-0'",
    "null",
    "undefined",
    "true",
    "false",
    "[]",
    "[5]",
    "[1, 2]",
    "'Infinity'",
    "'0b11'",
    "'.5'",
    "({})",
    "({ valueOf() { return 42; } })",
    "({ toString() { return '7'; } })",
];

const UNARY: &[&str] = &["-", "+", "~", "!"];
const BINARY: &[&str] = &[
    "+", "+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>", "<", ">", "<=", ">=", "==", "===", "!=", "!==", "??", "||", "&&",
];
/// Math functions with their argument count (`None`: variadic). Exactly rounded ones only: the
/// transcendental functions are implementation-approximated by the spec.
const MATH: &[(&str, Option<usize>)] = &[
    ("floor", Some(1)),
    ("ceil", Some(1)),
    ("round", Some(1)),
    ("trunc", Some(1)),
    ("sign", Some(1)),
    ("abs", Some(1)),
    ("sqrt", Some(1)),
    ("fround", Some(1)),
    ("clz32", Some(1)),
    ("imul", Some(2)),
    ("min", None),
    ("max", None),
    ("hypot", Some(2)),
];

const PARSE_INPUTS: &[&str] = &[
    "  42px",
    "0x1A",
    "-0x1A",
    "1e3",
    "-0",
    ".5",
    "5.",
    "Infinity",
    "-Infinity",
    "abc",
    "",
    "  ",
    "3.14abc",
    "0b101",
    "0o17",
    "1_000",
    "12e",
    "1e-7",
    "123456789012345678901234567890",
    "1e400",
    "\t\n 8 \n",
    "+7",
    "--7",
    "0.000001",
    "1e21",
    "0.1e-400",
    "077",
];
const PARSERS: &[&str] = &["Number", "parseFloat", "parseInt", "parseInt16", "parseInt36", "unaryPlus"];

fn literal() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => select(SPECIAL),
        3 => (-20i32..100).prop_map(f64::from),
        2 => (-100_000i32..100_000, 1i32..6).prop_map(|(n, places)| f64::from(n) / 10f64.powi(places)),
        2 => proptest::num::f64::ANY,
    ]
}

fn expr() -> impl Strategy<Value = NumExpr> {
    let leaf = prop_oneof![3 => literal().prop_map(NumExpr::Lit), 1 => select(COERCED).prop_map(NumExpr::Coerced)];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            1 => (select(UNARY), inner.clone()).prop_map(|(op, e)| NumExpr::Unary(op, Box::new(e))),
            3 => (select(BINARY), inner.clone(), inner.clone()).prop_map(|(op, a, b)| NumExpr::Binary(op, Box::new(a), Box::new(b))),
            1 => (select(MATH), proptest::collection::vec(inner, 0..3)).prop_map(|((name, arity), mut args)| {
                if let Some(n) = arity {
                    args.resize(n, NumExpr::Lit(1.0));
                }
                NumExpr::Math(name, args)
            }),
        ]
    })
}

fn show() -> impl Strategy<Value = Show> {
    prop_oneof![
        3 => Just(Show::Log),
        1 => Just(Show::String),
        1 => Just(Show::Template),
        1 => (0u8..=25).prop_map(Show::Fixed),
        1 => (1u8..=25).prop_map(Show::Precision),
        1 => (0u8..=25).prop_map(Show::Exponential),
        1 => (2u8..=36).prop_map(Show::Radix),
        1 => Just(Show::Json),
        1 => Just(Show::InArray),
        1 => Just(Show::IsNegativeZero),
        1 => Just(Show::Typeof),
        1 => Just(Show::RoundTrip),
        1 => Just(Show::IsInteger),
    ]
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    let item = prop_oneof![
        4 => (show(), expr()).prop_map(|(s, e)| Item::Show(s, e)),
        1 => (select(PARSERS), select(PARSE_INPUTS)).prop_map(|(p, s)| Item::Parse(p, s)),
    ];
    proptest::collection::vec(item, 1..8).prop_map(|items| Snippet { items })
}

impl NumExpr {
    pub fn to_js(&self) -> String {
        match self {
            NumExpr::Lit(x) => js_number(*x),
            NumExpr::Coerced(src) => (*src).to_string(),
            NumExpr::Unary(op, e) => format!("({op}{})", e.to_js()),
            NumExpr::Binary(op, a, b) => format!("({} {op} {})", a.to_js(), b.to_js()),
            NumExpr::Math(name, args) => {
                let args: Vec<String> = args.iter().map(NumExpr::to_js).collect();
                format!("Math.{name}({})", args.join(", "))
            }
        }
    }
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        for item in &self.items {
            let label = out.label();
            match item {
                Item::Show(show, e) => {
                    let v = e.to_js();
                    // `n` is the value as a number, for the Number.prototype methods.
                    let shown = match show {
                        Show::Log => v,
                        Show::String => format!("String({v})"),
                        Show::Template => format!("`<${{{v}}}>`"),
                        Show::Fixed(d) => format!("Number({v}).toFixed({d})"),
                        Show::Precision(p) => format!("Number({v}).toPrecision({p})"),
                        Show::Exponential(d) => format!("Number({v}).toExponential({d})"),
                        Show::Radix(r) => format!("Number({v}).toString({r})"),
                        Show::Json => format!("JSON.stringify({v})"),
                        Show::InArray => format!("[{v}, -({v})]"),
                        Show::IsNegativeZero => format!("Object.is({v}, -0)"),
                        Show::Typeof => format!("typeof {v}"),
                        Show::RoundTrip => format!("(x => Number(String(x)) === x)(Number({v}))"),
                        Show::IsInteger => {
                            format!("(x => [Number.isInteger(x), Number.isSafeInteger(x), Number.isNaN(x), isFinite(x)])({v})")
                        }
                    };
                    out.line(format!("console.log({label}, {shown});"));
                }
                Item::Parse(parser, input) => {
                    let s = js_string(input);
                    let call = match *parser {
                        "parseInt16" => format!("parseInt({s}, 16)"),
                        "parseInt36" => format!("parseInt({s}, 36)"),
                        "unaryPlus" => format!("+{s}"),
                        name => format!("{name}({s})"),
                    };
                    out.line(format!("console.log({label}, {call});"));
                }
            }
        }
    }
}
