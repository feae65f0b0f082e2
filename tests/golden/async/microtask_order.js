console.log("1 sync");
setTimeout(() => console.log("6 timeout"), 0);
Promise.resolve().then(() => console.log("4 microtask"));
queueMicrotask(() => console.log("5 queueMicrotask"));
process.nextTick(() => console.log("3 nextTick"));
console.log("2 sync");
