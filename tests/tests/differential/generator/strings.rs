//! Strings and their methods: slicing with negative and out-of-range indices, case, trimming, padding,
//! search, split/join, replace (string and regex patterns, `$` patterns, function replacers), code units
//! versus code points (surrogate pairs and lone surrogates), JSON escaping and template literals.

use crate::differential::render::Writer;
use proptest::prelude::*;
use proptest::sample::select;

/// String literals as JS source (some use escapes for characters a Rust `&str` cannot hold).
const ATOMS: &[&str] = &[
    "''",
    "'a'",
    "'abc'",
    "'Hello, World'",
    "'a-b-c'",
    "'  padded  '",
    "'banana'",
    "'ünïcödé'",
    "'ß'",
    "'😀x😀'",
    "'\\uD83D'",
    "'\\uDE00a'",
    "'tab\\there'",
    "'line\\nbreak'",
    "'it\\'s'",
    "'say \"hi\"'",
    "'%s %d'",
    "'\\u0000'",
    "'\\u2028'",
    "'\\\\'",
    "'AbCdE'",
    "'İı'",
    "'x'.repeat(40)",
    "'a,b,,c'",
    "'123'",
];

const INDICES: &[&str] = &["0", "1", "2", "-1", "-3", "5", "100", "-100", "NaN", "undefined", "1.5", "Infinity"];
const REGEXES: &[&str] = &["/a/g", "/[aeiou]/g", "/(\\w)(\\d)?/", "/\\s+/", "/^./u", "/b+/y", "/(?<first>[a-z])/g", "/./gu", "/,/"];
const REPLACEMENTS: &[&str] =
    &["'-'", "'$&$&'", "'[$1]'", "'$<first>!'", "'$$'", "''", "(m) => m.toUpperCase()", "(m, ...rest) => rest.length"];

#[derive(Clone, Debug)]
pub enum StrExpr {
    Atom(&'static str),
    Concat(Box<StrExpr>, Box<StrExpr>),
    Template(Box<StrExpr>, Box<StrExpr>),
    /// A method returning a string, as source after the dot, with `{}` standing for one string argument.
    Method(Box<StrExpr>, Method),
    FromCharCode(Vec<u16>),
    FromCodePoint(Vec<u32>),
}

#[derive(Clone, Debug)]
pub enum Method {
    Slice(&'static str, Option<&'static str>),
    Substring(&'static str, &'static str),
    Substr(&'static str, &'static str),
    At(&'static str),
    CharAt(&'static str),
    Case(&'static str),
    Trim(&'static str),
    Pad(&'static str, u8, Box<StrExpr>),
    Repeat(u8),
    Replace(&'static str, Box<StrExpr>, Box<StrExpr>),
    ReplaceRegex(&'static str, &'static str),
    Normalize(&'static str),
}

/// How a string is shown (several return non-strings: numbers, booleans, arrays).
#[derive(Clone, Debug)]
pub enum Show {
    Log,
    Json,
    Inspect,
    Length,
    Split(Option<Box<StrExpr>>, Option<u8>),
    SplitRegex(&'static str),
    Search(&'static str, Box<StrExpr>),
    CharCodeAt(&'static str),
    CodePointAt(&'static str),
    Spread,
    Compare(Box<StrExpr>),
    Match(&'static str),
    MatchAll(&'static str),
    IsWellFormed,
}

#[derive(Clone, Debug)]
pub struct Snippet {
    items: Vec<(Show, StrExpr)>,
}

fn atom() -> impl Strategy<Value = StrExpr> {
    select(ATOMS).prop_map(StrExpr::Atom)
}

fn method(inner: BoxedStrategy<StrExpr>) -> impl Strategy<Value = Method> {
    let index = || select(INDICES);
    prop_oneof![
        (index(), proptest::option::of(index())).prop_map(|(a, b)| Method::Slice(a, b)),
        (index(), index()).prop_map(|(a, b)| Method::Substring(a, b)),
        (index(), index()).prop_map(|(a, b)| Method::Substr(a, b)),
        index().prop_map(Method::At),
        index().prop_map(Method::CharAt),
        select(&["toUpperCase", "toLowerCase"][..]).prop_map(Method::Case),
        select(&["trim", "trimStart", "trimEnd"][..]).prop_map(Method::Trim),
        (select(&["padStart", "padEnd"][..]), 0u8..12, inner.clone()).prop_map(|(m, n, s)| Method::Pad(m, n, Box::new(s))),
        (0u8..4).prop_map(Method::Repeat),
        (select(&["replace", "replaceAll"][..]), inner.clone(), inner).prop_map(|(m, a, b)| Method::Replace(m, Box::new(a), Box::new(b))),
        (select(REGEXES), select(REPLACEMENTS)).prop_map(|(r, s)| Method::ReplaceRegex(r, s)),
        select(&["NFC", "NFD"][..]).prop_map(Method::Normalize),
    ]
}

fn expr() -> impl Strategy<Value = StrExpr> {
    let leaf = prop_oneof![
        6 => atom(),
        1 => proptest::collection::vec(prop_oneof![32u16..127, 0xD800u16..0xE000, 0u16..0xFFFF], 0..4).prop_map(StrExpr::FromCharCode),
        1 => proptest::collection::vec(prop_oneof![32u32..127, 0x1F600u32..0x1F650, 0xA0u32..0x800], 0..3).prop_map(StrExpr::FromCodePoint),
    ];
    leaf.prop_recursive(3, 10, 2, |inner| {
        prop_oneof![
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| StrExpr::Concat(Box::new(a), Box::new(b))),
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| StrExpr::Template(Box::new(a), Box::new(b))),
            3 => (inner.clone(), method(inner)).prop_map(|(s, m)| StrExpr::Method(Box::new(s), m)),
        ]
    })
}

fn show() -> impl Strategy<Value = Show> {
    let boxed = || atom().prop_map(Box::new);
    prop_oneof![
        4 => Just(Show::Log),
        2 => Just(Show::Json),
        1 => Just(Show::Inspect),
        1 => Just(Show::Length),
        1 => (proptest::option::of(boxed()), proptest::option::of(0u8..4)).prop_map(|(s, n)| Show::Split(s, n)),
        1 => select(REGEXES).prop_map(Show::SplitRegex),
        1 => (select(&["indexOf", "lastIndexOf", "includes", "startsWith", "endsWith"][..]), boxed()).prop_map(|(m, s)| Show::Search(m, s)),
        1 => select(INDICES).prop_map(Show::CharCodeAt),
        1 => select(INDICES).prop_map(Show::CodePointAt),
        1 => Just(Show::Spread),
        1 => boxed().prop_map(Show::Compare),
        1 => select(REGEXES).prop_map(Show::Match),
        1 => select(REGEXES).prop_map(Show::MatchAll),
        1 => Just(Show::IsWellFormed),
    ]
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    proptest::collection::vec((show(), expr()), 1..7).prop_map(|items| Snippet { items })
}

impl StrExpr {
    pub fn to_js(&self) -> String {
        match self {
            StrExpr::Atom(src) => format!("({src})"),
            StrExpr::Concat(a, b) => format!("({} + {})", a.to_js(), b.to_js()),
            StrExpr::Template(a, b) => format!("`[${{{}}}|${{{}}}]`", a.to_js(), b.to_js()),
            // minijs normalizes only Latin letters and Hangul (a documented gap: no full Unicode
            // composition tables), so other scripts are kept away from normalize().
            StrExpr::Method(s, Method::Normalize(_)) if !s.normalizable() => format!("{}.valueOf()", s.to_js()),
            StrExpr::Method(s, m) => format!("{}.{}", s.to_js(), m.to_js()),
            StrExpr::FromCharCode(units) => {
                let units: Vec<String> = units.iter().map(u16::to_string).collect();
                format!("String.fromCharCode({})", units.join(", "))
            }
            StrExpr::FromCodePoint(points) => {
                let points: Vec<String> = points.iter().map(u32::to_string).collect();
                format!("String.fromCodePoint({})", points.join(", "))
            }
        }
    }
}

impl StrExpr {
    /// Whether every character comes from the literals (Latin, emoji, CJK-free) or from the Latin-1 and
    /// Latin Extended ranges: what minijs's normalize() covers.
    fn normalizable(&self) -> bool {
        let latin = |c: u32| c < 0x250 || (0x1F600..0x1F650).contains(&c);
        match self {
            StrExpr::Atom(_) => true,
            StrExpr::Concat(a, b) | StrExpr::Template(a, b) => a.normalizable() && b.normalizable(),
            StrExpr::Method(s, m) => {
                s.normalizable()
                    && match m {
                        Method::Pad(_, _, x) => x.normalizable(),
                        Method::Replace(_, x, y) => x.normalizable() && y.normalizable(),
                        _ => true,
                    }
            }
            StrExpr::FromCharCode(units) => units.iter().all(|&u| latin(u32::from(u))),
            StrExpr::FromCodePoint(points) => points.iter().all(|&p| latin(p)),
        }
    }
}

impl Method {
    fn to_js(&self) -> String {
        match self {
            Method::Slice(a, Some(b)) => format!("slice({a}, {b})"),
            Method::Slice(a, None) => format!("slice({a})"),
            Method::Substring(a, b) => format!("substring({a}, {b})"),
            Method::Substr(a, b) => format!("substr({a}, {b})"),
            Method::At(i) => format!("at({i})"),
            Method::CharAt(i) => format!("charAt({i})"),
            Method::Case(m) | Method::Trim(m) => format!("{m}()"),
            Method::Pad(m, n, fill) => format!("{m}({n}, {})", fill.to_js()),
            Method::Repeat(n) => format!("repeat({n})"),
            Method::Replace(m, pattern, with) => format!("{m}({}, {})", pattern.to_js(), with.to_js()),
            Method::ReplaceRegex(regex, with) => format!("replace({regex}, {with})"),
            Method::Normalize(form) => format!("normalize('{form}')"),
        }
    }
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        for (show, e) in &self.items {
            let label = out.label();
            let s = e.to_js();
            let shown = match show {
                Show::Log => s,
                Show::Json => format!("JSON.stringify({s})"),
                Show::Inspect => format!("[{s}]"),
                Show::Length => format!("{s}.length"),
                Show::Split(None, _) => format!("{s}.split()"),
                Show::Split(Some(sep), None) => format!("{s}.split({})", sep.to_js()),
                Show::Split(Some(sep), Some(n)) => format!("{s}.split({}, {n})", sep.to_js()),
                Show::SplitRegex(regex) => format!("{s}.split({regex})"),
                Show::Search(m, needle) => format!("{s}.{m}({})", needle.to_js()),
                Show::CharCodeAt(i) => format!("{s}.charCodeAt({i})"),
                Show::CodePointAt(i) => format!("{s}.codePointAt({i})"),
                Show::Spread => format!("[...{s}].map((c) => c.length)"),
                Show::Compare(other) => {
                    let o = other.to_js();
                    format!("[{s} < {o}, {s} === {o}, {s} > {o}]")
                }
                Show::Match(regex) => format!("JSON.stringify({s}.match({regex}))"),
                Show::MatchAll(regex) => {
                    // matchAll demands a global regex: a non-global one throws a TypeError, shown as such. A
                    // receiver that is not a string (`at` out of range) is only named: calling its missing
                    // method fails with a message quoting the call site, which V8 prints from its AST while
                    // minijs quotes the source text.
                    format!(
                        "((s) => {{ if (typeof s !== 'string') return typeof s; try {{ return [...s.matchAll({regex})].map((m) => m.index + ':' + m[0]); }} catch (e) {{ return describe(e); }} }})({s})"
                    )
                }
                Show::IsWellFormed => format!("{s}.isWellFormed()"),
            };
            out.line(format!("console.log({label}, {shown});"));
        }
    }
}
