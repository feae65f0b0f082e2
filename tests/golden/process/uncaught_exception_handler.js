process.on("uncaughtException", (err, origin) => {
  console.log("handled uncaught:", err.message, origin);
});
setTimeout(() => {
  throw new Error("thrown in a timer");
}, 1);
setTimeout(() => console.log("still alive"), 10);
