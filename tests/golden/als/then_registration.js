// A reaction runs in the context current when .then() was called, not when the promise was resolved.
const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
let resolve;
const p = new Promise(r => (resolve = r));
als.run("registered", () => {
  p.then(v => console.log("then:", v, als.getStore()));
});
p.then(v => console.log("then outside run:", v, als.getStore()));
als.run("resolver", () => resolve("value"));
const created = als.run("creator", () => Promise.resolve("early"));
created.then(v => console.log("created in run, then outside:", v, als.getStore()));
als.run("awaiter", async () => {
  const v = await created;
  console.log("await sees:", v, als.getStore());
});
