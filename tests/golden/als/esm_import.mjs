import { AsyncLocalStorage } from "node:async_hooks";
import * as hooks from "async_hooks";
const als = new AsyncLocalStorage();
console.log(typeof hooks.AsyncLocalStorage, typeof hooks.AsyncResource, hooks.AsyncLocalStorage === AsyncLocalStorage);
await als.run("esm", async () => {
  await new Promise(r => setTimeout(r, 5));
  console.log("after top-level await in run:", als.getStore());
});
console.log("module scope:", als.getStore());
