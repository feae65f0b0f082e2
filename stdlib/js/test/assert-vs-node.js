'use strict';
// Dev tool, not shipped. Runs the same assertions with Node's node:assert and
// with stdlib/js node:assert and compares what is thrown (class name, code,
// message, generatedMessage). Run: node --expose-internals assert-vs-node.js

const nodeAssert = require('node:assert');
const { loadStd } = require('./host-shim');

const ours = loadStd('node:assert');

const cases = [
  ['strictEqual numbers', (a) => a.strictEqual(1, 2)],
  ['strictEqual custom message', (a) => a.strictEqual(1, 2, 'custom')],
  ['strictEqual format message', (a) => a.strictEqual(1, 2, 'got %d', 1)],
  ['strictEqual message fn', (a) => a.strictEqual(1, 2, (x, y) => `x=${x} y=${y}`)],
  ['strictEqual error message', (a) => a.strictEqual(1, 2, new TypeError('mine'))],
  ['strictEqual passes', (a) => a.strictEqual(NaN, NaN)],
  ['strictEqual -0', (a) => a.strictEqual(0, -0)],
  ['strictEqual strings', (a) => a.strictEqual('hello world', 'hello there')],
  ['strictEqual short strings', (a) => a.strictEqual('a', 'b')],
  ['strictEqual long strings', (a) => a.strictEqual('x'.repeat(50), `${'x'.repeat(49)}y`)],
  ['strictEqual objects same shape', (a) => a.strictEqual({ a: 1 }, { a: 1 })],
  ['strictEqual objects different', (a) => a.strictEqual({ a: 1 }, { a: 2 })],
  ['strictEqual mixed types', (a) => a.strictEqual(1, '1')],
  ['strictEqual undefined null', (a) => a.strictEqual(undefined, null)],
  ['strictEqual multi-line strings', (a) => a.strictEqual('a\nb\nc', 'a\nx\nc')],
  ['notStrictEqual', (a) => a.notStrictEqual(1, 1)],
  ['notStrictEqual object', (a) => { const o = { a: 1 }; a.notStrictEqual(o, o); }],
  ['notStrictEqual long string', (a) => a.notStrictEqual('abcdefgh', 'abcdefgh')],
  ['equal', (a) => a.equal(1, 2)],
  ['equal passes loosely', (a) => a.equal(1, '1')],
  ['notEqual', (a) => a.notEqual(1, '1')],
  ['deepEqual', (a) => a.deepEqual({ a: 1 }, { a: 2 })],
  ['deepEqual passes loosely', (a) => a.deepEqual({ a: 1 }, { a: '1' })],
  ['notDeepEqual', (a) => a.notDeepEqual({ a: 1 }, { a: 1 })],
  ['notDeepEqual loose', (a) => a.notDeepEqual({ a: 1 }, { a: '1' })],
  ['deepStrictEqual objects', (a) => a.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] })],
  ['deepStrictEqual arrays', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 4])],
  ['deepStrictEqual long arrays', (a) => a.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i),
    Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)))],
  ['deepStrictEqual nested', (a) => a.deepStrictEqual({ x: { y: { z: 1 } }, w: 2 }, { x: { y: { z: 2 } }, w: 2 })],
  ['deepStrictEqual maps', (a) => a.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))],
  ['deepStrictEqual sets', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
  ['deepStrictEqual prototype', (a) => a.deepStrictEqual(Object.create(null), {})],
  ['deepStrictEqual same', (a) => a.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })],
  ['deepStrictEqual primitive', (a) => a.deepStrictEqual(1, 2)],
  ['deepStrictEqual -0', (a) => a.deepStrictEqual([0], [-0])],
  ['deepStrictEqual NaN', (a) => a.deepStrictEqual([NaN], [NaN])],
  ['deepStrictEqual dates', (a) => a.deepStrictEqual(new Date(0), new Date(1))],
  ['deepStrictEqual errors', (a) => a.deepStrictEqual(new Error('a'), new Error('b'))],
  ['deepStrictEqual symbols', (a) => a.deepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 })],
  ['deepStrictEqual map object keys', (a) => a.deepStrictEqual(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]))],
  ['deepStrictEqual set objects', (a) => a.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]))],
  ['deepStrictEqual circular', (a) => {
    const x = { v: 1 };
    x.self = x;
    const y = { v: 1 };
    y.self = y;
    a.deepStrictEqual(x, y);
  }],
  ['deepStrictEqual holes', (a) => a.deepStrictEqual([1, , 3], [1, undefined, 3])], // eslint-disable-line no-sparse-arrays
  ['deepEqual holes', (a) => a.deepEqual([1, , 3], [1, undefined, 3])], // eslint-disable-line no-sparse-arrays
  ['deepStrictEqual typed arrays', (a) => a.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))],
  ['deepStrictEqual boxed', (a) => a.deepStrictEqual(new Number(1), new Number(2))],
  ['deepStrictEqual class instances', (a) => {
    class A { constructor() { this.x = 1; } }
    class B { constructor() { this.x = 1; } }
    a.deepStrictEqual(new A(), new B());
  }],
  ['deepStrictEqual many lines', (a) => {
    const big = {};
    for (let i = 0; i < 20; i++) big[`k${i}`] = i;
    a.deepStrictEqual(big, { ...big, k10: 'ten' });
  }],
  ['notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 })],
  ['notDeepStrictEqual primitive', (a) => a.notDeepStrictEqual(1, 1)],
  ['ok false', (a) => a.ok(false, 'nope')],
  ['ok no args', (a) => a.ok()],
  ['ok format', (a) => a.ok(0, 'value %s', 'zero')],
  ['fail', (a) => a.fail()],
  ['fail message', (a) => a.fail('boom')],
  ['fail error', (a) => a.fail(new RangeError('r'))],
  ['throws missing', (a) => a.throws(() => {})],
  ['throws missing with message', (a) => a.throws(() => {}, 'should throw')],
  ['throws missing with class', (a) => a.throws(() => {}, TypeError)],
  ['throws class mismatch', (a) => a.throws(() => { throw new TypeError('x'); }, RangeError)],
  ['throws class match', (a) => a.throws(() => { throw new TypeError('x'); }, TypeError)],
  ['throws same name different proto', (a) => {
    class TypeError2 extends Error {}
    Object.defineProperty(TypeError2, 'name', { value: 'TypeError' });
    a.throws(() => { throw new TypeError('x'); }, TypeError2);
  }],
  ['throws non-error thrown', (a) => a.throws(() => { throw 'str'; }, TypeError)], // eslint-disable-line no-throw-literal
  ['throws regexp mismatch', (a) => a.throws(() => { throw new TypeError('x'); }, /y/)],
  ['throws regexp match', (a) => a.throws(() => { throw new TypeError('xyz'); }, /y/)],
  ['throws object mismatch', (a) => a.throws(() => { throw new TypeError('x'); }, { message: 'y' })],
  ['throws object match', (a) => a.throws(() => { throw Object.assign(new TypeError('x'), { code: 'C' }); },
    { code: 'C', name: 'TypeError', message: 'x' })],
  ['throws object code mismatch', (a) => a.throws(() => { throw Object.assign(new TypeError('x'), { code: 'C' }); },
    { code: 'D', name: 'TypeError' })],
  ['throws object regexp value', (a) => a.throws(() => { throw new TypeError('hello'); }, { message: /ell/ })],
  ['throws object missing key', (a) => a.throws(() => { throw new TypeError('x'); }, { code: 'C' })],
  ['throws empty object', (a) => a.throws(() => { throw new TypeError('x'); }, {})],
  ['throws validation fn true', (a) => a.throws(() => { throw new TypeError('x'); }, (e) => e instanceof TypeError)],
  ['throws validation fn false', (a) => a.throws(() => { throw new TypeError('x'); }, function check() { return false; })],
  ['throws primitive thrown vs object', (a) => a.throws(() => { throw 1; }, { a: 1 })], // eslint-disable-line no-throw-literal
  ['throws bad error arg', (a) => a.throws(() => { throw new Error('x'); }, 5)],
  ['throws not a function', (a) => a.throws('nope')],
  ['throws ambiguous', (a) => a.throws(() => { throw new Error('same'); }, 'same')],
  ['doesNotThrow', (a) => a.doesNotThrow(() => { throw new TypeError('x'); })],
  ['doesNotThrow message', (a) => a.doesNotThrow(() => { throw new TypeError('x'); }, 'msg')],
  ['doesNotThrow other class', (a) => a.doesNotThrow(() => { throw new TypeError('x'); }, RangeError)],
  ['doesNotThrow passes', (a) => a.doesNotThrow(() => {})],
  ['match', (a) => a.match('abc', /x/)],
  ['match non-string', (a) => a.match(123, /x/)],
  ['doesNotMatch', (a) => a.doesNotMatch('abc', /b/)],
  ['ifError', (a) => a.ifError(new Error('bad'))],
  ['ifError value', (a) => a.ifError('str')],
  ['ifError null', (a) => a.ifError(null)],
  ['equal missing args', (a) => a.equal(1)],
  ['strict.equal', (a) => a.strict.equal(1, '1')],
  ['strict.deepEqual', (a) => a.strict.deepEqual({ a: 1 }, { a: '1' })],
  ['assert() callable', (a) => a(true)],
  ['AssertionError ctor', (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); }],
];

const asyncCases = [
  ['rejects missing', (a) => a.rejects(Promise.resolve(1))],
  ['rejects match', (a) => a.rejects(Promise.reject(new Error('x')), Error)],
  ['rejects mismatch', (a) => a.rejects(Promise.reject(new Error('x')), { message: 'y' })],
  ['rejects fn not promise', (a) => a.rejects(() => 1)],
  ['doesNotReject', (a) => a.doesNotReject(Promise.reject(new Error('x')))],
];

function describe(run) {
  try {
    run();
    return 'no throw';
  } catch (err) {
    return describeError(err);
  }
}

function describeError(err) {
  if (!(err instanceof Error)) return `threw ${String(err)}`;
  return JSON.stringify({
    name: err.name,
    code: err.code,
    message: err.message,
    generatedMessage: err.generatedMessage,
    operator: err.operator,
    toString: String(err),
  }, null, 1);
}

async function describeAsync(run) {
  try {
    await run();
    return 'no throw';
  } catch (err) {
    return describeError(err);
  }
}

async function main() {
  let failures = 0;
  let total = 0;
  const report = (label, expected, actual) => {
    total++;
    if (expected !== actual) {
      failures++;
      console.log(`--- MISMATCH: ${label}\n[node]\n${expected}\n[ours]\n${actual}\n`);
    }
  };
  for (const [label, run] of cases) report(label, describe(() => run(nodeAssert)), describe(() => run(ours)));
  for (const [label, run] of asyncCases) {
    report(label, await describeAsync(() => run(nodeAssert)), await describeAsync(() => run(ours)));
  }
  console.log(`${total - failures} passed, ${failures} failed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main();
