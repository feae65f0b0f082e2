const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, { a: 3 });
console.log(result === target, target);
const frozen = Object.freeze({ inner: { v: 1 }, n: 1 });
frozen.n = 2;
frozen.added = true;
frozen.inner.v = 2;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.inner));
(function () {
  "use strict";
  try {
    frozen.n = 3;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
delete sealed.s;
sealed.t = 1;
console.log(sealed, Object.isSealed(sealed));
const copy = { ...target, c: 4 };
console.log(copy, structuredClone({ deep: { list: [1, 2] } }));
