// Found by the differential test: Object.defineProperty fails with V8's message for a new property
// on a non-extensible object, and with the "redefine" message for a non-configurable one.
const cases = {
  frozen: () => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }),
  'prevent extensions': () => Object.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }),
  'frozen array': () => Object.defineProperty(Object.freeze([]), 0, { value: 2 }),
  'frozen, existing': () => Object.defineProperty(Object.freeze({ x: 1 }), 'x', { value: 2 }),
  'non-configurable': () => Object.defineProperty(Object.defineProperty({}, 'y', { value: 1 }), 'y', { get() {} }),
  'symbol key': () => Object.defineProperty(Object.seal({}), Symbol('tag'), { value: 1 }),
  defineProperties: () => Object.defineProperties(Object.freeze({}), { z: { value: 1 } }),
};
for (const [name, attempt] of Object.entries(cases)) {
  try {
    attempt();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
