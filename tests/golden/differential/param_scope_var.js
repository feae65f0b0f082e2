// Found by the differential test: with parameter expressions (defaults, patterns) the body's `var`s
// live in their own environment (FunctionDeclarationInstantiation step 28). A `var` named like a
// parameter starts with the parameter's value, and closures made by the parameters see the parameter.
function redeclared(a = 1, b = () => a) { var a; a = -39; return [a, b()]; }
console.log(redeclared(), redeclared(5));
function assigned(a = 1, b = () => a) { a = 99; return [a, b()]; }
console.log(assigned(-33));
var x = 'outer';
function hidden(p = () => x) { var x = 'inner'; return [p(), x]; }
console.log(hidden());
function pattern({ a }, c = () => a) { var a = 5; return [a, c()]; }
console.log(pattern({ a: 1 }));
function* generator(a = 1) { var a; yield a; }
console.log([...generator(3)]);
(async function (a = 1) { var a; await null; console.log('async', a); })(4);
