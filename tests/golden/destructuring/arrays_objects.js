const [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const { x, y: renamed, z = "default", ...others } = { x: 1, y: 2, p: 3, q: 4 };
console.log(x, renamed, z, others);
const { deep: { inner: [first, second] = [] } = {} } = { deep: { inner: ["i1", "i2"] } };
console.log(first, second);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
function f({ name, age = 0 } = {}, [c1, c2] = ["d1", "d2"]) {
  return `${name}:${age}:${c1}:${c2}`;
}
console.log(f({ name: "n" }), f(undefined, ["e1"]), f());
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
const { length } = "hello";
console.log(length);
const [c, d] = new Set(["s1", "s2"]);
console.log(c, d);
const key = "dyn";
const { [key]: dynamicValue } = { dyn: "computed key" };
console.log(dynamicValue);
try {
  const { nope } = null;
} catch (e) {
  console.log(e.name);
}
