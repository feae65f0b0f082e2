// In an ES module the body itself runs from a promise job, so promise jobs run before nextTick here.
process.nextTick(() => console.log("nextTick"));
Promise.resolve().then(() => console.log("promise"));
queueMicrotask(() => console.log("queueMicrotask"));
setTimeout(() => console.log("timeout"), 0);
console.log("sync");
