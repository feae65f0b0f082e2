// DataView reads and writes in both byte orders.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf, 2, 12);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf, Object.prototype.toString.call(dv));
dv.setUint16(0, 0x0102);
dv.setUint16(2, 0x0102, true);
console.log(new Uint8Array(buf, 2, 4).join(), dv.getUint16(0), dv.getUint16(0, true), dv.getInt16(2), dv.getInt16(2, true));
dv.setInt32(4, -2);
console.log(dv.getInt32(4), dv.getUint32(4), dv.getUint32(4, true), dv.getInt8(4), dv.getUint8(7));
dv.setFloat32(0, 1.1, true);
console.log(dv.getFloat32(0, true), dv.getFloat32(0));
dv.setFloat64(4, Math.PI);
console.log(dv.getFloat64(4), dv.getFloat64(4, true));
dv.setBigInt64(0, -3n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true));
dv.setBigUint64(4, 2n ** 64n + 5n, true);
console.log(dv.getBigUint64(4, true), new Uint8Array(buf).join());
for (const bad of [() => dv.getUint32(10), () => dv.setInt8(-1, 0), () => new DataView({}), () => new DataView(buf, 17), () => dv.setBigInt64(0, 1), () => DataView.prototype.getInt8.call({}, 0)]) {
  try { bad(); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(DataView.prototype.getFloat64.length, DataView.prototype.setFloat64.length, DataView.name, DataView.length);
