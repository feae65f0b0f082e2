const { AsyncLocalStorage } = require("node:async_hooks");
const user = new AsyncLocalStorage();
const trace = new AsyncLocalStorage();
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function step(name) {
  await sleep(2);
  console.log(name, user.getStore(), trace.getStore());
}
user.run("alice", () =>
  trace.run("t-1", async () => {
    await step("a");
    await trace.run("t-2", () => step("b"));
    await step("c");
    user.run("bob", () => step("d"));
  }),
);
