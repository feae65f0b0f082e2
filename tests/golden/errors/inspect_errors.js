// Printed errors would show stack traces with absolute paths and Node-internal frames, which no other
// engine can reproduce. So this program prints errors whose `stack` it has replaced or deleted.
const e = new Error("boom");
e.stack = "Error: boom\n    at fake (file.js:1:1)";
console.log(e);
const plain = new TypeError("no stack");
delete plain.stack;
console.log(plain);
console.log([plain], { err: plain });
const extra = new RangeError("with props");
extra.stack = "RangeError: with props";
extra.code = "E_RANGE";
console.log(extra);
class MyError extends Error {}
const mine = new MyError("sub");
mine.stack = "MyError: sub\n    at somewhere";
console.log(mine);
console.log(String(mine), mine.name, `${new Error("in template")}`);
