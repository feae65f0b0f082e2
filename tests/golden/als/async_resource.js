const { AsyncLocalStorage, AsyncResource } = require("node:async_hooks");
const als = new AsyncLocalStorage();
class Job extends AsyncResource {
  constructor(name) {
    super("Job");
    this.name = name;
  }
  finish(result) {
    return this.runInAsyncScope(function (r) {
      return `${this.name} finished with ${r} in store ${als.getStore()}`;
    }, this, result);
  }
}
const job = als.run("creator", () => new Job("job1"));
console.log(als.run("someone else", () => job.finish(42)));
const resource = als.run("res", () => new AsyncResource("Custom"));
const fn = resource.bind(function (x) {
  return `${x} ${als.getStore()} ${this === resource}`;
});
console.log(fn("bound to resource:"));
const staticBound = als.run("static", () => AsyncResource.bind(() => als.getStore()));
console.log("AsyncResource.bind:", staticBound());
