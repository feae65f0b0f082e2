const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
const thenable = {
  then(resolve) {
    console.log("then() runs with", als.getStore());
    setTimeout(() => resolve("thenable value"), 1);
  },
};
als.run("awaiting", async () => {
  const v = await thenable;
  console.log("after await thenable", v, als.getStore());
});
