var a = 1;
let b = 2;
const c = a + b;
console.log(a, b, c);
{
  let b = 20;
  var a2 = b * 2;
  console.log("inner b", b);
}
console.log("outer b", b, "a2", a2);
console.log(typeof undeclared, typeof null, typeof {}, typeof [], typeof (() => 1), typeof 1n, typeof Symbol());
let x;
console.log(x, x === undefined, x == null);
