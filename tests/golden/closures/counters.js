function makeCounter(start = 0) {
  let count = start;
  return {
    inc: () => ++count,
    dec: () => --count,
    get value() {
      return count;
    },
  };
}
const a = makeCounter();
const b = makeCounter(10);
a.inc();
a.inc();
b.dec();
console.log(a.value, b.value);
function once(fn) {
  let done = false;
  let result;
  return (...args) => {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
const init = once(x => `init ${x}`);
console.log(init(1), init(2));
function memo(fn) {
  const cache = new Map();
  return n => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
let calls = 0;
const fib = memo(n => {
  calls++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(50), calls);
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
console.log(compose(x => x + 1, x => x * 2)(5));
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
