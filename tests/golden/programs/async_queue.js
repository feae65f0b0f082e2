class AsyncQueue {
  #running = 0;
  #waiting = [];
  constructor(limit) {
    this.limit = limit;
  }
  async run(task) {
    if (this.#running >= this.limit) await new Promise(r => this.#waiting.push(r));
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}
const queue = new AsyncQueue(2);
const log = [];
const job = (name, ms) => () =>
  new Promise(r => {
    log.push(`start ${name}`);
    setTimeout(() => {
      log.push(`end ${name}`);
      r(name);
    }, ms);
  });
Promise.all([queue.run(job("A", 200)), queue.run(job("B", 10)), queue.run(job("C", 10)), queue.run(job("D", 5))]).then(r => {
  console.log(log.join("\n"));
  console.log(r);
});
