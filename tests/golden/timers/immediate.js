// Inside a timer callback, setImmediate always runs before a new setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log("timeout inside timeout"), 0);
  setImmediate(() => console.log("immediate inside timeout"));
  process.nextTick(() => console.log("nextTick inside timeout"));
  Promise.resolve().then(() => console.log("promise inside timeout"));
}, 0);
setTimeout(() => {
  const im = setImmediate(() => console.log("cancelled immediate"));
  clearImmediate(im);
  setImmediate((v) => {
    console.log("immediate with arg", v);
    setImmediate(() => console.log("nested immediate"));
    process.nextTick(() => console.log("tick inside immediate"));
  }, 42);
}, 100);
