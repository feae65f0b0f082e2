const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
als.run("ctx", () => {
  const r = als.exit((x) => {
    console.log("inside exit", als.getStore(), x);
    setTimeout(() => console.log("timer scheduled in exit", als.getStore()), 1);
    return "exit result";
  }, "arg");
  console.log(r, "back in run", als.getStore());
  setTimeout(() => console.log("timer scheduled in run", als.getStore()), 5);
});
