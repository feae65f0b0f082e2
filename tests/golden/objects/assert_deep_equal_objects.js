// assert.deepStrictEqual / deepEqual on plain objects, class instances, dates and errors (no binary data).
'use strict';
const assert = require('assert');

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

const checks = [
  () => assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } }),
  () => assert.deepStrictEqual(new Point(1, 2), new Point(1, 2)),
  () => assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }),
  () => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])),
  () => assert.deepStrictEqual(new Date(0), new Date(0)),
  () => assert.deepStrictEqual(new Error('x'), new Error('x')),
  () => assert.deepStrictEqual({ a: 1 }, { a: '1' }),
  () => assert.deepEqual({ a: 1 }, { a: '1' }),
  () => assert.notDeepStrictEqual({ a: [1] }, { a: [2] }),
];
for (const [index, check] of checks.entries()) {
  try {
    check();
    console.log(index, 'equal');
  } catch (e) {
    console.log(index, e.name, e.code);
  }
}
