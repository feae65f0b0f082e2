class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar extends Foo {
  b = 2;
}
class Empty {}
console.log(new Foo(), new Bar(), new Empty());
console.log(Foo, Bar, class {}, Empty);
function namedFn() {}
const arrow = () => {};
async function asyncFn() {}
function* genFn() {}
async function* asyncGen() {}
console.log(namedFn, arrow, asyncFn, genFn, asyncGen, () => {}, function () {});
console.log([namedFn], { arrow });
namedFn.prop = 1;
console.log(namedFn);
console.log(Math.max, Array.prototype.map, console.log.name);
const obj = new (class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
})(1, 2);
console.log(obj, [obj], { p: obj });
class WithPrivate {
  #secret = 1;
  visible = 2;
}
console.log(new WithPrivate());
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto);
class Tagged {
  get [Symbol.toStringTag]() {
    return "Custom";
  }
}
console.log(new Tagged());
