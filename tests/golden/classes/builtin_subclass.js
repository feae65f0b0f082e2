class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, s instanceof Array, Array.isArray(s), s);
const mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
class DefaultMap extends Map {
  constructor(factory) {
    super();
    this.factory = factory;
  }
  get(key) {
    if (!this.has(key)) this.set(key, this.factory());
    return super.get(key);
  }
}
const dm = new DefaultMap(() => []);
dm.get("a").push(1);
dm.get("a").push(2);
console.log(dm.get("a"), dm.size);
