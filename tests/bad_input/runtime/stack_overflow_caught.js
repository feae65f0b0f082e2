function recurse(n) {
  return recurse(n + 1) + 1;
}
try {
  recurse(0);
} catch (e) {
  console.log("ok", e instanceof RangeError, e.message);
}
// The engine must be fully usable after unwinding a deep stack.
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log("still works", depth(1000));
