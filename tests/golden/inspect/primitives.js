console.log(1, -0, 0, NaN, Infinity, -Infinity, 1.5e300, 123n);
console.log("top-level strings are not quoted", "", true, null, undefined);
console.log(["strings", "are 'quoted'", 'with "double"', "both ' and \"", "new\nline"]);
console.log([-0, 0, NaN, 1n, null, undefined, true]);
console.log(Symbol("x"), Symbol(), Symbol.iterator, [Symbol("in array")]);
console.log();
console.log("");
console.log("multiple", "args", 1, { a: 1 });
