const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp);
const o = {};
Object.defineProperty(o, "hidden", { value: 42, enumerable: false });
Object.defineProperty(o, "ro", { value: 1, writable: false, enumerable: true });
o.ro = 2;
console.log(o, o.hidden, Object.keys(o), Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertyDescriptor(o, "ro"));
console.log(Object.getOwnPropertyDescriptor(temp, "f"));
let calls = 0;
const lazy = { get value() { calls++; return "computed"; } };
console.log(lazy.value, lazy.value, calls);
