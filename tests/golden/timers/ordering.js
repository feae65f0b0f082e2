// Timers scheduled together fire in the order of their delays (ties: in the order they were scheduled).
setTimeout(() => console.log("30ms"), 30);
setTimeout(() => console.log("10ms"), 10);
setTimeout(() => console.log("20ms"), 20);
setTimeout(() => console.log("0ms a"), 0);
setTimeout(() => console.log("0ms b"));
setTimeout(() => console.log("10ms again"), 10);
const cancelled = setTimeout(() => console.log("never"), 5);
clearTimeout(cancelled);
setTimeout((a, b) => console.log("args", a, b), 40, "x", "y");
console.log("scheduled");
