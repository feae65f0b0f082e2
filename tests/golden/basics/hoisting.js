console.log(typeof hoisted, typeof notYet, v);
function hoisted() { return "hoisted"; }
var v = "assigned";
var notYet = function () {};
console.log(hoisted(), v);
try {
  console.log(tdz);
} catch (e) {
  console.log(e.name, e.message);
}
let tdz = 1;
function outer() {
  return inner();
  function inner() { return "inner works"; }
}
console.log(outer());
