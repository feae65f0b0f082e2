// No unhandledRejection listener: Node prints the error and exits with code 1.
console.log("start");
setTimeout(() => console.log("never reached"), 50);
Promise.reject(new Error("nobody handles this"));
