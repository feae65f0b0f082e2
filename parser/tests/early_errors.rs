//! Early errors and their V8-style messages.

mod common;
use common::*;

const AWAIT_MSG: &str = "await is only valid in async functions and the top level bodies of modules";

#[test]
fn await_outside_async() {
    assert_eq!(script_error("() => { await x }"), AWAIT_MSG);
    assert_eq!(script_error("await x"), AWAIT_MSG);
    assert_eq!(script_error("function f() { await x }"), AWAIT_MSG);
    assert_eq!(script_error("async function f() { () => await x }"), AWAIT_MSG);
    assert_eq!(script_error("async function f() { function g() { await x } }"), AWAIT_MSG);
    assert_eq!(module_error("function f() { await x }"), AWAIT_MSG);
    assert_eq!(module_error("class A { static { await x } }"), AWAIT_MSG);
    // The span covers the `await` token.
    let err = minijs_parser::parse_script("let a = 1;\n() => { await x }").unwrap_err();
    assert_eq!(err.span, (19, 24));
    sx_module("await x; const y = async () => await z");
    sx("async function f() { await x; for await (a of b); }");
    assert_eq!(script_error("async function f(a = await 1) {}"), "Illegal await-expression in formal parameters of async function");
    assert_eq!(module_error("var await;"), "Unexpected reserved word");
    assert_eq!(script_error("async function f() { var await; }"), "Unexpected reserved word");
    assert_eq!(script_error("function f() { for await (x of y); }"), "Unexpected reserved word");
}

#[test]
fn yield_rules() {
    assert_eq!(script_error("'use strict'; yield"), "Unexpected strict mode reserved word");
    assert_eq!(script_error("function* g() { var yield; }"), "Unexpected identifier 'yield'");
    assert_eq!(script_error("function* g(a = yield) {}"), "Yield expression not allowed in formal parameter");
    assert_eq!(script_error("function f() { yield 1 }"), "Unexpected identifier 'yield'");
    assert_eq!(script_error("function* g() { yield\n* 1 }"), "Unexpected token '*'");
    assert_eq!(sx("function* g() { yield\n1 }"), "(function * g () {(yield 1)})");
}

#[test]
fn return_break_continue_labels() {
    assert_eq!(script_error("return 1"), "Illegal return statement");
    assert_eq!(script_error("class A { static { return } }"), "Illegal return statement");
    assert_eq!(script_error("break"), "Illegal break statement");
    assert_eq!(script_error("continue"), "Illegal continue statement: no surrounding iteration statement");
    assert_eq!(script_error("switch (x) { case 1: continue }"), "Illegal continue statement: no surrounding iteration statement");
    assert_eq!(script_error("while (1) { break x }"), "Undefined label 'x'");
    assert_eq!(script_error("x: { continue x }"), "Illegal continue statement: 'x' does not denote an iteration statement");
    assert_eq!(script_error("x: x: ;"), "Label 'x' has already been declared");
    assert_eq!(script_error("x: while (1) { function f() { break x } }"), "Undefined label 'x'");
    sx("x: { break x } x: while (1) { continue x }");
    sx("a: b: for (;;) continue a");
    sx("switch (x) { case 1: break }");
}

#[test]
fn duplicate_declarations() {
    const DUP: &str = "Identifier 'a' has already been declared";
    assert_eq!(script_error("let a; let a;"), DUP);
    assert_eq!(script_error("let a; var a;"), DUP);
    assert_eq!(script_error("var a; let a;"), DUP);
    assert_eq!(script_error("const a = 1; { var a; }"), DUP);
    assert_eq!(script_error("function f(a) { let a; }"), DUP);
    assert_eq!(script_error("let a; function a() {}"), DUP);
    assert_eq!(script_error("{ function a() {} let a; }"), DUP);
    assert_eq!(script_error("try {} catch (a) { let a; }"), DUP);
    assert_eq!(script_error("try {} catch ([a]) { var a; }"), DUP);
    assert_eq!(script_error("for (let a;;) { var a; }"), DUP);
    assert_eq!(script_error("switch (x) { case 1: let a; case 2: let a; }"), DUP);
    assert_eq!(script_error("class a {} var a;"), DUP);
    assert_eq!(module_error("function a() {} function a() {}"), DUP);
    assert_eq!(module_error("import a from 'm'; let a;"), DUP);
    assert_eq!(script_error("'use strict'; { function a() {} function a() {} }"), DUP);
    sx("var a; var a; function b() {} function b() {} var b;");
    sx("{ function a() {} function a() {} }");
    sx("try {} catch (a) { var a; }");
    sx("function f(a) { var a; function a() {} }");
    sx("let a; { let a; { var b; } }");
    sx("for (let a;;) { let a; }");
}

#[test]
fn duplicate_parameters() {
    const MSG: &str = "Duplicate parameter name not allowed in this context";
    sx("function f(a, a) {}");
    assert_eq!(script_error("'use strict'; function f(a, a) {}"), MSG);
    assert_eq!(script_error("function f(a, a = 1) {}"), MSG);
    assert_eq!(script_error("function f(a, ...a) {}"), MSG);
    assert_eq!(script_error("({ m(a, a) {} })"), MSG);
    assert_eq!(
        script_error("function f(a = 1) { 'use strict' }"),
        "Illegal 'use strict' directive in function with non-simple parameter list"
    );
}

#[test]
fn strict_mode() {
    assert_eq!(script_error("'use strict'; with (a) b"), "Strict mode code may not include a with statement");
    assert_eq!(script_error("'use strict'; delete x"), "Delete of an unqualified identifier in strict mode.");
    assert_eq!(script_error("'use strict'; delete (x)"), "Delete of an unqualified identifier in strict mode.");
    assert_eq!(script_error("'use strict'; 010"), "Octal literals are not allowed in strict mode.");
    assert_eq!(script_error("'use strict'; 08"), "Decimals with leading zeros are not allowed in strict mode.");
    assert_eq!(script_error("'use strict'; '\\01'"), "Octal escape sequences are not allowed in strict mode.");
    assert_eq!(script_error("function f() { '\\01'; 'use strict'; }"), "Octal escape sequences are not allowed in strict mode.");
    assert_eq!(script_error("'use strict'; var eval"), "Unexpected eval or arguments in strict mode");
    assert_eq!(script_error("'use strict'; arguments = 1"), "Unexpected eval or arguments in strict mode");
    assert_eq!(script_error("'use strict'; function f(eval) {}"), "Unexpected eval or arguments in strict mode");
    assert_eq!(script_error("function eval() { 'use strict' }"), "Unexpected eval or arguments in strict mode");
    assert_eq!(script_error("'use strict'; var implements"), "Unexpected strict mode reserved word");
    assert_eq!(script_error("'use strict'; let = 1"), "Unexpected strict mode reserved word");
    assert_eq!(script_error("class static {}"), "Unexpected strict mode reserved word");
    assert_eq!(
        script_error("'use strict'; a: function f() {}"),
        "In strict mode code, functions can only be declared at top level or inside a block."
    );
    sx("with (a) b; delete x; 010; var eval, implements; a: function f() {}");
    sx("function f() { return 010 } 'use strict'");
}

#[test]
fn single_statement_positions() {
    assert_eq!(script_error("if (x) let y = 1;"), "Lexical declaration cannot appear in a single-statement context");
    assert_eq!(script_error("while (x) const y = 1;"), "Lexical declaration cannot appear in a single-statement context");
    assert_eq!(script_error("if (x) class A {}"), "Unexpected token 'class'");
    assert_eq!(
        script_error("while (x) function f() {}"),
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
    );
    assert_eq!(script_error("if (x) function* g() {}"), "Generators can only be declared at the top level or inside a block.");
    assert_eq!(script_error("if (x) async function g() {}"), "Async functions can only be declared at the top level or inside a block.");
    assert_eq!(
        script_error("while (x) a: function f() {}"),
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
    );
    sx("if (x) function f() {} else function g() {}");
}

#[test]
fn classes_and_super() {
    assert_eq!(script_error("function f() { super.x }"), "'super' keyword unexpected here");
    assert_eq!(script_error("class A { constructor() { super() } }"), "'super' keyword unexpected here");
    assert_eq!(script_error("class A extends B { m() { super() } }"), "'super' keyword unexpected here");
    assert_eq!(script_error("class A { constructor() {} constructor() {} }"), "A class may only have one constructor");
    assert_eq!(script_error("class A { get constructor() {} }"), "Class constructor may not be an accessor");
    assert_eq!(script_error("class A { *constructor() {} }"), "Class constructor may not be a generator");
    assert_eq!(script_error("class A { constructor = 1 }"), "Classes may not have a field named 'constructor'");
    assert_eq!(script_error("class A { static prototype() {} }"), "Classes may not have a static property named 'prototype'");
    assert_eq!(script_error("class A { m() { this.#x } }"), "Private field '#x' must be declared in an enclosing class");
    assert_eq!(script_error("this.#x"), "Private field '#x' must be declared in an enclosing class");
    assert_eq!(script_error("class A { #x; #x; }"), "Identifier '#x' has already been declared");
    assert_eq!(script_error("class A { #x; m() { delete this.#x } }"), "Private fields can not be deleted");
    assert_eq!(
        script_error("class A { x = arguments }"),
        "'arguments' is not allowed in class field initializer or static initialization block"
    );
    assert_eq!(script_error("({ #x: 1 })"), "Unexpected identifier '#x'");
    assert_eq!(script_error("new.target"), "new.target expression is not allowed here");
    assert_eq!(script_error("() => new.target"), "new.target expression is not allowed here");
    sx("class A extends B { constructor() { (() => super())() } x = super.y; static { super.z } }");
    sx("class A { #x; static m(o) { return #x in o } get #y() {} set #y(v) {} }");
    sx("class A { #x; m() { class B { n() { this.#x } } } }");
    sx("({ m() { return super.x } })");
    sx("function f() { () => new.target }");
}

#[test]
fn modules_only() {
    assert_eq!(script_error("import x from 'm'"), "Cannot use import statement outside a module");
    assert_eq!(script_error("export const a = 1"), "Unexpected token 'export'");
    assert_eq!(script_error("import.meta"), "Cannot use 'import.meta' outside a module");
    assert_eq!(module_error("export {a}"), "Export 'a' is not defined in module");
    assert_eq!(module_error("let a; export {a, a}"), "Duplicate export of 'a'");
    assert_eq!(module_error("export default 1; export default 2"), "Duplicate export of 'default'");
    assert_eq!(module_error("export default function () {}()"), "Unexpected token");
    assert_eq!(module_error("with (a) {}"), "Strict mode code may not include a with statement");
    sx("import('m'); import('m', {with: {}})");
}

#[test]
fn other_expression_errors() {
    assert_eq!(script_error("({ __proto__: 1, __proto__: 2 })"), "Duplicate __proto__ fields are not allowed in object literals");
    sx("({ __proto__: 1, ['__proto__']: 2, __proto__ })");
    sx("({ __proto__: a, __proto__: b } = c)");
    assert_eq!(script_error("/a/gg"), "Invalid regular expression flags");
    assert_eq!(script_error("switch (x) { default: default: }"), "More than one default clause in switch statement");
    assert_eq!(script_error("for (let a, b of c);"), "Invalid left-hand side in for-of loop: Must have a single binding.");
    assert_eq!(script_error("for (let a = 1 of c);"), "for-of loop variable declaration may not have an initializer.");
    assert_eq!(script_error("for (a + b in c);"), "Invalid left-hand side in for-in loop");
    assert_eq!(script_error("let let = 1"), "let is disallowed as a lexically bound name");
    assert_eq!(script_error("v\\u0061r x"), "Keyword must not contain escaped characters");
}

#[test]
fn parse_error_messages() {
    assert_eq!(script_error("a b"), "Unexpected identifier 'b'");
    assert_eq!(script_error("a 1"), "Unexpected number");
    assert_eq!(script_error("a 'b'"), "Unexpected string");
    assert_eq!(script_error("(a"), "Unexpected end of input");
    assert_eq!(script_error("a)"), "Unexpected token ')'");
    assert_eq!(script_error("if"), "Unexpected end of input");
    assert_eq!(script_error("var if"), "Unexpected token 'if'");
    assert_eq!(script_error("a = 'unterminated"), script_error("a = 'unterminated"));
}
