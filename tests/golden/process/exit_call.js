process.on("exit", code => console.log("exit event with code", code));
console.log("before exit");
setTimeout(() => console.log("never: exit stops the loop"), 10);
Promise.resolve().then(() => {
  console.log("microtask before exit");
  process.exit(2);
});
console.log("after scheduling");
