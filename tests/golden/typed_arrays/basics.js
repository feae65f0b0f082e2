// Typed array construction, element conversion and the common prototype methods.
const a = new Uint8Array([1, 2, 300]);
console.log(a.length, a[0], a[2], a[5], a.byteLength, a.byteOffset, a.buffer.byteLength);
a[1] = 7;
console.log(Array.from(a), [...a], JSON.stringify(a), String(a));

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const C of kinds) {
  const t = new C([-1.5, 2.5, 255.5, 65536 + 3, -2147483649, NaN, Infinity]);
  console.log(C.name, C.BYTES_PER_ELEMENT, t.join(' '));
}
const big = new BigInt64Array([1n, -2n, 2n ** 63n]);
const ubig = new BigUint64Array([1n, -1n]);
console.log(big.join(), ubig.join(), typeof big[0]);
try { big[0] = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Uint8Array([1n]); } catch (e) { console.log(e.constructor.name, e.message); }

const f = new Float64Array(4).fill(1.5, 1);
console.log(f.join('|'), f.map((x) => x * 2).join('|'), Object.prototype.toString.call(f));
console.log(new Int16Array([5, -3, 10, 0, -0]).sort().join(), new Float64Array([3, NaN, -1, -0, 0]).sort().join());
console.log(new Int8Array([3, 1, 2]).toSorted((x, y) => y - x).join(), new Int8Array([3, 1, 2]).sort((x, y) => y - x).join());
console.log(Uint8Array.from({ length: 3 }, (v, i) => i * 2).join(), Uint8Array.of(1, 2, 258).join(), Int16Array.from(new Set([4, 5])).join());
const t = new Uint8Array([1, 2, 3, 4, 5]);
console.log(t.subarray(1, 3).join(), t.subarray(-2).byteOffset, t.slice(1, -1).join(), t.at(-1), t.with(0, 9).join(), t.toReversed().join());
t.copyWithin(0, 3);
console.log(t.join(), t.indexOf(4), t.lastIndexOf(3), t.includes(5), t.find((x) => x > 3), t.findLastIndex((x) => x === 4));
t.set([9, 9], 3);
t.set(new Uint8Array([7]), 0);
console.log(t.join(), [...t.entries()].join(';'), [...t.keys()].join(), t.reduce((x, y) => x + y), t.reduceRight((x, y) => x + '' + y));
console.log(t.filter((x) => x > 4).join(), t.some((x) => x === 9), t.every((x) => x > 0), t.reverse().join());
try { t.set([1, 2, 3], 4); } catch (e) { console.log(e.constructor.name); }

class Bytes extends Uint8Array {
  sum() { return this.reduce((x, y) => x + y, 0); }
}
const m = new Bytes([1, 2, 3]);
console.log(m.sum(), m instanceof Uint8Array, m.map((x) => x + 1) instanceof Bytes, m.subarray(1).constructor.name, m.length);
console.log(Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Float32Array), Object.getPrototypeOf(Int8Array).name);
try { Uint8Array(3); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Uint8Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Float32Array([1.1])[0], new Uint16Array(new Uint8Array([1, 2, 255])).join(), new Uint8Array(new Float64Array([1.9, -1])).join());
