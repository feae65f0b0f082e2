const log = (...a) => print(...a);
// tick ordering
(async () => { log('a1'); await undefined; log('a2'); await new Promise(r => r()); log('a3'); })();
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
const thenable = { then(res) { log('thenable then called'); res('tv'); } };
Promise.resolve(thenable).then(v => log('thenable resolved', v));
(async () => { const v = await thenable; log('await thenable', v); })();
async function retPromise() { return Promise.resolve('rp'); }
retPromise().then(v => log('retPromise', v));
new Promise((res, rej) => rej(new Error('x'))).catch(e => log('caught', e.message)).finally?.(() => log('finally'));
log('sync');
// closures & var hoisting
log(typeof hoisted, hoisted2());
var hoisted = 1;
function hoisted2() { return 'h2'; }
// getter/setter inheritance
class Base { get v() { return 'base'; } }
class Derived extends Base { get v() { return 'derived+' + super.v; } }
log(new Derived().v);
// exceptions through frames
function deep(n) { if (n === 0) throw new RangeError('bottom'); return deep(n - 1); }
try { deep(50); } catch (e) { log(e.name, e.message, e instanceof RangeError); }
// recursion limit
function inf() { return inf(); }
try { inf(); } catch (e) { log(e instanceof RangeError, e.message); }
// finally overriding
function fo() { try { throw 1; } catch (e) { return 'catch'; } finally { log('fo finally'); } }
log(fo());
function fo2() { for (const x of [1, 2, 3]) { try { if (x === 2) return 'r' + x; } finally { log('f', x); } } }
log(fo2());
// iterator close on break
