class Counter {
  #count = 0;
  #step;
  constructor(step = 1) {
    this.#step = step;
  }
  #bump() {
    this.#count += this.#step;
  }
  get #doubled() {
    return this.#count * 2;
  }
  tick() {
    this.#bump();
    return this;
  }
  report() {
    return `count=${this.#count} doubled=${this.#doubled}`;
  }
  static isCounter(o) {
    return #count in o;
  }
}
const c = new Counter(5).tick().tick();
console.log(c.report(), Counter.isCounter(c), Counter.isCounter({}));
console.log(c, Object.keys(c), JSON.stringify(c));
try {
  Counter.prototype.report.call({});
} catch (e) {
  console.log(e.name);
}
