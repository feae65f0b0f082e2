const cases = [
  () => undefinedVariable,
  () => null.property,
  () => undefined.call(),
  () => (1).toFixed(200),
  () => new Array(-1),
  () => JSON.parse("{"),
  () => decodeURIComponent("%"),
  () => Symbol() + "",
  () => { const c = 1; c = 2; },
  () => ({}).x.y,
  () => BigInt(1.5),
  () => { class A { #p; static read(o) { return o.#p; } } A.read({}); },
];
for (const fn of cases) {
  try {
    fn();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name, e instanceof Error, typeof e.message, e.name);
  }
}
console.log(new RangeError("r").toString(), new Error().message === "", Error("no new") instanceof Error);
const e = new Error("props");
console.log(Object.keys(e), e.hasOwnProperty("message"), typeof e.stack);
