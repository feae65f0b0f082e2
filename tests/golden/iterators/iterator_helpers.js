function* nums() {
  yield* [1, 2, 3, 4, 5, 6];
}
console.log(nums().map(x => x * 2).filter(x => x > 4).toArray());
console.log(nums().take(2).toArray(), nums().drop(4).toArray());
console.log(nums().reduce((a, b) => a + b), nums().some(x => x > 5), nums().every(x => x > 0), nums().find(x => x > 3));
console.log(Iterator.from({ next() { return { done: true }; } }).toArray());
console.log([..."ab"].values().flatMap(c => [c, c.toUpperCase()]).toArray());
