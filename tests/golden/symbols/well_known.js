class Temperature {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) {
    return hint === "string" ? `${this.c}°C` : this.c;
  }
  get [Symbol.toStringTag]() { return "Temp"; }
}
const t = new Temperature(21);
console.log(`${t}`, t + 1, t * 2, Object.prototype.toString.call(t));
class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even);
const range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    let v = this.from;
    const to = this.to;
    return { next: () => (v <= to ? { value: v++, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...range], Array.from(range, x => x * 10));
const notSpread = [1, 2];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(notSpread).length);
