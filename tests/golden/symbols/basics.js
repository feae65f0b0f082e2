const s1 = Symbol("id");
const s2 = Symbol("id");
console.log(s1 === s2, s1.toString(), s1.description, typeof s1);
const obj = { [s1]: 1, regular: 2 };
console.log(obj[s1], Object.keys(obj), Object.getOwnPropertySymbols(obj), JSON.stringify(obj));
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s1));
console.log(obj, [Symbol("in array")], Symbol());
try {
  `${s1}`;
} catch (e) {
  console.log(e.name, e.message);
}
console.log(String(s1), s1.description === "id");
