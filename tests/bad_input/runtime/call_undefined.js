console.log("before");
let x;
x();
console.log("after");
