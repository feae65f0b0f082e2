async function thrower() {
  throw new TypeError("async throw");
}
thrower().catch(e => console.log("caught via catch:", e.name, e.message));
async function awaitReject() {
  try {
    await Promise.reject(new Error("rejected"));
  } catch (e) {
    return "handled " + e.message;
  } finally {
    console.log("finally in async");
  }
}
awaitReject().then(console.log);
new Promise(() => {
  throw new Error("executor throw");
}).catch(e => console.log("executor:", e.message));
const p = Promise.reject(new Error("late handled"));
setTimeout(() => p.catch(e => console.log("late:", e.message)), 0);
process.on("rejectionHandled", () => console.log("rejectionHandled event"));
process.on("unhandledRejection", (reason) => console.log("unhandledRejection:", reason.message));
