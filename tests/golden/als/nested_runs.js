const { AsyncLocalStorage } = require("async_hooks");
const als = new AsyncLocalStorage();
als.run("outer", () => {
  console.log("1", als.getStore());
  als.run("inner", () => {
    console.log("2", als.getStore());
    setTimeout(() => console.log("timer from inner", als.getStore()), 10);
  });
  console.log("3", als.getStore());
  setTimeout(() => console.log("timer from outer", als.getStore()), 5);
  try {
    als.run("throwing", () => {
      throw new Error("escapes run");
    });
  } catch (e) {
    console.log("4 caught", e.message, "store restored to", als.getStore());
  }
  const returned = als.run("returns", (a, b) => `${als.getStore()}:${a + b}`, 2, 3);
  console.log("5", returned);
});
console.log("6 outside", als.getStore());
