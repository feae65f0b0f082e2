function* count(limit) {
  for (let i = 1; i <= limit; i++) {
    const got = yield i;
    if (got) console.log("received", got);
  }
  return "done";
}
const g = count(3);
console.log(g.next(), g.next("hello"), g.next(), g.next(), g.next());
console.log([...count(4)]);
function* delegate() {
  yield "start";
  const result = yield* count(2);
  yield `inner returned ${result}`;
}
console.log([...delegate()]);
function* fib() {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const first = [];
for (const n of fib()) {
  if (n > 50) break;
  first.push(n);
}
console.log(first);
const early = count(5);
early.next();
console.log(early.return("stopped"), early.next());
