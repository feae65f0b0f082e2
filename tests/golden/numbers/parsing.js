console.log(parseInt("42px"), parseInt("0x1F"), parseInt("101", 2), parseInt("z", 36), parseInt(""));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-1e3"), parseFloat("abc"));
console.log(Number("  12  "), Number("12px"), Number(""), Number(null), Number(undefined), Number([]), Number([7]), Number(true));
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isNaN("x"), isNaN("x"));
console.log(Number.parseFloat === parseFloat, Number("0b101"), Number("0o17"), Number("1_000"));
console.log(1_000_000, 0xff, 0o17, 0b1010, .5, 5., 1e3);
