// ArrayBuffer: slice, species, transfer and detached views.
const buf = new ArrayBuffer(8);
const u32 = new Uint32Array(buf, 4, 1);
u32[0] = 0xdeadbeef;
console.log(new Uint8Array(buf).join(), buf.slice(4).byteLength, new Uint8Array(buf.slice(-3, -1)).join(), buf.slice(6, 2).byteLength);
console.log(ArrayBuffer.isView(u32), ArrayBuffer.isView(buf), ArrayBuffer.isView(new DataView(buf)), ArrayBuffer.isView([]));
console.log(buf.byteLength, buf.resizable, buf.maxByteLength, buf.detached, Object.prototype.toString.call(buf));
class MyBuffer extends ArrayBuffer {}
const mine = new MyBuffer(4);
console.log(mine.slice(1) instanceof MyBuffer, ArrayBuffer[Symbol.species] === ArrayBuffer);
const moved = buf.transfer();
console.log(buf.detached, buf.byteLength, moved.byteLength, u32.length, u32.byteLength, u32.byteOffset, u32[0], new Uint8Array(moved)[7]);
try { buf.slice(0); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Uint8Array(buf); } catch (e) { console.log(e.constructor.name); }
try { u32.fill(1); } catch (e) { console.log(e.constructor.name, e.message); }
const grown = moved.transfer(12);
console.log(grown.byteLength, new Uint8Array(grown).join(), moved.detached);
for (const bad of [() => new ArrayBuffer(-1), () => ArrayBuffer(1), () => new Int16Array(new ArrayBuffer(3)), () => new Int16Array(new ArrayBuffer(4), 1), () => new Uint8Array(new ArrayBuffer(4), 2, 3)]) {
  try { bad(); } catch (e) { console.log(e.constructor.name, e.message); }
}
const shared = new ArrayBuffer(4);
const x = new Uint8Array(shared);
const y = new Uint16Array(shared);
y[0] = 0x0201;
console.log(x.join(), x.subarray(1).buffer === shared);
