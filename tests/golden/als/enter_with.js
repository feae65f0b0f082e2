const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
als.run("outer", () => {
  als.enterWith("entered");
  console.log("after enterWith", als.getStore());
  setTimeout(() => console.log("timer after enterWith", als.getStore()), 1);
});
console.log("after run", als.getStore());
async function middleware() {
  als.enterWith({ user: "ann" });
  await null;
  return als.getStore();
}
als.run("request", () => middleware()).then(store => console.log("middleware store", store));
