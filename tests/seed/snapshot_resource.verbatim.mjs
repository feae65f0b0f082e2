import { AsyncLocalStorage } from "node:async_hooks";
const als = new AsyncLocalStorage();
class MyResource {
  #runInAsyncScope = AsyncLocalStorage.snapshot();
  doSomething() {
    this.#runInAsyncScope(() => {
      return als.getStore();
    });
  }
}
const myResource = als.run(123, () => new MyResource());
console.log(myResource.doSomething()); // prints 123
