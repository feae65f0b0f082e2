const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
// Started from a timer callback so that setImmediate deterministically runs before any new timer.
setTimeout(() => {
  als.run("scheduled", () => {
    setTimeout(() => console.log("setTimeout", als.getStore()), 10);
    setImmediate(() => console.log("setImmediate", als.getStore()));
    process.nextTick(() => console.log("nextTick", als.getStore()));
    queueMicrotask(() => console.log("queueMicrotask", als.getStore()));
    let n = 0;
    const iv = setInterval(() => {
      console.log("setInterval", ++n, als.getStore());
      if (n === 2) clearInterval(iv);
    }, 15);
  });
  als.run("other", () => {
    setTimeout(() => console.log("other setTimeout", als.getStore()), 5);
  });
  setTimeout(() => console.log("no store", als.getStore()), 1);
}, 0);
