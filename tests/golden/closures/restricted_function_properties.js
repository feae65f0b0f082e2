// Function.prototype.caller/arguments as V8 shapes them (null for plain sloppy functions, a TypeError
// for every other function) and the poisoned `callee` of unmapped arguments objects.
const desc = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
const cases = { prototype: Function.prototype, builtin: Math.max, strict: function () { 'use strict'; }, arrow: () => 1,
  sloppy: function () {}, async: async function () {}, generator: function* () {}, klass: class {} };
for (const [name, f] of Object.entries(cases)) {
  try {
    console.log(name, f.caller, f.arguments, Object.getOwnPropertyNames(f).includes('caller'));
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
(function (a = 1) {
  try { arguments.callee; } catch (e) { console.log('defaults:', e.name); }
  const d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  console.log(d.get === d.set, d.enumerable, d.configurable);
})();
(function () { 'use strict'; try { arguments.callee; } catch (e) { console.log('strict:', e.name); } })();
(function named() { console.log('sloppy callee is the function:', arguments.callee === named); })();
