const math = require("./_lib/math.js");
const again = require("./_lib/math");
const counter = require("./_lib/counter.js");
console.log(math.add(2, 3), math.square(4), math.PI, math === again, math.loads);
counter.increment();
counter.increment();
console.log(counter.current(), counter.name, require("./_lib/counter.js").current());
console.log(require("./_lib/data.json").items.length);
try {
  require("./_lib/does-not-exist.js");
} catch (e) {
  console.log(e.code);
}
console.log(typeof module.exports, module.id, typeof require.resolve);
