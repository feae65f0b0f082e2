const big = 2n ** 64n;
console.log(big, big.toString(), typeof big);
console.log(10n / 3n, 10n % 3n, -7n / 2n, BigInt(42), BigInt("12345678901234567890"));
console.log(1n == 1, 1n === 1, 2n > 1, 5n + BigInt(5));
try {
  1n + 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log([1n, 2n], { n: 3n });
console.log(BigInt.asUintN(8, 257n), (255n).toString(16));
