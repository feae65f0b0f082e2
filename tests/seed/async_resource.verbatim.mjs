import { AsyncResource, AsyncLocalStorage } from "node:async_hooks";
const als = new AsyncLocalStorage();
class MyResource extends AsyncResource {
  constructor() {
    // The type string is required by Node.js but unused in Workers.
    super("MyResource");
  }
  doSomething() {
    this.runInAsyncScope(() => {
      return als.getStore();
    });
  }
}
const myResource = als.run(123, () => new MyResource());
console.log(myResource.doSomething()); // prints 123
