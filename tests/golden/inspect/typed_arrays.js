// util.inspect / console.log of binary data, like Node.
console.log(new ArrayBuffer(2), new Uint8Array([1, 2, 3]), [new Int16Array(2)]);
console.log(new Float64Array([1.5, -0, NaN]), new BigUint64Array([5n]), new Uint8Array(0));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log(new Uint8Array(120));
const u = new Uint8Array([1, 2]);
u.extra = 'x';
console.log(u, { nested: new Int32Array([-1]) });
class Foo extends Uint16Array {}
console.log(new Foo(2));
const util = require('util');
console.log(util.types.isTypedArray(u), util.types.isUint8Array(u), util.types.isArrayBuffer(u.buffer), util.types.isDataView(new DataView(u.buffer)));
console.log(util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])), util.isDeepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
console.log(util.inspect(new ArrayBuffer(60)));
const ab = new ArrayBuffer(4);
ab.transfer();
console.log(ab);
console.log(structuredClone(new Uint8Array([1, 2, 3])), structuredClone(new ArrayBuffer(3)));
const shared = new Uint16Array([1, 2, 3]);
const copy = structuredClone({ a: shared, b: new DataView(shared.buffer, 2) });
console.log(copy, copy.a.buffer === copy.b.buffer, copy.a.buffer === shared.buffer);
console.log(crypto.getRandomValues(new Uint8Array(4)).length);
