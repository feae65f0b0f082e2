const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
wm.set(k1, "one").set(k2, "two");
console.log(wm.get(k1), wm.has(k2), wm.has({}), wm.delete(k1), wm.has(k1));
try {
  wm.set("str", 1);
} catch (e) {
  console.log(e.name);
}
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.has(k2));
const ref = new WeakRef(k2);
console.log(ref.deref() === k2);
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws));
