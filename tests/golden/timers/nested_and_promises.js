const log = msg => console.log(msg);
setTimeout(() => {
  log("t1");
  Promise.resolve().then(() => log("t1 microtask"));
  setTimeout(() => log("t1 nested 0"), 0);
}, 5);
setTimeout(() => {
  log("t2");
  process.nextTick(() => log("t2 nextTick"));
}, 5);
const wait = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  await wait(100);
  log("after wait 100");
  await wait(1);
  log("after wait 1");
})();
