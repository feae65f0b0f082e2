function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(20));
let s = 0;
for (let i = 0; i < 10; i++) s += i;
print(s);
const fs = [];
for (let i = 0; i < 3; i++) fs[i] = () => i;
print(fs[0](), fs[1](), fs[2]());
var o = { a: 1, b: { c: 'x' }, get d() { return this.a + 1; } };
print(o.a, o.b.c, o.d);
class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } static make() { return new A(5); } }
class B extends A { constructor() { super(7); this.y = 1; } sum() { return this.x + this.y + super.double; } }
print(A.make().double, new B().sum());
try { null.x } catch (e) { print(e instanceof TypeError, e.message) }
function* g() { yield 1; yield 2; return 3; }
const it = g(); print(it.next().value, it.next().value, it.next().value, it.next().done);
for (const v of [10, 20]) print(v);
const [p, q = 5, ...r] = [1, undefined, 3, 4]; print(p, q, r.length);
const { a, b: { c }, ...rest } = { a: 1, b: { c: 2 }, z: 3 }; print(a, c, rest.z);
print(`t ${1 + 1} ${'x'}`);
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue label; if (i == 2) break label; print(i, j); } }
function f2() { try { return 1; } finally { print('fin'); } }
print(f2());
switch (3) { case 1: print('one'); case 3: print('three'); case 4: print('four'); break; default: print('d'); }
print(typeof undefinedVar, typeof 1, typeof 'a', typeof {}, typeof null, typeof function(){});
let x = 0; x ||= 5; x &&= 6; let y = null; y ??= 7; print(x, y);
print([1,2,3].length, 'abc'.length, 'abc'[1]);
class P { #v = 1; #m() { return this.#v + 1 } get v() { return this.#m(); } static #s = 9; static s() { return P.#s } }
print(new P().v, P.s());
print(o?.b?.c, o?.zz?.c, o.zz?.());
async function af() { await null; print('after await'); return 42; }
af().then(v => print('resolved', v));
Promise.resolve(1).then(v => print('then', v));
print('sync end');
