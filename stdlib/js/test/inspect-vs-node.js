'use strict';
// Dev tool, not shipped. Compares stdlib/js util.inspect / util.format with
// Node's real ones over many values. Run with Node 26:
//
//   node --expose-internals stdlib/js/test/inspect-vs-node.js [-v]
//
// Exit code 0 when every case agrees; mismatches are printed side by side.

const nodeUtil = require('node:util');
const { loadStd } = require('./host-shim');

const ours = loadStd('node:util');
const verbose = process.argv.includes('-v');

const cases = [];
// `make` builds the value once per run; both sides inspect the same object.
function value(label, make, options) {
  cases.push({ label, make, options });
}
function formatCase(label, args) {
  cases.push({ label, args });
}

// --- primitives -----------------------------------------------------------
for (const v of [0, -0, 1, -1, 1.5, -2.25, 1e21, 1e-7, 123456789, NaN, Infinity, -Infinity,
  Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 1n, -12345678901234567890n, true, false, undefined, null]) {
  value(`primitive ${String(v)}`, () => v);
}
for (const s of ['', 'a', 'hello world', "it's", 'say "hi"', `both ' and "`, "all ' \" `", "has ${x} ' \"",
  'tab\there', 'new\nline', 'back\\slash', '\x00\x01\x7f\x9f', '\u00e9\u4e2d\u6587', '\ud800', 'a\udc00b',
  '😀 emoji', 'x'.repeat(100), 'line one\nline two\nline three and more text here to exceed the limit',
  `${'long line '.repeat(10)}\n${'second '.repeat(10)}\n`]) {
  value(`string ${JSON.stringify(s).slice(0, 30)}`, () => s);
}
value('symbol', () => Symbol('a'));
value('symbol no desc', () => Symbol());
value('symbol empty desc', () => Symbol(''));
value('well-known symbol', () => Symbol.iterator);
value('registered symbol', () => Symbol.for('reg'));

// --- plain objects ----------------------------------------------------------
value('empty object', () => ({}));
value('simple object', () => ({ a: 1, b: 'two', c: true }));
value('nested', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
value('nested depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 });
value('nested depth Infinity', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: Infinity });
value('nested depth null', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null });
value('quoted keys', () => ({ 'a-b': 1, 'c d': 2, '1x': 3, _ok: 4, $dollar: 5, 'é': 6, "it's": 7, '': 8 }));
value('numeric keys', () => ({ 1: 'a', 2: 'b', 10: 'c', x: 'd' }));
value('__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
value('symbol keys', () => ({ [Symbol('a')]: 1, [Symbol.iterator]: 2, b: 3 }));
value('symbol key with quote', () => ({ [Symbol("it's")]: 1 }));
value('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false }));
value('non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false }),
  { showHidden: true });
value('getter', () => ({ get a() { return 1; } }));
value('setter', () => ({ set a(v) {} }));
value('getter setter', () => ({ get a() { return 1; }, set a(v) {} }));
value('getters option', () => ({ get a() { return 1; }, get b() { return { x: 1 }; }, get c() { return null; } }),
  { getters: true });
value('getter throws', () => ({ get a() { throw 'boom'; } }), { getters: true }); // eslint-disable-line no-throw-literal
value('null prototype', () => Object.create(null));
value('null prototype with keys', () => Object.assign(Object.create(null), { a: 1 }));
value('long object', () => {
  const o = {};
  for (let i = 0; i < 30; i++) o[`key${i}`] = i;
  return o;
});
value('object with long strings', () => ({ a: 'x'.repeat(50), b: 'y'.repeat(50) }));
value('object 4 keys fits', () => ({ alpha: 1, beta: 2, gamma: 3, delta: 4 }));
value('object 7 short keys', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
value('object of arrays', () => ({ a: [1, 2, 3], b: [4, 5, 6], c: { d: [7, 8] } }));
value('object breakLength 40', () => ({ alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd' }),
  { breakLength: 40 });
value('object breakLength Infinity', () => ({ a: 'x'.repeat(60), b: 'y'.repeat(60), c: { d: 1 } }),
  { breakLength: Infinity });
value('compact false', () => ({ a: 1, b: { c: [1, 2] } }), { compact: false });
value('compact true', () => ({ a: 1, b: { c: [1, 2] }, d: 'x'.repeat(70) }), { compact: true });
value('compact 1', () => ({ a: 1, b: { c: { d: 1 } } }), { compact: 1 });
value('sorted', () => ({ c: 1, a: 2, b: 3 }), { sorted: true });
value('deep mixed', () => ({ name: 'x', list: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }], meta: { ok: true } }));
value('multi-line string in object', () => ({ text: 'first line\nsecond line\nthird line is long enough' }));
value('object with function values', () => ({ fn() {}, arrow: () => {}, named: function named() {} }));

// --- arrays -----------------------------------------------------------------
value('empty array', () => []);
value('small array', () => [1, 2, 3]);
value('array of strings', () => ['a', 'b', 'c']);
value('array 6 numbers', () => [1, 2, 3, 4, 5, 6]);
value('array 7 numbers', () => [1, 2, 3, 4, 5, 6, 7]);
value('array 26 numbers', () => Array.from({ length: 26 }, (_, i) => i));
value('array 100 numbers', () => Array.from({ length: 100 }, (_, i) => i * 3));
value('array 101 numbers', () => Array.from({ length: 101 }, (_, i) => i));
value('array 150 numbers', () => Array.from({ length: 150 }, (_, i) => i));
value('array mixed widths', () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888]);
value('array of words', () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
value('array of long words', () => Array.from({ length: 10 }, (_, i) => `item-number-${i}-with-long-name`));
value('array of objects', () => [{ a: 1 }, { b: 2 }, { c: 3 }]);
value('array of many objects', () => Array.from({ length: 8 }, (_, i) => ({ id: i })));
value('nested arrays', () => [[1, [2, [3, [4, [5]]]]]]);
value('holes', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
value('many holes', () => [, , , 1, , , ]); // eslint-disable-line no-sparse-arrays
value('trailing holes', () => { const a = [1]; a.length = 5; return a; });
value('only holes', () => new Array(3));
value('array with extra props', () => Object.assign([1, 2], { foo: 'bar' }));
value('array with symbol prop', () => Object.assign([1], { [Symbol('s')]: 2 }));
value('array maxArrayLength 2', () => [1, 2, 3, 4], { maxArrayLength: 2 });
value('array maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
value('array subclass', () => { class MyArray extends Array {} return MyArray.from([1, 2]); });
value('array of mixed', () => [1, 'a', null, undefined, true, 2n, Symbol('x'), {}, []]);
value('array of bigints', () => [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]);
value('array of floats', () => [1.5, 2.25, -3.125, 4, 5, 6.5, 7, 8.75, 9]);
value('array nested in object', () => ({ list: Array.from({ length: 30 }, (_, i) => i) }));
value('array showHidden', () => [1, 2], { showHidden: true });
value('array long strings', () => ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
value('array 2d', () => Array.from({ length: 3 }, () => [1, 2, 3]));
value('array of 10 short strings', () => 'abcdefghij'.split(''));
value('array of 30 mixed', () => Array.from({ length: 30 }, (_, i) => (i % 3 ? i : `s${i}`)));
value('array of 12 null', () => new Array(12).fill(null));
value('array of 7 objects with 2 keys', () => Array.from({ length: 7 }, (_, i) => ({ x: i, y: i * 2 })));

// --- functions and classes --------------------------------------------------
value('named function', () => function foo() {});
value('anonymous function', () => (() => function () {})());
value('arrow', () => () => {});
value('named arrow', () => { const arrowFn = () => {}; return arrowFn; });
value('async function', () => async function af() {});
value('generator', () => function* gen() {});
value('async generator', () => async function* agen() {});
value('async arrow', () => async () => {});
value('class', () => class A {});
value('class extends', () => { class A {} return class B extends A {}; });
value('anonymous class', () => (() => class {})());
value('class extends null', () => class N extends null {});
value('function with props', () => Object.assign(function f() {}, { a: 1 }));
value('class with static', () => class S { static x = 1; });
value('method', () => ({ m() {} }).m);
value('bound function', () => function b() {}.bind(null));
value('builtin function', () => Math.max);
value('function null proto', () => Object.setPrototypeOf(function np() {}, null));
value('function in nested', () => ({ a: { b: function deep() {} } }));
value('class showHidden', () => class H { constructor() { this.x = 1; } }, { showHidden: true });

// --- class instances --------------------------------------------------------
value('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
value('empty class instance', () => { class Bar {} return new Bar(); });
value('subclass instance', () => { class A {} class B extends A { constructor() { super(); this.b = 2; } } return new B(); });
value('toStringTag own', () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }));
value('toStringTag class', () => { class T { get [Symbol.toStringTag]() { return 'Tagged'; } } return new T(); });
value('toStringTag same as class', () => { class Same { get [Symbol.toStringTag]() { return 'Same'; } } return new Same(); });
value('toStringTag plain proto', () => Object.create({ [Symbol.toStringTag]: 'ProtoTag' }));
value('object with constructor prop', () => ({ constructor: 'x' }));
value('proto without constructor', () => Object.create(Object.create(null)));
value('anonymous class instance', () => new (class {})());
value('instance with private', () => { class P { #x = 1; y = 2; } return new P(); });

// --- circular ---------------------------------------------------------------
value('circular self', () => { const o = { a: 1 }; o.self = o; return o; });
value('circular nested', () => { const o = { a: { b: {} } }; o.a.b.c = o; o.a.b.d = o.a; return o; });
value('circular array', () => { const a = [1]; a.push(a); return a; });
value('circular two', () => { const a = {}; const b = { a }; a.b = b; return [a, b]; });
value('circular map', () => { const m = new Map(); m.set('self', m); return m; });

// --- Map / Set / Weak ---------------------------------------------------------
value('empty map', () => new Map());
value('map', () => new Map([['a', 1], ['b', { c: 2 }]]));
value('map object keys', () => new Map([[{ k: 1 }, [1, 2]]]));
value('big map', () => new Map(Array.from({ length: 10 }, (_, i) => [`key${i}`, i])));
value('map with props', () => Object.assign(new Map([[1, 2]]), { extra: true }));
value('empty set', () => new Set());
value('set', () => new Set([1, 'two', { three: 3 }]));
value('big set', () => new Set(Array.from({ length: 30 }, (_, i) => i)));
value('set maxArrayLength', () => new Set([1, 2, 3, 4]), { maxArrayLength: 2 });
value('weakmap', () => new WeakMap());
value('weakset', () => new WeakSet());
value('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
value('null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
value('nested map in object', () => ({ m: new Map([['x', new Set([1])]]) }));

// --- Promise ----------------------------------------------------------------
value('resolved promise', () => Promise.resolve(1));
value('pending promise', () => new Promise(() => {}));
value('rejected promise', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
value('promise of object', () => Promise.resolve({ a: [1, 2] }));
value('promise with props', () => Object.assign(Promise.resolve(2), { x: 1 }));
value('rejected with error', () => { const p = Promise.reject(new Error('nope')); p.catch(() => {}); return p; });

// --- Errors -----------------------------------------------------------------
value('error', () => new Error('boom'));
value('type error', () => new TypeError('bad type'));
value('error no message', () => new Error());
value('error with code', () => Object.assign(new Error('x'), { code: 'E_X' }));
value('error with extra props', () => Object.assign(new RangeError('r'), { info: { a: 1 }, n: 2 }));
value('error in object', () => ({ err: new Error('inner') }));
value('error in array', () => [new Error('in array')]);
value('error without stack', () => { const e = new Error('nostack'); e.stack = undefined; return e; });
value('error stack replaced', () => { const e = new Error('m'); e.stack = 'custom stack'; return e; });
value('error name changed', () => { const e = new Error('m'); e.name = 'CustomName'; return e; });
value('error subclass', () => { class MyError extends Error {} return new MyError('sub'); });
value('error subclass with name', () => {
  class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
  return new ValidationError('invalid');
});
value('error with cause', () => new Error('outer', { cause: new Error('inner cause') }));
value('error with primitive cause', () => new Error('outer', { cause: 'just a string' }));
value('aggregate error', () => new AggregateError([new Error('a'), new Error('b')], 'many'));
value('error null proto', () => Object.setPrototypeOf(new Error('np'), null));
value('error message multi-line', () => new Error('line1\nline2'));
value('error stack without frames', () => { const e = new Error('f'); e.stack = 'Error: f'; return e; });

// --- Dates, RegExps, boxed primitives -------------------------------------
value('date', () => new Date(0));
value('date 2020', () => new Date('2020-01-02T03:04:05.678Z'));
value('invalid date', () => new Date(NaN));
value('date with props', () => Object.assign(new Date(0), { a: 1 }));
value('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
value('regexp', () => /ab+c/gi);
value('regexp with slash', () => /a\/b/);
value('regexp with props', () => Object.assign(/x/, { y: 1 }));
value('regexp subclass', () => { class MyRegExp extends RegExp {} return new MyRegExp('z'); });
value('new RegExp', () => new RegExp('a|b', 'y'));
value('boxed number', () => new Number(3));
value('boxed negative zero', () => new Number(-0));
value('boxed string', () => new String('abc'));
value('boxed string with prop', () => Object.assign(new String('ab'), { x: 1 }));
value('boxed boolean', () => new Boolean(false));
value('boxed bigint', () => Object(5n));
value('boxed symbol', () => Object(Symbol('boxed')));
value('boxed number subclass', () => { class N extends Number {} return new N(1); });

// --- typed arrays and buffers -------------------------------------------------
value('uint8array', () => new Uint8Array([1, 2, 3]));
value('empty uint8array', () => new Uint8Array(0));
value('float64array', () => new Float64Array([1.5, -0, NaN]));
value('int16array big', () => new Int16Array(120));
value('bigint64array', () => new BigInt64Array([1n, -2n]));
value('typed array with props', () => Object.assign(new Uint8Array(2), { foo: 1 }));
value('arraybuffer', () => new Uint8Array([1, 2, 255]).buffer);
value('empty arraybuffer', () => new ArrayBuffer(0));
value('big arraybuffer', () => new ArrayBuffer(120));
value('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
value('typed array showHidden', () => new Uint8Array([1, 2]), { showHidden: true });
value('uint8array 30', () => new Uint8Array(30).map((_, i) => i * 7));

// --- arguments, iterators, misc -----------------------------------------------
value('arguments', function () { return (function () { return arguments; })(1, 'a'); });
value('empty arguments', function () { return (function () { return arguments; })(); });
value('global Math', () => Math);
value('JSON', () => JSON);
value('Reflect', () => Reflect);
value('generator object', () => (function* g() {})());
value('object with toString', () => ({ toString() { return 'x'; } }));
value('custom inspect', () => ({ [nodeUtil.inspect.custom]() { return 'CUSTOM'; } }));
value('custom inspect object', () => ({ [nodeUtil.inspect.custom]() { return { replaced: true }; } }));
value('custom inspect multi-line nested', () => ({
  a: { [nodeUtil.inspect.custom]() { return 'line1\nline2'; } },
}));
value('custom inspect depth arg', () => ({
  inner: { [nodeUtil.inspect.custom](depth) { return `depth=${depth}`; } },
}));
value('customInspect false', () => ({ [nodeUtil.inspect.custom]() { return 'CUSTOM'; }, a: 1 }),
  { customInspect: false });
value('proxy object', () => new Proxy({ a: 1 }, {}));
value('proxy showProxy', () => new Proxy({ a: 1 }, {}), { showProxy: true });
value('proxy of function', () => new Proxy(function pf() {}, {}));
value('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
value('numericSeparator', () => [1234567, 1234.5678, 123, -9876543210n, 0.0001234], { numericSeparator: true });
value('maxStringLength', () => 'abcdefghij', { maxStringLength: 4 });
value('maxStringLength in object', () => ({ s: 'abcdefghij' }), { maxStringLength: 3 });
value('object in depth with array', () => ({ a: { b: { c: [1, 2, { d: 1 }] } } }));
value('array beyond depth', () => ({ a: { b: { c: [1, 2] } } }), { depth: 1 });
value('map beyond depth', () => ({ a: { b: { c: new Map([[1, 2]]) } } }), { depth: 1 });
value('class instance beyond depth', () => { class Deep { x = 1; } return { a: { b: { c: new Deep() } } }; });
value('null proto beyond depth', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }));
value('big nested structure', () => ({
  users: Array.from({ length: 5 }, (_, i) => ({ id: i, name: `user${i}`, roles: ['admin', 'dev'], active: i % 2 === 0 })),
  total: 5,
}));
value('wide object line breaking', () => ({
  description: 'A fairly long description string', count: 42, enabled: true, tags: ['one', 'two'],
}));
value('six entries just fit', () => ({ a: 'aaaaaaa', b: 'bbbbbbb', c: 'ccccccc', d: 'ddddddd', e: 'eeeeeee', f: 'fffffff' }));
value('object 76 chars', () => ({ abcdefghij: 'abcdefghijklmn', klmnopqrst: 'abcdefghijklmn', uv: 'abcdefghijklmnop' }));
value('nested objects just below break', () => ({ level1: { level2: { level3: 'value', other: 'thing' }, x: 1 } }));
value('indentation with nested multi-line', () => ({ outer: { inner: 'x'.repeat(70), second: 'y'.repeat(10) } }));
value('array of arrays of objects', () => [[{ a: 1, b: 2 }, { a: 3, b: 4 }], [{ a: 5, b: 6 }]]);
value('object key order', () => { const o = { b: 1, a: 2 }; o[2] = 3; o[1] = 4; return o; });
value('frozen object', () => Object.freeze({ a: 1 }));
value('object colors', () => ({ n: 1, s: 'x', b: true, u: undefined, nl: null, sy: Symbol('q'), d: new Date(0) }),
  { colors: true });
value('array colors', () => [1, 'a', [2]], { colors: true });
value('getter colors', () => ({ get a() { return 1; } }), { colors: true });

// --- more layout cases -------------------------------------------------------
value('sparse 200', () => { const a = new Array(200); a[5] = 1; a[150] = 2; return a; });
value('sparse beyond max', () => { const a = []; a[120] = 1; return a; });
value('typed array 150', () => new Uint16Array(150));
value('string array long entries', () => ['a'.repeat(80), 'b']);
value('multi-line string in array', () => ['first line\nsecond line that is long enough to split here ok']);
value('map in array', () => [new Map([['a', 1]]), new Set(['x'])]);
value('array of 8 strings of 10', () => Array.from({ length: 8 }, (_, i) => `${i}`.repeat(10)));
value('array of 16 short strings', () => Array.from({ length: 16 }, (_, i) => `s${i}`));
value('array of 7 mixed lengths', () => ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g']);
value('array of 27 numbers negative', () => Array.from({ length: 27 }, (_, i) => i * (i % 2 ? -1 : 1) * 101));
value('nested arrays grouping', () => ({ matrix: Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)) }));
value('object with 25 keys short values', () => Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i])));
value('class with accessor on prototype', () => { class Acc { get x() { return 1; } constructor() { this.y = 2; } } return new Acc(); });
value('object with undefined and null values', () => ({ u: undefined, n: null, nan: NaN, inf: -Infinity }));
value('frozen array', () => Object.freeze([1, 2]));
value('array with negative index prop', () => Object.assign([1], { '-1': 'neg' }));
value('deep array depth limit', () => [[[[[1]]]]]);
value('object depth 3 array', () => ({ a: { b: { c: { d: [1, 2] } } } }));
value('object containing empty things', () => ({ o: {}, a: [], m: new Map(), s: new Set(), f() {} }));
value('symbol valued keys and values', () => ({ [Symbol('k')]: Symbol('v') }));
value('bigint keys', () => ({ big: 10n ** 20n }));
value('error with long message in object', () => ({ e: Object.assign(new Error('x'.repeat(90)), { stack: undefined }) }));
value('nested error beyond depth', () => ({ a: { b: { c: { e: new Error('deep') } } } }));
value('array with 101 objects', () => Array.from({ length: 101 }, (_, i) => ({ i })));
value('Object.create(Array.prototype)', () => Object.create(Array.prototype));
value('object with numeric-like keys', () => ({ '01': 1, '1.5': 2, '-3': 3, '1e3': 4 }));
value('unicode keys', () => ({ 'ключ': 1, '名前': 2, 'a b': 3 }));
value('string with both quotes and backtick', () => ["'\"`"]);
value('string with ${', () => ["it's ${x} \""]);
value('wide chars array grouping', () => Array.from({ length: 10 }, (_, i) => '中文'.repeat(i % 3 + 1)));
value('array-like object', () => ({ length: 2, 0: 'a', 1: 'b' }));
value('instance of anonymous extends named', () => { class Base {} return new (class extends Base {})(); });
value('class getter static', () => class G { static get s() { return 1; } });
value('function with name property changed', () => { function f() {} Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
value('function with non-string name', () => { function f() {} Object.defineProperty(f, 'name', { value: 42 }); return f; });
value('nested promise in object', () => ({ p: Promise.resolve({ a: 1 }) }));
value('depth -1', () => ({ a: 1 }), { depth: -1 });
value('array depth -1', () => [1, 2], { depth: -1 });
value('map nested maps', () => new Map([['outer', new Map([['inner', new Map([['x', 1]])]])]]));
value('set of arrays', () => new Set([[1, 2], [3, 4]]));
value('long map single line check', () => new Map(Array.from({ length: 4 }, (_, i) => [`key-number-${i}`, `value-number-${i}`])));
value('object 3 levels compact boundary', () => ({ a: { b: { c: 1 } }, d: { e: { f: 2 } } }));
value('array of objects with long keys', () => [{ someLongPropertyName: 1, anotherLongPropertyName: 2 }, { yetAnotherLongName: 3 }]);
value('breakLength 120', () => ({ description: 'A fairly long description string', count: 42, enabled: true, tags: ['one', 'two'] }), { breakLength: 120 });
value('compact 0', () => ({ a: [1, 2], b: { c: 1 } }), { compact: 0 });
value('sorted with fn', () => ({ b: 1, a: 2, c: 3 }), { sorted: (x, y) => (x < y ? 1 : -1) });
value('maxArrayLength set', () => new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 1 });
value('maxArrayLength map', () => new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
value('maxArrayLength typed', () => new Uint8Array(5), { maxArrayLength: 2 });
value('arraybuffer maxArrayLength', () => new ArrayBuffer(5), { maxArrayLength: 2 });

// --- util.format ------------------------------------------------------------
formatCase('plain string', ['hello']);
formatCase('%s string', ['%s!', 'hi']);
formatCase('%s number', ['%s', 42]);
formatCase('%s -0', ['%s', -0]);
formatCase('%s bigint', ['%s', 5n]);
formatCase('%s object', ['%s', { a: { b: { c: 1 } } }]);
formatCase('%s array', ['%s', [1, [2, [3]]]]);
formatCase('%s error', ['%s', new Error('e')]);
formatCase('%s object with toString', ['%s', { toString() { return 'custom'; } }]);
formatCase('%s class instance with toString', ['%s', new (class X { toString() { return 'X!'; } })()]);
formatCase('%s date', ['%s', new Date(0)]);
formatCase('%s null undefined', ['%s %s', null, undefined]);
formatCase('%s symbol', ['%s', Symbol('s')]);
formatCase('%s function', ['%s', function fmt() {}]);
formatCase('%d', ['%d', '42']);
formatCase('%d float', ['%d', 4.5]);
formatCase('%d bigint', ['%d', 3n]);
formatCase('%d object', ['%d', {}]);
formatCase('%d symbol', ['%d', Symbol('x')]);
formatCase('%i', ['%i', 42.9]);
formatCase('%i string', ['%i', '0x10']);
formatCase('%f', ['%f', '1.5abc']);
formatCase('%j', ['%j', { a: [1, 'x'] }]);
formatCase('%j circular', ['%j', (() => { const o = {}; o.o = o; return o; })()]);
formatCase('%o', ['%o', { a: [1, 2], f() {} }]);
formatCase('%o function', ['%o', function oo(a, b) {}]);
formatCase('%O', ['%O', { a: { b: { c: { d: 1 } } } }]);
formatCase('%c', ['%cstyled', 'color: red']);
formatCase('%%', ['100%% sure', 'extra']);
formatCase('% at end', ['100%']);
formatCase('unknown directive', ['%x %s', 'a']);
formatCase('missing args', ['%s %s', 'only']);
formatCase('extra args', ['a', 'b', 1, { c: 2 }]);
formatCase('non-string first', [{ a: 1 }, 'b', 2]);
formatCase('number first', [1, 2, 3]);
formatCase('no args', []);
formatCase('extra after directive', ['%s', 'a', 'b', [1]]);
formatCase('%%s', ['%%s', 'x']);
formatCase('string arg not first', [1, 'two', '%s']);

// ---------------------------------------------------------------------------

let failures = 0;
for (const entry of cases) {
  let expected;
  let actual;
  // One value for both sides: stack traces must be identical.
  const subject = entry.args ? undefined : entry.make();
  try {
    if (entry.args) {
      expected = nodeUtil.format(...entry.args);
    } else {
      expected = entry.options ? nodeUtil.inspect(subject, entry.options) : nodeUtil.inspect(subject);
    }
  } catch (err) {
    expected = `THROWS ${err && err.message}`;
  }
  try {
    if (entry.args) {
      actual = ours.format(...entry.args);
    } else {
      actual = entry.options ? ours.inspect(subject, entry.options) : ours.inspect(subject);
    }
  } catch (err) {
    actual = `THROWS ${err && err.stack}`;
  }
  if (expected !== actual) {
    failures++;
    console.log(`--- MISMATCH: ${entry.label}\n[node]\n${expected}\n[ours]\n${actual}\n`);
  } else if (verbose) {
    console.log(`ok ${entry.label}`);
  }
}
console.log(`${cases.length - failures} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
