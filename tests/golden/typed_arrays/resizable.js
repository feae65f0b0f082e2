// Resizable ArrayBuffers: length-tracking and fixed views, resize, transfer.
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
const track = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
const dv = new DataView(rab);
console.log(rab.resizable, rab.maxByteLength, track.length, fixed.length, dv.byteLength);
rab.resize(8);
console.log(rab.byteLength, track.length, fixed.length, dv.byteLength);
rab.resize(2);
console.log(track.length, fixed.length, fixed.byteOffset, dv.byteLength, [...track]);
try { fixed.fill(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { rab.resize(9); } catch (e) { console.log(e.constructor.name, e.message); }
try { new ArrayBuffer(1).resize(0); } catch (e) { console.log(e.constructor.name, e.message); }
const t2 = rab.transfer(6); console.log(t2.resizable, t2.maxByteLength, t2.byteLength, rab.detached, rab.transfer === undefined);
console.log(new Uint8Array(t2).subarray(1).length, t2.transferToFixedLength().resizable);
console.log(track, rab);
