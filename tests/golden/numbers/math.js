console.log(Math.max(1, 5, 3), Math.min(), Math.max(), Math.max(1, NaN));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.trunc(-4.7), Math.sign(-3));
console.log(Math.abs(-7.25), Math.sqrt(16), Math.cbrt(27), Math.pow(2, 8), Math.hypot(3, 4));
console.log(Math.PI, Math.E, Math.log(Math.E), Math.log2(8), Math.log10(1000));
console.log(Math.sin(0), Math.cos(Math.PI), Math.atan2(1, 1) * 4);
console.log(Math.clz32(1), Math.fround(5.5), Math.imul(3, 4), Math.expm1(0), Math.log1p(0));
const values = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(Math.max(...values), values.reduce((a, b) => a + b, 0) / values.length);
