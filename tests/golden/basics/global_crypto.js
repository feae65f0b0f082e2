// The global crypto object: randomUUID() and its shape (random values are never printed).
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
let wellFormed = true;
for (let i = 0; i < 200; i++) {
  const id = crypto.randomUUID();
  if (!uuid.test(id)) wellFormed = false;
  seen.add(id);
}
console.log(wellFormed, seen.size);
console.log(typeof crypto, Object.prototype.toString.call(crypto), crypto instanceof Crypto);
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
console.log(globalThis.crypto === crypto, typeof crypto.getRandomValues, typeof crypto.randomUUID);
try {
  new Crypto();
} catch (e) {
  console.log(e.name, e.code);
}
try {
  crypto.randomUUID.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  crypto.getRandomValues([1, 2]);
} catch (e) {
  console.log(e.name, e.message);
}
