// The mapped arguments object of sloppy functions (10.4.4): the alias both ways, its end on delete,
// accessor or read-only redefinition and freeze, escapes to other functions and arrows, and the
// unmapped objects of strict functions and parameters with defaults.
function f(a, b) { arguments[0] = 10; b = 20; return [a, arguments[1], arguments.length]; }
console.log(f(1, 2), f(1));
function g(a) { a = 5; return arguments[0]; }
console.log(g(1), g());
function h(a) { delete arguments[0]; arguments[0] = 9; return a; }
console.log(h(1));
function k(a) { Object.defineProperty(arguments, '0', { value: 3, writable: false }); a = 4; return [a, arguments[0]]; }
console.log(k(1));
function m(a) { Object.defineProperty(arguments, '0', { get() { return 'g'; } }); a = 4; return [a, arguments[0]]; }
console.log(m(1));
function s(a) { 'use strict'; arguments[0] = 2; return a; }
console.log(s(1));
function d(a, a) { arguments[0] = 'x'; arguments[1] = 'y'; return a; }
console.log(d(1, 2));
function esc(a) { return () => { arguments[0] = 'arrow'; return a; }; }
console.log(esc(1)());
function outer(a) { other(arguments); return a; }
function other(args) { args[0] = 'other'; }
console.log(outer(1));
function fr(a) { Object.freeze(arguments); a = 2; return [a, arguments[0], Object.isFrozen(arguments)]; }
console.log(fr(1));
function keys(a, b) { a = 'A'; return [Object.keys(arguments), Object.values(arguments), JSON.stringify(arguments), [...arguments], Array.prototype.slice.call(arguments)]; }
console.log(keys(1, 2));
function desc(a) { a = 7; return Object.getOwnPropertyDescriptor(arguments, '0'); }
console.log(desc(1));
function gen(a) { return function*(x) { x = 3; yield arguments[0]; }; }
console.log([...gen()(1)]);
async function af(a) { await null; a = 'late'; return arguments[0]; }
af(1).then(v => console.log('async', v));
function defval(a = 0) { a = 2; return arguments[0]; }
console.log(defval(1));
function spreadTo(a, b) { return { ...arguments }; }
console.log(spreadTo(1, 2));
var o = { m(a) { a = 'meth'; return arguments[0]; } };
console.log(o.m(1));
function reflect(a) { Reflect.set(arguments, 0, 'r', {}); return a; }
console.log(reflect(1));
function captured(a) { const get = () => a; arguments[0] = 'c'; return get(); }
console.log(captured(1));
