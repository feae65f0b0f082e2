// $262.createRealm (test262 INTERPRETING.md): a new realm has its own global and intrinsics;
// evalScript runs in that realm, so object literals get its %Object.prototype%.
const r = $262.createRealm();
print(typeof r.global, r.global === globalThis, typeof r.global.AsyncContext);
print(r.evalScript('1 + 1'), r.global.Object !== Object);
const o = r.evalScript('({})');
print(Object.getPrototypeOf(o) === r.global.Object.prototype, Object.getPrototypeOf(o) === Object.prototype);
const v = new AsyncContext.Variable();
v.run(1, () => { print(r.evalScript('new AsyncContext.Snapshot()') !== undefined); });
