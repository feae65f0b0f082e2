const it = [10, 20][Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
class Countdown {
  constructor(n) {
    this.n = n;
  }
  [Symbol.iterator]() {
    let n = this.n;
    return {
      next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }),
      return: () => {
        console.log("return() called");
        return { done: true };
      },
    };
  }
}
console.log([...new Countdown(3)]);
for (const v of new Countdown(5)) {
  if (v < 4) break;
  console.log("v", v);
}
const [first] = new Countdown(2);
console.log(first);
const entries = new Map([["a", 1]]).entries();
console.log(entries.next().value, entries[Symbol.iterator]() === entries);
console.log(typeof "x"[Symbol.iterator], [...new Set([1, 2]).values()]);
