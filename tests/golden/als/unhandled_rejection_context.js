const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
process.on("unhandledRejection", (reason) => {
  console.log("unhandledRejection", reason.message, "store:", als.getStore());
});
als.run(1, () => Promise.reject(new Error("rejected inside run")));
als.run(2, async () => {
  await null;
  throw new Error("thrown after await inside run");
});
async function handler() {
  return als.run(3, () => {
    throw new Error("thrown synchronously by run");
  });
}
handler();
