let n = 0;
const started = [];
const iv = setInterval(
  (label) => {
    n++;
    started.push(`${label} ${n}`);
    if (n === 3) {
      clearInterval(iv);
      setTimeout(() => console.log(started.join(", "), "then a timeout after the interval stopped"), 5);
    }
  },
  5,
  "tick",
);
const never = setInterval(() => console.log("never"), 1);
clearInterval(never);
console.log(typeof iv);
