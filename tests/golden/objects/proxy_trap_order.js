// Every internal method of a Proxy reaches its trap, in the order the operations perform them.
const log = [];
const traps = [
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'defineProperty',
  'getOwnPropertyDescriptor', 'ownKeys', 'has', 'get', 'set', 'deleteProperty',
];
function loggingHandler() {
  const h = {};
  for (const t of traps) {
    h[t] = function (...a) {
      log.push(typeof a[1] === 'string' ? `${t}:${a[1]}` : t);
      return Reflect[t](...a);
    };
  }
  return h;
}
function show(label, f) {
  log.length = 0;
  let r;
  try {
    r = f();
  } catch (e) {
    r = `${e.name}: ${e.message}`;
  }
  console.log(`${label} -> ${typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)}`);
  console.log(`  ${log.join(' ')}`);
}

const p = new Proxy({ a: 1 }, loggingHandler());
show('getPrototypeOf', () => Object.getPrototypeOf(p) === Object.prototype);
show('setPrototypeOf', () => Object.setPrototypeOf(p, null) === p);
show('isExtensible', () => Object.isExtensible(p));
show('defineProperty', () => Object.defineProperty(p, 'b', { value: 2, configurable: true }) === p);
show('getOwnPropertyDescriptor', () => Object.getOwnPropertyDescriptor(p, 'a'));
show('keys', () => Object.keys(p));
show('in', () => 'a' in p);
show('get', () => p.a);
show('set', () => (p.c = 3));
show('delete', () => delete p.c);
show('hasOwnProperty', () => Object.prototype.hasOwnProperty.call(p, 'a'));
show('hasOwn', () => Object.hasOwn(p, 'zz'));
show('getOwnPropertyNames', () => Object.getOwnPropertyNames(p));
show('entries', () => Object.entries(p));
show('preventExtensions', () => Object.isExtensible(Object.preventExtensions(p)));
show('instanceof', () => p instanceof Object);
show('isPrototypeOf', () => Object.prototype.isPrototypeOf.call(Object.prototype, p));

const q = new Proxy({ x: 1, y: 2 }, loggingHandler());
show('Reflect.ownKeys', () => Reflect.ownKeys(q));
show('Reflect.has', () => Reflect.has(q, 'x'));
show('Reflect.get receiver', () => Reflect.get(q, 'x', {}));
show('Reflect.set', () => Reflect.set(q, 'z', 1));
show('Reflect.deleteProperty', () => Reflect.deleteProperty(q, 'z'));
show('Reflect.defineProperty', () => Reflect.defineProperty(q, 'w', { value: 1 }));
show('freeze', () => Object.isFrozen(Object.freeze(q)));
show('seal check', () => Object.isSealed(q));
show('toString', () => Object.prototype.toString.call(q));

// A proxy on the prototype chain of an ordinary object.
const child = Object.create(new Proxy({ inherited: 1 }, loggingHandler()));
show('chain get', () => child.inherited);
show('chain in', () => 'missing' in child);
show('chain set', () => (child.fresh = 1));
show('chain own after set', () => Object.keys(child));
show('chain instanceof', () => child instanceof Array);

// `super` property access through a proxy prototype.
const base = new Proxy({ greet() { return 'hi'; } }, loggingHandler());
const derived = { __proto__: base, greet() { return `${super.greet()}!`; } };
show('super', () => derived.greet());

// A proxy receiver: the ordinary [[Set]] ends in its defineProperty trap.
const recv = new Proxy({}, loggingHandler());
show('Reflect.set with proxy receiver', () => Reflect.set({}, 'k', 1, recv));
show('set through empty-handler proxy', () => {
  const outer = new Proxy(new Proxy({}, loggingHandler()), {});
  outer.v = 5;
  return outer.v;
});
