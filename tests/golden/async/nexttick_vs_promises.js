// In a CommonJS main module, the nextTick queue drains before promise jobs.
Promise.resolve().then(() => {
  console.log("promise 1");
  process.nextTick(() => console.log("tick inside promise"));
  Promise.resolve().then(() => console.log("promise inside promise"));
});
process.nextTick(() => {
  console.log("tick 1");
  Promise.resolve().then(() => console.log("promise inside tick"));
  process.nextTick(() => console.log("tick inside tick"));
});
process.nextTick(() => console.log("tick 2"));
Promise.resolve().then(() => console.log("promise 2"));
