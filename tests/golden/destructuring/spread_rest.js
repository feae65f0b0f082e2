const nums = [3, 1, 2];
console.log(Math.max(...nums), [...nums, ...[4, 5]], [..."hi"]);
const base = { a: 1, b: 2 };
const extended = { ...base, b: 3, c: 4 };
console.log(extended, { ...null, ...undefined, ..."ab" }, { ...[1, 2] });
function sum(...values) {
  return values.reduce((t, v) => t + v, 0);
}
console.log(sum(), sum(1, 2, 3), sum(...nums, 10));
const copy = [...nums];
copy.push(99);
console.log(nums, copy);
const merged = [...new Map([["k", "v"]])];
console.log(merged);
function named(a, b, ...c) {
  return { a, b, c };
}
console.log(named(1), named(1, 2, 3, 4));
