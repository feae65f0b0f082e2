// The invariant checks of each trap (ECMA-262 §10.5), with V8's messages.
const frozen = {};
Object.defineProperty(frozen, 'x', { value: 1 });
Object.defineProperty(frozen, 'acc', { set(v) {} });
const closed = Object.preventExtensions({ y: 1 });
const writable = {};
Object.defineProperty(writable, 'w', { value: 1, writable: true });

const cases = {
  'get non-configurable data': () => new Proxy(frozen, { get: () => 2 }).x,
  'get non-configurable data, same value': () => new Proxy(frozen, { get: () => 1 }).x,
  'get accessor without getter': () => new Proxy(frozen, { get: () => 2 }).acc,
  'set non-writable': () => { 'use strict'; new Proxy(frozen, { set: () => true }).x = 5; },
  'set falsish strict': () => { 'use strict'; new Proxy({}, { set: () => false }).y = 5; },
  'set falsish sloppy': () => { new Proxy({}, { set: () => false }).y = 5; return 'ignored'; },
  'Reflect.set falsish': () => Reflect.set(new Proxy({}, { set: () => 0 }), 'y', 1),
  'set accessor without setter': () => { 'use strict'; new Proxy(frozen, { set: () => true }).acc = 5; },
  'has non-configurable': () => 'x' in new Proxy(frozen, { has: () => false }),
  'has non-extensible': () => 'y' in new Proxy(closed, { has: () => false }),
  'delete non-configurable': () => delete new Proxy(frozen, { deleteProperty: () => true }).x,
  'delete non-extensible': () => delete new Proxy(closed, { deleteProperty: () => true }).y,
  'delete falsish strict': () => { 'use strict'; delete new Proxy({}, { deleteProperty: () => false }).y; },
  'delete falsish sloppy': () => delete new Proxy({}, { deleteProperty: () => false }).y,
  'define non-configurable missing': () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), 'z', { configurable: false }),
  'define on non-extensible': () => Object.defineProperty(new Proxy(closed, { defineProperty: () => true }), 'z', {}),
  'define incompatible': () => Object.defineProperty(new Proxy(frozen, { defineProperty: () => true }), 'x', { value: 3 }),
  'define non-writable over writable': () => Object.defineProperty(new Proxy(writable, { defineProperty: () => true }), 'w', { configurable: false, writable: false }),
  'define falsish': () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), 'x', {}),
  'Reflect.defineProperty falsish': () => Reflect.defineProperty(new Proxy({}, { defineProperty: () => false }), 'x', {}),
  'gopd not an object': () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), 'q'),
  'gopd hides non-configurable': () => Object.getOwnPropertyDescriptor(new Proxy(frozen, { getOwnPropertyDescriptor() {} }), 'x'),
  'gopd hides on non-extensible': () => Object.getOwnPropertyDescriptor(new Proxy(closed, { getOwnPropertyDescriptor() {} }), 'y'),
  'gopd invents non-configurable': () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ configurable: false }) }), 'q'),
  'gopd invents on non-extensible': () => Object.getOwnPropertyDescriptor(new Proxy(closed, { getOwnPropertyDescriptor: () => ({ configurable: true }) }), 'q'),
  'gopd incompatible value': () => Object.getOwnPropertyDescriptor(new Proxy(frozen, { getOwnPropertyDescriptor: () => ({ value: 2, configurable: false }) }), 'x'),
  'gopd completed': () => JSON.stringify(Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 7, configurable: true }) }), 'q')),
  'getPrototypeOf not an object': () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })),
  'getPrototypeOf non-extensible': () => Object.getPrototypeOf(new Proxy(closed, { getPrototypeOf: () => null })),
  'getPrototypeOf any when extensible': () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => Array.prototype })) === Array.prototype,
  'setPrototypeOf non-extensible': () => Object.setPrototypeOf(new Proxy(closed, { setPrototypeOf: () => true }), null),
  'setPrototypeOf falsish': () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null),
  'Reflect.setPrototypeOf falsish': () => Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null),
  'isExtensible lies (false)': () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })),
  'isExtensible lies (true)': () => Object.isExtensible(new Proxy(closed, { isExtensible: () => true })),
  'preventExtensions lies': () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })),
  'preventExtensions falsish': () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })),
  'Reflect.preventExtensions falsish': () => Reflect.preventExtensions(new Proxy({}, { preventExtensions: () => false })),
  'freeze falsish': () => Object.freeze(new Proxy({}, { preventExtensions: () => false })),
  'freeze defineProperty falsish': () => Object.freeze(new Proxy({ a: 1 }, { defineProperty: () => false })),
  'ownKeys not an object': () => Object.keys(new Proxy({}, { ownKeys: () => 1 })),
  'ownKeys bad key': () => Object.keys(new Proxy({}, { ownKeys: () => [1] })),
  'ownKeys duplicate': () => Object.keys(new Proxy({}, { ownKeys: () => ['a', 'a'] })),
  'ownKeys misses non-configurable': () => Object.keys(new Proxy(frozen, { ownKeys: () => [] })),
  'ownKeys extra on non-extensible': () => Object.keys(new Proxy(closed, { ownKeys: () => ['y', 'z'] })),
  'ownKeys misses on non-extensible': () => Reflect.ownKeys(new Proxy(closed, { ownKeys: () => [] })),
  'ownKeys array-like': () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ({ length: 2, 0: 'p', 1: 'q' }) })),
  'construct non-object': () => new (new Proxy(function () {}, { construct: () => 1 }))(),
  'construct object': () => typeof new (new Proxy(function () {}, { construct: () => ({}) }))(),
  'trap not callable': () => new Proxy({}, { get: 5 }).x,
  'trap null falls back': () => new Proxy({ x: 9 }, { get: null }).x,
};
for (const [name, f] of Object.entries(cases)) {
  try {
    console.log(`${name}: ok ${String(f())}`);
  } catch (e) {
    console.log(`${name}: ${e.constructor.name}: ${e.message}`);
  }
}
