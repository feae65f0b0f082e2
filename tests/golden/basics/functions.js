function add(a, b = 10) {
  return a + b;
}
const mul = (a, b) => a * b;
const square = x => x * x;
console.log(add(1), add(1, 2), mul(3, 4), square(5));
function rest(first, ...others) {
  return `${first} then ${others.length}: ${others.join("|")}`;
}
console.log(rest("a", "b", "c"));
function args() {
  return arguments.length + ":" + Array.prototype.slice.call(arguments).join(",");
}
console.log(args(1, 2, 3));
console.log(add.length, rest.length, mul.name, (function () {}).name, (() => {}).name);
const obj = {
  name: "obj",
  regular() { return this.name; },
  arrow: () => typeof this,
};
console.log(obj.regular(), obj.arrow());
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10));
const bound = obj.regular.bind({ name: "bound" });
console.log(bound(), obj.regular.call({ name: "called" }), obj.regular.apply({ name: "applied" }, []));
console.log((function () { return typeof this; })(), (function () { "use strict"; return typeof this; })());
const iife = (function (x) { return x * 2; })(21);
console.log(iife);
