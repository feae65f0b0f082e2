// Corrected copy of the seed document's MyResource/snapshot example: doSomething() was missing its
// `return`, so as printed it logs `undefined` (see snapshot_resource.verbatim.mjs).
import { AsyncLocalStorage } from "node:async_hooks";
const als = new AsyncLocalStorage();
class MyResource {
  #runInAsyncScope = AsyncLocalStorage.snapshot();
  doSomething() {
    return this.#runInAsyncScope(() => {
      return als.getStore();
    });
  }
}
const myResource = als.run(123, () => new MyResource());
console.log(myResource.doSomething()); // prints 123
