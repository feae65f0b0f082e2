function* inner() { const x = yield 'i1'; print('inner got', x); try { yield 'i2'; } finally { print('inner finally'); } return 'iret'; }
function* outer() { const r = yield* inner(); print('r', r); yield 'o1'; }
let it = outer();
print(it.next().value); print(it.next('X').value); print(it.next().value); print(it.next().done);
it = outer(); it.next(); it.next(); print(JSON_like(it.return('early')));
function JSON_like(r) { return r.value + '/' + r.done; }
function* g2() { try { yield 1; } catch (e) { print('caught', e); yield 2; } }
it = g2(); it.next(); print(it.throw('boom').value);
async function* ag() { yield 1; await null; yield 2; }
(async () => { for await (const v of ag()) print('ag', v); print('ag done'); })();
async function thrower() { await 1; throw new Error('bad'); }
thrower().catch(e => print('caught async', e.message));
class E extends Error { constructor(m) { super(m); this.name = 'E'; } }
try { throw new E('custom'); } catch (e) { print(e instanceof E, e instanceof Error, e.name, e.message); }
function args() { return arguments.length + ':' + arguments[1]; }
print(args(1, 2, 3));
function defaults(a, b = a + 1, { c = 3 } = {}) { return a + b + c; }
print(defaults(1), defaults(1, 1, { c: 1 }));
function rest(a, ...r) { return r.length; }
print(rest(1, 2, 3), rest(...[1, 2]));
const tag = (s, ...v) => s.raw[0] + '|' + v[0] + '|' + s[1];
print(tag`a${1}b`);
class S { static x = 1; static { S.y = S.x + 1; } }
print(S.y);
print('5 desc');
let count = 0; const obj = { get n() { return ++count; }, set n(v) { count = v * 10; } };
obj.n = 2; print(obj.n, count);
outer2: { print('in block'); break outer2; }
for (var i = 0; i < 3; i++) { try { if (i === 1) continue; print('try', i); } finally { print('fin', i); } }
const f3 = function named() { return typeof named; }; print(f3());
print((() => { try { throw 1 } catch { return 'no binding' } })());
var x = 10; { let x = 20; print(x); } print(x);
print(new (class { constructor() { return { z: 1 }; } })().z);
print(5, Math_max(1, 2));
function Math_max(a, b) { return a > b ? a : b; }
let acc = ''; for (const k in { a: 1, b: 2 }) acc += k; print(acc);
const nested = { a: [1, { b: [2, 3] }] }; const { a: [, { b: [, z] }] } = nested; print(z);
print(0.1 + 0.2, 1e21, -0 === 0, 1 / -0, NaN === NaN, 2 ** 10, 7 % -3, -7 % 3);
print('5' * '2', '5' + 2, 5 + +'2', null + 1, undefined + 1, true + true, [] + [], [1,2] + '');
print(1 < 2 < 3, 3 > 2 > 1, '10' < '9', 10 < 9, null == undefined, null === undefined, '1' == 1);
