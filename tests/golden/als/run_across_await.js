const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function work(label) {
  console.log(label, "start", als.getStore());
  await null;
  console.log(label, "after await null", als.getStore());
  await sleep(5);
  console.log(label, "after sleep", als.getStore());
  return als.getStore();
}
console.log("outside before", als.getStore());
const result = als.run({ requestId: 1 }, () => work("A"));
console.log("run returned a promise:", result instanceof Promise, "outside after", als.getStore());
result.then(store => console.log("resolved with", store, "then sees", als.getStore()));
