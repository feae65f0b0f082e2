// CPU-bound calls and arithmetic: naive recursive Fibonacci. Prints a checksum.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
let checksum = 0;
for (let i = 0; i < 3; i++) checksum += fib(25);
console.log("fib checksum", checksum);
