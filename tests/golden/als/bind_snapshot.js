const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
function show(label) {
  console.log(label, als.getStore(), other.getStore());
  return label;
}
const bound = als.run(1, () => other.run("x", () => AsyncLocalStorage.bind(show)));
const snapshot = als.run(2, () => AsyncLocalStorage.snapshot());
bound("bound, called outside");
als.run(99, () => {
  bound("bound, called in run(99)");
  console.log("snapshot returns", snapshot(show, "snapshot with args"));
  show("after snapshot");
});
const boundWithThis = AsyncLocalStorage.bind(function () {
  return this.name;
});
console.log(boundWithThis.call({ name: "this is kept" }));
