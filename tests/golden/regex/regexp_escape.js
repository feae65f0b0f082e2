// RegExp.escape (ES2025) and Iterator.concat (ES2026), as in Node 26.
const samples = ['', 'abc', '1+1=2', 'hello world', '.*+?^$|()[]{}/\\', ',-=<>#&!%:;@~\'`"', '\t\n\v\f\r', '\u00a0\u2028\ufeff', 'é😀', '\ud800x', 'x\udc00', '_a1'];
for (const s of samples) console.log(JSON.stringify(s), JSON.stringify(RegExp.escape(s)), new RegExp(RegExp.escape(s), 'u').test(s) || s.length === 0 || /[\ud800-\udfff]/.test(s));
try { RegExp.escape(1); } catch (e) { console.log(e.constructor.name); }
console.log(RegExp.escape.length, RegExp.escape.name);

const it = Iterator.concat([1, 2], new Set([3]), 'ab'.split(''), (function* () { yield 4; })());
console.log(Object.prototype.toString.call(it), [...it]);
const closed = [];
const tracked = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: false }), return() { closed.push('closed'); return {}; } }; } };
const c = Iterator.concat(tracked);
console.log(c.next().value, c.next().value, c.return(), closed);
try { Iterator.concat(1); } catch (e) { console.log(e.constructor.name); }
try { Iterator.concat({}); } catch (e) { console.log(e.constructor.name); }
console.log(Iterator.concat.length, typeof Iterator.concat().next, Iterator.concat().next());
