const value = { s: "text", n: 1.5, b: true, z: null, u: undefined, f() {}, arr: [1, undefined, () => 1, NaN, Infinity], nested: { d: new Date(0) } };
console.log(JSON.stringify(value));
console.log(JSON.stringify(value, null, 2));
console.log(JSON.stringify([1, [2, [3]]], null, "--"));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
console.log(JSON.stringify({ a: 1, b: "x" }, (k, v) => (typeof v === "number" ? v * 10 : v)));
console.log(JSON.stringify({ toJSON() { return { custom: true }; } }));
console.log(JSON.stringify("he said \"hi\"\n"), JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(Symbol("s")));
console.log(JSON.stringify({ k: Symbol("s"), [Symbol("k")]: 1 }), JSON.stringify(Object.create({ inherited: 1 })));
try {
  const cyc = {};
  cyc.self = cyc;
  JSON.stringify(cyc);
} catch (e) {
  console.log(e.name, e.message.split("\n")[0]);
}
try {
  JSON.stringify({ n: 1n });
} catch (e) {
  console.log(e.name, e.message);
}
