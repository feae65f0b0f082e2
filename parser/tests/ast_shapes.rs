//! The AST built for tricky snippets (printed by `common::sx` as S-expressions).

mod common;
use common::*;

#[test]
fn asi() {
    assert_eq!(sx("a = 1\nb"), "(= a 1); b");
    assert_eq!(sx("{ a }"), "{a}");
    assert_eq!(sx("a = b\n(c)"), "(= a (call b c))");
    assert_eq!(sx("return_ = 1\n;"), "(= return_ 1)");
    assert_eq!(sx("x\n++y"), "x; (preInc y)");
    assert_eq!(sx("function f() { return\n1 }"), "(function f () {(return) 1})");
    assert_eq!(sx("do x; while (y) z"), "(do x (while y z)".replace("(while y z)", "y); z"));
    assert_eq!(sx("do {} while (false) foo()"), "(do {} false); (call foo)");
    assert_eq!(sx("a\n[b]"), "(. a [b])");
    assert_eq!(sx("var a = 1, b\nc"), "(var (= a 1) b); c");
    assert_eq!(sx("let x = 1\nlet y = 2"), "(let (= x 1)); (let (= y 2))");
    assert_eq!(sx("throw x\n;"), "(throw x)");
    assert_eq!(sx("a\n?.b"), "(chain (?. a b))");
    assert_eq!(sx("for (;;) break\nfoo"), "(for _ _ _ (break)); foo");
    assert_eq!(sx("class A { x = 1\n y\n static z }"), "(class A (field x 1) (field y) (static field z))");
}

#[test]
fn asi_rejects_same_line() {
    assert_eq!(script_error("a = 1 b = 2"), "Unexpected identifier 'b'");
    assert_eq!(script_error("function f() { return typeof\n; }"), "Unexpected token ';'");
    assert_eq!(script_error("throw\nx"), "Illegal newline after throw");
    assert_eq!(script_error("for (a b;;) {}"), "Unexpected identifier 'b'");
}

#[test]
fn arrows() {
    assert_eq!(sx("x => x + 1"), "(=> _ (x) (Add x 1))");
    assert_eq!(sx("(a, b) => { return a }"), "(=> _ (a b) {(return a)})");
    assert_eq!(sx("() => ({})"), "(=> _ () (paren {}))");
    assert_eq!(sx("(a = 1, {b}, [c], ...d) => 0"), "(=> _ (a = 1 {b: b} [c] ...d) 0)");
    assert_eq!(sx("async x => await x"), "(=> async _ (x) (await x))");
    assert_eq!(sx("async (a, {b}, ...c) => 0"), "(=> async _ (a {b: b} ...c) 0)");
    assert_eq!(sx("async ()=>{}"), "(=> async _ () {})");
    assert_eq!(sx("var async = 1; async()"), "(var (= async 1)); (call async)");
    assert_eq!(sx("async(a, b)"), "(call async a b)");
    assert_eq!(sx("async\n(x) + 1"), "(Add (call async x) 1)");
    assert_eq!(sx("a ? b => c : d"), "(? a (=> _ (b) c) d)");
    assert_eq!(sx("f(x => x, y)"), "(call f (=> _ (x) x) y)");
    assert_eq!(sx("x => y => x"), "(=> _ (x) (=> _ (y) x))");
    assert_eq!(sx("(x) => { 'use strict' }"), "(=> strict _ (x) {\"use strict\"})");
}

#[test]
fn arrow_errors() {
    assert_eq!(script_error("(a, b)\n=> a"), "Unexpected token '=>'");
    assert!(script_error("(a + b) => a").contains("Invalid destructuring assignment target"));
    assert_eq!(script_error("((a)) => a"), "Invalid destructuring assignment target");
    assert_eq!(script_error("(...a, b) => 0"), "Unexpected token ','");
    assert_eq!(script_error("(a, b) => { await x }"), "await is only valid in async functions and the top level bodies of modules");
    assert_eq!(script_error("async (...a,) => 0"), "A rest parameter or binding pattern may not have a trailing comma");
    assert_eq!(script_error("(a, a) => 0"), "Duplicate parameter name not allowed in this context");
}

#[test]
fn destructuring() {
    assert_eq!(sx("[a, b] = [b, a]"), "(= [a, b] [b, a])");
    assert_eq!(sx("({a, b: {c}} = o)"), "(paren (= {a: a, b: {c: c}} o))");
    assert_eq!(sx("({a = 1, ...r} = o)"), "(paren (= {a: a = 1, ...r} o))");
    assert_eq!(sx("[a.b, c[0] = 2, , ...d] = e"), "(= [(. a b), (. c [0]) = 2, _, ...d] e)");
    assert_eq!(sx("[(a)] = b"), "(= [a] b)");
    assert_eq!(sx("var {a, b: [c = 1], ...d} = e"), "(var (= {a: a, b: [c = 1], ...d} e))");
    assert_eq!(sx("let [, x, ...y] = z"), "(let (= [_, x, ...y] z))");
    assert_eq!(sx("for ([a, b] of c);"), "(for-of [a, b] c (empty))");
    assert_eq!(sx("for (const {x} of y) {}"), "(for-of (const {x: x}) y {})");
    assert_eq!(sx("for (var k in o) {}"), "(for-in (var k) o {})");
    assert_eq!(sx("x = {a = 1} = y"), "(= x (= {a: a = 1} y))");
}

#[test]
fn destructuring_errors() {
    assert_eq!(script_error("({a = 1})"), "Invalid shorthand property initializer");
    assert_eq!(script_error("x = {a = 1}"), "Invalid shorthand property initializer");
    assert_eq!(script_error("({a}) = 1"), "Invalid left-hand side in assignment");
    assert_eq!(script_error("[...a, b] = c"), "Rest element must be last element");
    assert_eq!(script_error("[...a,] = c"), "Rest element must be last element");
    assert_eq!(script_error("({...a,} = c)"), "Rest element must be last element");
    assert_eq!(script_error("var [a];"), "Missing initializer in destructuring declaration");
    assert_eq!(script_error("const a;"), "Missing initializer in const declaration");
    assert_eq!(script_error("({ m() {} } = x)"), "Invalid destructuring assignment target");
}

#[test]
fn assignment_targets() {
    assert_eq!(script_error("1 = 2"), "Invalid left-hand side in assignment");
    assert_eq!(script_error("a + b = c"), "Invalid left-hand side in assignment");
    assert_eq!(script_error("++f()"), "Invalid left-hand side expression in prefix operation");
    assert_eq!(script_error("f()++"), "Invalid left-hand side expression in postfix operation");
    assert_eq!(script_error("a?.b = 1"), "Invalid left-hand side in assignment");
    assert_eq!(script_error("[a] += 1"), "Invalid left-hand side in assignment");
    assert_eq!(sx("a.b += 1; c ||= d; e ??= f; g **= 2"), "(= (. a b) 1)".replace("=", "Add=") + "; (Or= c d); (Nullish= e f); (Exp= g 2)");
    assert_eq!(sx("(a) = 1; (a.b)++"), "(= a 1); (postInc (. a b))");
}

#[test]
fn regex_versus_divide() {
    assert_eq!(sx("a / b / c"), "(Div (Div a b) c)");
    assert_eq!(sx("x = /a+/g.test(s)"), "(= x (call (. /a+/g test) s))");
    assert_eq!(sx("if (/x/.test(y)) {}"), "(if (call (. /x/ test) y) {})");
    assert_eq!(sx("a = b\n/c/g"), "(= a (Div (Div b c) g))");
    assert_eq!(sx("(a) / 2"), "(Div (paren a) 2)");
}

#[test]
fn optional_chaining() {
    assert_eq!(sx("a?.b"), "(chain (?. a b))");
    assert_eq!(sx("a?.b.c(d)"), "(chain (call (. (?. a b) c) d))");
    assert_eq!(sx("a?.[x]?.(y)"), "(chain (?.call (?. a [x]) y))");
    assert_eq!(sx("(a?.b).c"), "(. (paren (chain (?. a b))) c)");
    assert_eq!(sx("a?.b ? 1 : 2"), "(? (chain (?. a b)) 1 2)");
    assert_eq!(sx("class A { #y; m(x) { x?.#y } }"), "(class A (field #y) (Method m (fn strict m (x) {(chain (?. x #y))})))");
    assert_eq!(script_error("a?.b`c`"), "Invalid tagged template on optional chain");
    assert_eq!(script_error("new a?.b()"), "Unexpected token '?.'");
}

#[test]
fn operators() {
    assert_eq!(sx("a + b * c ** d ** e"), "(Add a (Mul b (Exp c (Exp d e))))");
    assert_eq!(sx("(-a) ** b"), "(Exp (paren (Minus a)) b)");
    assert!(script_error("-a ** b").starts_with("Unexpected token"));
    assert_eq!(sx("a ?? b"), "(Nullish a b)");
    assert_eq!(sx("(a || b) ?? c"), "(Nullish (paren (Or a b)) c)");
    assert_eq!(script_error("a || b ?? c"), "Unexpected token '??'");
    assert_eq!(script_error("a ?? b && c"), "Unexpected token '&&'");
    assert_eq!(sx("a, b, c"), "(, a b c)");
    assert_eq!(sx("a ? b : c ? d : e"), "(? a b (? c d e))");
    assert_eq!(sx("a = b ? c : d = e"), "(= a (? b c (= d e)))");
    assert_eq!(sx("typeof a === 'x' && !b in c"), "(And (StrictEq (Typeof a) \"x\") (In (Not b) c))");
    assert_eq!(sx("new new A()()"), "(new (new A))");
    assert_eq!(sx("new A.b.c"), "(new (. (. A b) c))");
    assert_eq!(sx("new A().b"), "(. (new A) b)");
    assert_eq!(sx("a.class + b.if"), "(Add (. a class) (. b if))");
    assert_eq!(sx("void 0, delete a[b]"), "(, (Void 0) (Delete (. a [b])))");
}

#[test]
fn literals() {
    assert_eq!(sx("[1, , 2, ...a,]"), "[1, _, 2, ...a]");
    assert_eq!(sx("[,]"), "[_]");
    assert_eq!(
        sx("({ a, b: 1, [c]: 2, 'd': 3, 4: 5, get e() {}, set e(v) {}, async *f() {}, ...g, __proto__: h })"),
        "(paren {a, b: 1, [c]: 2, \"d\": 3, 4: 5, Get e (fn e () {}), Set e (fn e (v) {}), Method f (fn async * f () {}), ...g, __proto__: h})"
    );
    assert_eq!(
        sx("({ get: 1, set() {}, async, static: 2, if: 3 })"),
        "(paren {get: 1, Method set (fn set () {}), async, static: 2, if: 3})"
    );
    assert_eq!(sx("`a${b}c${d}e`"), "(` \"a\" b \"c\" d \"e\")");
    assert_eq!(sx("tag`a${b}`"), "(tag tag \"a\" \"\" b)");
    assert_eq!(sx("tag`\\unicode`"), "(tag tag raw:\"\\\\unicode\" )");
    assert_eq!(script_error("`\\unicode`"), "Invalid Unicode escape sequence");
    assert_eq!(sx("1n + 0x10"), "(Add 1n 16)");
}

#[test]
fn statements() {
    assert_eq!(sx("if (a) b; else if (c) d; else e"), "(if a b (if c d e))");
    assert_eq!(sx("if (a) if (b) c; else d"), "(if a (if b c d))");
    assert_eq!(sx("a: for (;;) { continue a }"), "(label a (for _ _ _ {(continue a)}))");
    assert_eq!(sx("switch (x) { case 1: a; default: b }"), "(switch x (case 1 a) (case default b))");
    assert_eq!(sx("try {} catch {} finally {}"), "(try {} (catch _ {}) (finally {}))");
    assert_eq!(sx("try {} catch ({a}) {}"), "(try {} (catch {a: a} {}))");
    assert_eq!(sx("with (o) x"), "(with o x)");
    assert_eq!(sx("for (let i = 0, j; i < 1; i++) {}"), "(for (let (= i 0) j) (Lt i 1) (postInc i) {})");
    assert_eq!(sx("for (x in y, z);"), "(for-in x (, y z) (empty))");
    assert_eq!(sx("for ((a in b);;);"), "(for (paren (In a b)) _ _ (empty))");
    assert_eq!(sx("debugger; ;"), "(debugger); (empty)");
    assert_eq!(sx("do x\nwhile (y)"), "(do x y)");
}

#[test]
fn contextual_keywords_as_identifiers() {
    assert_eq!(sx("let = 1; let.x; let"), "(= let 1); (. let x); let");
    assert_eq!(sx("var of, get, set, from, as, target, meta, static"), "(var of get set from as target meta static)");
    assert_eq!(sx("async = 1; async.x"), "(= async 1); (. async x)");
    assert_eq!(sx("var yield = 1; yield.x; yield = 2; (yield)"), "(var (= yield 1)); (. yield x); (= yield 2); (paren yield)");
    assert_eq!(sx("var await; await = 1"), "(var await); (= await 1)");
    assert_eq!(sx("function f() { return yield }"), "(function f () {(return yield)})");
    assert_eq!(sx("await(1)"), "(call await 1)");
    assert_eq!(sx("obj.get(1); obj.let; obj.await"), "(call (. obj get) 1); (. obj let); (. obj await)");
    assert_eq!(sx("for (let in o);"), "(for-in let o (empty))");
    assert_eq!(sx("yield: 1"), "(label yield 1)");
    assert_eq!(sx("async[0]; async * 2"), "(. async [0]); (Mul async 2)");
    assert_eq!(sx("({ async [k]() {}, async *g() {} })"), "(paren {Method [k] (fn async _ () {}), Method g (fn async * g () {})})");
}

#[test]
fn functions() {
    assert_eq!(sx("function f(a, b = 1, ...c) {}"), "(function f (a b = 1 ...c) {})");
    assert_eq!(sx("function* g() { yield; yield 1; yield* x }"), "(function * g () {(yield) (yield 1) (yield* x)})");
    assert_eq!(sx("async function f() { await x }"), "(function async f () {(await x)})");
    assert_eq!(sx("async function* f() { for await (x of y); }"), "(function async * f () {(for-await-of x y (empty))})");
    assert_eq!(sx("(function () {})"), "(paren (function _ () {}))");
    assert_eq!(sx("x = async function () {}"), "(= x (function async _ () {}))");
    assert_eq!(sx("function f() { 'use strict'; function g() {} }"), "(function strict f () {\"use strict\" (function strict g () {})})");
    assert!(script("'use strict'; x").strict);
    assert!(!script("('use strict'); x").strict);
    assert!(!script("x; 'use strict'").strict);
    assert_eq!(sx("function f() { new.target }"), "(function f () {new.target})");
}

#[test]
fn classes() {
    assert_eq!(
        sx("class A extends B { constructor(x) { super(x) } m() { super.m() } static s() {} get g() {} set g(v) {} }"),
        "(class A (extends B) (DerivedConstructor strict A (x) {(super-call x)}) (Method m (fn strict m () {(call (. super m))})) (static Method s (fn strict s () {})) (Get g (fn strict g () {})) (Set g (fn strict g (v) {})))"
    );
    assert_eq!(
        sx("class C { #x = 1; static #y; #m() { return this.#x + (#y in C) } static { this.#y } }"),
        "(class C (field #x 1) (static field #y) (Method #m (fn strict #m () {(return (Add (. this #x) (paren (#y in C))))})) (static {(. this #y)}))"
    );
    assert_eq!(
        sx("class C { static() {} get() {} set = 1; async *[k]() {} 'constructor'() {} }"),
        "(class C (ClassConstructor strict C () {}) (Method static (fn strict static () {})) (Method get (fn strict get () {})) (field set 1) (Method [k] (fn async * strict _ () {})))"
    );
    assert_eq!(sx("x = class { static async m() {} }"), "(= x (class _ (static Method m (fn async strict m () {}))))");
}

#[test]
fn modules() {
    assert_eq!(
        sx_module("import x, {a as b, \"str\" as c, d} from 'm'; import * as ns from 'n'; import 'o'"),
        "(import (default x) (a b) (str c) (d d) \"m\"); (import (* ns) \"n\"); (import  \"o\")"
    );
    assert_eq!(sx_module("export default function () {}"), "(export-default (function strict _ () {}))");
    assert_eq!(sx_module("export default class {}"), "(export-default (class _))");
    assert_eq!(sx_module("export default 1 + 2;"), "(export-default (Add 1 2))");
    assert_eq!(sx_module("let a; export {a as default, a as 'x'}"), "(let a); (export (a default) (a x))");
    assert_eq!(sx_module("export * as ns from 'm'; export * from 'n'"), "(export-all ns \"m\"); (export-all _ \"n\")");
    assert_eq!(sx_module("export {x} from 'm'"), "(export (x x) \"m\")");
    assert_eq!(sx_module("export const a = 1, b = 2"), "(export (const (= a 1) (= b 2)))");
    assert_eq!(sx_module("export async function f() {}"), "(export (function async strict f () {}))");
    assert_eq!(sx_module("await x; import.meta.url; import(y)"), "(await x); (. import.meta url); (import y)");
    assert!(module("x").strict);
}
