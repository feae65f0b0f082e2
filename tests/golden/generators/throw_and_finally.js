function* guarded() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log("caught inside", e);
    yield "recovered";
  } finally {
    console.log("cleanup");
  }
}
const g = guarded();
console.log(g.next());
console.log(g.throw("boom"));
console.log(g.next());
const h = guarded();
h.next();
console.log(h.return("early"));
for (const v of guarded()) {
  console.log("loop", v);
  break;
}
const gen = guarded();
try {
  gen.throw(new Error("before start"));
} catch (e) {
  console.log("thrown out:", e.message);
}
console.log(Object.prototype.toString.call(gen), typeof gen.next);
