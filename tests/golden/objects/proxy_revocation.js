// A revoked proxy throws a TypeError on every operation, and keeps its callability.
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
const fn = Proxy.revocable(function f() { return 1; }, {});
console.log(proxy.a, fn.proxy());
revoke();
fn.revoke();
revoke();
console.log(typeof proxy, typeof fn.proxy);
const ops = {
  get: () => proxy.a,
  set: () => { proxy.a = 2; },
  has: () => 'a' in proxy,
  delete: () => delete proxy.a,
  keys: () => Object.keys(proxy),
  ownKeys: () => Reflect.ownKeys(proxy),
  getOwnPropertyDescriptor: () => Object.getOwnPropertyDescriptor(proxy, 'a'),
  defineProperty: () => Object.defineProperty(proxy, 'b', { value: 1 }),
  getPrototypeOf: () => Object.getPrototypeOf(proxy),
  setPrototypeOf: () => Object.setPrototypeOf(proxy, null),
  isExtensible: () => Object.isExtensible(proxy),
  preventExtensions: () => Object.preventExtensions(proxy),
  isArray: () => Array.isArray(proxy),
  toString: () => Object.prototype.toString.call(proxy),
  instanceof: () => proxy instanceof Object,
  forIn: () => { for (const k in proxy) return k; },
  spread: () => ({ ...proxy }),
  json: () => JSON.stringify(proxy),
  call: () => fn.proxy(),
  construct: () => new fn.proxy(),
  protoChain: () => Object.create(proxy).a,
};
for (const [name, f] of Object.entries(ops)) {
  try {
    console.log(`${name}: ok ${String(f())}`);
  } catch (e) {
    console.log(`${name}: ${e.constructor.name}: ${e.message}`);
  }
}
try {
  new Proxy(proxy, {});
  console.log('a revoked proxy can be a target');
} catch (e) {
  console.log(e.message);
}
