class Counter {
  count = 0;
  #secret = 42;
  inc = () => { this.count++; return this; };
  static instances = 0;
  static create() { Counter.instances++; return new this(); }
  get secret() { return this.#secret; }
  set secret(v) { this.#secret = v; }
  static #priv() { return 'sp'; }
  static callPriv() { return Counter.#priv(); }
  #m() { return this.count * 10; }
  m() { return this.#m(); }
  has(o) { return #secret in o; }
}
const c = Counter.create();
c.inc().inc();
print(c.count, Counter.instances, c.secret, Counter.callPriv(), c.m(), c.has(c), c.has({}));
c.secret = 7; print(c.secret);
class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } static kind() { return 'animal'; } }
class Dog extends Animal { speak() { return super.speak() + ' (woof)'; } static kind() { return 'dog < ' + super.kind(); } }
const d = new Dog('Rex');
print(d.speak(), Dog.kind(), d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
print(typeof Dog, Dog.name, d.constructor.name);
class Point { constructor(x, y) { this.x = x; this.y = y; } toString() { return `(${this.x}, ${this.y})`; } }
print(`${new Point(1, 2)}`, '' + new Point(3, 4));
const obj = { toString() { return 'O'; }, valueOf() { return 5; } };
print(obj + 1, `${obj}`, obj * 2, obj > 4);
class A { static x = this.name; static y = A.x + '!'; }
print(A.x, A.y);
class B { ['computed' + 1]() { return 'c1'; } static ['s' + 'x'] = 3; }
print(new B().computed1(), B.sx);
const o2 = { method() { return super.toString !== undefined; }, __proto__: { base: 1 } };
print(o2.method(), o2.base);
