const log = [];
Promise.resolve()
  .then(() => log.push("a1"))
  .then(() => log.push("a2"))
  .then(() => log.push("a3"));
Promise.resolve()
  .then(() => log.push("b1"))
  .then(() => log.push("b2"))
  .then(() => log.push("b3"));
(async () => {
  log.push("c0");
  await null;
  log.push("c1");
  await null;
  log.push("c2");
})();
Promise.resolve().then(() => Promise.resolve("x")).then(() => log.push("thenable-return"));
setTimeout(() => console.log(log.join(" ")), 0);
