// for-in, spread, Object.assign, JSON.stringify, Array.isArray and for-of over proxies.
const log = [];
function logging(target) {
  return new Proxy(target, {
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push(`gopd:${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); },
    get(t, k, r) { log.push(`get:${String(k)}`); return Reflect.get(t, k, r); },
    getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
    has(t, k) { log.push(`has:${String(k)}`); return Reflect.has(t, k); },
  });
}
function run(label, f) {
  log.length = 0;
  const r = f();
  console.log(`${label}: ${JSON.stringify(r)}`);
  console.log(`  ${log.join(' ')}`);
}
const src = { a: 1, b: 2, [Symbol('s')]: 3 };
Object.defineProperty(src, 'hidden', { value: 4, enumerable: false });

run('for-in', () => {
  const keys = [];
  for (const k in logging(src)) keys.push(k);
  return keys;
});
run('for-in inherited', () => {
  const o = Object.create(logging({ inherited: 1 }));
  o.own = 1;
  const keys = [];
  for (const k in o) keys.push(k);
  return keys;
});
run('spread', () => ({ ...logging(src) }));
run('rest', () => {
  const { a, ...rest } = logging(src);
  return rest;
});
run('assign', () => Object.assign({}, logging(src)));
run('JSON', () => JSON.stringify(logging(src)));
run('JSON nested', () => JSON.stringify({ inner: logging({ x: [1] }) }));
run('JSON array proxy', () => JSON.stringify(logging([1, 2])));
run('values', () => Object.values(logging(src)));
run('isArray', () => [Array.isArray(logging([])), Array.isArray(logging({})), Array.isArray(new Proxy(logging([]), {}))]);
run('for-of', () => {
  const out = [];
  for (const v of logging([10, 20])) out.push(v);
  return out;
});
run('array methods', () => Array.prototype.map.call(logging([1, 2]), (x) => x * 2));
run('toString', () => [Object.prototype.toString.call(logging([])), Object.prototype.toString.call(new Proxy(function () {}, {}))]);
console.log(Function.prototype.toString.call(new Proxy(function named() {}, {})));
console.log(Function.prototype.toString.call(new Proxy(class {}, {})));
try {
  Function.prototype.toString.call(new Proxy({}, {}));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
