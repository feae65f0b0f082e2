function* naturals() {
  let n = 0;
  while (true) yield n++;
}
function* map(it, f) {
  for (const x of it) yield f(x);
}
function* filter(it, p) {
  for (const x of it) if (p(x)) yield x;
}
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}
console.log([...take(filter(map(naturals(), x => x * x), x => x % 2 === 1), 5)]);
const obj = {
  *[Symbol.iterator]() {
    yield* ["a", "b"];
  },
};
console.log([...obj], Array.from(obj).join());
class Tree {
  constructor(value, children = []) {
    this.value = value;
    this.children = children;
  }
  *[Symbol.iterator]() {
    yield this.value;
    for (const child of this.children) yield* child;
  }
}
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])]);
