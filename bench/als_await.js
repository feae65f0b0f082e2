// AsyncLocalStorage.run around many awaits: the context must follow every continuation.
const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
async function handle(rounds) {
  let acc = 0;
  for (let i = 0; i < rounds; i++) {
    await null;
    acc = (acc + als.getStore().id * (i + 1)) % 1000003;
  }
  return acc;
}
async function main() {
  const tasks = [];
  for (let id = 1; id <= 10; id++) tasks.push(als.run({ id }, () => handle(20000)));
  const results = await Promise.all(tasks);
  console.log("als_await checksum", results.reduce((a, b) => (a + b) % 1000003, 0));
}
main();
