process.on("unhandledRejection", (reason, promise) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error("first"));
Promise.reject("second (a string)");
new Promise((_, reject) => setTimeout(() => reject(new Error("third, from a timer")), 5));
const handled = Promise.reject(new Error("handled"));
handled.catch(() => {});
(async () => {
  throw new Error("fourth, from async fn");
})();
setTimeout(() => console.log("process keeps running"), 20);
