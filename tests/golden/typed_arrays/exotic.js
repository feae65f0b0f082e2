// Typed arrays are integer-indexed exotic objects: numeric keys never reach the prototype.
const a = new Uint8Array([10, 20, 30]);
console.log(a['1'], a['-0'], a['1.5'], a[-1], a[3], a['01'], a.foo);
a[5] = 1; a['-0'] = 2; a[1.5] = 3; a['01'] = 4;
console.log(Object.keys(a), a['01'], a.length);
Object.prototype[7] = 'proto';
console.log(a[7], 7 in a, '01' in a, 1 in a, '-0' in a);
delete Object.prototype[7];
console.log(Object.getOwnPropertyDescriptor(a, 0), Object.getOwnPropertyDescriptor(a, 3));
console.log(delete a[3], Reflect.deleteProperty(a, 0), Reflect.has(a, 2), Reflect.ownKeys(a));
console.log(Reflect.defineProperty(a, 0, { value: 99 }), a[0], Reflect.defineProperty(a, 0, { value: 1, writable: false }), Reflect.defineProperty(a, 9, { value: 1 }));
try { Object.defineProperty(a, 1, { get() { return 1; } }); } catch (e) { console.log(e.constructor.name); }
a.name = 'named';
console.log(Object.keys(a), Object.entries(a).length, { ...a });
const proto = Object.create(a);
console.log(proto[0], 0 in proto, proto[9]);
a[0] = { valueOf() { return 42; } };
console.log(a[0], Object.isFrozen(a), Object.isExtensible(a));
for (const k in new Int8Array(2)) console.log('key', k);
console.log(Array.prototype.map.call(new Int8Array([1, 2]), (x) => x * 3), Array.isArray(a));
