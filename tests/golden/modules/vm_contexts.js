// node:vm: contexts are separate realms whose globals follow the contextified object; compileFunction.
'use strict';
const vm = require('vm');

const sandbox = { base: 40 };
const context = vm.createContext(sandbox);
console.log(vm.isContext(context), vm.isContext({}), context === sandbox);
console.log(vm.runInContext('var answer = base + 2; answer', context), sandbox.answer);
console.log(vm.runInContext('globalThis.flag = true; typeof console + " " + typeof setTimeout', context), sandbox.flag);
console.log(vm.runInContext('const local = 1; local', context), 'local' in sandbox, vm.runInContext('local + answer', context));

// Built-ins are the context's own.
const array = vm.runInContext('[1, 2]', context);
console.log(array instanceof Array, Array.isArray(array), vm.runInContext('Object', context) === Object);

sandbox.base = 1;
console.log(vm.runInContext('base', context));
console.log(vm.runInNewContext('x * y', { x: 6, y: 7 }));
console.log(vm.runInThisContext('typeof require'), new vm.Script('1 + 1').runInThisContext());

const add = vm.compileFunction('return a + b + offset', ['a', 'b'], { contextExtensions: [{ offset: 100 }] });
console.log(add(1, 2), add.length);
const inContext = vm.compileFunction('return [] instanceof Array', [], { parsingContext: context });
console.log(inContext(), inContext() === ([] instanceof Array));

for (const bad of [() => vm.runInContext('1', {}), () => vm.createContext(1), () => vm.compileFunction(1)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  vm.runInContext('(', context);
} catch (e) {
  console.log(e.name);
}
