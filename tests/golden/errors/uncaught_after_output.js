console.log("before the error");
function fail() {
  throw new Error("uncaught on purpose");
}
console.log("still running");
fail();
console.log("never printed");
