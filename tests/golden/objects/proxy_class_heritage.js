// A class extending a proxy: the heritage's prototype is read by the get trap.
class C { constructor() { this.x = 1; } m() { return 'm'; } }
const log = [];
const PC = new Proxy(C, { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
class D extends PC { n() { return super.m(); } }
const d = new D();
console.log(d.x, d instanceof C, d.n(), log.join(' '));
try { class F extends new Proxy(C, { get() { return 3; } }) {} } catch (e) { console.log(e.message); }
try { class F extends new Proxy(C, { get() { throw new Error('boom'); } }) {} } catch (e) { console.log(e.message); }
function ProxyBase() { return new Proxy(this, { defineProperty(t, k, d) { console.log('define', k, d.value); return Reflect.defineProperty(t, k, d); } }); }
class Fields extends ProxyBase { f = 1; ['g'] = 2; }
console.log(JSON.stringify(new Fields()));
