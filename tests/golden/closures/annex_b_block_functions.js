// Annex B.3.2/B.3.3: a plain function declared in a block (or an if clause, or a switch case) of
// sloppy code also assigns a var of its name when evaluated, unless a let of that name, a parameter
// or strict code is in the way.
{ function f1() { return 1; } }
console.log(typeof f1);
function g() {
  console.log(typeof inner);
  { function inner() { return 'in'; } }
  return inner();
}
console.log(g());
function shadow() { let s = 1; { function s() {} } return typeof s; }
console.log(shadow());
function twice() { function t() { return 1; } { function t() { return 2; } } return t(); }
console.log(twice());
function param(p) { { function p() {} } return typeof p; }
console.log(param(1));
function sw(x) { switch (x) { case 1: function q() { return 'q'; } } return typeof q; }
console.log(sw(1), sw(2));
function before() { var r = typeof b4; { function b4() {} } return [r, typeof b4]; }
console.log(before());
if (true) function viaIf() { return 'if'; }
console.log(typeof viaIf);
function nested() { { let n = 1; { function n2() {} } } return typeof n2; }
console.log(nested());
function conflict() { { let c = 1; { function c() {} } } return typeof c; }
console.log(conflict());
function capture() { { function cap() { return 'cap'; } } return (() => cap())(); }
console.log(capture());
function strictFn() { 'use strict'; { function sf() {} } return typeof sf; }
console.log(strictFn());
for (let i = 0; i < 1; i++) { function inLoop() { return i; } }
console.log(inLoop());
try { function inTry() {} } catch (e) { function inCatch() {} }
console.log(typeof inTry, typeof inCatch);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'f1') !== undefined);
