// Found by the differential test: in a sloppy-mode
// function with simple parameters, `arguments` is mapped to the parameters, both ways, for the
// arguments actually passed.
function writeParam(a, b) { a = 'changed'; return [arguments.length, [...arguments]]; }
console.log(writeParam(1), writeParam(1, 2, 3), writeParam());
function writeArguments(a) { arguments[0] = 'via arguments'; return a; }
console.log(writeArguments('original'));
function strict(a) { 'use strict'; a = 'changed'; return arguments[0]; }
console.log(strict('unmapped'));
function withDefault(a = 0) { a = 'changed'; return arguments[0]; }
console.log(withDefault('unmapped'));
