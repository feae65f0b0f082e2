// Array methods, constructors, instanceof and calls through proxies.
const log = [];
const h = { get(t, k, r) { log.push('get:' + String(k)); return Reflect.get(t, k, r); }, set(t, k, v, r) { log.push('set:' + String(k)); return Reflect.set(t, k, v, r); }, has(t, k) { log.push('has:' + String(k)); return Reflect.has(t, k); }, deleteProperty(t, k) { log.push('del:' + String(k)); return Reflect.deleteProperty(t, k); }, defineProperty(t, k, d) { log.push('def:' + String(k)); return Reflect.defineProperty(t, k, d); } };
const a = new Proxy([1, 2, 3], h);
a.push(4); console.log(log.join(' ')); log.length = 0;
a.reverse(); console.log(log.join(' ')); log.length = 0;
console.log(a.includes(2), log.join(' ')); log.length = 0;
console.log(a.join('-'), log.join(' ')); log.length = 0;
console.log([...a].length, log.join(' ')); log.length = 0;
console.log([0].concat(a).length, log.join(' ')); log.length = 0;
a.length = 1; console.log(log.join(' ')); log.length = 0;
console.log(Object.fromEntries(Object.entries(new Proxy({k: 1}, h))), log.join(' ')); log.length = 0;
class C { constructor() { this.x = 1; } }
const PC = new Proxy(C, {});
console.log(new PC() instanceof C, new PC() instanceof PC);
const D = PC;
console.log(new D().x, new D() instanceof C);
console.log(Reflect.construct(C, [], new Proxy(function(){}, { get(t, k) { return k === 'prototype' ? Array.prototype : t[k]; } })) instanceof Array);
const fp = new Proxy(function (x) { "use strict"; return this === undefined ? x : [this, x]; }, {});
console.log(fp(1), fp.call(2, 3).length, fp.apply(null, [5]), fp.bind(null, 7)());
console.log(typeof fp, fp.name, fp.length);
