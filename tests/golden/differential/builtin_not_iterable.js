// Found by the differential test: built-ins that take an iterable (collection constructors, Promise
// combinators, AggregateError) report a non-iterable argument with V8's wording, which names the
// type (and the value of numbers and booleans).
const attempts = {
  'new Set': (v) => new Set(v),
  'new Map': (v) => new Map(v),
  'new WeakSet': (v) => new WeakSet(v),
  'new AggregateError': (v) => new AggregateError(v),
};
for (const value of [5, true, 1.5, NaN, {}, function f() {}, Symbol('s')]) {
  for (const [name, attempt] of Object.entries(attempts)) {
    try {
      attempt(value);
      console.log(name, 'ok');
    } catch (e) {
      console.log(name, e.constructor.name, e.message);
    }
  }
}
for (const value of [5, {}, undefined]) {
  Promise.all(value).catch((e) => console.log('Promise.all', e.message));
  Promise.any(value).catch((e) => console.log('Promise.any', e.message));
}
console.log([...new Set('ab')], new Map([[1, 2]]));
